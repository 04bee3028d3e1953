import type { Rule } from '../rule.js';
import { yearComparison, yearCurrentStatement, yearCutoff, yearDigitMissing, yearFuture, yearHeadings, yearKnown, yearPublishedEarly, yearWordMissing } from './years.js';
import { carryOverYear } from './carry-over.js';
import { unitTruncated, rateWithoutPercent, rateInPoints, unitAfterPercent, unitSlip } from './units.js';

/** Rules of the years-and-units category. */
export const rules: Rule[] = [yearKnown, yearHeadings, yearComparison, yearCurrentStatement, yearCutoff, yearFuture, yearPublishedEarly, yearDigitMissing, yearWordMissing, carryOverYear, unitTruncated, rateWithoutPercent, rateInPoints, unitAfterPercent, unitSlip];
