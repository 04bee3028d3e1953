import type { Rule } from '../rule.js';

/** Rules of the 'template' category. */
export const rules: Rule[] = [];
