import type { Rule } from '../rule.js';
import { rules as counts } from './counts.js';

/** Rules of the 'count' category: trips, receptions, vehicles and project counts. */
export const rules: Rule[] = [...counts];
