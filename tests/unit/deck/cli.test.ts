// The command line as other issues and outside checks call it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const SEED = 'content/kpl-2018-asean-e-services';

function deck(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deck.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lovi-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const GOOD = 'ສະບາຍດີທ່ານ\tXin chào ông\nຂອບໃຈຫຼາຍໆ\tCảm ơn nhiều\n';

describe('npm run deck', () => {
  it('checks the seed deck: its warnings, exit 0', () => {
    const run = deck('check', SEED);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${SEED}/pairs.tsv:6:1: warning:`);
    expect(run.out).toContain('[length-ratio]');
    expect(run.out).toContain('ok: 9 pairs read, 8 pairs kept, 32 cards, 0 duplicates merged, 1 dropped, 3 warnings, 0 errors');
  });

  it('prints the report as JSON with counts and every diagnostic', () => {
    const run = deck('check', SEED, '--json');
    const report = JSON.parse(run.out);
    expect(report.counts).toEqual({ pairsRead: 9, pairs: 8, cards: 32, duplicatesDropped: 0, pairsDropped: 1, warnings: 3, errors: 0 });
    expect(report.diagnostics[0]).toEqual({
      severity: 'warning', code: 'caption', file: `${SEED}/pairs.tsv`, line: 6, column: 1,
      message: 'this pair is only a caption or credit line; kept, but it teaches little',
    });
  });

  it('exits 1 on errors and names file, line and column', () => {
    const dir = scratch({ 'bad.tsv': `${GOOD}ສາມ\n` });
    const run = deck('check', join(dir, 'bad.tsv'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/bad\.tsv:3:4: error: expected 2 tab-separated columns/);
    expect(run.err).toBe('');
  });

  it('exits 2 on usage errors', () => {
    expect(deck().code).toBe(2);
    expect(deck('compile', SEED).code).toBe(2);
    expect(deck('check').code).toBe(2);
    expect(deck('build', SEED).code).toBe(2);
    expect(deck('check', SEED, '--frobnicate').code).toBe(2);
  });

  it('reports a missing file without a stack trace', () => {
    const run = deck('check', 'no/such/file.tsv');
    expect(run.code).toBe(1);
    expect(run.out).toContain('no/such/file.tsv: error: no such file or directory [file-not-found]');
    expect(run.out + run.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('builds decks and an index', () => {
    const dir = scratch({ 'greetings.tsv': GOOD });
    const out = join(dir, 'out');
    const run = deck('build', SEED, join(dir, 'greetings.tsv'), '--out', out);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['greetings.json', 'index.json', 'kpl-2018-asean-e-services.json']);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.decks.map((d: { id: string; pairs: number; cards: number }) => [d.id, d.pairs, d.cards])).toEqual([
      ['kpl-2018-asean-e-services', 8, 32], ['greetings', 2, 8],
    ]);
    const seed = JSON.parse(readFileSync(join(out, 'kpl-2018-asean-e-services.json'), 'utf8'));
    expect(seed).toMatchObject({ format: 'lovi-deck', version: 1, source: 'KPL (kpl.gov.la)', from: 'lo', to: 'vi' });
    expect(seed.title.lo).toMatch(/[\u0E80-\u0EFF]/);
  });

  it('writes nothing at all when any input has an error', () => {
    const dir = scratch({ 'good.tsv': GOOD, 'bad.tsv': 'ສາມ\n' });
    const out = join(dir, 'out');
    const run = deck('build', join(dir, 'good.tsv'), join(dir, 'bad.tsv'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.out).toContain('nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('takes either file of a parallel pair, and refuses different lengths', () => {
    const dir = scratch({ 'c.lo': 'ສະບາຍດີທ່ານ\nຂອບໃຈຫຼາຍໆ\n', 'c.vi': 'Xin chào ông\nCảm ơn nhiều\n', 'd.lo': 'ສະບາຍດີທ່ານ\n', 'd.vi': 'Xin chào\nCảm ơn\n' });
    const byVi = JSON.parse(deck('check', join(dir, 'c.vi'), '--json').out);
    expect(byVi.counts.pairs).toBe(2);
    const both = JSON.parse(deck('check', join(dir, 'c.lo'), join(dir, 'c.vi'), '--json').out);
    expect(both.decks).toHaveLength(1);
    const uneven = deck('check', join(dir, 'd.lo'));
    expect(uneven.code).toBe(1);
    expect(uneven.out).toContain('d.lo has 1 lines but');
    expect(uneven.out).toContain('d.vi has 2');
  });

  it('applies --detok and --strict', () => {
    const dir = scratch({ 't.tsv': 'ອິນໂດເນເຊຍ .\tIn-đô-nê-xi-a .\nHello\tXin chào\n' });
    const detok = JSON.parse(deck('build', join(dir, 't.tsv'), '--detok', '--json', '--out', join(dir, 'out')).out);
    expect(detok.counts).toMatchObject({ pairs: 1, warnings: 1, errors: 0 });
    const built = JSON.parse(readFileSync(join(dir, 'out', 't.json'), 'utf8'));
    expect([built.pairs[0].lo, built.pairs[0].vi]).toEqual(['ອິນໂດເນເຊຍ.', 'In-đô-nê-xi-a.']);
    const strict = deck('check', join(dir, 't.tsv'), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('t.tsv:2:1: error: the Lao side has no Lao script');
  });
});
