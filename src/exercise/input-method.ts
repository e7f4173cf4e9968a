// Typing Vietnamese on a phone without a Vietnamese keyboard: the Telex and
// VNI input methods, and the marks a row of buttons adds. Pure: each key is
// applied to the word it ends (the letters before the caret), which is taken
// apart into letters and tone and put together again, so the tone always
// lands where Vietnamese writes it, whatever order the keys came in.
//
// Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư (uow ươ), dd đ; s sắc, f huyền,
// r hỏi, x ngã, j nặng, z removes; the last tone key wins; a key that undoes
// its own mark types its letter (ass → as, aaa → aa). VNI: 1 sắc, 2 huyền,
// 3 hỏi, 4 ngã, 5 nặng, 6 hat, 7 horn, 8 breve, 9 đ, 0 removes.
// The small npm packages that do this were tested against a table and found
// to misplace tones (muà, cuả, qúy): this is written here for that reason.
import { analyse, compose, type Tone } from './syllable.ts';

export type InputMethod = 'off' | 'telex' | 'vni';

type Action = { tone: Tone | 'remove' } | { mark: 'hat' | 'horn' | 'breve' | 'stroke'; letter?: 'a' | 'e' | 'o' };

const TELEX: Record<string, Action> = {
  s: { tone: 'sac' }, f: { tone: 'huyen' }, r: { tone: 'hoi' }, x: { tone: 'nga' }, j: { tone: 'nang' }, z: { tone: 'remove' },
  a: { mark: 'hat', letter: 'a' }, e: { mark: 'hat', letter: 'e' }, o: { mark: 'hat', letter: 'o' }, w: { mark: 'horn' }, d: { mark: 'stroke' },
};
const VNI: Record<string, Action> = {
  1: { tone: 'sac' }, 2: { tone: 'huyen' }, 3: { tone: 'hoi' }, 4: { tone: 'nga' }, 5: { tone: 'nang' }, 0: { tone: 'remove' },
  6: { mark: 'hat' }, 7: { mark: 'horn' }, 8: { mark: 'breve' }, 9: { mark: 'stroke' },
};

/**
 * Whether letters can still become a Vietnamese syllable: an initial
 * consonant, a vowel group, a final consonant (compared without marks). A word
 * that cannot (ASEAN, email) is typed as its keys: the input method leaves it alone.
 */
const VOWEL_GROUPS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ai', 'ao', 'au', 'ay', 'eo', 'eu', 'ia', 'ie', 'iu', 'oa', 'oe', 'oi', 'oo', 'ua', 'ue', 'ui', 'uo', 'uu', 'uy', 'ya', 'ye',
  'ieu', 'yeu', 'oai', 'oay', 'oeo', 'uay', 'uoi', 'uou', 'uya', 'uye', 'uyu', 'uao', 'uai']);
