// Tabs of Lovi tell each other when study data changed (BroadcastChannel),
// so a second tab shows the first one's progress instead of a stale card.
export interface ChangeMessage {
  deckId: string;
  /** The tab that sent it: a channel object also hears its own page's other channel objects, and a tab needs no news of itself. */
  from: string;
}

const CHANNEL = 'lovi-changes';
const THIS_TAB = Math.random().toString(36).slice(2);

export function announceChange(deckId: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ deckId, from: THIS_TAB } satisfies ChangeMessage);
  channel.close();
}

export function onChange(listener: (m: ChangeMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<ChangeMessage>) => {
    if (e.data.from !== THIS_TAB) listener(e.data);
  };
  return () => channel.close();
}
