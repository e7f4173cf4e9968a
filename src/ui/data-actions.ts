// What the statistics, card browser and backup screens ask of storage. This
// module loads on the first ask (the store's `data` is deferred), and each
// action loads its own code on first use (dynamic imports): none of it is
// needed to show the first card, so it stays out of the start-up scripts.
import { now } from '../clock.ts';
import type { Scheduler } from '../schedule/scheduler.ts';
import type { StudySettings } from '../schedule/settings.ts';
import { dayStartInstant, studyDayOf } from '../schedule/study-day.ts';
import type { BackupProblem } from '../backup/format.ts';
import type { ImportResult } from '../storage/backup.ts';
import type { Found } from '../storage/browse.ts';
import type { Database } from '../storage/db.ts';
import { LAST_BACKUP_KEY } from '../storage/settings.ts';
import type { CardRecord, PairRecord } from '../storage/schema.ts';
import type { ReviewLogEntry } from '../history/entry.ts';
import type { CardKind, DiagnosticCode, LocalisedTitle } from '../deck/types.ts';
import { DEFAULT_KINDS } from '../deck/identity.ts';
import type { TypedPair } from '../import/check-pair.ts';
import type { CardData, DayData } from '../storage/stats-data.ts';
import type { SessionData } from '../storage/session-data.ts';
import type { HistorySize } from '../optimise/enough.ts';
import type { VocabFigures } from '../vocab/figures.ts';
import type { DrillSyllable } from '../voice/drill.ts';
import type { BreakPlan } from '../schedule/study-break.ts';

/** What these actions need from the app's session (see store.ts). */
export interface Session {
  db(): Database;
  settings(): StudySettings;
  scheduler(): Scheduler;
  /** After an import: settings and the decks' counts may have changed. */
  reloadSettings(): Promise<void>;
  backupDone(): void;
  /** New FSRS parameters came in: every studied card's memory is to follow them. */
  rememory(): void;
  /** A deck was added, changed or deleted: the home screen and other tabs follow. */
  decksChanged(deckId: string): Promise<void>;
  /** A pair's text changed: the card on screen follows. */
  pairChanged(pair: PairRecord): Promise<void>;
}

export type PairOutcome = { ok: true; deck: LocalisedTitle } | { ok: false; problems: DiagnosticCode[]; exists?: boolean };

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; problem: BackupProblem };

export class DataActions {
  constructor(private readonly session: Session) {}

  /** Pairs matching the query; `leeches`: only those with a card the learner keeps forgetting. */
  async search(query: string, leeches = false): Promise<Found[]> {
    const { searchPairs } = await import('../storage/browse.ts');
    return searchPairs(this.session.db(), query, 50, leeches ? Math.max(1, this.session.settings().leechLapses) : 0);
  }

  async history(card: CardRecord): Promise<ReviewLogEntry[]> {
    const { cardHistory } = await import('../storage/browse.ts');
    return cardHistory(this.session.db(), card);
  }

  /** Suspend, unsuspend or reset one card from the browser; returns it as stored now. */
  async changeCard(card: CardRecord, action: 'suspend' | 'unsuspend' | 'reset'): Promise<CardRecord | null> {
    const db = this.session.db();
    const settings = this.session.settings();
    const at = now();
    const when = { at, day: studyDayOf(at, settings) };
    const { resetCard, suspendCard, unsuspendCard } = await import('../storage/card-actions.ts');
    const done = action === 'suspend' ? await suspendCard(db, card.deckId, card.cardId, when, settings.newOrder)
      : action === 'unsuspend' ? await unsuspendCard(db, card.deckId, card.cardId, when, settings.newOrder)
      : await resetCard(db, card.deckId, card.cardId, when, settings.newOrder);
    return done?.card ?? null;
  }

  /** The statistics from the day summaries: fast at any log size, shown first. */
  async loadDayStats(): Promise<{ data: DayData; today: string; desiredRetention: number }> {
    const settings = this.session.settings();
    const today = studyDayOf(now(), settings);
    const { loadDayData } = await import('../storage/stats-data.ts');
    return { data: await loadDayData(this.session.db(), today), today, desiredRetention: settings.desiredRetention };
  }

