// Apps built with their own content folder (LOVI_CONTENT), for tests that need
// decks the shipped content does not have: very large, very long, hostile.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../../scripts/build-app.ts';

export interface TestDeck {
  id: string;
  title: { lo: string; vi: string };
  /** Lao<TAB>Vietnamese lines. */
  tsv: string;
}

export const artifact = (name: string) => fileURLToPath(new URL(`../../artifacts/${name}`, import.meta.url));

export function writeDeck(root: string, { id, title, tsv }: TestDeck): void {
  const dir = `${root}/${id}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/deck.json`, JSON.stringify({ id, title, from: 'lo', to: 'vi', sources: ['pairs.tsv'] }));
  writeFileSync(`${dir}/pairs.tsv`, tsv);
}

/** Builds the app with exactly these decks (in tests/artifacts/content-<name>); returns the folder to serve. */
export async function buildWithDecks(name: string, decks: TestDeck[], prepare?: (content: string) => void): Promise<string> {
  const content = artifact(`content-${name}`);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  prepare?.(content);
  for (const d of decks) writeDeck(content, d);
  return buildApp(artifact(`dist-${name}`), { LOVI_CONTENT: content });
}
