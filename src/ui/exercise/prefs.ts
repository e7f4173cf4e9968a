// How this learner likes to answer, on this device (like the UI language and
// the theme, it lives in localStorage): the answer mode and the typing method.
import type { InputMethod } from '../../exercise/input-method.ts';
import type { CardKind } from '../../deck/types.ts';

export type AnswerMode = 'choice' | 'type' | 'self';
export const ANSWER_MODES: readonly AnswerMode[] = ['choice', 'type', 'self'];
export const INPUT_METHODS: readonly InputMethod[] = ['telex', 'vni', 'off'];

function load<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const v = localStorage.getItem(key);
    return allowed.includes(v as T) ? (v as T) : fallback;
  } catch {
    return fallback;
  }
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage off: the choice lasts for this visit.
  }
}

/** The ways each kind can be answered: the meaning of a sentence (Lao) is chosen, not typed. */
export const MODES_OF: Record<CardKind, readonly AnswerMode[]> = {
  recognition: ['choice', 'self'], production: ['choice', 'type', 'self'], cloze: ['choice', 'type', 'self'], dictation: ['choice', 'type', 'self'],
};
/**
 * By default a cloze or dictation is answered by choosing (no keyboard needed:
 * the commonest case on a Lao phone), and recognition and production cards
 * are flipped and self-graded as they always were. Changed on a card, a kind's
 * mode stays the default for that kind on this device.
 */
const DEFAULT_MODE: Record<CardKind, AnswerMode> = { recognition: 'self', production: 'self', cloze: 'choice', dictation: 'choice' };
export const loadAnswerMode = (kind: CardKind) => load(`lovi.answerMode.${kind}`, MODES_OF[kind], DEFAULT_MODE[kind]);
export const saveAnswerMode = (kind: CardKind, m: AnswerMode) => save(`lovi.answerMode.${kind}`, m);
/** Telex by default: the most widely taught Vietnamese typing method. */
export const loadInputMethod = () => load('lovi.inputMethod', INPUT_METHODS, 'telex');
export const saveInputMethod = (m: InputMethod) => save('lovi.inputMethod', m);
