import {
  Decimal,
  type Figure,
  type Interval,
  addI,
  dec,
  divI,
  exact,
  fmt,
  gap,
  halfUnit,
  intervalOf,
  overlaps,
  scaleI,
  subI,
} from '../model/decimal.js';

/**
 * Interval arithmetic on printed figures (XBRL Calculations 1.1 / beancount style): a printed value
 * stands for every value that rounds to it, and two sides agree when their intervals overlap.
 * `exact` agreement means the printed figures match to the last digit; `tail` means they differ but
 * only by rounding; `break` means no unrounded values could make them agree.
 */
export type Agreement = 'exact' | 'tail' | 'break';

export interface Comparison {
  agreement: Agreement;
  /** Printed left minus printed right. */
  difference: Decimal;
  /** The largest difference rounding could explain. */
  tolerance: Decimal;
}

/**
 * The intervals are asked for only when the printed figures differ: most identities hold to the
 * last digit, and their intervals would be summed for nothing.
 */
function verdict(printedDiff: Decimal, a: () => Interval, b: () => Interval, tolerance: Decimal): Comparison {
  const agreement: Agreement = printedDiff.isZero() ? 'exact' : overlaps(a(), b()) ? 'tail' : 'break';
  return { agreement, difference: printedDiff, tolerance };
}

const HUNDRED = new Decimal(100);
const HALF = new Decimal('0.5');

/** Does a printed total equal the sum of printed parts, within rounding of all of them? */
export function compareSum(total: Figure, parts: readonly Figure[]): Comparison {
  return compareSummed(total, parts, sumOf(parts));
}

