import type { Rule } from '../rule.js';
import { rules as execution } from './execution.js';
import { rules as indicators } from './indicators.js';
import { rules as quotes } from './quotes.js';
import { rules as rowRule } from './row-rule.js';
import { rules as scheme } from './scheme.js';
import { rules as summary } from './summary.js';

/** Rules of the 'performance' category. */
export const rules: Rule[] = [...execution, ...indicators, ...scheme, ...rowRule, ...quotes, ...summary];
