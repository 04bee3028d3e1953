import type { Rule } from '../rule.js';
import { crossRules } from './identities.js';

/** Rules of the 'cross-table' category: identities between 公开01–09表 (表间勾稽). */
export const rules: Rule[] = [...crossRules];
