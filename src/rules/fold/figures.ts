// What the folds read of a finding: the numbers of its expected and actual values, and its places.
import { Decimal, halfUnit } from '../../model/decimal.js';
import type { Location } from '../../model/location.js';
import { type Finding, SEVERITY_ORDER, type Severity } from '../../model/finding.js';

/** The highest severity among findings folded into one. */
export function highestSeverity(fs: readonly Finding[]): Severity {
  return fs.reduce<Severity>((s, f) => (SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[s] ? f.severity : s), 'info');
}

/** The findings with those folded away dropped and the ones that took them in replaced. */
export function applyFolds(findings: readonly Finding[], gone: ReadonlySet<Finding>, merged: ReadonlyMap<Finding, Finding>): readonly Finding[] {
  if (!gone.size && !merged.size) return findings;
  return findings.filter((f) => !gone.has(f)).map((f) => merged.get(f) ?? f);
}

/** The one number of an expected or actual value ("≤ 20" is no correction and gives none). */
export function soleNumber(text: string | null): Decimal | null {
  if (!text || /[≤≥<>]/.test(text)) return null;
  const ns = numbersIn(text);
  return ns.length === 1 ? (ns[0] as Decimal) : null;
}

/**
 * Whether correcting the root's figure to what it should be makes the relation of `f` hold: a sum
 * that is off by exactly the root's own error (a part 1.00 short, the sum 1.00 short). Printed sums
 * carry their own rounding, hence a hundredth of slack.
 */
export function offBySameAmount(f: Finding, root: Finding): boolean {
  const [fe, fa, re, ra] = [amountOf(f.expected, f)?.value, amountOf(f.actual, f)?.value, amountOf(root.expected, root)?.value, amountOf(root.actual, root)?.value];
  if (!fe || !fa || !re || !ra || re.eq(ra)) return false;
  return fe.minus(fa).abs().minus(re.minus(ra).abs()).abs().lte('0.01');
}

/** An amount read in 万元, with half the unit it is printed to (in 万元 as well). */
export interface Amount {
  value: Decimal;
  half: Decimal;
}

/**
 * The sole amount of a finding's expected or actual value, in 万元. A figure printed without a unit
 * (a table cell as printed, "23867000.0") is in the unit the finding states its other amounts in: a
 * table printed in 元 says "应为 2386700.00元", and its cell is 元 too, not 2386.7万元 ten thousand times over.
 */
export function amountOf(text: string | null, f: Finding): Amount | null {
  const n = soleNumber(text);
  if (!n || !text) return null;
  const decimals = /\d\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  if (unitOf(text, f) !== '元') return { value: n, half: halfUnit(decimals) };
  // numbersIn reads "N元" (the unit right after it) in 万元 already.
  return { value: /\d元/.test(text) ? n : n.div(10000), half: halfUnit(decimals).div(10000) };
}

/**
 * Every amount of a finding's expected or actual value in 万元, those printed without a unit read in the
 * unit the finding states ("0.00；9,400.00" of a table printed in 元, whose tolerance is "±0.02元").
 */
export function amountsIn(text: string | null, f: Finding): readonly Decimal[] {
  const ns = numbersIn(text);
  if (!text || /\d元/.test(text) || unitOf(text, f) !== '元') return ns;
  return ns.map((n) => n.div(10000));
}

/**
 * The unit of a value: its own, else the one the finding states its other amounts in (a table kept in
 * 元 states its differences and its tolerance in 元, and prints its cells bare).
 */
function unitOf(text: string, f: Finding): string | undefined {
  const own = /\d\s*(万元|亿元|元)/.exec(text)?.[1];
  if (own || /[%％]/.test(text)) return own;
  return [f.expected, f.actual, f.difference, f.tolerance].map((t) => /\d\s*(万元|亿元|元)/.exec(t ?? '')?.[1]).find((u) => u != null);
}

/** Two amounts the same at the coarser of their printed precisions (238.67万元 and 2386700.00元 are). */
export function sameAmount(a: Amount | null, b: Amount | null): boolean {
  return a != null && b != null && a.value.minus(b.value).abs().lt(a.half.plus(b.half));
}

// The numbers of each text read during one fold: the folds compare findings pair by pair, reading
// the same expected and actual values again for every pair (most of the folds' time went to it).
let numbersRead: Map<string, readonly Decimal[]> | null = null;

/** Runs a fold with each text's numbers read once (and forgotten after it: nothing is kept across documents). */
export function withNumbersRead<T>(fold: () => T): T {
  const outer = numbersRead;
  numbersRead = new Map();
  try {
    return fold();
  } finally {
    numbersRead = outer;
  }
}

/** The numbers a text holds, in order ("1,234.50" is one). The list is shared: never change it. */
export function numbersIn(text: string | null): readonly Decimal[] {
  if (!text) return [];
  const known = numbersRead?.get(text);
  if (known) return known;
  const out: Decimal[] = [];
  for (const m of text.matchAll(/\d[\d,，]*(?:\.\d+)?(元)?/g)) {
    const t = m[0].replace(/[,，元]/g, '');
    // An amount stated in 元 (AmountWords, for a page printed in 元) is read in 万元, as the rules compare.
    if (/^\d+(\.\d+)?$/.test(t)) out.push(m[1] ? new Decimal(t).div(10000) : new Decimal(t));
  }
  numbersRead?.set(text, out);
  return out;
}

export function samePlace(a: Location, b: Location): boolean {
  return a.line === b.line && a.page === b.page && a.cell?.row === b.cell?.row && a.cell?.col === b.cell?.col;
}

export function addPlaces(into: Finding, from: readonly Location[]): Finding['locations'] {
  const out = [...into.locations];
  for (const l of from) if (!out.some((o) => samePlace(o, l) && o.text === l.text)) out.push(l);
  return out;
}

/** Message without the places it names, to tell the same statement repeated at several places. */
export function messageShape(m: string): string {
  return m.replace(/第\d+(页|行)/g, '').replace(/(工作表「[^」]*」)?单元格\s*[A-Z]+\d+/g, '');
}

/**
 * Two places of one printed statement: the same place, or the same sentence quoted a line or so
 * apart (a sentence wrapped over a page break puts its amount on one line and its share on the next).
 */
export function sameStatement(a: Location, b: Location): boolean {
  if (samePlace(a, b)) return true;
  if (a.file !== b.file || a.cell != null || b.cell != null || a.line == null || b.line == null) return false;
  return a.text != null && a.text.length >= 8 && a.text === b.text && Math.abs(a.line - b.line) <= 3;
}

/** How many times a printed text shows the number (thousands separators ignored, never inside a longer number). */
export function timesPrinted(text: string | null | undefined, n: Decimal): number {
  return numbersIn(text ?? null).filter((m) => m.eq(n)).length;
}
