// Files that are not precached, kept the first time they are fetched and
// served from here from then on, offline too (vite.config.ts says why each is
// left out of the precache):
// - the optimiser's WebAssembly (fsrs-browser, 1.7 MB: five times the rest of
//   the app): most learners never have the months of history a fit needs; the
//   settings screen fetches it ahead, online, once the learner's history is enough;
// - sync's panel and client: most learners never sign in, and one who does is
//   online then; kept, a start offline still shows where sync stands;
// - the voice practice (its screen and styles, the drill, worker and audio worklet, ~10.5 KB gzip,
//   31 KB raw): past the first visit's budget; kept from the first tap on a
//   microphone, it works offline from then on.
// One version of each file is kept: a new build's (another hashed name) replaces the old one when fetched.

interface Kept {
  cache: string;
  /** Its first group names the file, whatever its hash; with the extension, the name one version is kept under (keptFile). */
  file: RegExp;
}

export const OPTIMISER: Kept = { cache: 'lovi-optimiser', file: /\/(fsrs_browser_bg)-[\w-]+\.wasm$/ };
export const SYNC: Kept = { cache: 'lovi-sync', file: /\/assets\/(SyncPanel|sync-runner)-[\w-]+\.js$/ };
export const VOICE: Kept = { cache: 'lovi-voice', file: /\/assets\/(VoicePanel|ToneDrill|voice\.worker|recorder\.worklet)-[\w-]+\.(js|css)$/ };

export function isKept(kept: Kept, url: URL, origin: string): boolean {
  return url.origin === origin && kept.file.test(url.pathname);
}

export async function keptFile(kept: Kept, request: Request): Promise<Response> {
  const cache = await caches.open(kept.cache);
  const held = await cache.match(request);
  if (held) return held;
  const response = await fetch(request);
  if (response.ok) {
    // A file's name without its hash, with its extension: the voice practice's script and its styles
    // share a name (VoicePanel), and one must not replace the other.
    const name = (url: string) => {
      const path = new URL(url).pathname;
      return `${kept.file.exec(path)?.[1]}${path.slice(path.lastIndexOf('.'))}`;
    };
    for (const old of await cache.keys()) if (name(old.url) === name(request.url)) await cache.delete(old);
    await cache.put(request, response.clone());
  }
  return response;
}
