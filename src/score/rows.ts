import { Decimal, type Figure, dec, fmt, halfUnit } from '../model/decimal.js';
import type { Indicator } from '../model/disclosure.js';
import { targetOutcome, unitsCompatible } from '../rules/performance/util.js';
import { type IndicatorClass, classify, qualitativeAchievement } from './classify.js';
import type { RowFacts } from './scheme.js';

/** One way of stating how far a target was reached: the printed completion rate, or actual ÷ target. */
export interface Basis {
  label: string;
  ratio: Decimal | null;
  /** False for a printed completion rate that actual ÷ target contradicts: kept only to explain a reported score. */
  valid: boolean;
}

const HUNDRED = new Decimal(100);

/**
 * The bases a row can be scored on, the one the document most likely used first: tables compute
 * from their own printed (rounded) completion rate when it agrees with actual ÷ target, so that
 * comes first then; when it disagrees, actual ÷ target is the truth and the printed rate is kept
 * only to explain a reported score.
 */
export function basesOf(i: Indicator): Basis[] {
  const printed: Basis | null = i.completionRate ? { label: `表列完成率${i.completionRate.raw}`, ratio: dec(i.completionRate).div(HUNDRED), valid: true } : null;
  let quotient: Basis | null = null;
  if (i.targetValue && i.actualValue && unitsCompatible(i.targetValue.unit, i.actualValue.unit) && !dec(i.targetValue).isZero()) {
    const q = dec(i.actualValue).div(dec(i.targetValue));
    quotient = { label: `完成值÷指标值=${fmt(q.times(HUNDRED), 2)}%`, ratio: q, valid: true };
  }
  if (printed && quotient) {
    const cr = i.completionRate as Figure;
    const agrees = quotient.ratio!.times(HUNDRED).minus(dec(cr)).abs().lte(halfUnit(cr.decimals));
    return agrees ? [printed, quotient] : [quotient, { ...printed, valid: false }];
  }
  return [printed, quotient].filter((b): b is Basis => b != null);
}

/** The facts a scheme scores a row on, for one basis. */
export function rowFacts(i: Indicator, basis: Basis | null, cls: IndicatorClass = classify(i)): RowFacts {
  return {
    cls,
    direction: i.operator === '<=' || i.operator === '<' || (cls === 'cost' && i.operator !== '>=' && i.operator !== '>') ? 'lower' : 'higher',
    ratio: basis?.ratio ?? null,
    met: targetOutcome(i),
    achievement: qualitativeAchievement(i),
    actualZero: i.actualValue ? dec(i.actualValue).isZero() : /^\s*0\s*$/.test(i.actual),
    targetZero: i.targetValue ? dec(i.targetValue).isZero() : false,
  };
}
