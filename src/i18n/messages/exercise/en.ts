// English messages of the exercise cards (the Lao file is the reference).
import { TONE_NAMES } from './tones.ts';
import type { Message } from '../../catalog.ts';
import type { lo } from './lo.ts';

export const en: Record<keyof typeof lo, Message> = {
  promptCloze: 'Fill in the missing word',
  promptDictation: 'Write what you hear',
  listen: 'Listen',
  answerLabel: 'Your answer (Vietnamese)',
  inputMethod: 'Typing method',
  im_off: 'My keyboard writes Vietnamese',
  im_telex: 'Telex (aa → â, s → sắc)',
  im_vni: 'VNI (a6 → â, a1 → á)',
  toneBar: 'Tone and letter marks',
  ...TONE_NAMES,
  checkAnswer: 'Check',
  gap: 'missing word',
  allRight: 'All right!',
  notQuite: 'Not quite:',
  'result_right': 'right',
  'result_variant': 'right (another accepted spelling)',
  'result_tone-wrong': (p) => `wrong tone: you wrote ${p.given}, expected ${p.expected}`,
  'result_tone-missing': (p) => `tone missing: expected ${p.expected}`,
  'result_mark-wrong': 'wrong letter mark (like ô/ơ, d/đ)',
  'result_wrong': 'wrong word',
  'result_missing': 'missing',
  'result_extra': 'not in the sentence',
  suggested: (p) => `Suggested: ${p.rating}`,
};
