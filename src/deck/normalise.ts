// Cleaning of one field of text, the same for every input format.
import { isLaoChar } from './script.ts';

const ZWSP = '\u200B';

// Named entities seen in MT corpora and Anki exports; anything else is left as written.
const NAMED_ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

// `&quot;`, `&#39;`, `&#x27;`, and the tokeniser-mangled `& quot ;`.
const ENTITY = /&\s?(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8})\s?;/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// C0/C1 controls (tab and newline included: inside a field they are noise),
// zero-width and invisible format characters, BOM. U+200B is handled apart.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200C-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Normalise one field: NFC, entities decoded, invisible characters removed,
 * white space trimmed and collapsed. A zero-width space is kept only between
 * two Lao characters, where it is a word-break hint for line wrapping.
 */
export function normaliseField(raw: string): string {
  let text = decodeEntities(raw.normalize('NFC')).replace(INVISIBLE, '').replace(SPACES, ' ');
  if (text.includes(ZWSP)) text = keepLaoWordBreaks(text);
  return text.trim().normalize('NFC');
}

function keepLaoWordBreaks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== ZWSP) out += ch;
    else if (isLaoChar(out[out.length - 1]) && isLaoChar(text[i + 1]) && out[out.length - 1] !== ZWSP) out += ch;
  }
  return out;
}

/**
 * The identity of a text: what ids, matching and duplicate detection compare.
 * Word-break hints are display only and never part of it.
 */
export function identityKey(text: string): string {
  return text.includes(ZWSP) ? text.replaceAll(ZWSP, '') : text;
}
