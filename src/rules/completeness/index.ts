import type { Rule } from '../rule.js';

/** Rules of the 'completeness' category. */
export const rules: Rule[] = [];
