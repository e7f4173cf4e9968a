// Bytes to text. Invalid UTF-8 is an error with the byte offset, never a
// silent U+FFFD: a corpus with a broken encoding would otherwise compile into
// cards full of replacement characters. Files as people have them are read
// too (see decodeText): UTF-16 with a byte order mark, and Lao or Vietnamese
// UTF-8 that was once read as Windows-1252 and saved again.
import { repairMojibake } from './mojibake.ts';
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
        message: `invalid UTF-8 at byte offset ${offset} (byte 0x${hex}); expected a UTF-8 text file: open it and save it again as "UTF-8" (in Excel: "CSV UTF-8" or "Unicode Text"; in LibreOffice: character set "Unicode (UTF-8)")`,
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

export type DecodedText = { ok: true; text: string; warnings: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

/**
 * Any text file a learner may have: UTF-8 with or without a byte order mark,
 * UTF-16 LE or BE with one (Excel's "Unicode Text" export), and UTF-8 whose
 * Lao or Vietnamese was turned into `àº…` / `Ã´` by a program that read it as
 * Windows-1252 (repaired line by line, with a warning). Anything else is an
 * error that says how to save the file as UTF-8.
 */
export function decodeText(path: string, bytes: Uint8Array): DecodedText {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes), warnings: [] };
    } catch {
      return { ok: false, diagnostic: { severity: 'error', code: 'invalid-utf8', file: path, line: 0, column: 0,
        message: 'the file says it is UTF-16 but is damaged; expected a UTF-8 text file: save it again as "UTF-8"' } };
    }
  }
  const decoded = decodeUtf8(path, bytes);
  if (!decoded.ok) return decoded;
  const repair = repairMojibake(decoded.text);
  if (repair.lines.length === 0) return { ok: true, text: decoded.text, warnings: [] };
  const [first] = repair.lines;
  const more = repair.lines.length > 1 ? ` and ${repair.lines.length - 1} more line${repair.lines.length > 2 ? 's' : ''}` : '';
  return {
    ok: true,
    text: repair.text,
    warnings: [{ severity: 'warning', code: 'mojibake-repaired', file: path, line: first!, column: 1,
      message: `this line${more} had Lao or Vietnamese letters garbled by a program that read UTF-8 as Windows-1252 (like "àºªàº°"); they were repaired: check them` }],
  };
}
