// How this learner likes to answer each kind of card, and the typing method
// (device preferences). Read on every card shown, so kept in memory once read.
import { readChoice, writePref } from '../../device-prefs.ts';
import type { InputMethod } from '../../exercise/input-method.ts';
import type { CardKind } from '../../deck/types.ts';

export type AnswerMode = 'choice' | 'type' | 'self';
export const INPUT_METHODS: readonly InputMethod[] = ['telex', 'vni', 'off'];

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
const modes = new Map<CardKind, AnswerMode>();

export function loadAnswerMode(kind: CardKind): AnswerMode {
  let mode = modes.get(kind);
  if (!mode) modes.set(kind, (mode = readChoice(`lovi.answerMode.${kind}`, MODES_OF[kind], DEFAULT_MODE[kind])));
  return mode;
}

export function saveAnswerMode(kind: CardKind, mode: AnswerMode): void {
  modes.set(kind, mode);
  writePref(`lovi.answerMode.${kind}`, mode);
}

/** Telex by default: the most widely taught Vietnamese typing method. */
export const loadInputMethod = () => readChoice('lovi.inputMethod', INPUT_METHODS, 'telex');
export const saveInputMethod = (m: InputMethod) => writePref('lovi.inputMethod', m);
