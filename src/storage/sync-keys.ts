// What this device keeps of sync in its settings store: facts of this device and its account, never in a backup.

/** The account signed in on this device: the server's address and the learner's name (no password: the session is a cookie). */
export const ACCOUNT_KEY = 'sync-account';
/** How far this device has read the server's changes feed (CouchDB's last_seq). */
export const CHECKPOINT_KEY = 'sync-checkpoint';
/** When the last sync finished, and how it ended (the status line). */
export const LAST_SYNC_KEY = 'sync-last';

/** The sync clock's last stamp (sync/hlc.ts). */
export const CLOCK_KEY = 'sync-clock';

export const SYNC_KEYS: readonly string[] = [ACCOUNT_KEY, CHECKPOINT_KEY, LAST_SYNC_KEY, CLOCK_KEY];
