// Sync between devices through a real CouchDB-protocol server on loopback
// (scripts/sync-server.ts, started here): each device a database of its own,
// studying offline, then syncing in turn. Every device ends with the same log
// and every card the replay of the union.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServer } from '../../../scripts/sync-server.ts';
import { Couch, userDatabase } from '../../../src/sync/couch.ts';
import { replicate, type ReplicateOptions } from '../../../src/sync/replicate.ts';
import { localSide, markEverything, type MergeReport } from '../../../src/storage/sync-local.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { loadSettings } from '../../../src/storage/settings.ts';
import { saveSettings } from '../../../src/storage/save-settings.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';
import type { Database } from '../../../src/storage/db.ts';
import { deckFrom, freshDb, PAIRS, readLog, SETTINGS } from '../storage/helpers.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { expectConsistent } from '../history/consistency.ts';
import { importBackup } from '../../../src/storage/backup.ts';
import { syntheticBackup } from '../../../scripts/fixtures/synthetic-backup.ts';
import { setDeckKinds } from '../../../src/storage/deck-kinds.ts';
import { addPair, editPair, MY_DECK } from '../../../src/storage/pair-edits.ts';
import { deckPairs, deleteDeck } from '../../../src/storage/deck-actions.ts';
import { checkPair } from '../../../src/import/check-pair.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const TODAY = '2026-03-10';
let server: SyncServer;

beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

/** Node's fetch keeps no cookies: this one keeps the session's, as a browser does. */
function browserLikeFetch(): typeof fetch {
  let cookie = '';
  return async (input, init = {}) => {
    const response = await fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), ...(cookie ? { Cookie: cookie } : {}) } });
    for (const c of response.headers.getSetCookie()) if (c.startsWith('AuthSession=')) cookie = c.split(';')[0]!;
    return response;
  };
}

interface Device { db: Database; couch: Couch; fetch: typeof fetch; at: Date }

async function device(name: string, password: string, signUp: boolean): Promise<Device> {
  const db = await freshDb();
  await installDeck(db, deckFrom(PAIRS), T0);
  const fetcher = browserLikeFetch();
  const couch = new Couch(server.url, fetcher);
  if (signUp) await couch.signUp(name, password);
  await couch.signIn(name, password);
  await markEverything(db);
  return { db, couch, fetch: fetcher, at: T0 };
}

/** A fetch that answers nothing from its `after`-th request on: the network cut mid-sync. */
function cutAfter(after: number, inner: typeof fetch): { fetcher: typeof fetch } {
  let n = 0;
  return {
    fetcher: async (input, init) => {
      if (++n > after) throw new TypeError('Failed to fetch');
      return inner(input, init);
    },
  };
}

