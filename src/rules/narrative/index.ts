import type { Rule } from '../rule.js';

/** Rules of the 'narrative' category. */
export const rules: Rule[] = [];
