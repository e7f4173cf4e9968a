// Study settings and their defaults, with the reason for each.
import { clipParameters, default_w } from 'ts-fsrs';
import { NEW_ORDERS, type NewOrder } from './new-order.ts';
import type { FitRecord, PreviousParameters } from '../optimise/fit-record.ts';
import { NORMAL_WEEK, sanitiseWeek, type WeekRules } from './week.ts';
export interface StudySettings extends WeekRules {
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
  /** 'known-words' (i+1): a sentence with one new word at a time; courses (the seed is an article) keep their own order. */
  newOrder: NewOrder;
  /** Read the Vietnamese aloud as soon as it is shown. */
  autoplayAudio: boolean;
  /** After a session, suggest a backup when the last one is older than this (days; 0: never). */
  backupReminderDays: number;
  /** Lapses that make a card a leech (schedule/leech.ts; 0: never). Anki's default. */
  leechLapses: number;
  /** A card that becomes a leech is suspended (the review screen says so and offers to edit it or keep it). */
  leechSuspend: boolean;
  /**
   * The learner's own FSRS parameters (fitted to their reviews on this device: src/optimise/),
   * or null for FSRS's defaults. They change future intervals only; no stored card state is rewritten.
   */
  fsrsParameters: number[] | null;
  /** How the parameters in use were fitted and scored (null: not fitted here). */
  fsrsFit: FitRecord | null;
  /** What the last applied fit replaced, until the learner goes back to it. */
  fsrsPrevious: PreviousParameters | null;
  /** The daily reminder's time in the learner's calendar (HH:MM, local: schedule/reminder.ts). */
  reminderTime: string;
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
  newOrder: 'known-words',
  autoplayAudio: false,
  // A week: often enough that a lost phone costs little, rare enough not to nag.
  backupReminderDays: 7,
  leechLapses: 8,
  leechSuspend: true,
  fsrsParameters: null,
  fsrsFit: null,
  fsrsPrevious: null,
  // The learner's week (schedule/week.ts): balanced, every day as usual, no break.
  loadBalance: true,
  easyDays: NORMAL_WEEK,
  studyBreak: null,
  // An evening hour: after work and the market, before sleep.
  reminderTime: '19:00',
};

/** The range each number may take; the settings screen and loading both hold to it. */
export const SETTING_LIMITS = {
  desiredRetention: { min: 0.7, max: 0.99, step: 0.01 },
  maximumInterval: { min: 1, max: 36500, step: 1 },
  dayStartHour: { min: 0, max: 23, step: 1 },
  newPerDay: { min: 0, max: 9999, step: 1 },
  reviewsPerDay: { min: 0, max: 99999, step: 1 },
  backupReminderDays: { min: 0, max: 365, step: 1 },
  leechLapses: { min: 0, max: 99, step: 1 },
} as const;

export type NumericSetting = keyof typeof SETTING_LIMITS;

/** Settings as saved, with anything missing or out of range replaced by its default. */
export function sanitiseSettings(saved: Partial<StudySettings> | undefined): StudySettings {
  const s: StudySettings = { ...DEFAULT_SETTINGS, ...saved };
  for (const key of Object.keys(SETTING_LIMITS) as NumericSetting[]) {
    const { min, max } = SETTING_LIMITS[key];
    const v = s[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) s[key] = DEFAULT_SETTINGS[key];
  }
  if (!NEW_ORDERS.includes(s.newOrder)) s.newOrder = DEFAULT_SETTINGS.newOrder;
  if (typeof s.leechSuspend !== 'boolean') s.leechSuspend = DEFAULT_SETTINGS.leechSuspend;
  if (typeof s.loadBalance !== 'boolean') s.loadBalance = DEFAULT_SETTINGS.loadBalance;
  Object.assign(s, sanitiseWeek(s.easyDays, s.studyBreak));
  if (typeof s.reminderTime !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(s.reminderTime)) s.reminderTime = DEFAULT_SETTINGS.reminderTime;
  s.fsrsParameters = sanitiseParameters(s.fsrsParameters, s.relearningSteps.length);
  // The fit's record is only shown (the settings screen checks its figures: optimise/fit-record.ts); scheduling never reads it.
  s.fsrsFit = s.fsrsParameters && isObject(s.fsrsFit) ? s.fsrsFit : null;
  const previous = s.fsrsPrevious as Partial<PreviousParameters> | null;
  const previousW = isObject(previous) ? sanitiseParameters(previous.w, s.relearningSteps.length) : null;
  s.fsrsPrevious = isObject(previous) ? { w: previousW, fit: previousW && isObject(previous.fit) ? previous.fit : null } : null;
  return s;
}

const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null && !Array.isArray(x);

/** FSRS parameters as saved: exactly as many finite numbers as FSRS has, held within its bounds; anything else is the defaults (null). */
function sanitiseParameters(w: unknown, relearningSteps: number): number[] | null {
  if (!Array.isArray(w) || w.length !== default_w.length || !w.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  return clipParameters(w as number[], relearningSteps, true);
}
