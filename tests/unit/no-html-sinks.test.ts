// No code path may turn data into HTML or code: the sinks that would are not
// used anywhere in the app's source (the hostile-content e2e test checks the
// rendered result; this keeps a new sink from slipping in unnoticed).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const SINKS = /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|createContextualFragment|srcdoc/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []);
}

describe('HTML and code sinks', () => {
  it('are used nowhere in src/', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(30);
    const hits = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')
      .map((line, i) => (SINKS.test(line) ? `${file.slice(SRC.length + 1)}:${i + 1}: ${line.trim()}` : null))
      .filter((x): x is string => x !== null));
    expect(hits).toEqual([]);
  });
});
