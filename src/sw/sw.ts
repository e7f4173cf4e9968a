// The service worker (built by vite-plugin-pwa's injectManifest). What
// generateSW gave before, written out: precache the build and serve it, drop
// old precaches, answer navigations with the app shell, and take over only
// when the page says so (the learner tapped "update"). Added: the share target,
// and the optimiser's WebAssembly and sync's files kept on first fetch (kept-files.ts).
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { receiveShare, SHARE_PATH } from './share-target.ts';
import { isKept, keptFile, OPTIMISER, SYNC, VOICE } from './kept-files.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

const scope = self.registration.scope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The sync server's path (docs/sync.md) is the database's, never the app's: not answered here, never cached.
registerRoute(new NavigationRoute(createHandlerBoundToURL(new URL('index.html', scope).href), { denylist: [new RegExp(`^${__SYNC_SERVER__}`)] }));
registerRoute(({ url, request }) => request.method === 'POST' && url.href === new URL(SHARE_PATH, scope).href,
  ({ request }) => receiveShare(request, scope), 'POST');
for (const kept of [OPTIMISER, SYNC, VOICE]) registerRoute(({ url }) => isKept(kept, url, self.location.origin), ({ request }) => keptFile(kept, request));

// Never skipWaiting by itself: the page's code and the cached files would stop matching mid-review.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
