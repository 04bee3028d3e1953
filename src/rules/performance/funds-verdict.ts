import { type Decimal, type Figure, exact, intervalOf } from '../../model/decimal.js';
import type { PerformanceSheet } from '../../model/disclosure.js';
import { compareRate, compareSum, sumOf } from '../arith.js';

export const FUND_COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['fullBudget', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

export type FundKey = (typeof FUND_COLUMNS)[number][0];

/** A fund column of a sheet whose printed total is not the sum of its sources. */
export interface FundsBreak {
  key: FundKey;
  name: string;
  total: Figure;
  parts: Figure[];
  sum: Decimal;
  /**
   * Which side the sheet's own execution rate (执行率 = 全年执行数 ÷ 全年预算数) agrees with: the
   * total is wrong when the rate holds with the sources' sum in its place and not with it; the
   * sources when it holds with the total and not with their sum; null when the rate cannot tell.
   */
  wrong: 'total' | 'parts' | null;
}

/**
 * The fund columns of a sheet whose total breaks the sum of its sources (blank sources left out),
 * each with the side the execution rate takes. Shared by funds-parts, which names the wrong side,
 * and the rules that quote a figure it corrects (execution rate, the sheets' total in the text).
 */
export function fundsBreaks(s: PerformanceSheet): FundsBreak[] {
  const f = s.funds;
  if (!f || !s.fundParts.length) return [];
  const out: FundsBreak[] = [];
  for (const [key, name] of FUND_COLUMNS) {
    const total = f[key];
    const parts = s.fundParts.map((p) => p[key]).filter((x): x is Figure => x != null);
    if (!total || !parts.length || compareSum(total, parts).agreement !== 'break') continue;
    out.push({ key, name, total, parts, sum: sumOf(parts), wrong: null });
  }
  // The rate reads the two columns together: with both broken, neither can be taken as a witness.
  const rated = out.filter((b) => b.key !== 'initialBudget');
  if (rated.length !== 1 || !f.rate || !f.fullBudget || !f.executed) return out;
  const b = rated[0] as FundsBreak;
  const holds = (value: Decimal | null) => {
    const other = b.key === 'fullBudget' ? (f.executed as Figure) : (f.fullBudget as Figure);
    const mine = value ? exact(value) : intervalOf(b.total);
    const c = b.key === 'fullBudget' ? compareRate(f.rate as Figure, intervalOf(other), mine) : compareRate(f.rate as Figure, mine, intervalOf(other));
    // A rate cut off rather than rounded still reads the two figures it was worked out from.
    return c != null && (c.agreement !== 'break' || c.truncated);
  };
  const [withTotal, withSum] = [holds(null), holds(b.sum)];
  if (withSum && !withTotal) b.wrong = 'total';
  else if (withTotal && !withSum) b.wrong = 'parts';
  return out;
}

/**
 * The sheet's figure for a fund column as its own sums correct it: the sources' sum where funds-parts
 * names the total wrong (at the total's place, printed as the sum), else the figure printed.
 */
export function correctedFund(s: PerformanceSheet, key: FundKey): Figure | null {
  const b = fundsBreaks(s).find((x) => x.key === key && x.wrong === 'total');
  if (!b) return s.funds?.[key] ?? null;
  const decimals = Math.max(b.total.decimals, ...b.parts.map((p) => p.decimals));
  const value = b.sum.toFixed(decimals);
  return { ...b.total, value, raw: value, decimals };
}
