import type { Decimal } from '../../model/decimal.js';
import type { Finding } from '../../model/finding.js';
import { RELATIONS, relate } from './relations.js';
import type { Location } from '../../model/location.js';
import { addPlaces, amountOf, amountsIn, applyFolds, highestSeverity, numbersIn, offBySameAmount, sameAmount, samePlace, soleNumber } from './figures.js';

/**
 * A 类's listed items short of its amount, and all the items short of the whole by the same amount:
 * what the two sums share is the items of that 类, so one of them is the likelier slip, not both
 * totals at once. One finding, which says so and points at the items rather than at the totals.
 * When another list of the whole (its 类 amounts) is off by the same amount too, the 类 amount is in
 * doubt as well and nothing is folded.
 */
export function foldSharedItems(findings: readonly Finding[]): readonly Finding[] {
  const signed = (f: Finding) => {
    const [e, a] = [soleNumber(f.expected), soleNumber(f.actual)];
    return e && a ? e.minus(a) : null;
  };
  const serious = (f: Finding) => f.severity !== 'info' && signed(f) != null && !signed(f)?.isZero();
  const wholes = findings.filter((f) => f.rule === 'narrative.detail-sum' && serious(f));
  const merged = new Map<Finding, Finding>();
  const gone = new Set<Finding>();
  for (const c of findings.filter((f) => f.rule === 'narrative.class-sum' && serious(f))) {
    const d = signed(c) as Decimal;
    const same = wholes.filter((w) => !gone.has(w) && (signed(w) as Decimal).minus(d).abs().lte('0.01'));
    const whole = same.find((w) => c.locations.slice(1).some((l) => w.locations.some((m) => samePlace(l, m))));
    if (!whole || same.length > 1) continue;
    const name = (f: Finding) => /^「([^」]+)」/.exec(f.message)?.[1] ?? '';
    const severity = highestSeverity([c, whole]);
    // (What the items' sum holds with stays with it: a share of one item may still name that item.)
    merged.set(c, relate({
      ...c,
      severity,
      message: `${c.message}；「${name(whole)}」与所列全部科目之和也相差同样的${d.abs().toFixed(2)}万元。两处共同的只有「${name(c)}」所列的科目，差错很可能在其中某一项，而非两个合计同时写错，请逐项核对`,
      expected: c.actual,
      actual: c.expected,
      locations: addPlaces(c, whole.locations),
    }, RELATIONS.get(c) ?? {}));
    gone.add(whole);
  }
  return applyFolds(findings, gone, merged);
}

/** The cells a finding of the explanation against the tables names, each with the table's figure and the explanation's (in order). */
function quotedCells(n: Finding): { at: Location; printed: Decimal; said: Decimal }[] | null {
  const cells = n.locations.filter((l) => l.cell != null);
  const [printed, said] = [numbersIn(n.expected), numbersIn(n.actual)];
  if (!cells.length || /[≤≥<>]/.test(`${n.expected}${n.actual}`) || printed.length !== cells.length || said.length !== cells.length) return null;
  return cells.map((at, k) => ({ at, printed: printed[k] as Decimal, said: said[k] as Decimal }));
}

/**
 * A table's broken sum that holds with its total and a part exchanged (its relation's `exchange`),
 * where the explanation quotes either cell as the other's figure and nothing it quotes of the two
 * says otherwise: the explanation is the third source the sum alone lacked, so the finding becomes
 * the exchange's, naming both cells. The explanation's findings are then folded into it as agreeing
 * with the exchange (cellAgainstItsTable).
 */
export function exchangeBorneOut(findings: readonly Finding[]): readonly Finding[] {
  const merged = new Map<Finding, Finding>();
  for (const t of findings) {
    const x = RELATIONS.get(t)?.exchange;
    if (!x || t.severity === 'info') continue;
    const mine = (l: Location) => samePlace(l, x.at) || x.with.some((w) => samePlace(l, w.at));
    const quotes = findings.flatMap((n) => (/^narrative-table\./.test(n.rule) && n.severity !== 'info' && n.locations.some((l) => l.cell && mine(l)) ? [n] : []));
    if (!quotes.length) continue;
    // The parts an exchange with which every quote of the cells agrees with.
    const fits = x.with.filter((w) => {
      const [other, own] = [(at: Location) => (samePlace(at, x.at) ? w.printed : samePlace(at, w.at) ? x.printed : null), (at: Location) => (samePlace(at, x.at) ? x.printed : w.printed)];
      return quotes.every((n) => {
        const cells = quotedCells(n);
        // A quote of a part the exchange leaves as it is: as printed, which it was not (its finding says so).
        return cells != null && cells.every((q) => (other(q.at) == null ? !mine(q.at) : q.printed.eq(own(q.at)) && q.said.eq(other(q.at) as Decimal)));
      });
    });
    const one = fits.length === 1 ? fits[0] : undefined;
    // Several parts, printed alike, fit when the quotes name only the total: its figure is borne out, the part is not.
    const words = one ?? (fits.length === x.with.length && quotes.every((n) => n.locations.every((l) => !l.cell || samePlace(l, x.at))) ? x.either : undefined);
    if (!words) continue;
    const first = [x.at, ...(one ? [one.at] : [])];
    merged.set(t, { ...t, message: words.message, expected: words.expected, actual: words.actual, difference: null, locations: [...first, ...t.locations.filter((l) => !first.some((p) => samePlace(l, p)))] });
  }
  return merged.size ? findings.map((f) => merged.get(f) ?? f) : findings;
}

