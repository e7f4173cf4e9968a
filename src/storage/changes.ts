// Tabs of Lovi tell each other when study data changed (BroadcastChannel),
// so a second tab shows the first one's progress instead of a stale card.
export interface ChangeMessage {
  deckId: string;
}

const CHANNEL = 'lovi-changes';

export function announceChange(deckId: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ deckId } satisfies ChangeMessage);
  channel.close();
}

export function onChange(listener: (m: ChangeMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<ChangeMessage>) => listener(e.data);
  return () => channel.close();
}