const SYLLABLE_SHAPE = /^(ngh|ng|gh|gi|ch|kh|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?([aeiouy]*)(ch|ng|nh|[cmnpt])?$/;

export function couldBeVietnamese(base: string): boolean {
  const m = SYLLABLE_SHAPE.exec(analyse(base).skeleton);
  if (!m) return false;
  const vowels = m[2]!;
  return vowels === '' ? m[3] === undefined : VOWEL_GROUPS.has(vowels);
}

/** The keys that would type `word` (the input method's inverse), to give a word back as typed. */
function keysOf(word: string, method: 'telex' | 'vni'): string {
  const telex = method === 'telex';
  const TONES: Record<string, string> = telex ? { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' } : { '\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };
  let keys = '';
  let tone = '';
  for (const ch of word.normalize('NFD')) {
    if (TONES[ch]) tone = TONES[ch]!;
    else if (ch === '\u0302') keys += telex ? keys.slice(-1) : '6';
    else if (ch === '\u031b') keys += telex ? 'w' : '7';
    else if (ch === '\u0306') keys += telex ? 'w' : '8';
    else if (ch === 'đ' || ch === 'Đ') keys += telex ? `${ch === 'Đ' ? 'D' : 'd'}d` : `${ch === 'Đ' ? 'D' : 'd'}9`;
    else keys += ch;
  }
  // A word in capitals (ASEAN) had its keys in capitals too.
  return word.length > 0 && word === word.toUpperCase() && word !== word.toLowerCase() ? (keys + tone).toUpperCase() : keys + tone;
}

const HAT: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const UNHAT: Record<string, string> = { â: 'a', ê: 'e', ô: 'o' };
const VOWEL = /[aăâeêioôơuưy]/;

/** The word before the end of `text`: the letters (any script) it ends with. */
function splitWord(text: string): [string, string] {
  const m = /[\p{L}\p{M}]*$/u.exec(text)!;
  return [text.slice(0, m.index), m[0]];
}

/** Base letters with one mark changed, or null when the word has no letter it applies to. */
function mark(base: string, kind: 'hat' | 'horn' | 'breve' | 'stroke', letter?: string, hornsA = false): { base: string; undone: boolean } | null {
  const chars = [...base];
  const last = (test: (c: string) => boolean) => {
    for (let i = chars.length - 1; i >= 0; i--) if (test(chars[i]!)) return i;
    return -1;
  };
  if (kind === 'stroke') {
    if (chars[0] === 'd') return { base: `đ${chars.slice(1).join('')}`, undone: false };
    if (chars[0] === 'đ') return { base: `d${chars.slice(1).join('')}`, undone: true };
    return null;
  }
  if (kind === 'hat') {
    const marked = last((c) => (letter ? UNHAT[c] === letter : c in UNHAT));
    const plain = last((c) => (letter ? c === letter : c in HAT) || (c === 'ă' && (!letter || letter === 'a')) || (c === 'ơ' && (!letter || letter === 'o')));
    if (plain >= 0 && plain > marked) {
      const c = chars[plain]!;
      chars[plain] = HAT[c === 'ă' ? 'a' : c === 'ơ' ? 'o' : c]!;
      return { base: chars.join(''), undone: false };
    }
    if (marked >= 0) {
      chars[marked] = UNHAT[chars[marked]!]!;
      return { base: chars.join(''), undone: true };
    }
    return null;
  }
  if (kind === 'breve') {
    const a = last((c) => c === 'a' || c === 'â');
    if (a >= 0) {
      chars[a] = 'ă';
      return { base: chars.join(''), undone: false };
    }
    const undo = last((c) => c === 'ă');
    if (undo >= 0) {
      chars[undo] = 'a';
      return { base: chars.join(''), undone: true };
    }
    return null;
  }
  // Horn: uo together take it as ươ; otherwise the last u or o, and for Telex's w also a (aw is ă).
  const word = chars.join('');
  const uo = word.lastIndexOf('uo');
  if (uo >= 0) return { base: `${word.slice(0, uo)}ươ${word.slice(uo + 2)}`, undone: false };
  const uơ = word.lastIndexOf('uơ');
  if (uơ >= 0) return { base: `${word.slice(0, uơ)}ươ${word.slice(uơ + 2)}`, undone: false };
  const plain = last((c) => c === 'u' || c === 'o' || c === 'ô' || (hornsA && (c === 'a' || c === 'â')));
  const horned = last((c) => c === 'ư' || c === 'ơ' || (hornsA && c === 'ă'));
  if (plain >= 0 && plain > horned) {
    const c = chars[plain]!;
    chars[plain] = c === 'u' ? 'ư' : c === 'a' || c === 'â' ? 'ă' : 'ơ';
    return { base: chars.join(''), undone: false };
  }
  if (horned >= 0) {
    const ươ = word.lastIndexOf('ươ');
    if (ươ >= 0) return { base: `${word.slice(0, ươ)}uo${word.slice(ươ + 2)}`, undone: true };
    const c = chars[horned]!;
    chars[horned] = c === 'ư' ? 'u' : c === 'ơ' ? 'o' : 'a';
    return { base: chars.join(''), undone: true };
  }
  return null;
}

/**
 * The word after one key of the input method; the key as typed when it does
 * nothing there. A word that can no longer be Vietnamese (asean) goes back to
 * the keys that were typed, and takes further keys as they are.
 */
function applyToWord(word: string, key: string, method: 'telex' | 'vni'): string {
  // A space or punctuation ends the word as it stands (VNI's digits are its keys, so they go on).
  if (method === 'telex' ? !/\p{L}/u.test(key) : !/[\p{L}0-9]/u.test(key)) return word + key;
  if (word !== '' && !couldBeVietnamese(analyse(word).base)) return word + key;
  const { text, undid } = transform(word, key, method);
  // A key that undid its own mark (ass → as) was meant as a letter: kept as typed.
  return undid || couldBeVietnamese(analyse(text).base) ? text : keysOf(word, method) + key;
}

/** The word after the key, and whether the key was typed as itself after undoing its own mark (ass → as). */
function transform(word: string, key: string, method: 'telex' | 'vni'): { text: string; undid: boolean } {
  const action = (method === 'telex' ? TELEX : VNI)[key.toLowerCase()];
  const upper = word !== '' && word[0] !== word[0]!.toLowerCase();
  const { base, tone } = analyse(word);
  const done = (b: string, t: Tone) => {
    const out = compose(b, t);
    return upper ? out[0]!.toUpperCase() + out.slice(1) : out;
  };
  const plain = (text: string) => ({ text, undid: false });
  if (!action || word === '') {
    // Telex's w alone is ư (there is no w in Vietnamese).
    if (method === 'telex' && key.toLowerCase() === 'w' && word === '') return plain(key === 'W' ? 'Ư' : 'ư');
    // A letter after the tone may move it (hòa + n → hoàn).
    if (tone !== 'ngang' && /\p{L}/u.test(key)) return plain(done(base + key.toLowerCase(), tone));
    return plain(`${word}${key}`);
  }
  if ('tone' in action) {
    if (!VOWEL.test(base)) return plain(`${word}${key}`);
    if (action.tone === 'remove') return tone === 'ngang' ? plain(`${word}${key}`) : plain(done(base, 'ngang'));
    // The same tone key again takes the tone off and types the letter.
    return tone === action.tone ? { text: `${done(base, 'ngang')}${key}`, undid: true } : plain(done(base, action.tone));
  }
  // Telex's vowel keys double a vowel only when the word has that vowel; otherwise they are letters.
  const changed = mark(base, action.mark, action.letter, method === 'telex');
  if (!changed) {
    if (method === 'telex' && action.mark === 'horn') return plain(done(`${base}ư`, tone));
    return plain(done(`${base}${key.toLowerCase()}`, tone));
  }
  return changed.undone ? { text: `${done(changed.base, tone)}${key}`, undid: true } : plain(done(changed.base, tone));
}

/** `text` after the key is typed at its end. */
export function typeKey(text: string, key: string, method: InputMethod): string {
  if (method === 'off' || key.length !== 1) return text + key;
  const [before, word] = splitWord(text);
  return before + applyToWord(word, key, method);
}

/** What a sequence of keys gives, typed one by one from `text`. */
export function typeKeys(keys: string, method: InputMethod, text = ''): string {
  let out = text;
  for (const key of keys) out = typeKey(out, key, method);
  return out;
}

export type MarkButton = Tone | 'ă' | 'â' | 'đ' | 'ê' | 'ô' | 'ơ' | 'ư';

/**
 * The tone and letter buttons under the answer box: the mark goes onto the
 * word before the caret (a tone on a word that has it already takes it off;
 * a letter whose plain form the word lacks is typed as it is).
 */
export function addMark(text: string, caret: number, button: MarkButton): { text: string; caret: number } {
  const [before, word] = splitWord(text.slice(0, caret));
  const after = text.slice(caret);
  let next: string;
  if (button.length > 1) {
    const { base, tone } = analyse(word);
    const upper = word !== '' && word[0] !== word[0]!.toLowerCase();
    const out = VOWEL.test(base) ? compose(base, tone === button ? 'ngang' : (button as Tone)) : word;
    next = upper ? out[0]!.toUpperCase() + out.slice(1) : out;
  } else {
    const letter = { ă: 'a', â: 'a', đ: 'd', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' }[button as 'ă'];
    const { base, tone } = analyse(word);
    const at = base.lastIndexOf(letter);
    next = at < 0 || (button === 'đ' && at !== 0) ? word + button : compose(base.slice(0, at) + button + base.slice(at + 1), tone);
  }
  return { text: before + next + after, caret: before.length + next.length };
}
