// The vocabulary worker: reads every card and sentence (seconds at 100,000
// cards on a phone: never on the page's thread), stores the word figures and
// chooses decks' next new sentences (storage/vocab.ts), then tells the page.
/// <reference lib="webworker" />
import { openDatabase } from '../storage/db.ts';
import { refreshVocab } from '../storage/vocab.ts';
import { announceChange } from '../storage/changes.ts';
import type { VocabReply, VocabRequest } from './vocab-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<VocabRequest>) => {
  const { day, plan } = event.data;
  void (async () => {
    const db = await openDatabase({ onVersionChange: () => undefined });
    const figures = await refreshVocab(db, day, plan);
    db.close();
    // Other tabs show the new order too.
    for (const { deckId } of plan) announceChange(deckId);
    self.postMessage({ type: 'done', figures } satisfies VocabReply);
  })().catch(() => self.postMessage({ type: 'failed' } satisfies VocabReply));
};
