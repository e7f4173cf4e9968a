// The pair editor loads on first use (the compiler's checks and their messages come with it).
import type { FunctionComponent } from 'preact';
import { lazyScreen } from '../lazy.tsx';
import type { PairEditor } from './PairEditor.tsx';

export const LazyPairEditor = lazyScreen(() => import('./PairEditor.tsx').then((m) => m.PairEditor as FunctionComponent<Parameters<typeof PairEditor>[0]>));
