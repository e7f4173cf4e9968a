// Lao messages of the exercise cards (cloze, dictation): loaded with them.
import { TONE_NAMES } from './tones.ts';
import type { Message, Params } from '../../catalog.ts';

export const lo = {
  promptCloze: 'ເຕີມຄຳທີ່ຂາດ',
  promptDictation: 'ຂຽນສິ່ງທີ່ໄດ້ຍິນ',
  listen: 'ຟັງ',
  answerLabel: 'ຄຳຕອບຂອງທ່ານ (ພາສາຫວຽດນາມ)',
  inputMethod: 'ວິທີພິມ',
  im_off: 'ແປ້ນພິມຂອງຂ້ອຍພິມຫວຽດນາມໄດ້',
  im_telex: 'Telex (aa → â, s → sắc)',
  im_vni: 'VNI (a6 → â, a1 → á)',
  toneBar: 'ເຄື່ອງໝາຍວັນນະຍຸດ ແລະ ຕົວອັກສອນ',
  ...TONE_NAMES,
  checkAnswer: 'ກວດ',
  gap: 'ຄຳທີ່ຂາດ',
  allRight: 'ຖືກທັງໝົດ!',
  notQuite: 'ຍັງບໍ່ຖືກທັງໝົດ:',
  'result_right': 'ຖືກ',
  'result_variant': 'ຖືກ (ຂຽນອີກແບບໜຶ່ງ)',
  'result_tone-wrong': (p: Params) => `ວັນນະຍຸດຜິດ: ທ່ານຂຽນ ${p.given}, ຕ້ອງແມ່ນ ${p.expected}`,
  'result_tone-missing': (p: Params) => `ຂາດວັນນະຍຸດ: ຕ້ອງແມ່ນ ${p.expected}`,
  'result_mark-wrong': 'ເຄື່ອງໝາຍຕົວອັກສອນຜິດ (ເຊັ່ນ ô/ơ, d/đ)',
  'result_wrong': 'ຄຳຜິດ',
  'result_missing': 'ຂາດ',
  'result_extra': 'ບໍ່ມີໃນປະໂຫຍກ',
  suggested: (p: Params) => `ແນະນຳ: ${p.rating}`,
} satisfies Record<string, Message>;
