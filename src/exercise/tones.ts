// The six Vietnamese tones, in the order the log's tone codes number them
// (history/tone-codes.ts): never reorder. A module of its own so that what
// counts tones at start-up (the day summaries) does not bring the syllable rules.
export const TONES = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'] as const;
export type Tone = (typeof TONES)[number];
