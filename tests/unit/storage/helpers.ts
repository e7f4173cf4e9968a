import 'fake-indexeddb/auto';
import { compileDeck, type CompiledDeck } from '../../../src/deck/index.ts';
import { openDatabase, type Database } from '../../../src/storage/db.ts';
import { DEFAULT_SETTINGS, type StudySettings } from '../../../src/schedule/settings.ts';
import { saveSettings } from '../../../src/storage/settings.ts';

let n = 0;
/** A new database whose scheduling settings are SETTINGS (as the app's always are the ones it saved). */
export async function freshDb(settings: StudySettings = SETTINGS): Promise<Database> {
  const db = await openDatabase({}, `test-${++n}-${Math.random()}`);
  await saveSettings(db, settings, new Date(0));
  return db;
}

export function deckFrom(lines: [string, string][], id = 'news'): CompiledDeck {
  const text = lines.map(([lo, vi]) => `${lo}\t${vi}`).join('\n');
  const result = compileDeck({
    meta: { id, title: { lo: 'ຂ່າວ', vi: 'Tin' }, from: 'lo', to: 'vi' },
    units: [{ kind: 'table', format: 'tsv', file: { path: 'x.tsv', bytes: new TextEncoder().encode(text) } }],
  });
  if (!result.deck) throw new Error(JSON.stringify(result.report.diagnostics));
  return result.deck;
}

export const PAIRS: [string, string][] = [
  ['ສະບາຍດີທ່ານ', 'Xin chào ông'],
  ['ຂອບໃຈຫຼາຍໆ', 'Cảm ơn nhiều'],
  ['ກອງປະຊຸມດັ່ງກ່າວ', 'Cuộc họp đó'],
  ['ປະເທດອາຊຽນ', 'Các nước ASEAN'],
];

/** Fixed settings: no fuzz, so intervals are exact; day starts 04:00 in Vientiane (tests run with TZ set). */
export const SETTINGS: StudySettings = { ...DEFAULT_SETTINGS, fuzz: false };
