// The sync panel's part of the catalog, added when the panel loads.
import { addMessages } from '../../catalog.ts';
import { lo } from './lo.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

addMessages({ lo, en, vi });
