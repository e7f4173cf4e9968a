// The voice practice's part of the catalog, added when it loads.
import { addMessages } from '../../catalog.ts';
import { lo } from './lo.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

addMessages({ lo, en, vi });
