import { render } from 'preact';
import { App } from './ui/App.tsx';
import { Store } from './ui/store.ts';
import { registerServiceWorker } from './pwa/register-sw.ts';
import { startDisplay } from './ui/display.ts';
import { wasShared } from './pwa/shared-flag.ts';
import { loadMessages } from './i18n/catalog.ts';
import { loadLanguage } from './i18n/language.ts';
import './ui/fonts.css';
import './ui/styles.css';

// Where a start's time goes (the review benchmark reads these marks).
performance.mark('lovi:script');
startDisplay();
const store = new Store();
// Started before the first render: the database opens while the page is drawn.
const started = store.start();
// Drawn in the learner's language: Lao's words are in this script, another's are loaded first (from the cache once installed).
void loadMessages(loadLanguage()).catch(() => undefined).then(() => render(<App store={store} />, document.getElementById('app')!));
void started.then(async () => {
  // Opened by Android's share sheet: what was shared goes to the import preview.
  if (!wasShared()) return;
  const { takeShared } = await import('./pwa/shared.ts');
  const shared = await takeShared();
  if (shared) store.openImport(shared);
});
void registerServiceWorker((update) => store.offerUpdate(update)).catch(() => undefined);
