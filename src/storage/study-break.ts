// A break set by the learner, in the database: the review cards due in it
// are read, planned out of it (schedule/study-break.ts) and, when the learner
// saves, moved: a 'move' entry each in the log and the card's cached state,
// in one transaction. Loaded with the settings screen.
import type { IDBPTransaction, StoreNames } from 'idb';
import { planBreak, sideDays, type BreakPlan } from '../schedule/study-break.ts';
import { Queue } from '../schedule/queue.ts';
import type { StudySettings } from '../schedule/settings.ts';
import { addDays, dayNumber, dayStartInstant, studyDayOf, type StudyDay } from '../schedule/study-day.ts';
import { breakDays } from '../schedule/closed-days.ts';
import { applyEntry } from '../history/replay.ts';
import { cardKey } from '../history/batch.ts';
import type { NewEntry } from '../history/entry.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import type { Database } from './db.ts';
import { thisDevice } from './device.ts';
import { appendToLog, loadTimeline, withEntry } from './log.ts';
import type { CardRecord, LoviDB } from './schema.ts';
import { TallyUpdate } from './tallies.ts';
import { dueCounts } from './week-days.ts';

type Tx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], IDBTransactionMode>;

/** What saving these settings would do to the cards due in their break (null: no break, or it is over). */
export async function previewBreak(db: Database, settings: StudySettings, at: Date): Promise<BreakPlan | null> {
  const tx = db.transaction(['decks', 'cards'], 'readonly');
  const planned = await planIn(tx, settings, at);
  return planned?.plan ?? null;
}

/** Moves the cards due in the settings' break out of it; what was done. */
export async function applyBreak(db: Database, settings: StudySettings, at: Date): Promise<BreakPlan | null> {
  const device = await thisDevice(db);
  const tx = db.transaction(['decks', 'pairs', 'cards', 'log', 'outbox', 'schedules', 'tallies'], 'readwrite', { durability: 'strict' });
  const [planned, timeline] = await Promise.all([planIn(tx, settings, at), loadTimeline(tx)]);
  if (!planned || planned.plan.moves.length === 0) {
    await tx.done;
    return planned?.plan ?? null;
  }
  const today = studyDayOf(at, settings);
  const todayNo = dayNumber(today);
  const byKey = new Map(planned.cards.map((c) => [cardKey(c.deckId, c.cardId), c]));
  const moved = planned.plan.moves.map((m) => byKey.get(m.key)!);
  const entries = await appendToLog(tx, device, today, planned.plan.moves.map((m, i): NewEntry => ({
    type: 'move', deckId: moved[i]!.deckId, cardId: moved[i]!.cardId, at: at.getTime(), days: m.day - todayNo,
  })));
  const tallies = new TallyUpdate();
  const cards = tx.objectStore('cards');
  await Promise.all(entries.map((entry, i) => {
    const card = moved[i]!;
    const next = withEntry(placeReplayed(card, applyEntry(replayedOf(card), entry, timeline), settings.newOrder), todayNo);
    tallies.card(card, next);
    return cards.put(next);
  }));
  await Promise.all([tallies.write(tx), tx.done]);
  return planned.plan;
}

async function planIn(tx: Tx, settings: StudySettings, at: Date): Promise<{ plan: BreakPlan; cards: CardRecord[] } | null> {
  const today = studyDayOf(at, settings);
  const todayNo = dayNumber(today);
  const b = breakDays(settings, todayNo);
  if (!b) return null;
  const from = Math.max(b.from, todayNo);
  const w = sideDays(from, b.to);
  const start = (n: number) => dayStartInstant(addDays(today, n - todayNo), settings).getTime();
  const decks = await tx.objectStore('decks').getAllKeys();
  const index = tx.objectStore('cards').index('queue');
  const [inBreak, loads] = await Promise.all([
    Promise.all(decks.map((d) => index.getAll(IDBKeyRange.bound([d, Queue.Review, start(from)], [d, Queue.Review, start(b.to + 1)], false, true)))).then((x) => x.flat()),
    dueCounts(tx, today, Math.max(0, from - w - todayNo), b.to + w - todayNo, settings),
  ]);
  const dayOf = (t: number) => dayNumber(studyDayOf(new Date(t), settings) as StudyDay);
  const plan = planBreak(
    inBreak.map((c) => ({ key: cardKey(c.deckId, c.cardId), pairKey: cardKey(c.deckId, c.pairId), day: dayOf(c.due), lastDay: c.lastReview === null ? todayNo - 1 : dayOf(c.lastReview) })),
    from, b.to, todayNo, (day) => loads.get(day) ?? 0, settings,
  );
  return { plan, cards: inBreak };
}
