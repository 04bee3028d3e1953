import { Decimal } from '../model/decimal.js';
import type { TargetOutcome } from '../rules/performance/util.js';
import type { Achievement, IndicatorClass } from './classify.js';

/** A share of an indicator's weight, as a closed range (a qualitative grade earns a band, a formula a point). */
export interface Share {
  lo: Decimal;
  hi: Decimal;
}

export function point(d: Decimal | number): Share {
  const v = d instanceof Decimal ? d : new Decimal(d);
  return { lo: v, hi: v };
}

export function band(lo: number, hi: number): Share {
  return { lo: new Decimal(lo), hi: new Decimal(hi) };
}

/** What a scheme needs to know of one indicator row. */
export interface RowFacts {
  cls: IndicatorClass;
  /** 'higher' when more is better (≥, >, =), 'lower' when less is (≤, <, cost caps). */
  direction: 'higher' | 'lower';
  /** actual ÷ target on one basis (the printed completion rate, or the quotient of the printed values); null when it cannot be formed. */
  ratio: Decimal | null;
  met: TargetOutcome;
  achievement: Achievement;
  actualZero: boolean;
  targetZero: boolean;
}

/**
 * A scoring scheme: the formulas a region's self-evaluation tables follow, as data plus small
 * functions. Each returns the share of the weight a row earns, or null when the scheme does not say.
 */
export interface Scheme {
  /** Stable id used by `--scheme`. */
  id: string;
  title: string;
  /** One line: what sets the scheme apart. */
  summary: string;
  /** Where the scheme is used and how it was established (document, or derived from reported rows). */
  basis: string;
  authority: string;
  /** The formulas in words, for the catalog and the report. */
  formulas: string[];
  /** Share of the execution weight earned at an execution rate given in percent. */
  execution(ratePercent: Decimal): Decimal;
  indicator(row: RowFacts): Share | null;
  /** Grade bands, highest first: a total at or above `min` earns `grade`. */
  bands: { grade: string; min: Decimal }[];
}

export function gradeOf(scheme: Scheme, total: Decimal): string {
  for (const b of scheme.bands) if (total.gte(b.min)) return b.grade;
  return scheme.bands[scheme.bands.length - 1]?.grade ?? '';
}

const ONE = new Decimal(1);
const ZERO = new Decimal(0);
export const clamp01 = (d: Decimal): Decimal => (d.isNeg() ? ZERO : d.gt(ONE) ? ONE : d);

/** Qualitative rows by the national three bands (达成 100–80%, 部分达成 80–60%, 未达成 60–0%), full marks when plainly achieved. */
export function qualitativeShare(a: Achievement): Share | null {
  switch (a) {
    case 'achieved':
      return point(1);
    case 'partial':
      return band(0.6, 0.8);
    case 'not':
      return band(0, 0.6);
    default:
      return null;
  }
}
