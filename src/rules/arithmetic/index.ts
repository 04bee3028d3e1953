import type { Rule } from '../rule.js';

/** Rules of the 'arithmetic' category. */
export const rules: Rule[] = [];
