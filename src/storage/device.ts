// This device's name in the log (history/batch.ts): made once, by the
// migration that created the log, kept in the settings store and never in a
// backup (a phone restored from a file is another device: two writers of one
// batch would make its entries' places ambiguous).
import type { Database } from './db.ts';

export const DEVICE_KEY = 'device';

/** A new device's name in the log: 12 random base-36 characters (62 bits; two devices of one learner never share one). */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

const devices = new WeakMap<Database, Promise<string>>();

/** This device's name, made by the migration that created the log (storage/db.ts), read once per connection. */
export function thisDevice(db: Database): Promise<string> {
  let device = devices.get(db);
  if (!device) {
    device = (async () => {
      const saved = await db.get('settings', DEVICE_KEY);
      if (typeof saved === 'string') return saved;
      const made = newDeviceId();
      await db.put('settings', made, DEVICE_KEY);
      return made;
    })();
    devices.set(db, device);
  }
  return device;
}
