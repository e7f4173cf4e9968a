import { render } from 'preact';
import { App } from './ui/App';
import { registerServiceWorker } from './pwa/register-sw';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);
registerServiceWorker();
