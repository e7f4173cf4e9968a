// The page's way to open the database: as storage/db.ts, able to convert a
// log of states on the one start that upgrades such a database. Its own
// module, so that the conversion's code (and the scheduler it replays with)
// is a chunk of its own, fetched only then, and never bundled into a worker.
import { openDatabase, type Database, type OpenCallbacks } from './db.ts';

export function openPageDatabase(callbacks: Omit<OpenCallbacks, 'loadConversion'> = {}, name?: string, version?: number): Promise<Database> {
  return openDatabase({ ...callbacks, loadConversion: async () => (await import('./migrate-log.ts')).convertLog }, name, version);
}
