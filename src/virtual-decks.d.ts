// The deck index compiled from content/ by scripts/vite-plugin-decks.ts.
declare module 'virtual:lovi-decks' {
  import type { DeckSummary } from './deck/types';
  export const decks: DeckSummary[];
}

/** The app's version, set at build time (vite.config.ts). */
declare const __APP_VERSION__: string;
