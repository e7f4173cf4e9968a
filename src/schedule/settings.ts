// Study settings and their defaults, with the reason for each.
export interface StudySettings {
  /** Share of reviews the learner wants to recall; FSRS's default. */
  desiredRetention: number;
  /** Days; a sentence seen once a year is still worth keeping. */
  maximumInterval: number;
  /** Spreads reviews so a day's new cards do not all come back on one day. */
  fuzz: boolean;
  /** Short-term steps for new cards, ts-fsrs's defaults. */
  learningSteps: string[];
  relearningSteps: string[];
  /** 04:00 local, like other SRS apps: a session past midnight counts for the evening. */
  dayStartHour: number;
  /** Ten new sentences a day is a sustainable pace for a few minutes' study. */
  newPerDay: number;
  reviewsPerDay: number;
  /** 'deck': the seed is an article and its order matters. */
  newOrder: 'deck' | 'random';
}

export const DEFAULT_SETTINGS: StudySettings = {
  desiredRetention: 0.9,
  maximumInterval: 36500,
  fuzz: true,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  dayStartHour: 4,
  newPerDay: 10,
  reviewsPerDay: 200,
  newOrder: 'deck',
};
