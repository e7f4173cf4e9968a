// The store of the log of states (database versions 1–5): typed here only,
// since the schema no longer has it; read by the migrations that summed it
// and by the one that empties it into the compact log (upgrade-data.ts).
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LegacyReviewEntry } from '../history/legacy.ts';
import type { LoviDB } from './schema.ts';

type UpgradeTx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'versionchange'>;

/** The store of the log of states (versions 1–5), which this migration empties and removes: typed here only, the schema no longer has it. */
export const LEGACY = 'reviews' as StoreNames<LoviDB>;

interface LegacyCursor {
  value: LegacyReviewEntry;
  continue(): Promise<LegacyCursor | null>;
}
interface LegacySource {
  openCursor(): Promise<LegacyCursor | null>;
  getAll(range: IDBKeyRange): Promise<LegacyReviewEntry[]>;
}

/** The old log as the upgrade transaction sees it. */
export function legacyReviews(tx: UpgradeTx): LegacySource & { index(name: 'day' | 'card'): LegacySource } {
  return tx.objectStore(LEGACY) as never;
}
