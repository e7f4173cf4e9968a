// The learner's week's part of the catalog (its settings, the workload chart), added when the settings screen loads.
import { addMessages } from '../../catalog.ts';
import { lo } from './lo.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

addMessages({ lo, en, vi });
