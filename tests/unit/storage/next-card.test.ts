// The review screen shows the next card from the queue carried forward in
// memory (schedule/queue.ts afterRating) before the review is saved: it must
// be the card storage would have given, whatever the ratings and the time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { afterRating, buildQueue } from '../../../src/schedule/queue.ts';
import { deckFrom, freshDb, PAIRS, SETTINGS, installWithCards } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z'); // 10:00 in Vientiane
const MORE: [string, string][] = [
  ['ມື້ນີ້ອາກາດດີ', 'Hôm nay trời đẹp'],
  ['ຂ້ອຍຢາກກິນເຂົ້າ', 'Tôi muốn ăn cơm'],
  ['ລາວເປັນຄູ', 'Anh ấy là giáo viên'],
  ['ຮ້ານນີ້ຂາຍປຶ້ມ', 'Cửa hàng này bán sách'],
];

describe('the next card carried in memory', () => {
  it('is the card and the counts storage gives after the review is saved, for any ratings and pauses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ grade: fc.constantFrom(1, 2, 3, 4), pauseMin: fc.integer({ min: 0, max: 30 }) }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        async (steps, newPerDay) => {
          const settings = { ...SETTINGS, newPerDay };
          const scheduler = createScheduler(settings);
          const db = await freshDb();
          await installWithCards(db, deckFrom([...PAIRS, ...MORE]), T0);
          let t = T0.getTime();
          for (const { grade, pauseMin } of steps) {
            // Read when the card is shown; rated after the learner's pause.
            const shown = await deckQueue(db, 'news', new Date(t), settings);
            const card = shown.card;
            if (!card) break;
            t += pauseMin * 60_000;
            const at = new Date(t);
            const after = scheduler.rate(card, at, grade as 1 | 2 | 3 | 4);
            const carried = buildQueue({ now: at, ...afterRating(shown.snapshot, card, card, after, shown.dayEnd), settings });
            await recordReview(db, { deckId: 'news', cardId: card.cardId, before: card, grade: grade as 1 | 2 | 3 | 4, at, day: shown.day, durationMs: 1000 });
            const stored = await deckQueue(db, 'news', at, settings);
            expect(carried.next?.cardId ?? null).toBe(stored.card?.cardId ?? null);
            expect(carried.counts).toEqual(stored.counts);
          }
          db.close();
        },
      ),
      { numRuns: 200 },
    );
  });
});
