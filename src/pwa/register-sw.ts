// The bridge to the service worker (production builds only: in dev a worker
// would serve stale files). A new version waits; the app offers it, and it
// takes over only when the learner taps "update" (or at the next cold start,
// when no page of the old version is open). Never a reload by itself in the
// middle of a review.
import { Workbox } from 'workbox-window';

export interface UpdateHandle {
  /** Activates the waiting version and reloads into it. */
  apply: () => void;
}

export function registerServiceWorker(onUpdate: (update: UpdateHandle) => void): Workbox | null {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
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
  void wb.register();
  return wb;
}
