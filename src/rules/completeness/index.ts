import type { Rule } from '../rule.js';
import { documentKind } from './document-kind.js';
import { tableCompletenessRules } from './tables.js';

/** Rules of the 'completeness' category. */
export const rules: Rule[] = [documentKind, ...tableCompletenessRules];
