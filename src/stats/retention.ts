// True retention: the share of reviews of cards in review state that were
// not failed, over a window of study days, young and mature apart.
import { addDays, type StudyDay } from '../schedule/study-day.ts';
import type { DaySummary, PassFail } from './day-summary.ts';

export interface Retention {
  young: number | null;
  mature: number | null;
  all: number | null;
  /** How many reviews each figure rests on. */
  counts: { young: number; mature: number };
}

const share = (p: PassFail) => (p.pass + p.fail === 0 ? null : p.pass / (p.pass + p.fail));

/** Over the `days` study days ending today (today included). */
export function retention(summaries: DaySummary[], today: StudyDay, days: number): Retention {
  const from = addDays(today, -(days - 1));
  const young: PassFail = { pass: 0, fail: 0 };
  const mature: PassFail = { pass: 0, fail: 0 };
  for (const s of summaries) {
    if (s.day < from || s.day > today) continue;
    young.pass += s.young.pass;
    young.fail += s.young.fail;
    mature.pass += s.mature.pass;
    mature.fail += s.mature.fail;
  }
  return {
    young: share(young),
    mature: share(mature),
    all: share({ pass: young.pass + mature.pass, fail: young.fail + mature.fail }),
    counts: { young: young.pass + young.fail, mature: mature.pass + mature.fail },
  };
}
