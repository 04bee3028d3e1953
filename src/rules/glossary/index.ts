import type { Rule } from '../rule.js';

/** Rules of the 'glossary' category. */
export const rules: Rule[] = [];
