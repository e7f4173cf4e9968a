// A deck's records in any store keyed by the deck first ([deckId, …]): from
// the deck's id alone up to the deck's id with an array, which sorts after
// every string and number, so one range holds every second key.
export const deckRange = (deckId: string) => IDBKeyRange.bound([deckId], [deckId, []]);
