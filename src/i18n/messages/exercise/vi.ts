// Vietnamese messages of the exercise cards (the Lao file is the reference).
import { TONE_NAMES } from './tones.ts';
import type { Message } from '../../catalog.ts';
import type { lo } from './lo.ts';

export const vi: Record<keyof typeof lo, Message> = {
  promptCloze: 'Điền từ còn thiếu',
  promptDictation: 'Viết những gì bạn nghe',
  listen: 'Nghe',
  answerLabel: 'Câu trả lời của bạn (tiếng Việt)',
  inputMethod: 'Kiểu gõ',
  im_off: 'Bàn phím của tôi gõ được tiếng Việt',
  im_telex: 'Telex (aa → â, s → sắc)',
  im_vni: 'VNI (a6 → â, a1 → á)',
  toneBar: 'Dấu thanh và dấu chữ',
  ...TONE_NAMES,
  checkAnswer: 'Kiểm tra',
  gap: 'từ còn thiếu',
  allRight: 'Đúng hết!',
  notQuite: 'Chưa đúng hết:',
  'result_right': 'đúng',
  'result_variant': 'đúng (cách viết khác)',
  'result_tone-wrong': (p) => `sai dấu thanh: bạn viết ${p.given}, đúng là ${p.expected}`,
  'result_tone-missing': (p) => `thiếu dấu thanh: đúng là ${p.expected}`,
  'result_mark-wrong': 'sai dấu chữ (như ô/ơ, d/đ)',
  'result_wrong': 'sai từ',
  'result_missing': 'thiếu',
  'result_extra': 'không có trong câu',
  suggested: (p) => `Gợi ý: ${p.rating}`,
};