  /** The statistics from the cards (states, known sentences, forecast): slower with many cards, shown when ready. */
  async loadCardStats(today: string): Promise<CardData> {
    const settings = this.session.settings();
    const { loadCardData } = await import('../storage/stats-data.ts');
    return loadCardData(this.session.db(), today, (day) => dayStartInstant(day, settings).getTime());
  }

  /** Today's study of one deck, from its log, for the summary when the day's cards are done. */
  async loadSession(deckId: string): Promise<SessionData> {
    const { loadSessionData } = await import('../storage/session-data.ts');
    return loadSessionData(this.session.db(), deckId, studyDayOf(now(), this.session.settings()));
  }

  /** A deck as TSV with Anki's headers (re-imports to the same ids; Anki imports it as notes). */
  async exportDeck(deckId: string, title: string): Promise<{ blob: Blob; name: string }> {
    const [{ deckPairs }, { deckTsv }] = await Promise.all([import('../storage/deck-actions.ts'), import('../deck/export-tsv.ts')]);
    const pairs = await deckPairs(this.session.db(), deckId);
    const text = deckTsv(pairs.map((p) => ({ id: p.pairId, lo: p.lo, vi: p.vi, ...(p.tags ? { tags: p.tags } : {}), ...(p.note ? { note: p.note } : {}) })));
    // The title as the file name, so importing the file again updates this deck.
    const name = `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || deckId}.tsv`;
    return { blob: new Blob([text], { type: 'text/tab-separated-values' }), name };
  }

  /** The "practise tones" drill's syllables from a deck's learnable words (names and numbers left out), dealt with `seed`. */
  async drillSyllables(deckId: string, seed: number): Promise<DrillSyllable[]> {
    const { drillOf } = await import('../storage/drill-syllables.ts');
    return drillOf(this.session.db(), deckId, seed);
  }

  /** The kinds of card a deck studies: on adds cards (or brings back their progress), off sets them aside. */
  async setKinds(deckId: string, kinds: CardKind[]): Promise<void> {
    const { setDeckKinds } = await import('../storage/deck-kinds.ts');
    await setDeckKinds(this.session.db(), deckId, kinds, now(), this.session.settings().newOrder);
    await this.session.decksChanged(deckId);
  }

  async deckKinds(deckId: string): Promise<CardKind[]> {
    return [...((await this.session.db().get('decks', deckId))?.kinds ?? DEFAULT_KINDS)];
  }

  /** Sentences to offer beside a pair's own when a recognition or production card is answered by choice. */
  async neighbourSentences(pair: PairRecord, side: 'lo' | 'vi'): Promise<string[]> {
    const { neighbourSentences } = await import('../storage/deck-actions.ts');
    return neighbourSentences(this.session.db(), pair, side);
  }

  async studiedCards(deckId: string): Promise<number> {
    const { studiedCards } = await import('../storage/deck-actions.ts');
    return studiedCards(this.session.db(), deckId);
  }

  async deleteDeck(deckId: string, eraseHistory: boolean): Promise<void> {
    const { deleteDeck } = await import('../storage/deck-actions.ts');
    await deleteDeck(this.session.db(), deckId, eraseHistory, now());
    await this.session.decksChanged(deckId);
  }

  /** A pair typed by the learner, checked like a file's, into "My sentences". */
  async addPair(typed: TypedPair): Promise<PairOutcome> {
    const [{ checkPair }, { addPair, MY_DECK }] = await Promise.all([import('../import/check-pair.ts'), import('../storage/pair-edits.ts')]);
    const checked = checkPair(typed);
    if (!checked.ok) return { ok: false, problems: checked.problems };
    const added = await addPair(this.session.db(), MY_DECK, checked.pair, now(), this.session.settings().newOrder, checked.words);
    if (added === 'exists') return { ok: false, problems: [], exists: true };
    await this.session.decksChanged(MY_DECK.id);
    return { ok: true, deck: MY_DECK.title };
  }

