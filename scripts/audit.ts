// `npm run audit`: Lighthouse (mobile settings) on the production build served
// by a plain static server, in Debian's Chromium. A report, not a test:
// prints each category's score against the goals and writes the full report
// to bench/results/lighthouse.html.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAUNCH } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { buildApp } from './build-app.ts';

const GOALS: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1 };

const dist = await buildApp(join(process.cwd(), 'bench/.dist-audit'));
const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({ chromePath: LAUNCH.executablePath, chromeFlags: ['--headless=new', ...LAUNCH.args] });
try {
  const result = await lighthouse(server.url, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  console.log(`Lighthouse ${result.lhr.lighthouseVersion}, mobile (emulated moto g power, slow 4G, 4× CPU), ${server.url}`);
  console.log('| category | score | goal |\n|---|---:|---:|');
  for (const [id, c] of Object.entries(categories)) {
    const goal = GOALS[id];
    const mark = goal === undefined ? '' : (c.score ?? 0) >= goal ? ' ✓' : ' ✗';
    console.log(`| ${c.title} | ${c.score?.toFixed(2)} | ${goal?.toFixed(2) ?? '—'}${mark} |`);
  }
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
    console.log(`${audits[id]?.title}: ${audits[id]?.displayValue}`);
  }
  // What pulled a goal category below 1, so the report says why.
  for (const id of Object.keys(GOALS)) {
    for (const ref of categories[id]?.auditRefs ?? []) {
      const a = audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) console.log(`  ${id}: ${a.title} (${a.score})`);
    }
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/lighthouse.html', result.report as string);
} finally {
  await chrome.kill();
  await server.close();
}
