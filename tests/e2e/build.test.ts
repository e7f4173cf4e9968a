// The production build itself: what the service worker precaches, the
// manifest, and a page whose one inline script is allowed by its hash under a strict policy.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const DIST = fileURLToPath(new URL('../artifacts/dist/', import.meta.url));
const read = (f: string) => readFileSync(DIST + f, 'utf8');

describe('the production build', () => {
  it('precaches the shell, the decks, the fonts and the icons, and not the worker itself', () => {
    // The list injected into our worker (src/sw/sw.ts): [{"revision":…,"url":…}, …].
    const urls = [...read('sw.js').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    expect(urls.some((u) => /^assets\/kpl-2018-asean-e-services-[\w-]+\.json$/.test(u))).toBe(true);
    expect(urls.filter((u) => u.endsWith('.woff2'))).toHaveLength(2);
    expect(urls).toEqual(expect.arrayContaining(['icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png', 'icons/apple-touch-icon-180.png']));
    expect(urls).not.toContain('sw.js');
    expect(new Set(urls).size).toBe(urls.length);
    // Everything the app loads is in the list, but for the optimiser's WebAssembly, sync's panel and
    // client and the voice practice (kept on need: vite.config.ts) and the helper of the optimiser's
    // threaded path, which the app never starts.
    const assets = readdirSync(`${DIST}assets`).map((f) => `assets/${f}`);
    const notPrecached = assets.filter((f) => /\/(fsrs_browser_bg-[\w-]+\.wasm|workerHelpers-[\w-]+\.js|SyncPanel-[\w-]+\.js|sync-runner-[\w-]+\.js|VoicePanel-[\w-]+\.(js|css)|ToneDrill-[\w-]+\.js|voice\.worker-[\w-]+\.js|recorder\.worklet-[\w-]+\.js)$/.test(f));
    expect(notPrecached).toHaveLength(9);
    expect(urls).toEqual(expect.arrayContaining(assets.filter((f) => !notPrecached.includes(f))));
  });

  it('has a manifest a phone can install', () => {
    const m = JSON.parse(read('manifest.webmanifest'));
    expect(m).toMatchObject({ short_name: 'ໂລວີ', lang: 'lo', display: 'standalone', start_url: '/', scope: '/' });
    expect(m.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual(['192x192', '512x512', '512x512 maskable']);
  });

  it('allows only its own scripts, and inline only the display boot script, by its hash', () => {
    const html = read('index.html');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    const inline = scripts.filter(([, attrs]) => !/\bsrc="/.test(attrs!));
    expect(scripts.length).toBeGreaterThan(inline.length);
    // Inlined by scripts/vite-plugin-inline-boot.ts (a request of its own blocked the first paint); the browser runs it only if its hash is in the policy.
    expect(inline).toHaveLength(1);
    expect(inline[0]![2]).toContain("root.setAttribute('data-theme', theme);");
    expect(csp).toContain(`'sha256-${createHash('sha256').update(inline[0]![2]!).digest('base64')}'`);
  });
});
