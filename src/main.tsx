import { render } from 'preact';
import { App } from './ui/App.tsx';
import { Store } from './ui/store.ts';
import { registerServiceWorker } from './pwa/register-sw.ts';
import { startDisplay } from './ui/display.ts';
import './ui/fonts.css';
import './ui/styles.css';

startDisplay();
const store = new Store();
render(<App store={store} />, document.getElementById('app')!);
void store.start();
registerServiceWorker((update) => store.offerUpdate(update));
