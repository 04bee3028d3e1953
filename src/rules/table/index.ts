import type { Rule } from '../rule.js';

/** Rules of the 'table' category. */
export const rules: Rule[] = [];
