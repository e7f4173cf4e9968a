// The decks on this device: those the app ships that are installed, then the
// learner's own (imported or added, oldest first), each as the summary the
// home screen lists. A deck is the learner's when the app does not ship it.
import { DEFAULT_KINDS } from '../deck/identity.ts';
import type { DeckSummary } from '../deck/types.ts';
import type { Database } from './db.ts';
import type { DeckRecord } from './schema.ts';

export function summaryOfRecord(r: DeckRecord): DeckSummary {
  return {
    id: r.id, title: r.title, from: 'lo', to: 'vi', contentHash: r.contentHash,
    ...(r.source ? { source: r.source } : {}),
    ...(r.course ? { course: true } : {}),
    pairs: r.pairs, cards: r.pairs * (r.kinds ?? DEFAULT_KINDS).length, file: '',
  };
}

export async function installedDecks(db: Database, bundled: readonly DeckSummary[]): Promise<DeckSummary[]> {
  const records = await db.getAll('decks');
  const shipped = new Set(bundled.map((b) => b.id));
  const byId = new Map(records.map((r) => [r.id, r]));
  return [
    // Cards as this device studies them: the kinds the learner chose.
    ...bundled.filter((b) => byId.has(b.id)).map((b) => ({ ...b, cards: b.pairs * (byId.get(b.id)!.kinds ?? DEFAULT_KINDS).length })),
    ...records.filter((r) => !shipped.has(r.id)).sort((a, b) => a.installedAt - b.installedAt).map(summaryOfRecord),
  ];
}
