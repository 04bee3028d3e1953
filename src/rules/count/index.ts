import type { Rule } from '../rule.js';
import { rules as breakdowns } from './breakdown.js';
import { rules as counts } from './counts.js';

/** Rules of the 'count' category: trips, receptions, vehicles, project counts, staff and units. */
export const rules: Rule[] = [...counts, ...breakdowns];
