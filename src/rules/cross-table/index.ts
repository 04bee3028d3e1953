import type { Rule } from '../rule.js';

/** Rules of the 'cross-table' category. */
export const rules: Rule[] = [];
