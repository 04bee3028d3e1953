import type { Rule } from '../rule.js';
import { rules as budget } from './budget.js';
import { rules as change } from './change.js';
import { rules as flatReason } from './flat-reason.js';
import { rules as levels } from './levels.js';
import { rules as listSum } from './list-sum.js';
import { rules as parts } from './parts.js';
import { rules as points } from './points.js';
import { rules as ratio } from './ratio.js';
import { rules as share } from './share.js';

/** Rules of the 'arithmetic' category: changes, shares, sums and execution rates stated in the text. */
export const rules: Rule[] = [...change, ...ratio, ...levels, ...points, ...flatReason, ...share, ...parts, ...listSum, ...budget];
