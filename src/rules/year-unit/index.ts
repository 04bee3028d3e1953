import type { Rule } from '../rule.js';
import { yearKnown, yearHeadings, yearComparison, yearCutoff, yearCurrentStatement, yearFuture } from './years.js';
import { unitTruncated, rateWithoutPercent, unitSlip } from './units.js';

/** Rules of the years-and-units category. */
export const rules: Rule[] = [yearKnown, yearHeadings, yearComparison, yearCurrentStatement, yearCutoff, yearFuture, unitTruncated, rateWithoutPercent, unitSlip];
