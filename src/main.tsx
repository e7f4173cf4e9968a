import { render } from 'preact';
import { App } from './ui/App.tsx';
import { registerServiceWorker } from './pwa/register-sw.ts';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);
registerServiceWorker();
