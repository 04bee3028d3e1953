import type { Rule } from '../rule.js';

/** Rules of the 'performance' category. */
export const rules: Rule[] = [];