/**
 * The explanation differs from a table cell, and that cell breaks a sum of its own table by just the
 * same amount: with the explanation's figure in it, the table adds up. The table's own total is the
 * third source that sides with the explanation, so the cell is the wrong one; one finding says so,
 * with 应为 the explanation's figure and 实为 the cell's, and the table's broken sum within it.
 */
export function cellAgainstItsTable(findings: readonly Finding[]): readonly Finding[] {
  const merged = new Map<Finding, Finding>();
  const gone = new Set<Finding>();
  for (const n of findings) {
    if (!/^narrative-table\./.test(n.rule) || n.severity === 'info') continue;
    const cell = n.locations.find((l) => l.cell != null);
    if (!cell) continue;
    // Two cells of a row that a table rule found written in each other's place: the explanation that
    // agrees with them as exchanged back (one cell, or both: its own finding of the two quotes
    // exchanged) is one more place of that finding.
    const cells = quotedCells(n);
    const swaps = cells?.map((q) => swappedAt(findings, gone, q.at, q.printed, q.said));
    const swap = swaps?.[0] && swaps.every((x) => x === swaps[0]) ? swaps[0] : undefined;
    if (swap) {
      gone.add(n);
      const into = merged.get(swap) ?? swap;
      merged.set(swap, { ...into, message: `${into.message}（说明写${n.actual}，与互换后相符；「${n.title}」不再另报）`, locations: addPlaces(into, n.locations) });
      continue;
    }
    const sums = findings.filter((t) => (t.category === 'table' || t.rule.startsWith('cross-table.')) && t.severity !== 'info' && !gone.has(t) && t.locations.some((l) => samePlace(l, cell)) && offBySameAmount(t, n));
    // One sum of the table decides; two or more broken by the cell decide the same, all the more.
    if (!sums.length) continue;
    const [text, printed] = [soleNumber(n.actual), soleNumber(n.expected)];
    if (!text || !printed) continue;
    // A table rule that already names this cell as the wrong one (疑有误) keeps the finding; the
    // explanation's agreeing figure is one more place of it.
    // (At one unit: a table printed in 元 names its cell in 元, the explanation in 万元.)
    const named = sums.find((t) => samePlace(t.locations[0] as Location, cell) && sameAmount(amountOf(t.actual, t), amountOf(n.expected, n)) && sameAmount(amountOf(t.expected, t), amountOf(n.actual, n)));
    if (named) {
      gone.add(n);
      merged.set(named, { ...(merged.get(named) ?? named), message: `${named.message}（说明写${n.actual}，与此相符；「${n.title}」不再另报）`, locations: addPlaces(named, n.locations) });
      continue;
    }
    for (const t of sums) gone.add(t);
    const broken = [...new Set(sums.map((t) => `「${t.title}」`))].join('、');
    merged.set(n, {
      ...n,
      message: `${n.message}；该格在报表自身的勾稽中也不成立，且恰差同一数额（${broken}）：按说明所写的${n.actual}报表即可勾稽，表中该格有误，说明不误`,
      expected: n.actual,
      actual: n.expected,
      difference: `${printed.minus(text).toString()}万元`,
      locations: [cell, ...n.locations.filter((l) => l !== cell), ...sums.flatMap((t) => t.locations).filter((l) => !n.locations.some((m) => samePlace(m, l)))],
    });
  }
  return applyFolds(findings, gone, merged);
}

/**
 * The finding of a table rule that two cells of a row were written in each other's place (its 实为 and
 * 应为 each two figures, its first two places the two cells), where `cell` is one of the two printed
 * `printed` and to be `right` once exchanged back.
 */
function swappedAt(findings: readonly Finding[], gone: ReadonlySet<Finding>, cell: Location, printed: Decimal | null, right: Decimal | null): Finding | undefined {
  if (!printed || !right) return undefined;
  return findings.find(
    (t) =>
      !gone.has(t) &&
      t.severity !== 'info' &&
      (t.category === 'table' || t.rule.startsWith('cross-table.')) &&
      t.message.includes('疑为两栏数字写反') &&
      // (At one unit: a table printed in 元 names its cells bare, in 元; the explanation's quotes are in 万元.)
      t.locations.slice(0, 2).some((l, k) => samePlace(l, cell) && amountsIn(t.actual, t)[k]?.eq(printed) && amountsIn(t.expected, t)[k]?.eq(right)),
  );
}
