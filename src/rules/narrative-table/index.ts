import type { Rule } from '../rule.js';

/** Rules of the 'narrative-table' category. */
export const rules: Rule[] = [];
