// Asking the browser to keep Lovi's data under storage pressure. Asked after
// the learner's first completed study session, not on first load: by then
// there is something worth keeping, and Chromium grants it more readily to a
// site the learner has used.

export async function requestPersistence(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export interface StorageInfo {
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

export async function storageInfo(): Promise<StorageInfo> {
  const persisted = (await navigator.storage?.persisted?.()) ?? false;
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
