// Web Share Target, the service worker's half: Android's share sheet POSTs
// the shared files or text to SHARE_PATH (installed app only). They are kept
// in a cache of their own and the app is opened with ?share; the page takes
// them from there into the import preview (src/pwa/shared.ts).

/** Where the manifest's share_target posts, relative to the app's scope. */
export const SHARE_PATH = 'share-target';
export const SHARE_CACHE = 'lovi-shared';
/** What was shared: the files' names (each stored under FILE_URL + index) and any text. */
export const SHARE_META = 'shared/meta';
export const SHARE_FILE = 'shared/file/';

export interface SharedMeta {
  files: string[];
  text: string;
  title: string;
}

export async function receiveShare(request: Request, scope: string): Promise<Response> {
  const form = await request.formData();
  const files = form.getAll('files').filter((f): f is File => typeof f !== 'string');
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const cache = await caches.open(SHARE_CACHE);
  // One share at a time: a new one replaces what an earlier one left.
  for (const key of await cache.keys()) await cache.delete(key);
  await Promise.all(files.map((f, i) => cache.put(new URL(`${SHARE_FILE}${i}`, scope).href, new Response(f))));
  const meta: SharedMeta = { files: files.map((f) => f.name), text: field('text'), title: field('title') };
  await cache.put(new URL(SHARE_META, scope).href, new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
  // 303: the browser follows with a GET, so a reload does not post again.
  return Response.redirect(new URL('?share', scope).href, 303);
}
