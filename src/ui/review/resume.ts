// Where a reload takes the learner: back to the deck they were studying when
// it still had a card for them (Android closes a background tab to free
// memory and reloads it when the learner returns; so does the learner's own
// pull-to-refresh). Kept in this tab's session storage: another tab, or the
// app opened anew, starts at home. A start that resumes reads the home
// screen's lists after the card, not before it (bench:review's warm start).
const KEY = 'lovi.studying';

export function noteStudying(deckId: string | null): void {
  try {
    if (deckId) sessionStorage.setItem(KEY, deckId);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage off: a reload starts at home.
  }
}

export function wasStudying(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
