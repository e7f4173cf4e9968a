// The statistics', card browser's and deck menu's part of the catalog, added when one of them loads.
import { addMessages } from '../../catalog.ts';
import { lo } from './lo.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

addMessages({ lo, en, vi });