/** couch_peruser makes the database a moment after the signup (the app waits for it the same way). */
async function waitForDatabase<T>(work: () => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await work();
    } catch (e) {
      if (tries > 20 || !(e instanceof Error) || !e.message.includes('not-found')) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function sync(d: Device, name: string, options: ReplicateOptions = {}): Promise<MergeReport> {
  const report: MergeReport = { entries: 0, decks: new Set(), settings: false, memory: false };
  const moment = () => ({ at: d.at, day: studyDayOf(d.at, SETTINGS) });
  await waitForDatabase(() => replicate(d.couch, userDatabase(name), localSide(d.db, { moment, newOrder: () => 'deck', free: options.free }, report), () => {}, options));
  return report;
}

async function study(d: Device, grades: readonly (1 | 2 | 3 | 4)[], deckId = 'news'): Promise<void> {
  for (const grade of grades) {
    d.at = new Date(d.at.getTime() + 60_000);
    const { card } = await deckQueue(d.db, deckId, d.at, SETTINGS);
    await recordReview(d.db, { deckId, cardId: card!.cardId, before: card!, grade, at: d.at, day: studyDayOf(d.at, SETTINGS), durationMs: 3000 });
  }
}

const typed = (lo: string, vi: string) => {
  const c = checkPair({ lo, vi });
  if (!c.ok) throw new Error(c.problems.join());
  return c.pair;
};

const cardsOf = async (db: Database) => (await db.getAll('cards')).map(({ logDays: _, ...c }) => c).sort((a, b) => (a.cardId < b.cardId ? -1 : 1));
const logOf = async (db: Database) => (await readLog(db)).map((e) => e.id).sort();

describe('sync through a CouchDB-protocol server', () => {
  it('two devices that studied the same cards offline end with one log, both reviews counted, every card its replay', async () => {
    const phone = await device('nok', 'pw-nok-1', true);
    const tablet = await device('nok', 'pw-nok-1', false);
    // Both study offline: the same first cards, the tablet a minute later each time.
    tablet.at = new Date(T0.getTime() + 30_000);
    await study(phone, [3, 1, 4]);
    await study(tablet, [2, 3]);
    await sync(phone, 'nok');
    const merged = await sync(tablet, 'nok');
    expect(merged.entries).toBe(3);
    await sync(phone, 'nok');
    expect((await readLog(phone.db)).length).toBe(5);
    expect(await logOf(phone.db)).toEqual(await logOf(tablet.db));
    expect(await cardsOf(phone.db)).toEqual(await cardsOf(tablet.db));
    await expectConsistent(phone.db, TODAY);
    await expectConsistent(tablet.db, TODAY);
    // The first card was reviewed on both: its history holds both reviews, in time order.
    const twice = (await phone.db.getAll('cards')).find((c) => c.reps === 2)!;
    const first = (await readLog(phone.db)).filter((e) => e.type === 'review' && e.cardId === twice.cardId);
    expect(first.map((e) => e.at)).toEqual([...first.map((e) => e.at)].sort((a, b) => a - b));
    expect(first).toHaveLength(2);
  });

  it('a second sync with nothing new sends nothing and changes nothing', async () => {
    const phone = await device('kham', 'pw-kham-1', true);
    await study(phone, [3, 3]);
    await sync(phone, 'kham');
    const before = await cardsOf(phone.db);
    expect(await phone.db.count('outbox')).toBe(0);
    const report = await sync(phone, 'kham');
    expect(report.entries).toBe(0);
    expect(await cardsOf(phone.db)).toEqual(before);
  });

  it('the later edit of the settings stands on both devices, whichever syncs first', async () => {
    const phone = await device('dao', 'pw-dao-1', true);
    const tablet = await device('dao', 'pw-dao-1', false);
    await sync(phone, 'dao');
    await sync(tablet, 'dao');
    await saveSettings(phone.db, { ...SETTINGS, newPerDay: 7 }, new Date(T0.getTime() + 1000));
    await saveSettings(tablet.db, { ...SETTINGS, newPerDay: 12 }, new Date(T0.getTime() + 2000));
    await sync(tablet, 'dao');
    await sync(phone, 'dao');
    await sync(tablet, 'dao');
    expect((await loadSettings(phone.db)).newPerDay).toBe(12);
    expect((await loadSettings(tablet.db)).newPerDay).toBe(12);
  });

  it('keeps one learner out of another\'s database', async () => {
    await device('vanh', 'pw-vanh-1', true);
    const other = new Couch(server.url, browserLikeFetch());
    await other.signUp('mone', 'pw-mone-1');
    await other.signIn('mone', 'pw-mone-1');
    await expect(other.changes(userDatabase('vanh'), '0', 10)).rejects.toThrow(/unauthorised|forbidden/);
    await expect(other.bulkDocs(userDatabase('vanh'), [{ _id: 'setting:study', type: 'stamped', stamp: '9', value: null }]).then((r) => r.some((x) => 'error' in x))).resolves.toBe(true);
    await expect(new Couch(server.url, browserLikeFetch()).signIn('vanh', 'wrong')).rejects.toThrow(/unauthorised/);
  });

  it('cut off at each request of a long first sync in turn, finishes at the next one with nothing lost or doubled', async () => {
    const cuts: string[] = [];
    for (let after = 0; ; after++) {
      const name = `sone-${after}`;
      const phone = await device(name, 'pw-sone-1', true);
      // Two months of another device's history, brought by a backup: 60 batches, 2,000 reviews, several requests.
      await importBackup(phone.db, syntheticBackup({ pairs: 200, reviews: 2000, days: 60 }, 'news2', T0.getTime(), 2), { at: T0, day: TODAY });
      await study(phone, [3, 4]);
      const cut = cutAfter(after, phone.fetch);
      const report: MergeReport = { entries: 0, decks: new Set(), settings: false, memory: false };
      const moment = () => ({ at: phone.at, day: TODAY });
      const done = await waitForDatabase(() => replicate(new Couch(server.url, cut.fetcher), userDatabase(name), localSide(phone.db, { moment, newOrder: () => 'deck' }, report), () => {}, { push: 25 }))
        .then(() => true, () => false);
      if (done) break;
      cuts.push(`after ${after} requests`);
      // The next sync, whole: then a new phone of the same learner has the whole history, each entry once.
      await sync(phone, name);
      expect(await phone.db.count('outbox')).toBe(0);
      // Read in pages of 20 (a server that does not say what is pending, as this one: more while a page is full).
      const tablet = await device(name, 'pw-sone-1', false);
      await sync(tablet, name, { pull: 20 });
      expect((await readLog(tablet.db)).length).toBe(2002);
      expect(await logOf(tablet.db)).toEqual(await logOf(phone.db));
      await expectConsistent(tablet.db, TODAY);
    }
    console.log(`sync cut: ${cuts.join(', ')}`);
    // Cut at the first pull, and at each of the pushes of 25 batches.
    expect(cuts.length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('says offline while the server is down, and goes on where it was once it is back (restarted)', async () => {
    const phone = await device('keo', 'pw-keo-1', true);
    await study(phone, [3]);
    await sync(phone, 'keo');
    await server.stop();
    await study(phone, [4, 2]);
    await expect(sync(phone, 'keo')).rejects.toThrow(/offline/);
    expect(await phone.db.count('outbox')).toBeGreaterThan(0);
    await server.resume();
    await server.restart();
    await sync(phone, 'keo');
    const tablet = await device('keo', 'pw-keo-1', false);
    await sync(tablet, 'keo');
    expect(await logOf(tablet.db)).toEqual(await logOf(phone.db));
    expect((await readLog(tablet.db)).length).toBe(3);
  });

  it('three devices that studied offline converge whatever order they sync in', async () => {
    const GRADES: (1 | 2 | 3 | 4)[][] = [[3, 1], [2, 4, 3], [1]];
    for (const [k, order] of ([[0, 1, 2, 0, 1], [2, 0, 1, 2, 0], [1, 2, 1, 0, 2, 1]] as const).entries()) {
      const name = `three-${k}`;
      const devices = [await device(name, 'pw-three-1', true), await device(name, 'pw-three-1', false), await device(name, 'pw-three-1', false)];
      // Each studies offline at its own moments: the same first cards on each.
      for (const [i, d] of devices.entries()) {
        d.at = new Date(T0.getTime() + i * 7_000);
        await study(d, GRADES[i]!);
      }
      for (const i of order) await sync(devices[i]!, name);
      // Each has sent its own by now; once more each, and each has pulled the union.
      for (const d of devices) await sync(d, name);
      const logs = await Promise.all(devices.map((d) => logOf(d.db)));
      expect(logs[0]).toHaveLength(6);
      expect(logs[1]).toEqual(logs[0]);
      expect(logs[2]).toEqual(logs[0]);
      const cards = await Promise.all(devices.map((d) => cardsOf(d.db)));
      expect(cards[1]).toEqual(cards[0]);
      expect(cards[2]).toEqual(cards[0]);
      for (const d of devices) await expectConsistent(d.db, TODAY);
    }
  });

  it('carries the learner\'s own decks, a deck\'s kinds and their edits of a sentence; typed sentences of both devices are kept', async () => {
    const phone = await device('sone', 'pw-sone-a', true);
    const tablet = await device('sone', 'pw-sone-a', false);
    const songs = { ...deckFrom([['ເພງລາວ', 'Bài hát Lào'], ['ຮ້ອງເພງ', 'Hát một bài']], 'own-songs'), title: { lo: 'ເພງ', vi: 'Bài hát' } };
    await installDeck(phone.db, songs, T0);
    // Studied before it travels: the tablet installs the deck after the reviews have come, and replays them.
    await study(phone, [3, 1], 'own-songs');
    await setDeckKinds(phone.db, 'news', ['recognition', 'cloze'], T0, 'deck');
    const first = (await phone.db.getAllFromIndex('pairs', 'order', IDBKeyRange.bound(['news', -Infinity], ['news', Infinity])))[0]!;
    await editPair(phone.db, 'news', first.pairId, { lo: first.lo, vi: 'Xin chào ngài' }, T0);
    // Typed on both, the phone's later: the tablet learns of the later deck, which lacks its sentence, and sends the union back.
    await addPair(tablet.db, MY_DECK, typed('ຂອບໃຈ', 'Cảm ơn'), new Date(T0.getTime() + 5000), 'deck');
    await addPair(phone.db, MY_DECK, typed('ສະບາຍດີ', 'Xin chào'), new Date(T0.getTime() + 6000), 'deck');
    await sync(phone, 'sone');
    const merged = await sync(tablet, 'sone');
    await sync(phone, 'sone');
    expect([...merged.decks].sort()).toEqual(['news', 'own-mine', 'own-songs']);
    for (const d of [phone, tablet]) {
      expect((await d.db.get('decks', 'own-songs'))?.title.lo).toBe('ເພງ');
      expect((await deckPairs(d.db, 'own-songs')).map((p) => p.vi)).toEqual(['Bài hát Lào', 'Hát một bài']);
      expect((await d.db.get('decks', 'news'))?.kinds).toEqual(['recognition', 'cloze']);
      expect((await d.db.get('pairs', ['news', first.pairId]))?.vi).toBe('Xin chào ngài');
      expect((await deckPairs(d.db, MY_DECK.id)).map((p) => p.vi).sort()).toEqual(['Cảm ơn', 'Xin chào']);
      await expectConsistent(d.db, TODAY);
    }
    expect(await phone.db.count('outbox')).toBe(0);
    // Every studied card the same (a typed sentence's new cards are stored where it was typed, and stand for themselves elsewhere).
    const studied = async (db: Database) => (await cardsOf(db)).filter((c) => c.reps > 0);
    expect(await studied(tablet.db)).toEqual(await studied(phone.db));
    expect((await tablet.db.getAll('cards', IDBKeyRange.bound(['own-songs'], ['own-songs', []]))).filter((c) => c.reps > 0)).toHaveLength(2);
    // The same sentence edited on both: the later edit on both; the deck deleted on one: gone from the other, its history kept.
    const later = phone.at.getTime();
    await editPair(tablet.db, 'news', first.pairId, { lo: first.lo, vi: 'Chào ông (máy tính bảng)' }, new Date(later + 9000));
    await editPair(phone.db, 'news', first.pairId, { lo: first.lo, vi: 'Chào ông (điện thoại)' }, new Date(later + 8000));
    await deleteDeck(phone.db, 'own-songs', false, new Date(later + 8000));
    await sync(tablet, 'sone');
    await sync(phone, 'sone');
    await sync(tablet, 'sone');
    for (const d of [phone, tablet]) {
      expect((await d.db.get('pairs', ['news', first.pairId]))?.vi).toBe('Chào ông (máy tính bảng)');
      expect(await d.db.get('decks', 'own-songs')).toBeUndefined();
    }
  });

  it('a phone whose clock is a day ahead, or a day behind, does not win every edit after, and its reviews keep their days', async () => {
    const DAY = 86_400_000;
    const ahead = await device('phet', 'pw-phet-1', true);
    const right = await device('phet', 'pw-phet-1', false);
    const behind = await device('phet', 'pw-phet-1', false);
    ahead.at = new Date(T0.getTime() + DAY);
    behind.at = new Date(T0.getTime() - DAY);
    // The phone a day ahead edits and studies ("tomorrow" on its clock) and syncs.
    await saveSettings(ahead.db, { ...SETTINGS, newPerDay: 7 }, ahead.at);
    await study(ahead, [3]);
    await sync(ahead, 'phet');
    // The others have seen its edit; each edits after, on its own clock: the later of theirs stands, not the phone's.
    await sync(right, 'phet');
    expect((await loadSettings(right.db)).newPerDay).toBe(7);
    await saveSettings(right.db, { ...SETTINGS, newPerDay: 12 }, right.at);
    await sync(right, 'phet');
    await sync(behind, 'phet');
    expect((await loadSettings(behind.db)).newPerDay).toBe(12);
    await saveSettings(behind.db, { ...SETTINGS, newPerDay: 15 }, behind.at);
    await sync(behind, 'phet');
    await sync(ahead, 'phet');
    await sync(right, 'phet');
    for (const d of [ahead, right, behind]) expect((await loadSettings(d.db)).newPerDay).toBe(15);
    // The review keeps the study day its phone recorded, on every device.
    const tomorrow = studyDayOf(ahead.at, SETTINGS);
    expect(tomorrow).not.toBe(TODAY);
    for (const d of [right, behind]) expect((await readLog(d.db)).filter((e) => e.type === 'review').map((e) => e.day)).toEqual([tomorrow]);
  });

  it('a long own deck arriving with its history comes back in parts, held between them; a card rated meanwhile keeps its rating', async () => {
    const phone = await device('lamphone', 'pw-lamphone-1', true);
    await importBackup(phone.db, syntheticBackup({ pairs: 600, reviews: 2400, days: 20 }, 'own-long', T0.getTime() - 3_600_000), { at: T0, day: TODAY });
    await markEverything(phone.db);
    await sync(phone, 'lamphone');
    const tablet = await device('lamphone', 'pw-lamphone-1', false);
    const studiedHere = async () => (await tablet.db.getAll('cards', IDBKeyRange.bound(['own-long'], ['own-long', []]))).filter((c) => c.reps > 0).length;
    // Each time the sync asks whether it may go on: how far the deck's progress has come back; once, midway, the learner rates a card.
    const seen: number[] = [];
    let rated = false;
    await sync(tablet, 'lamphone', {
      free: async () => {
        const n = await studiedHere();
        seen.push(n);
        if (n > 0 && !rated) {
          rated = true;
          await study(tablet, [4]);
        }
      },
    });
    const total = (await phone.db.getAll('cards', IDBKeyRange.bound(['own-long'], ['own-long', []]))).filter((c) => c.reps > 0).length;
    expect(total).toBeGreaterThan(300);
    // Held at least twice with part of it back: more than one part, none of them the whole.
    expect(seen.filter((n) => n > 0 && n < total).length).toBeGreaterThanOrEqual(2);
    expect(await studiedHere()).toBe(total);
    expect((await cardsOf(tablet.db)).filter((c) => c.deckId === 'news' && c.reps > 0)).toHaveLength(1);
    await expectConsistent(tablet.db, TODAY);
  });

  it('takes no step while the app holds it (a card on screen), and goes on once let go', async () => {
    const phone = await device('bua', 'pw-bua-1', true);
    await study(phone, [3, 4]);
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests++;
      return phone.fetch(input, init);
    };
    let letGo = () => {};
    const held = new Promise<void>((resolve) => { letGo = resolve; });
    const report: MergeReport = { entries: 0, decks: new Set(), settings: false, memory: false };
    const moment = () => ({ at: phone.at, day: TODAY });
    let steps = 0;
    const syncing = waitForDatabase(() => replicate(new Couch(server.url, counting), userDatabase('bua'), localSide(phone.db, { moment, newOrder: () => 'deck' }, report), () => {}, {
      // The pull's first step goes; every later one waits until let go.
      free: () => (steps++ === 0 ? Promise.resolve() : held),
    }));
    await new Promise((r) => setTimeout(r, 300));
    const whileHeld = requests;
    expect(await phone.db.count('outbox')).toBeGreaterThan(0);
    letGo();
    await syncing;
    expect(whileHeld).toBe(1);
    expect(requests).toBeGreaterThan(whileHeld);
    expect(await phone.db.count('outbox')).toBe(0);
  });
});
