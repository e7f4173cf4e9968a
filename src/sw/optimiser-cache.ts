// The optimiser's WebAssembly (fsrs-browser, 1.7 MB: five times the rest of
// the app) is not precached: most learners never have the months of history a
// fit needs, and their first visit should not pay for it (vite.config.ts says
// more). It is kept here the first time it is fetched (the settings screen
// fetches it ahead, online, once the learner's history is enough), and served
// from here from then on, offline too. One version is kept: a new build's file
// (another hashed name) replaces the old one when it is fetched.
const CACHE = 'lovi-optimiser';
const OPTIMISER_FILE = /\/fsrs_browser_bg-[\w-]+\.wasm$/;

export function isOptimiserFile(url: URL, origin: string): boolean {
  return url.origin === origin && OPTIMISER_FILE.test(url.pathname);
}

export async function optimiserFile(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    for (const old of await cache.keys()) await cache.delete(old);
    await cache.put(request, response.clone());
  }
  return response;
}

// Sync's two files (its panel and its client: vite.config.ts) are not precached either: most learners
// never sign in. Kept here the first time they are fetched (at sign-in, online), so that a start
// offline still shows where sync stands; a new build's files replace them.
const SYNC_CACHE = 'lovi-sync';
const SYNC_FILE = /\/assets\/(SyncPanel|sync-runner)-[\w-]+\.js$/;

export function isSyncFile(url: URL, origin: string): boolean {
  return url.origin === origin && SYNC_FILE.test(url.pathname);
}

export async function syncFile(request: Request): Promise<Response> {
  const cache = await caches.open(SYNC_CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const kind = SYNC_FILE.exec(new URL(request.url).pathname)![1];
    for (const old of await cache.keys()) if (SYNC_FILE.exec(new URL(old.url).pathname)?.[1] === kind) await cache.delete(old);
    await cache.put(request, response.clone());
  }
  return response;
}
