// The display boot script (src/ui/display-boot.js: the theme and sentence size
// set before the first paint) inlined into index.html, with its hash added to
// the page's Content-Security-Policy. As a file of its own it was a
// render-blocking request: on a first visit over a slow network, a round trip
// before anything could be drawn (Lighthouse: ~300 ms of its first paint).
// Blocking on purpose, and tiny: the theme must be set before the first paint.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const TAG = '<script src="/display-boot.js"></script>';

export function inlineBootPlugin(): Plugin {
  const file = new URL('../src/ui/display-boot.js', import.meta.url);
  return {
    name: 'lovi-inline-boot',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // Its whole-line comments are for its readers, not for every first visit's download.
        const code = readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*\/\//.test(line)).map((line) => line.trim()).join('\n');
        if (!html.includes(TAG)) throw new Error(`index.html: expected ${TAG} to inline`);
        const hash = createHash('sha256').update(code).digest('base64');
        if (!html.includes("script-src 'self'")) throw new Error("index.html: expected script-src 'self' in its Content-Security-Policy");
        return html.replace(TAG, () => `<script>${code}</script>`).replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
      },
    },
  };
}