  /** New text for a pair (same checks as a file), its id and its cards' progress kept. */
  async editPair(pair: PairRecord, text: { lo: string; vi: string }): Promise<{ ok: true; pair: PairRecord } | { ok: false; problems: DiagnosticCode[] }> {
    const [{ checkPair }, { editPair }] = await Promise.all([import('../import/check-pair.ts'), import('../storage/pair-edits.ts')]);
    const checked = checkPair(text);
    if (!checked.ok) return checked;
    // The text as the compiler normalised it; the id stays the pair's own.
    const saved = await editPair(this.session.db(), pair.deckId, pair.pairId, { lo: checked.pair.lo, vi: checked.pair.vi, words: checked.words }, now());
    await this.session.pairChanged(saved);
    return { ok: true, pair: saved };
  }

  /** A backup of everything, as a file to download. */
  async exportBackup(): Promise<{ blob: Blob; name: string }> {
    const at = now();
    const db = this.session.db();
    const [{ backupFile }, { backupFileName }] = await Promise.all([import('../storage/backup.ts'), import('../backup/format.ts')]);
    const blob = await backupFile(db, at);
    // Remembering when is a nicety: with the phone's storage full it fails, and the backup must still download.
    await db.put('settings', at.getTime(), LAST_BACKUP_KEY).then(() => this.session.backupDone(), () => undefined);
    return { blob, name: backupFileName(studyDayOf(at, this.session.settings())) };
  }

  /** The review log as CSV for the FSRS optimizer. */
  async exportFsrsCsv(): Promise<{ blob: Blob; name: string }> {
    const [{ fsrsCsv }, { readLogForFit }] = await Promise.all([import('../backup/fsrs-csv.ts'), import('../storage/review-log.ts')]);
    const reviews = await readLogForFit(this.session.db());
    const day = studyDayOf(now(), this.session.settings());
    return { blob: new Blob([fsrsCsv(reviews)], { type: 'text/csv' }), name: `lovi-revlog-${day}.csv` };
  }

  /** The word figures as stored, and whether the cards changed since (storage/vocab.ts). */
  async storedWordFigures(): Promise<{ figures: VocabFigures | null; current: boolean }> {
    const { storedFigures } = await import('../storage/vocab.ts');
    return storedFigures(this.session.db());
  }

  /** The word figures computed again from every card, in a worker. */
  async refreshWordFigures(): Promise<VocabFigures | null> {
    const { runVocab } = await import('../vocab/vocab-job.ts');
    return runVocab({ day: studyDayOf(now(), this.session.settings()), plan: [] });
  }

  /** How much review history there is, for the optimiser's threshold (src/optimise/enough.ts). */
  async historySize(): Promise<HistorySize> {
    const { loadHistorySize } = await import('../storage/review-log.ts');
    return loadHistorySize(this.session.db());
  }

  /** What saving `settings` would do to the cards due in their break (null: no break ahead). */
  async previewBreak(settings: StudySettings): Promise<BreakPlan | null> {
    const { previewBreak } = await import('../storage/study-break.ts');
    return previewBreak(this.session.db(), settings, now());
  }

  /** Moves the cards due in the saved break out of it (after the settings are saved). */
  async applyBreak(): Promise<BreakPlan | null> {
    const { applyBreak } = await import('../storage/study-break.ts');
    const plan = await applyBreak(this.session.db(), this.session.settings(), now());
    if (plan?.moves.length) await this.session.decksChanged('');
    return plan;
  }

  /** Reads, checks, then merges a backup file; nothing is written unless the whole file is sound. */
  async importBackup(file: Blob): Promise<ImportOutcome> {
    const [{ readBackupFile }, { importBackup }] = await Promise.all([import('../backup/file.ts'), import('../storage/backup.ts')]);
    const read = await readBackupFile(file);
    if (!read.ok) return read;
    const at = now();
    const settings = this.session.settings();
    const result = await importBackup(this.session.db(), read.backup, { at, day: studyDayOf(at, settings) }, settings.newOrder);
    await this.session.reloadSettings();
    if (result.memory) this.session.rememory();
    return { ok: true, result };
  }
}
