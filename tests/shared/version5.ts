// A learner's database as version 5 left it, for the tests of the migration to
// the compact log: the simulated learner's deck and reviews (written at
// version 1, then upgraded to 5 by the app's own migrations, which sum the days
// and count the tallies), with each thing the old log did not record done to a
// card. Built in whatever IndexedDB the process has (fake-indexeddb): the unit
// tests open it there, the crash test copies it into Chromium (database-copy.ts).
import { State } from 'ts-fsrs';
import { openDatabase } from '../../src/storage/db.ts';
import { openPageDatabase } from '../../src/storage/open-page.ts';
import { LEGACY } from '../../src/storage/legacy-store.ts';
import { Queue } from '../../src/schedule/queue.ts';
import { DEFAULT_SETTINGS, type StudySettings } from '../../src/schedule/settings.ts';
import { syntheticBackup } from '../../scripts/fixtures/synthetic-backup.ts';
import type { CardRecord } from '../../src/storage/schema.ts';

/** Builds it under `name`; the cards given states their reviews do not give, by card id. */
export async function buildVersion5(name: string, now: number, today: string, settings: StudySettings = DEFAULT_SETTINGS): Promise<Map<string, Partial<CardRecord>>> {
  const v1 = syntheticBackup({ pairs: 200, reviews: 2000, days: 60 }, 'news', now, 1);
  const studied = v1.cards.filter((c) => c.reps > 0);
  const odd = new Map<string, Partial<CardRecord>>([
    // A state from elsewhere (other settings then): replay does not give it.
    [studied[0]!.cardId, { stability: studied[0]!.stability * 3 }],
    [studied[1]!.cardId, { queue: Queue.Suspended }],
    [studied[2]!.cardId, { queue: Queue.Buried, buriedDay: today }],
    // Reset by the learner: new again, its reviews kept.
    [studied[3]!.cardId, { state: State.New, reps: 0, lapses: 0, stability: 0, difficulty: 0, scheduledDays: 0, elapsedDays: 0, learningSteps: 0, lastReview: null, due: now - 1000, queue: Queue.New, sortKey: studied[3]!.order }],
    // A kind turned off, and a pair gone from the deck, with their progress.
    [studied[4]!.cardId, { queue: Queue.Off }],
    [studied[5]!.cardId, { queue: Queue.Retired }],
  ]);
  const db = await openDatabase({}, name, 1);
  const tx = db.transaction(['decks', 'pairs', 'cards', LEGACY as 'log', 'settings'], 'readwrite');
  for (const d of v1.decks) void tx.objectStore('decks').put(d);
  for (const p of v1.pairs) void tx.objectStore('pairs').put(p);
  for (const c of v1.cards) void tx.objectStore('cards').put({ ...c, ...odd.get(c.cardId) });
  for (const e of v1.reviews) void tx.objectStore(LEGACY as 'log').put(e as never);
  void tx.objectStore('settings').put(settings, 'study');
  await tx.done;
  db.close();
  (await openPageDatabase({}, name, 5)).close();
  return odd;
}