/** Do two values print the same at `decimals` (the coarser side's precision)? */
function sameAtPrecision(a: Decimal, b: Decimal, decimals: number): boolean {
  return a.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(b.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
}

/** Σ of printed figures, added in order. */
export function sumOf(parts: readonly Figure[]): Decimal {
  return parts.reduce((s, p) => s.plus(dec(p)), new Decimal(0));
}

/**
 * compareSum for a caller that already has sumOf(parts). The difference and the tolerance are worked
 * out when asked for: most sums hold to the last digit and are never reported.
 */
export function compareSummed(total: Figure, parts: readonly Figure[], sum: Decimal): Comparison {
  const printed = dec(total);
  // `eq` decides exactly what `minus(…).isZero()` did: a non-zero difference never rounds to zero.
  // A difference that does not show at the total's printed precision is no difference at all.
  const agreement: Agreement = printed.eq(sum) || sameAtPrecision(printed, sum, total.decimals)
    ? 'exact'
    : overlaps(intervalOf(total), parts.reduce<Interval>((s, p) => addI(s, intervalOf(p)), exact(new Decimal(0))))
      ? 'tail'
      : 'break';
  if (agreement === 'break') {
    const coarse = inHundredsOfYuan([total, ...parts]);
    if (coarse) return compareSummed(coarse[0] as Figure, coarse.slice(1), sum);
  }
  return new SumComparison(agreement, total, parts, printed, sum);
}

/**
 * Amounts in 元 that all end in 00 ("22802900元 = 8164800元 + 14638000元") are 万元 figures to the cent
 * of a 万元 written out in 元: they were rounded to 100元, and a 100元 difference among them is that
 * rounding, not a slip. The figures at that precision, or null when any is printed finer.
 */
function inHundredsOfYuan(figures: readonly Figure[]): Figure[] | null {
  // (With them, figures printed in 万元 to the cent at most: "卫生健康支出2123.73万元" over items in 元.)
  const hundreds = (f: Figure) => f.unit === '元' && f.decimals > 2 && dec(f).times(HUNDRED).isInteger();
  const coarse = (f: Figure) => (f.unit == null || f.unit === '万元') && f.decimals <= 2;
  if (!figures.some(hundreds) || !figures.every((f) => hundreds(f) || coarse(f))) return null;
  return figures.map((f) => (hundreds(f) ? { ...f, decimals: 2 } : f));
}

/** A sum's comparison; a class (not an object literal with getters, which V8 builds slowly). */
class SumComparison implements Comparison {
  private diff: Decimal | null = null;
  private radius: Decimal | null = null;

  constructor(
    readonly agreement: Agreement,
    private readonly total: Figure,
    private readonly parts: readonly Figure[],
    private readonly printed: Decimal,
    private readonly sum: Decimal,
  ) {}

  get difference(): Decimal {
    return (this.diff ??= this.printed.minus(this.sum));
  }

  get tolerance(): Decimal {
    return (this.radius ??= roundingRadius(this.total, this.parts));
  }
}

/**
 * The largest difference rounding can explain: half a unit of the total's last printed decimal plus
 * half a unit of each part's. Parts are counted per number of decimals (one multiplication per
 * precision, not one addition per part); the sum is exact either way (a few significant digits), and
 * past 12 decimals the parts are added one by one as they always were.
 */
function roundingRadius(total: Figure, parts: readonly Figure[]): Decimal {
  if (total.decimals > 12) return radiusOneByOne(total, parts);
  const perDecimals: number[] = [];
  for (const p of parts) {
    if (p.decimals > 12) return radiusOneByOne(total, parts);
    perDecimals[p.decimals] = (perDecimals[p.decimals] ?? 0) + 1;
  }
  let r = halfUnit(total.decimals);
  perDecimals.forEach((n, d) => {
    r = r.plus(n === 1 ? halfUnit(d) : halfUnit(d).times(n));
  });
  return r;
}

function radiusOneByOne(total: Figure, parts: readonly Figure[]): Decimal {
  return parts.reduce((s, q) => s.plus(halfUnit(q.decimals)), halfUnit(total.decimals));
}

/** Two printings of the same quantity (e.g. the same cell quoted in two places). */
export function compareSame(a: Figure, b: Figure): Comparison {
  const d = Math.min(a.decimals, b.decimals);
  // Printed to different precisions, they agree when the finer rounds to the coarser.
  if (a.decimals !== b.decimals && sameAtPrecision(dec(a), dec(b), d)) return { agreement: 'exact', difference: new Decimal(0), tolerance: halfUnit(a.decimals).plus(halfUnit(b.decimals)) };
  return verdict(dec(a).minus(dec(b)), () => intervalOf(a), () => intervalOf(b), halfUnit(a.decimals).plus(halfUnit(b.decimals)));
}

/**
 * A printed percentage against numerator/denominator figures: rate% ≈ num / den × 100.
 * Returns null when the denominator may be zero (the rate is undefined).
 */
export function compareRate(rate: Figure, num: Interval, den: Interval): (Comparison & { computed: Decimal; truncated: boolean }) | null {
  // The rate is undefined when the denominator may be zero (divI's test).
  if (den.lo.lte(0) && den.hi.gte(0)) return null;
  // Halving by multiplying with 0.5: the same exact value rounded the same way, without a long division.
  const mid = num.lo.plus(num.hi).times(HALF).div(den.lo.plus(den.hi).times(HALF)).times(100);
  const printed = mid.toDecimalPlaces(rate.decimals, Decimal.ROUND_HALF_UP);
  const difference = dec(rate).minus(printed);
  if (rate.approx) return approxRate(rate, num, den, mid, difference);
  // The range of rates the rounded figures allow costs two more long divisions: it is worked out
  // only when asked for, by a printed rate that differs from the computed one or by a message.
  const agreement: Agreement = difference.isZero() ? 'exact' : overlaps(intervalOf(rate), rateRange(num, den)) ? 'tail' : 'break';
  let tolerance: Decimal | undefined;
  return {
    agreement,
    difference,
    // Cut off rather than rounded (99.868% printed 99.86%): a presentation slip, not a wrong figure.
    truncated: agreement === 'break' && isTruncation(rate, mid),
    get tolerance(): Decimal {
      if (!tolerance) {
        const pct = rateRange(num, den);
        tolerance = pct.hi.minus(pct.lo).times(HALF).plus(halfUnit(rate.decimals));
      }
      return tolerance;
    },
    computed: mid,
  };
}

/**
 * A change rate (its sign left to the words) checked on the two levels it compares: |now − base| ÷ base.
 * Null when the rounding of the levels leaves the sign of their difference open, or the base may be 0.
 */
export function compareChangeRate(rate: Figure, now: Interval, base: Interval): ReturnType<typeof compareRate> {
  const diff = subI(now, base);
  const abs = diff.lo.gte(0) ? diff : diff.hi.lte(0) ? { lo: diff.hi.negated(), hi: diff.lo.negated() } : null;
  return abs ? compareRate({ ...rate, value: dec(rate).abs().toString() }, abs, base) : null;
}

/**
 * Is the printed rate what cutting off (not rounding) the exact value gives at the printed precision
 * (toward zero, as a spreadsheet's TRUNC or a format that drops digits does)?
 */
export function isTruncation(rate: Figure, exactValue: Decimal): boolean {
  return exactValue.toDecimalPlaces(rate.decimals, Decimal.ROUND_DOWN).eq(dec(rate));
}

/** The rates (in %) that figures within their rounding could give; the denominator excludes zero. */
/**
 * A rate said approximately or as a bound ("约6%", "超过8%", "近36%") is what the figures give where it
 * allows their range: 约 a whole unit of its last decimal either way (a share rounded to 5.5% and then to
 * 约6% was rounded twice, no slip), 超过 at least the figure, 近 at most it (each within its own rounding).
 */
function approxRate(rate: Figure, num: Interval, den: Interval, mid: Decimal, difference: Decimal): ReturnType<typeof compareRate> {
  const v = dec(rate);
  const unit = halfUnit(rate.decimals).times(2);
  const half = halfUnit(rate.decimals);
  const FAR = new Decimal('1e12');
  const allowed: Interval = rate.approx === 'about' ? { lo: v.minus(unit), hi: v.plus(unit) } : rate.approx === 'over' ? { lo: v.minus(half), hi: FAR } : { lo: FAR.negated(), hi: v.plus(half) };
  const range = rateRange(num, den);
  const agreement: Agreement = mid.gte(allowed.lo) && mid.lte(allowed.hi) ? 'exact' : overlaps(allowed, range) ? 'tail' : 'break';
  return { agreement, difference, truncated: false, tolerance: rate.approx === 'about' ? unit : half, computed: mid };
}

function rateRange(num: Interval, den: Interval): Interval {
  return scaleI(divI(num, den) as Interval, HUNDRED);
}

export { intervalOf, subI, addI, divI, exact, gap, fmt };

/** "0.01" style tolerance text for findings. */
export function tolText(t: Decimal, decimals = 2): string {
  const d = Math.max(decimals, t.decimalPlaces());
  return `±${t.toFixed(Math.min(d, 4))}`;
}

/** Shows a decimal the way the document prints amounts: two decimals unless more are needed. */
export function show(d: Decimal, decimals = 2): string {
  return fmt(d, decimals);
}

/** The fields every finding on a printed percentage carries: the right value, the printed one, the gap and the tolerance. */
export function rateFields(r: { computed: Decimal; difference: Decimal; tolerance: Decimal }, rate: Figure) {
  return {
    expected: `${fmt(r.computed, rate.decimals)}%`,
    actual: `${rate.value}%`,
    difference: `${r.difference.toFixed(rate.decimals)}个百分点`,
    tolerance: `±${r.tolerance.toFixed(4)}个百分点`,
  };
}
