// Bytes to text. Invalid UTF-8 is an error with the byte offset, never a
// silent U+FFFD: a corpus with a broken encoding would otherwise compile into
// cards full of replacement characters.
import type { Diagnostic } from './types.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function decodeUtf8(path: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: stripBom(decoder.decode(bytes)) };
  } catch {
    const offset = firstInvalidByte(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = [...lenient.decode(bytes.subarray(lineStart, offset))].length + 1;
    const hex = bytes[offset]!.toString(16).padStart(2, '0');
    return {
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'invalid-utf8',
        file: path,
        line,
        column,
        message: `invalid UTF-8 at byte offset ${offset} (byte 0x${hex}); expected a UTF-8 text file (re-save it as UTF-8)`,
      },
    };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
