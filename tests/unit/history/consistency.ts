// The compact history's invariant (tests/shared/consistency.ts) on a test database.
import { expect } from 'vitest';
import type { StudyDay } from '../../../src/schedule/study-day.ts';
import type { Database } from '../../../src/storage/db.ts';
import { inconsistencies, STORES, type Stores } from '../../shared/consistency.ts';

export async function expectConsistent(db: Database, today: StudyDay): Promise<void> {
  expect(inconsistencies(await readStores(db), today)).toEqual([]);
}

/** Every store the invariant reads, whole. */
export async function readStores(db: Database): Promise<Stores> {
  const [decks, pairs, cards, log, schedules, tallies, days] = await Promise.all(STORES.map((name) => db.getAll(name)));
  return { decks, pairs, cards, log, schedules, tallies, days } as Stores;
}
