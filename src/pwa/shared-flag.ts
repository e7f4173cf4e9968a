// Whether the app was opened by the share target (?share): checked at start-up,
// so it lives apart from shared.ts, which loads only then.
export function wasShared(): boolean {
  return new URLSearchParams(window.location.search).has('share');
}
