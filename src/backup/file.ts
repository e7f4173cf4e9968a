// The backup file as bytes: gzip'd JSON (format.ts), written and read as a
// stream so that its size is bounded by the phone's storage, not by one
// JavaScript string (a year of heavy study, a million log entries, is ~500 MB
// of JSON: more than V8's longest string). The writer puts each record on a
// line of its own, which keeps the file plain JSON for any reader and lets this
// reader parse it record by record; a file from an earlier version of Lovi
// (one line) is parsed whole, as before.
import { BACKUP_STORES, checkBackup, type Checked } from './format.ts';

/** The lists of this version's files, and of version 1's (read only). */
export type BackupStore = (typeof BACKUP_STORES)[number] | 'reviews';

/** Records of one store, in the order they are to be written (all of a store's parts in a row). */
export interface BackupPart {
  store: BackupStore;
  records: readonly unknown[];
}

export interface BackupHead {
  format: string;
  version: number;
  exportedAt: number;
  settings: Record<string, unknown>;
}

/** The file, compressed as it is written; memory holds one part at a time plus what gzip has not yet flushed. */
export async function writeBackupFile(head: BackupHead, parts: AsyncIterable<BackupPart>): Promise<Blob> {
  const gzip = new CompressionStream('gzip');
  const file = new Response(gzip.readable).blob();
  const writer = gzip.writable.getWriter();
  const encoder = new TextEncoder();
  const write = async (text: string) => {
    await writer.ready;
    void writer.write(encoder.encode(text)).catch(() => undefined);
  };
  const { settings, ...rest } = head;
  await write(`${JSON.stringify(rest).slice(0, -1)},\n"settings":${JSON.stringify(settings)}`);
  const stores: BackupStore[] = [...BACKUP_STORES];
  let open: BackupStore | null = null;
  let first = true;
  for await (const part of parts) {
    if (part.store !== open) {
      if (open) await write('\n]');
      open = part.store;
      stores.splice(stores.indexOf(open), 1);
      await write(`,\n"${open}":[`);
      first = true;
    }
    if (part.records.length === 0) continue;
    await write(`${first ? '\n' : ',\n'}${part.records.map((r) => JSON.stringify(r)).join(',\n')}`);
    first = false;
  }
  if (open) await write('\n]');
  // A store with nothing in it is still listed: readers expect every list.
  for (const store of stores) await write(`,\n"${store}":[]`);
  await write('\n}\n');
  await writer.close();
  return file;
}

const SECTION = /^"(decks|pairs|cards|log|schedules|reviews)":\[$/;

/** A file's bytes to its parsed content, or the reason it cannot be read; checked whole before anything is written. */
export async function readBackupFile(file: Blob | Uint8Array<ArrayBuffer>): Promise<Checked> {
  const blob = file instanceof Blob ? file : new Blob([file]);
  // gzip files start with 1f 8b.
  const magic = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  if (blob.size < 18 || magic[0] !== 0x1f || magic[1] !== 0x8b) return { ok: false, problem: { kind: 'not-gzip' } };
  const records: Partial<Record<BackupStore, unknown[]>> = {};
  let head = '';
  let section: unknown[] | null = null;
  let broken = false;
  const line = (text: string) => {
    if (broken) return;
    if (section) {
      if (text === ']' || text === '],') {
        section = null;
        head += text.slice(1);
        return;
      }
      try {
        section.push(JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text));
      } catch {
        broken = true;
      }
      return;
    }
    const opened = SECTION.exec(text);
    if (opened && !records[opened[1] as BackupStore]) {
      section = records[opened[1] as BackupStore] = [];
      // In the head, an empty list where the section was: parsed with it below, then filled.
      head += `"${opened[1]}":[]`;
      return;
    }
    head += text;
  };
  try {
    // A reader, not `for await`: Chrome iterates streams only since version 124.
    const reader = blob.stream().pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream()).getReader();
    // The part of a line read so far, in pieces: a one-line file of an earlier version must not be
    // joined again at every chunk (that made a 30 MB file take minutes).
    let pending: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      const chunk = r.value;
      let start = 0;
      for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
        pending.push(chunk.slice(start, end));
        line(pending.join(''));
        pending = [];
        start = end + 1;
      }
      pending.push(chunk.slice(start));
    }
    line(pending.join(''));
  } catch {
    return { ok: false, problem: { kind: 'not-gzip' } };
  }
  let data: unknown;
  try {
    if (broken || section) throw new Error('a record or a list is cut off');
    data = JSON.parse(head);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof data === 'object' && data !== null) for (const [store, list] of Object.entries(records)) (data as Record<string, unknown>)[store] = list;
  return checkBackup(data);
}

/** Text to a gzip'd file (tests and fixtures that make files of their own). */
export function gzip(text: string): Promise<Blob> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
}
