import type { Rule } from '../rule.js';
import { classificationTableRules } from './table-codes.js';

/** Rules of the 'classification' category. */
export const rules: Rule[] = [...classificationTableRules];
