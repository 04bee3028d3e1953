import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';
import { LocationSchema } from './location.js';

/**
 * Money and rates are exact decimals that remember how many decimals were printed: "2,060.9" is
 * 2060.9 printed to 1 decimal and stands for the interval [2060.85, 2060.95]. Never a binary float.
 */
export { Decimal };

export const FigureSchema = lazySchema(() => z.object({
  /** Normalised decimal string, e.g. "2280.29", "-92.61", "0". */
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
  /** Decimals as printed: "2,060.9" → 1, "100%" → 0. */
  decimals: z.number().int().min(0),
  /** 'amount' in the document's amount unit (万元 unless stated), 'percent' in %, 'count' a plain number. */
  kind: z.enum(['amount', 'percent', 'count', 'score']),
  /** Unit as printed next to the figure, if any ("万元", "元", "%", "个", "辆", "分"). */
  unit: z.string().nullable().default(null),
  /** The figure exactly as printed. */
  raw: z.string(),
  /**
   * An amount in a text that rounds its amounts to one decimal or none (see `markRoundedAmounts`). Every
   * amount is read at its printed precision anyway; the mark tells only a zero printed short ("0万元"),
   * which then stands for less than half the unit printed rather than for none (see `money`, `saysNone`).
   */
  rounded: z.boolean().optional(),
  /**
   * A rate said as an approximation or a bound ("约9%", "近36%", "超过8%", "10%左右"): 'about' allows a
   * whole unit of its last decimal either way (a figure rounded twice), 'over' and 'under' bound it on one side.
   */
  approx: z.enum(['about', 'over', 'under']).optional(),
  location: LocationSchema,
}));
export type Figure = z.infer<typeof FigureSchema>;

const SIGNS = new Set(['-', '−', '－']);
const NUMBER_RE = /^[-−－]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$|^[-−－]?\d+(?:\.\d+)?$/;

/** Parses a printed number such as "1,239.70", "－3.5" or "2,060.9"; null when it is not one. */
export function parseNumber(raw: string): { value: string; decimals: number } | null {
  // Every table cell and every figure of the text passes here: regexes only where they can change something.
  const t = /\s/.test(raw) ? raw.replace(/\s+/g, '') : raw;
  if (!NUMBER_RE.test(t)) return null;
  const negative = SIGNS.has(t[0] as string);
  const unsigned = negative ? t.slice(1) : t;
  const digits = unsigned.includes(',') || unsigned.includes('，') ? unsigned.replace(/[,，]/g, '') : unsigned;
  const dot = digits.indexOf('.');
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  // The printed digits already carry exactly `decimals` decimals: normalising is dropping leading
  // zeros and the sign of zero (what Decimal#toFixed gave, without a Decimal per printed number).
  const intDigits = dot < 0 ? digits : digits.slice(0, dot);
  const int = intDigits.length > 1 && intDigits[0] === '0' ? intDigits.replace(/^0+(?=\d)/, '') : intDigits;
  const value = dot < 0 ? int : `${int}${digits.slice(dot)}`;
  return { value: negative && /[1-9]/.test(digits) ? `-${value}` : value, decimals };
}

// Rules compare the same printed figures again and again. A figure's Decimal and interval depend
// only on its printed value (and decimals), so they are memoised by value. (Per Figure object, in
// WeakMaps, every table cell added an ephemeron entry that each garbage collection had to trace.)
const DECIMALS = new Map<string, Decimal>();
/** value → intervals by printed decimals. */
const INTERVALS = new Map<string, Interval[]>();
const MEMO_LIMIT = 20_000;

/** Empties the memo: called for each document, so it holds one document's values at most. */
export function clearFigureMemo(): void {
  DECIMALS.clear();
  INTERVALS.clear();
}

export function dec(f: Figure | string | number): Decimal {
  if (typeof f !== 'object') return new Decimal(f);
  let d = DECIMALS.get(f.value);
  if (!d) {
    if (DECIMALS.size >= MEMO_LIMIT) DECIMALS.clear();
    d = new Decimal(f.value);
    DECIMALS.set(f.value, d);
  }
  return d;
}

