// Web Share Target, the page's half: the service worker kept what was shared
// (src/sw/share-target.ts) and opened the app with ?share. This takes it out of
// the cache (once) as an import source for the import preview.
import type { ImportSource } from '../import/protocol.ts';
import { SHARE_CACHE, SHARE_FILE, SHARE_META, type SharedMeta } from '../sw/share-target.ts';

export async function takeShared(): Promise<ImportSource | null> {
  // The address loses ?share, so a reload does not import again.
  window.history.replaceState(null, '', window.location.pathname);
  if (!('caches' in window)) return null;
  const cache = await caches.open(SHARE_CACHE);
  const base = import.meta.env.BASE_URL;
  const meta = await cache.match(`${base}${SHARE_META}`);
  if (!meta) return null;
  const shared = (await meta.json()) as SharedMeta;
  const files = await Promise.all(shared.files.map(async (name, i) => {
    const response = await cache.match(`${base}${SHARE_FILE}${i}`);
    return { name, bytes: new Uint8Array(await response!.arrayBuffer()) };
  }));
  await caches.delete(SHARE_CACHE);
  if (files.length > 0) return { kind: 'files', files };
  // No title: the import screen names it as it names pasted text.
  return shared.text.trim() ? { kind: 'text', name: shared.title.trim(), text: shared.text } : null;
}
