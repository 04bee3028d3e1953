import type { Rule } from '../rule.js';

/** Rules of the 'year-unit' category. */
export const rules: Rule[] = [];
