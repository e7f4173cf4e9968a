// Preferences of this device (UI language, theme and text size, how cards are
// answered, the typing method): not study data, so in localStorage, not in the
// database or backups. With storage off (private mode), a choice lasts for the visit.

export function readPref(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePref(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage off: the choice lasts for this visit.
  }
}

/** One of `allowed`, or `fallback` when nothing (or something else) was saved. */
export function readChoice<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const saved = readPref(key);
  return allowed.includes(saved as T) ? (saved as T) : fallback;
}
