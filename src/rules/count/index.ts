import type { Rule } from '../rule.js';

/** Rules of the 'count' category. */
export const rules: Rule[] = [];
