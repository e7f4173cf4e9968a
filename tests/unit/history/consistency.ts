// The compact history's invariant (tests/shared/consistency.ts) on a test database.
import { expect } from 'vitest';
import type { StudyDay } from '../../../src/schedule/study-day.ts';
import type { Database } from '../../../src/storage/db.ts';
import { inconsistencies } from '../../shared/consistency.ts';

export async function expectConsistent(db: Database, today: StudyDay): Promise<void> {
  const [cards, log, schedules, tallies, days] = await Promise.all([db.getAll('cards'), db.getAll('log'), db.getAll('schedules'), db.getAll('tallies'), db.getAll('days')]);
  expect(inconsistencies({ cards, log, schedules, tallies, days }, today)).toEqual([]);
}
