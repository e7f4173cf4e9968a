/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { decksPlugin } from './scripts/vite-plugin-decks.ts';
import { inlineBootPlugin } from './scripts/vite-plugin-inline-boot.ts';

// One option decides where the app lives: `LOVI_BASE=/lovi/ npm run build`
// for a sub-path deployment; the manifest's start_url and scope follow it.
const base = process.env.LOVI_BASE ?? '/';
// Shown in settings; LOVI_VERSION lets a test build a "newer" app.
// The decks to build in: content/ unless LOVI_CONTENT names another folder (tests build hostile and very large decks).
const contentDir = process.env.LOVI_CONTENT;
const version = process.env.LOVI_VERSION ?? (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

// Where sync finds the learner's CouchDB: a path on the app's own origin (the deployment's reverse
// proxy maps it to CouchDB: deploy/), so the session cookie works everywhere; `LOVI_SYNC_SERVER` sets another path.
const syncServer = process.env.LOVI_SYNC_SERVER ?? '/db/';

export default defineConfig({
  base,
  define: { __APP_VERSION__: JSON.stringify(version), __SYNC_SERVER__: JSON.stringify(syncServer) },
  plugins: [
    preact(),
    decksPlugin({ contentDir }),
    inlineBootPlugin(),
    VitePWA({
      // injectManifest: the worker is ours (src/sw/sw.ts), because the share
      // target must answer a POST, which generateSW cannot express; it does
      // what generateSW did besides (precache, app-shell fallback, old caches
      // dropped). 'prompt': a new version never reloads the page by itself (see style.md).
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches the icons; listing them twice makes duplicate entries.
      includeManifestIcons: false,
      injectManifest: {
        // The plugin adds manifest.webmanifest itself.
        globPatterns: ['**/*.{js,css,html,json,woff2,svg,png}'],
        // The schedule optimiser (issue 14) is not precached: its WebAssembly (fsrs-browser,
        // 1.7 MB, 438 KB gzipped) is four times the rest of the precache (422 KB) and useful only
        // after months of study (400 reviews over 30 days), so every learner's first visit would
        // pay for what few can use yet, often on a spent data plan. The .wasm is outside the glob
        // above; the service worker keeps it the first time it is fetched (src/sw/kept-files.ts),
        // and the settings screen fetches it ahead, online, as soon as the learner's history is
        // enough, so the fit works offline from then on. Its worker script (55 KB, also the memory rebuild) is precached.
        // The package's helper for its threaded path is never loaded (see optimise.worker.ts).
        // Sync (docs/sync.md) is not precached either: most learners never sign in, and one who does is
        // online then; the service worker keeps its files the first time they are fetched (src/sw/kept-files.ts).
        // The voice practice likewise (31 KB raw past the budget): kept from the learner's first tap on a microphone.
        globIgnores: ['**/workerHelpers-*.js', '**/SyncPanel-*.js', '**/sync-runner-*.js', '**/VoicePanel-*.{js,css}', '**/ToneDrill-*.js', '**/voice.worker-*.js', '**/recorder.worklet-*.js'],
        // Decks must be precached to study offline; workbox's default limit (2 MiB)
        // refuses any deck above ~4,000 pairs (a 100,000-pair deck is ~48 MB).
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      },
      manifest: {
        name: 'ໂລວີ — ຮຽນພາສາຫວຽດນາມ',
        short_name: 'ໂລວີ',
        description: 'ຮຽນພາສາຫວຽດນາມຈາກປະໂຫຍກລາວ',
        lang: 'lo',
        start_url: base,
        scope: base,
        display: 'standalone',
        theme_color: '#b3261e',
        background_color: '#fbfaf7',
        // Android's share sheet offers Lovi for files and text once it is installed (src/sw/share-target.ts).
        share_target: {
          action: `${base}share-target`,
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            files: [{ name: 'files', accept: ['text/plain', 'text/tab-separated-values', 'text/csv', 'text/*', 'application/octet-stream', '.tsv', '.txt', '.csv', '.lo', '.vi'] }],
          },
        },
        // Relative to the manifest, so a sub-path deployment needs no change (made by `npm run icons`).
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  // `npm run sync-server` answers on 5984: the app's /db/ reaches it, as the deployment's proxy reaches CouchDB.
  server: { proxy: { [syncServer]: { target: 'http://127.0.0.1:5984', rewrite: (path) => path.slice(syncServer.length - 1) } } },
  preview: { port: 4173, strictPort: true, proxy: { [syncServer]: { target: 'http://127.0.0.1:5984', rewrite: (path) => path.slice(syncServer.length - 1) } } },
  build: {
    // ES2022 syntax as it stands (class fields unlowered: 5 KB less precached than es2020, which
    // wrapped every field in a helper). Lovi already needs what Chrome 92 / Safari 15.4 brought
    // (Array.prototype.at, Intl.Segmenter), and those read ES2022 syntax.
    target: 'es2022',
    // Every module the first screen needs in one chunk: left to itself, the bundler splits each
    // module shared by the start and two lazy screens into a chunk of its own (ten files of
    // 0.2–0.7 KB, each with its own gzip and import overhead, about 1 KB in all).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } } },
  },
  test: {
    // Unit tests run the pure core in Node (fake-indexeddb where storage is
    // involved); e2e tests build the app and drive Debian's Chromium.
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The CLI tests spawn Node processes; with the browser tests running beside them on two cores they can take seconds.
          testTimeout: 30_000,
          // Study days are computed in the device's zone: tests fix it to the learners' own (UTC+7, no DST).
          env: { TZ: 'Asia/Vientiane' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup/global-setup.ts'],
          // Sized for a machine with one of its two cores busy (issue 20): the longest light test
          // takes about 12 s so; the tests that move data name their own timeouts beside their sizes.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for the app's reaction to one step (a few IndexedDB transactions and
          // a render): vitest's 1 s default held on a quiet machine and failed with a core busy.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