/** Half a unit of the last printed decimal: the rounding radius of a printed figure. */
const HALF_UNITS: Decimal[] = [];
export function halfUnit(decimals: number): Decimal {
  // Decimal is immutable, so one instance per precision serves every comparison.
  let h = HALF_UNITS[decimals];
  if (!h) {
    h = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
    HALF_UNITS[decimals] = h;
  }
  return h;
}

/** A closed interval [lo, hi] standing for what a printed figure may have been before rounding. */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export function intervalOf(f: Pick<Figure, 'value' | 'decimals'>): Interval {
  let byDecimals = INTERVALS.get(f.value);
  const hit = byDecimals?.[f.decimals];
  if (hit) return hit;
  const v = dec(f as Figure);
  const h = halfUnit(f.decimals);
  const i = { lo: v.minus(h), hi: v.plus(h) };
  if (!byDecimals) {
    if (INTERVALS.size >= MEMO_LIMIT) INTERVALS.clear();
    byDecimals = [];
    INTERVALS.set(f.value, byDecimals);
  }
  byDecimals[f.decimals] = i;
  return i;
}

export function exact(v: Decimal): Interval {
  return { lo: v, hi: v };
}

export function addI(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function subI(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

/** Quotient of intervals; null when the divisor interval contains zero (rate undefined). */
export function divI(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  // Non-negative over positive (rates, shares, completion): the extremes are known without trying
  // all four quotients, and rounding a quotient is monotonic, so they are the same two numbers.
  if (a.lo.gte(0) && b.lo.gt(0)) return { lo: a.lo.div(b.hi), hi: a.hi.div(b.lo) };
  const c = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...c), hi: Decimal.max(...c) };
}

