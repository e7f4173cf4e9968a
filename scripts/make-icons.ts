// `npm run icons`: renders every icon the manifest and iOS need from the one
// source image, scripts/icons/icon.svg, in headless Chromium (no image
// library to install). Run it after changing the SVG and commit the PNGs.
// The SVG is not served: as the page's icon its Lao text cost a first visit
// a long task (index.html links the 192 px PNG).
// With Debian's pngquant and optipng installed, each PNG is then made about
// half as small (a 256-colour palette: the icon has two colours and their
// edges), which every first visit downloads less (they are precached).
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { LAUNCH } from './chromium.ts';

const dir = new URL('../public/icons/', import.meta.url);
const svg = readFileSync(new URL('icons/icon.svg', import.meta.url), 'utf8');
const font = readFileSync(new URL('../node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff2', import.meta.url)).toString('base64');

// Maskable icons are cropped to a circle of 80 % of their size: full-bleed
// background, artwork scaled into the safe zone.
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage();
for (const icon of ICONS) {
  const inner = icon.maskable ? Math.round(icon.size * 0.8) : icon.size;
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(`<!doctype html><style>
    @font-face { font-family: 'Noto Sans Lao'; font-weight: 700; src: url(data:font/woff2;base64,${font}) format('woff2'); }
    html, body { margin: 0; width: ${icon.size}px; height: ${icon.size}px; background: ${icon.maskable ? '#b3261e' : 'transparent'}; }
    body { display: grid; place-items: center; }
    svg { width: ${inner}px; height: ${inner}px; display: block; }
  </style>${svg}`);
  await page.evaluate(() => document.fonts.ready);
  const path = new URL(icon.file, dir).pathname;
  writeFileSync(path, await page.screenshot({ omitBackground: !icon.maskable }));
  const compressed = compress(path);
  console.log(`public/icons/${icon.file} (${icon.size}×${icon.size}${icon.maskable ? ', maskable' : ''}${compressed ? '' : ', not compressed: apt-get install pngquant optipng'})`);
}
await browser.close();

function compress(path: string): boolean {
  try {
    execFileSync('pngquant', ['--quality=85-100', '--speed', '1', '--strip', '--force', '--output', path, path]);
    execFileSync('optipng', ['-quiet', '-o7', path]);
    return true;
  } catch {
    return false;
  }
}
