import type { Rule } from '../rule.js';

/** Rules of the 'classification' category. */
export const rules: Rule[] = [];
