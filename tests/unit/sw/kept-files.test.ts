// The files the service worker keeps on first fetch (src/sw/kept-files.ts), with a small
// CacheStorage and network of the test's own: one version of each file, and a script never
// replaced by the styles of the same name (the voice practice's VoicePanel-*.js and -*.css).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptFile, VOICE } from '../../../src/sw/kept-files.ts';

function fakeCaches(): Map<string, Response> {
  const store = new Map<string, Response>();
  const cache = {
    match: async (r: Request) => store.get(r.url)?.clone(),
    keys: async () => [...store.keys()].map((url) => new Request(url)),
    delete: async (r: Request) => store.delete(r.url),
    put: async (r: Request, response: Response) => void store.set(r.url, response),
  };
  vi.stubGlobal('caches', { open: async () => cache });
  vi.stubGlobal('fetch', async (r: Request) => new Response(`from the network: ${new URL(r.url).pathname}`));
  return store;
}

const at = (path: string) => new Request(`https://lovi.example${path}`);

describe('files kept on first fetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a script and its styles side by side, and one version of each', async () => {
    const store = fakeCaches();
    await keptFile(VOICE, at('/assets/VoicePanel-aaa.js'));
    await keptFile(VOICE, at('/assets/VoicePanel-bbb.css'));
    await keptFile(VOICE, at('/assets/voice.worker-ccc.js'));
    expect([...store.keys()].map((u) => new URL(u).pathname).sort()).toEqual(['/assets/VoicePanel-aaa.js', '/assets/VoicePanel-bbb.css', '/assets/voice.worker-ccc.js']);
    // A new build's script replaces the old one only.
    await keptFile(VOICE, at('/assets/VoicePanel-ddd.js'));
    expect([...store.keys()].map((u) => new URL(u).pathname).sort()).toEqual(['/assets/VoicePanel-bbb.css', '/assets/VoicePanel-ddd.js', '/assets/voice.worker-ccc.js']);
    // Kept: served from the cache, the network not asked again.
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    expect(await (await keptFile(VOICE, at('/assets/VoicePanel-bbb.css'))).text()).toBe('from the network: /assets/VoicePanel-bbb.css');
  });
});
