import type { Rule } from '../rule.js';
import { rules as consistency } from './consistency.js';
import { rules as details } from './details.js';
import { rules as bounds } from './bounds.js';
import { rules as structure } from './structure.js';
import { narrativeIncomeDefinition, narrativeSpendingMakeUp } from './definitions.js';
import { partsOfOtherSide } from './parts-side.js';
import { rules as listParts } from './list-parts.js';
import { budgetGapReason } from './budget-gap-reason.js';

/** Rules of the 'narrative' category: the explanation agreeing with itself and with the performance report. */
export const rules: Rule[] = [...consistency, ...structure, ...details, ...bounds, ...listParts, narrativeIncomeDefinition, narrativeSpendingMakeUp, partsOfOtherSide, budgetGapReason];
