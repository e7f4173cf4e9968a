// The page's way to open the database: as storage/db.ts, able to upgrade a
// database with data in it (storage/upgrade-data.ts: the log's conversion,
// and the scheduler it replays with). Its own module, so that code is a chunk
// of its own, fetched only on that one start, and never bundled into a worker.
import { openDatabase, type Database, type OpenCallbacks } from './db.ts';

export function openPageDatabase(callbacks: Omit<OpenCallbacks, 'loadUpgradeData'> = {}, name?: string, version?: number): Promise<Database> {
  return openDatabase({ ...callbacks, loadUpgradeData: () => import('./upgrade-data.ts') }, name, version);
}
