// How this learner likes to answer, on this device (like the UI language and
// the theme, it lives in localStorage): the answer mode and the typing method.
import type { InputMethod } from '../../exercise/input-method.ts';

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

/** Choosing by default: it needs no keyboard at all, the commonest case on a Lao phone. */
export const loadAnswerMode = () => load('lovi.answerMode', ANSWER_MODES, 'choice');
export const saveAnswerMode = (m: AnswerMode) => save('lovi.answerMode', m);
/** Telex by default: the most widely taught Vietnamese typing method. */
export const loadInputMethod = () => load('lovi.inputMethod', INPUT_METHODS, 'telex');
export const saveInputMethod = (m: InputMethod) => save('lovi.inputMethod', m);
