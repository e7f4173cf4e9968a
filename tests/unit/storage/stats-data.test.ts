import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { suspendCard } from '../../../src/storage/card-actions.ts';
import { loadCardData, loadDayData } from '../../../src/storage/stats-data.ts';
import { TallyUpdate } from '../../../src/storage/tallies.ts';
import { dayStartInstant } from '../../../src/schedule/study-day.ts';
import { deckFrom, freshDb, PAIRS, installWithCards } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z'); // 10:00 in Vientiane, study day 2026-03-10
const DAY = 86_400_000;
const starts = (day: string) => dayStartInstant(day, { dayStartHour: 4 }).getTime();

describe('statistics data', () => {
  it('counts card states, known sentences and the forecast from the cards, and days from the summaries', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0);
    const cards = await db.getAll('cards');
    const byOrder = (n: number) => cards.find((c) => c.order === n)!;
    // Hand-made states: card 0 mature (30-day interval) due in 3 days, card 2 young due tomorrow,
    // card 4 learning, card 6 suspended; the rest new.
    // Written as the app writes a card: with its deck's tallies, in one transaction.
    const put = async (n: number, patch: object) => {
      const tx = db.transaction(['cards', 'tallies'], 'readwrite');
      const tallies = new TallyUpdate();
      const card = { ...byOrder(n), ...patch };
      tallies.card(byOrder(n), card);
      await tx.objectStore('cards').put(card);
      await Promise.all([tallies.write(tx), tx.done]);
    };
    await put(0, { state: State.Review, queue: 2, scheduledDays: 30, due: T0.getTime() + 3 * DAY, sortKey: T0.getTime() + 3 * DAY, reps: 4 });
    await put(2, { state: State.Review, queue: 2, scheduledDays: 3, due: T0.getTime() + DAY, sortKey: T0.getTime() + DAY, reps: 2 });
    await put(4, { state: State.Learning, queue: 1, due: T0.getTime() + 600_000, sortKey: T0.getTime() + 600_000, reps: 1 });
    await suspendCard(db, 'news', byOrder(6).cardId, { at: T0, day: '2026-03-10' });
    const fresh = byOrder(1);
    await recordReview(db, { deckId: 'news', cardId: fresh.cardId, before: fresh, grade: 1, at: T0, day: '2026-03-10', durationMs: 5000 });

    const stats = { ...(await loadDayData(db, '2026-03-10')), ...(await loadCardData(db, '2026-03-10', starts)) };
    expect(stats.decks).toEqual([{ deckId: 'news', title: { lo: 'ຂ່າວ', vi: 'Tin' }, pairs: 4, knownPairs: 1, states: { new: 11, learning: 2, young: 1, mature: 1, suspended: 1 } }]);
    expect(stats.forecast).toHaveLength(30);
    expect(stats.forecast.slice(0, 5)).toEqual([0, 1, 0, 1, 0]);
    expect(stats.studiedDays).toEqual(['2026-03-10']);
    expect(stats.days).toMatchObject([{ day: '2026-03-10', reviews: 1, again: 1, introduced: 1 }]);
  });

});
