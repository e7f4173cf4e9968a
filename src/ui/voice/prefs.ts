// The voice practice's device preferences: which tones the learner's
// Vietnamese is judged by (Northern by default: the standard taught, six
// tones), and the pitch of their level voice, learnt from a short "ma"
// (contours are semitones from it; without it a word has nothing to be high
// or low against).
import { readChoice, readPref, writePref } from '../../device-prefs.ts';
import type { Dialect } from '../../voice/tones.ts';

export const DIALECTS: readonly Dialect[] = ['north', 'south'];
const DIALECT_KEY = 'lovi.toneDialect';
const REFERENCE_KEY = 'lovi.voiceReference';

export const loadDialect = (): Dialect => readChoice(DIALECT_KEY, DIALECTS, 'north');
export const saveDialect = (d: Dialect) => writePref(DIALECT_KEY, d);

/** The learner's level pitch (Hz), if they have said their "ma". */
export function loadReference(): number | undefined {
  const hz = Number(readPref(REFERENCE_KEY));
  return hz >= 60 && hz <= 400 ? hz : undefined;
}
export const saveReference = (hz: number) => writePref(REFERENCE_KEY, String(Math.round(hz * 10) / 10));
export const forgetReference = () => writePref(REFERENCE_KEY, '');
