import { Decimal } from '../model/decimal.js';

/**
 * Exact arithmetic for composed sentences: amounts printed to 0.01万元, rates and shares to 0.01%,
 * always rounded half up from the exact quotient (never a float).
 */

export const ZERO = new Decimal(0);

export function d(v: string | Decimal | undefined | null): Decimal {
  if (v == null) return ZERO;
  return v instanceof Decimal ? v : new Decimal(v);
}

/** An amount as printed in the explanation and the tables: "238.67". */
export function money(v: string | Decimal): string {
  return d(v).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** A rate in percent, two decimals: part ÷ whole × 100. Null when the whole is zero. */
export function percent(part: Decimal, whole: Decimal): string | null {
  if (whole.isZero()) return null;
  return part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * Shares of a whole in percent with two decimals that add up to exactly 100.00 (largest remainder):
 * the rounding units are handed to the parts whose exact shares lost most in rounding down.
 */
export function sharesSummingTo100(parts: Decimal[]): string[] {
  const whole = parts.reduce((s, p) => s.plus(p), ZERO);
  if (whole.isZero()) return parts.map(() => '0.00');
  const exact = parts.map((p) => p.div(whole).times(10000));
  const floors = exact.map((e) => e.floor());
  let left = new Decimal(10000).minus(floors.reduce((s, f) => s.plus(f), ZERO)).toNumber();
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(floors[i] as Decimal) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const units = floors.map((f) => f);
  for (const { i } of order) {
    if (left <= 0) break;
    units[i] = (units[i] as Decimal).plus(1);
    left--;
  }
  return units.map((u) => u.div(100).toFixed(2));
}

export type Direction = 'increase' | 'decrease' | 'flat' | 'new';

/** How the current figure moved against the prior one; a prior of zero with a current above it is 新增. */
export function directionOf(current: Decimal, prior: Decimal): Direction {
  const c = current.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const p = prior.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (c.eq(p)) return 'flat';
  if (p.isZero() && c.gt(0)) return 'new';
  return c.gt(p) ? 'increase' : 'decrease';
}

/**
 * The change clause: "增加15.05万元，增长10.57%", "减少92.61万元，下降27.96%", "持平", or for a prior
 * of zero "新增12.00万元" (no rate: a rate over zero is undefined). A current of zero against a
 * positive prior is "减少…，下降100.00%".
 */
export function changeClause(current: Decimal, prior: Decimal): string {
  const dir = directionOf(current, prior);
  const change = current.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).minus(prior.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  if (dir === 'flat') return '持平';
  if (dir === 'new') return `新增${money(change)}万元`;
  const rate = percent(change.abs(), prior.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).abs()) as string;
  return dir === 'increase' ? `增加${money(change)}万元，增长${rate}%` : `减少${money(change.abs())}万元，下降${rate}%`;
}

/** Plain Chinese ordinal numerals for headings: 1 → 一, 12 → 十二. */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n] as string;
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}
