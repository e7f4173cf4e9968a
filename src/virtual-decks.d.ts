// The deck index compiled from content/ by scripts/vite-plugin-decks.ts.
declare module 'virtual:lovi-decks' {
  import type { DeckSummary } from './deck/types';
  export const decks: DeckSummary[];
}

/** The app's version, set at build time (vite.config.ts). */
declare const __APP_VERSION__: string;
/** The sync server's path on the app's origin, set at build time (vite.config.ts LOVI_SYNC_SERVER). */
declare const __SYNC_SERVER__: string;