export function scaleI(a: Interval, k: Decimal): Interval {
  const x = a.lo.times(k);
  const y = a.hi.times(k);
  return { lo: Decimal.min(x, y), hi: Decimal.max(x, y) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** Distance between two intervals (0 when they overlap). */
export function gap(a: Interval, b: Interval): Decimal {
  if (overlaps(a, b)) return new Decimal(0);
  return a.hi.lt(b.lo) ? b.lo.minus(a.hi) : a.lo.minus(b.hi);
}

export function sumFigures(fs: readonly Figure[]): Decimal {
  return fs.reduce((s, f) => s.plus(f.value), new Decimal(0));
}

/** Formats a decimal for messages with the given decimals, e.g. fmt(92.6149, 2) → "92.61". */
export function fmt(d: Decimal, decimals = 2): string {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}

/**
 * An amount printed in 元 or 亿元 restated in 万元, the unit every rule compares in. The printed
 * precision moves with the decimal point (1.00元 → 0.000100万元, 6 decimals), so tolerances stay exact.
 */
export function inWanyuan(f: Figure, printedUnit: string): Figure {
  if (printedUnit === '元') return { ...f, value: shiftPoint(f.value, -4), decimals: f.decimals + 4, unit: '元' };
  if (printedUnit === '亿元') return { ...f, value: shiftPoint(f.value, 4), decimals: Math.max(0, f.decimals - 4), unit: '亿元' };
  // A few accounts (and their tables) are kept in 千元 or 百万元.
  if (printedUnit === '千元') return { ...f, value: shiftPoint(f.value, -1), decimals: f.decimals + 1, unit: '千元' };
  if (printedUnit === '百万元') return { ...f, value: shiftPoint(f.value, 2), decimals: Math.max(0, f.decimals - 2), unit: '百万元' };
  return f;
}

/**
 * An amount's value in 万元 for a message: an amount printed in 元 or 千元 keeps, once in 万元, the places
 * the conversion added ("12,445,600.00元" is 1244.560000), which say nothing to a reader; they are left
 * off down to the fen of 万元 (1244.56). The figure itself keeps them: only its words change.
 */
export function wan(f: { value: string; unit?: string | null }): string {
  return f.unit === '元' || f.unit === '千元' ? f.value.replace(/(\.\d{2}\d*?)0+$/, '$1') : f.value;
}

/**
 * How a finding states its amounts: in 元 when every amount it quotes was printed in 元 (a unit's
 * accounts kept in 元), else in 万元, the unit the rules compare in. "1,000,000.50元 与各项之和
 * 1,000,000.25元" reads as the page does; "100.00005万元" and a tolerance of "±0.0000万元" did not.
 */
export class AmountWords {
  /** 元 when every figure given was printed in 元; null for the usual 万元. */
  readonly yuan: boolean;
  /** Places the words give a worked amount (the most any figure was printed with in the words' unit). */
  readonly places: number;

  constructor(figures: readonly ({ unit?: string | null; decimals: number } | null | undefined)[]) {
    const given = figures.filter((f): f is { unit?: string | null; decimals: number } => f != null);
    this.yuan = given.length > 0 && given.every((f) => f.unit === '元');
    // (In 万元, as many places as the figures printed in 万元 have, two at least: "415.2644" beside a sum
    // shown "430.2258", not "430.23".)
    this.places = this.yuan ? Math.max(0, ...given.map((f) => f.decimals - 4)) : Math.max(2, ...given.filter((f) => !f.unit || f.unit === '万元').map((f) => f.decimals));
  }

  /** The unit the words are in. */
  get unit(): string {
    return this.yuan ? '元' : '万元';
  }

  /** A printed figure's value in the words' unit, without the unit ("800000.25", or wan's "80.03"). */
  value(f: { value: string; unit?: string | null }): string {
    return this.yuan ? shiftPoint(f.value, 4) : wan(f);
  }

  /** A printed figure with the unit ("800000.25元", "80.03万元"). */
  figure(f: { value: string; unit?: string | null }): string {
    return `${this.value(f)}${this.unit}`;
  }

  /** An amount worked out in 万元 (a sum, a difference), in the words' unit, without the unit, at the figures' places. */
  worked(d: Decimal, decimals = this.places): string {
    return this.yuan ? fmt(d.times(10000), this.places) : fmt(d, decimals);
  }

  /** An amount already worked out in 万元 as text ("111.35"), with the unit: in 元 when the words are, else as it is. */
  stated(v: string): string {
    return this.yuan ? this.amount(new Decimal(v)) : `${v}万元`;
  }

  /** `worked` with the unit. */
  amount(d: Decimal, decimals = this.places): string {
    return `${this.worked(d, decimals)}${this.unit}`;
  }
}

/** An amount as printed, in its own unit (the inverse of `inWanyuan`): 115,749.56元 is 115749.56 again. */
export function asPrinted(f: Figure): Figure {
  if (f.unit === '元') return { ...f, value: shiftPoint(f.value, 4), decimals: Math.max(0, f.decimals - 4), unit: null };
  if (f.unit === '亿元') return { ...f, value: shiftPoint(f.value, -4), decimals: f.decimals + 4, unit: null };
  if (f.unit === '千元') return { ...f, value: shiftPoint(f.value, 1), decimals: Math.max(0, f.decimals - 1), unit: null };
  if (f.unit === '百万元') return { ...f, value: shiftPoint(f.value, -2), decimals: f.decimals + 2, unit: null };
  return f;
}

/** Moves the decimal point of a decimal string by `places` (string arithmetic: no rounding at all). */
export function shiftPoint(v: string, places: number): string {
  const neg = v.startsWith('-');
  const digits = neg ? v.slice(1) : v;
  const [i = '0', f = ''] = digits.split('.');
  let all = i + f;
  let point = i.length + places;
  if (point <= 0) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  }
  while (all.length < point) all += '0';
  const int = all.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const frac = all.slice(point);
  const out = frac ? `${int}.${frac}` : int;
  return neg && /[1-9]/.test(out) ? `-${out}` : out;
}
