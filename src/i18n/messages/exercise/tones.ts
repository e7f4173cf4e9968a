// The tones' own names, as Vietnamese teachers say them: the same in every UI language.
export const TONE_NAMES = {
  tone_ngang: 'ngang',
  tone_huyen: 'huyền',
  tone_sac: 'sắc',
  tone_hoi: 'hỏi',
  tone_nga: 'ngã',
  tone_nang: 'nặng',
} as const;
