// The bridge to the service worker (production builds only: in dev a worker
// would serve stale files). A new version waits; the app offers it, and it
// takes over only when the learner taps "update" (or at the next cold start,
// when no page of the old version is open). Never a reload by itself in the
// middle of a review. workbox-window loads after the first screen is drawn:
// it is not needed to show a card (and the first visit works without it).
import type { Workbox } from 'workbox-window';

export interface UpdateHandle {
  /** Activates the waiting version and reloads into it. */
  apply: () => void;
}

export async function registerServiceWorker(onUpdate: (update: UpdateHandle) => void): Promise<Workbox | null> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  wb.addEventListener('waiting', () => {
    onUpdate({
      apply: () => {
        // Reload once the new worker controls the page, so page and cache match.
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  await wb.register();
  return wb;
}
