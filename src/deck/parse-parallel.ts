// Line-aligned parallel files, the format of machine-translation corpora:
// line N of name.lo translates to line N of name.vi.
import type { Diagnostic, RawPair } from './types.ts';
import { splitLines } from './lines.ts';

export interface ParallelResult {
  pairs: RawPair[];
  diagnostics: Diagnostic[];
}

export function parseParallel(loFile: string, loText: string, viFile: string, viText: string): ParallelResult {
  const lo = splitLines(loText);
  const vi = splitLines(viText);
  if (lo.length !== vi.length) {
    return {
      pairs: [],
      diagnostics: [{
        severity: 'error', code: 'parallel-length', file: viFile, line: 0, column: 0,
        message: `${loFile} has ${lo.length} lines but ${viFile} has ${vi.length}; parallel files must have the same number of lines`,
      }],
    };
  }
  const pairs: RawPair[] = [];
  for (let i = 0; i < lo.length; i++) {
    if (lo[i]!.trim() === '' && vi[i]!.trim() === '') continue;
    pairs.push({ file: loFile, viFile, line: i + 1, loColumn: 1, viColumn: 1, lo: lo[i]!, vi: vi[i]! });
  }
  return { pairs, diagnostics: [] };
}
