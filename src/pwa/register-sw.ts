// Service worker registration (production builds only: in dev a worker
// would serve stale files). The update prompt is built in the offline issue;
// until then a waiting worker simply takes over on the next cold start.
import { Workbox } from 'workbox-window';

export function registerServiceWorker(): Workbox | null {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  void wb.register();
  return wb;
}
