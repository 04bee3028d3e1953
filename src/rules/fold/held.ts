import { Decimal, halfUnit, overlaps } from '../../model/decimal.js';
import type { Finding } from '../../model/finding.js';
import type { Location } from '../../model/location.js';
import { type HoldsWith, holdsAt } from '../holds-with.js';
import { addPlaces, numbersIn, samePlace, sameStatement, soleNumber, timesPrinted } from './figures.js';
import { RELATIONS, relate } from './relations.js';
import { EQUAL_PAIR_RULE } from './pairs.js';

/** The entries of a finding's holdsWith for the figure printed as `value` at that statement. */
function entriesFor(f: Finding, value: Decimal, at: Location): HoldsWith[] {
  return (RELATIONS.get(f)?.holdsWith ?? []).filter((h) => h.printed.eq(value) && sameStatement(h.at, at));
}

/** Half a unit of the last printed digit of an expected value ("15.81万元": 0.005). */
const slackOf = (text: string | null) => halfUnit(/\.(\d+)/.exec(text ?? '')?.[1]?.length ?? 0);

/**
 * Whether `f` follows from the figure `r` names wrong: `f` quotes that figure, fails with it as printed
 * and holds with `r`'s correction in its place (a change rate worked out on the 15.81 a sum gives
 * for the 51.81 printed); or, `r` finding a figure too small ("≤ 20.63", the parts 27.46), `f` holds
 * with that figure at a value that meets the bound (a completion rate that gives 62.09 for it).
 */
export function heldByCorrection(f: Finding, r: Finding): boolean {
  if (!RELATIONS.get(f)?.holdsWith?.length || /[%％]/.test(r.actual ?? '')) return false;
  const [wrong, right, at] = [soleNumber(r.actual), soleNumber(r.expected), r.locations[0]];
  if (wrong && right && at && !wrong.eq(right)) return entriesFor(f, wrong, at).some((h) => !holdsAt(h, wrong) && holdsAt(h, right, slackOf(r.expected)));
  const bound = /≤\s*([\d,，.]+)\s*万元$/.exec(r.expected ?? '')?.[1];
  const least = soleNumber(r.actual);
  // A finding that names the figure with a value of its own says more than a bound: the bound is its.
  if (!bound || !least || (soleNumber(f.expected) && /万元$/.test(f.actual ?? ''))) return false;
  const w = numbersIn(bound)[0] as Decimal;
  return r.locations.filter((l) => timesPrinted(l.text, w) > 0).some((l) => entriesFor(f, w, l).some((h) => !holdsAt(h, w) && h.within.hi.gte(least)));
}

/**
 * Whether `f` decides between two statements of one figure: it quotes the one printed as `wrong` at
 * `at`, fails with it and holds with `right`, the other statement's (a share of 21.22% that gives 6.15
 * for the 6.51 printed beside it, where another sentence says 6.15).
 */
export function decidesPair(f: Finding, wrong: Decimal, right: Decimal, at: Location, rightText: string): boolean {
  return entriesFor(f, wrong, at).some((h) => !holdsAt(h, wrong) && holdsAt(h, right, slackOf(rightText)));
}

/**
 * A sum and another finding at its statements that both fail with one and the same printed figure
 * and both hold with it at one value (a list of 5 items 27.00 above its whole, and the share of the
 * item 285.35 that gives 258.35 for it): that figure is the slip. When exactly one figure of the sum
 * does so, and it is not the one the sum names already, the sum is told to name it (实为 the
 * figure, 应为 the value the sum leaves it); the other finding then folds into it as holding with
 * that correction. Two or more such figures (borne out by any finding) leave the sum as it is. The
 * other finding is a share, a count against its amount or a change rate (BEYOND_THE_SUM; a change said
 * in another sentence than the amount, which the sum's own search does not weigh): an item's own
 * sentence (完成率, 持平, 大于) is the sum rule's to weigh (culpritOfSum), which knows when two items'
 * sentences would each explain it.
 */
export function oneFigureRightsBoth(findings: readonly Finding[]): readonly Finding[] {
  let out: Finding[] | null = null;
  for (const [i, s] of findings.entries()) {
    const own = RELATIONS.get(s)?.holdsWith;
    // Sums only (their 实为 and 应为 amounts); a rate's finding never names a figure this way, nor a pair of equal totals.
    if (!own?.length || s.severity === 'info' || /[%％]/.test(s.actual ?? '') || !/万元$/.test(s.actual ?? '') || !soleNumber(s.expected) || EQUAL_PAIR_RULE.test(s.rule)) continue;
    // (Any finding that so bears out a figure counts against naming one: two figures borne out is no decision.)
    const bearsOut = (f: Finding, h: HoldsWith) => f !== s && f.severity !== 'info' && entriesFor(f, h.printed, h.at).some((g) => !holdsAt(g, g.printed) && overlaps(g.within, h.within));
    const fits = own.flatMap((h) => {
      if (holdsAt(h, h.printed) || !findings.some((f) => bearsOut(f, h))) return [];
      // (Not one that names the figure with a value of its own: that finding is the root, and the sum its consequence.)
      const other = findings.find((f) => BEYOND_THE_SUM.test(f.rule) && !(soleNumber(f.expected) && /万元$/.test(f.actual ?? '')) && bearsOut(f, h));
      return [{ h, other }];
    });
    if (fits.length !== 1 || !fits[0]?.other) continue;
    const { h } = fits[0];
    const other = fits[0].other;
    const named = soleNumber(s.actual);
    const at = s.locations[0];
    if (named?.eq(h.printed) && at && sameStatement(at, h.at)) continue;
    const places = Math.max(2, h.printed.decimalPlaces());
    const right = h.within.lo.plus(h.within.hi).div(2).toFixed(places);
    const name = h.name ?? '该数';
    const printed = h.printed.toFixed(places);
    out ??= [...findings];
    out[i] = {
      ...s,
      expected: `${right}万元`,
      actual: `${printed}万元`,
      difference: `${h.printed.minus(right).toFixed(places)}万元`,
      locations: [h.at, ...s.locations.filter((l) => l !== h.at && !(samePlace(l, h.at) && l.text === h.at.text))],
      message: `${s.message.replace(/，请逐项核对$/, "")}；${name}写作${printed}万元，按合计应为${right}万元，「${other.title}」按此数也相符：错的是${name}`,
    };
    relate(out[i] as Finding, RELATIONS.get(s) ?? {});
  }
  return out ?? findings;
}

/** Bounds of printed amounts: parts above the whole they are listed in (not a change's parts). */
const PART_BOUND = /^(?:arithmetic\.part-exceeds-whole|narrative\.total-bounds|narrative\.part-le-whole)$/;

/** Findings about an item that a sum's own search for its culprit does not weigh (a change rate: not where its change is said apart). */
const BEYOND_THE_SUM = /\.share$|^count\.|^arithmetic\.change-rate$/;


/**
 * Parts said to exceed their whole ("≤ 7.65万元", 实为 the parts' 73.54; or "≥ 22802.9万元", 实为 the
 * whole 2280.29), and another finding at its statements that fails with one of the parts as printed
 * and holds with it only at values that keep the bound (an item ×10 whose own change and rate, or
 * 倍数, give 7.31 for the 73.2 printed): the two sources agree that part is the slip, not the whole.
 * The bound then names that part first and says so, and the other finding is folded into it.
 */
export function boundDecidedByPart(findings: readonly Finding[]): readonly Finding[] {
  const gone = new Set<Finding>();
  let out: Finding[] | null = null;
  for (const [i, r] of findings.entries()) {
    if (r.severity === 'info' || gone.has(r) || !PART_BOUND.test(r.rule)) continue;
    const le = /^[≤<]\s*([\d,，.]+)\s*万元$/.exec(r.expected ?? '')?.[1];
    const ge = /^[≥>]\s*([\d,，.]+)\s*万元$/.exec(r.expected ?? '')?.[1];
    const given = soleNumber(r.actual);
    if ((!le && !ge) || !given || !/万元$/.test(r.actual ?? '')) continue;
    const whole = le ? (numbersIn(le)[0] as Decimal) : given;
    const slack = soleNumber(r.tolerance?.replace(/^±/, '') ?? null) ?? new Decimal(0);
    // The value a part must keep to for the bound to hold: the whole less the other parts.
    const room = (part: Decimal) => (le ? whole.minus(given.minus(part)) : whole).plus(slack);
    const parts = ge ? numbersIn(ge) : numbersIn(r.message).filter((n) => !n.eq(whole) && !n.eq(given));
    const fits = findings.flatMap((f) => {
      if (f === r || gone.has(f) || f.severity === 'info') return [];
      const hs = (RELATIONS.get(f)?.holdsWith ?? []).filter((h) => parts.some((p) => p.eq(h.printed)) && r.locations.some((l) => sameStatement(l, h.at)));
      // (An amount printed above 0 that holds only at an amount no less than 0.)
      return hs.filter((h) => h.printed.gt(0) && h.within.lo.gte(0) && !holdsAt(h, h.printed) && h.within.hi.lt(h.printed) && h.within.lo.lte(room(h.printed))).map((h) => ({ f, h }));
    });
    if (!fits.length || fits.some((x) => !x.h.printed.eq((fits[0] as (typeof fits)[number]).h.printed))) continue;
    const { h } = fits[0] as (typeof fits)[number];
    const by = [...new Set(fits.map((x) => x.f))];
    for (const f of by) gone.add(f);
    const places = Math.max(2, h.printed.decimalPlaces());
    const name = h.name ?? '';
    const titles = [...new Set(by.map((f) => f.title))].join('、');
    out ??= [...findings];
    out[i] = {
      ...r,
      message: `${r.message}；「${titles}」按所印的${name}${h.printed.toString()}万元不符、按${h.within.lo.toFixed(places)}～${h.within.hi.toFixed(places)}万元相符，也不超过整体：写错的应是${name}${h.printed.toString()}万元（「${titles}」不再另报）`,
      locations: by.reduce((ls, f) => addPlaces({ ...r, locations: ls }, f.locations), [h.at, ...r.locations.filter((l) => !(samePlace(l, h.at) && l.text === h.at.text))]),
    };
    relate(out[i] as Finding, RELATIONS.get(r) ?? {});
  }
  return out ? out.filter((f) => !gone.has(f)) : findings;
}

/**
 * Two findings at one statement that both fail with one printed figure and both hold with it within
 * overlapping values (a share of 基本支出 that gives 4062.79～4063.31 for the 支出合计 4002.98 printed,
 * and the 支出合计's own change rate, cut off on 4002.98, that holds on 4026.97～4082.79): two relations
 * agree that figure is the slip. The one of the two that quotes only that figure is folded into the
 * other, which then names it. Not where a finding already names the figure (a sum does, and the folds
 * above take both in), nor where the other could follow from another figure of its own as well.
 */
export function twoAgreeOnOneFigure(findings: readonly Finding[]): readonly Finding[] {
  const gone = new Set<Finding>();
  let out: Finding[] | null = null;
  const failing = (f: Finding) => (RELATIONS.get(f)?.holdsWith ?? []).filter((h) => !holdsAt(h, h.printed));
  for (const [i, f] of findings.entries()) {
    // (An error: two rates each only cut off, the document's own rounding, agree on nothing.)
    if (f.severity !== 'error' || gone.has(f) || !DERIVED.test(f.rule)) continue;
    const mine = failing(f);
    for (const g of findings) {
      // (Two rates of one rule at one statement are two subjects whose figures may be printed alike: 本年收入 and 本年支出 both 225.58.)
      if (g === f || g.rule === f.rule || gone.has(g) || g.severity === 'info' || !DERIVED.test(g.rule) || (out?.[i] ?? f) !== f) continue;
      const theirs = RELATIONS.get(g)?.holdsWith ?? [];
      if (theirs.length !== 1 || failing(g).length !== 1) continue;
      const h = theirs[0] as HoldsWith;
      const m = mine.filter((x) => x.printed.eq(h.printed) && sameStatement(x.at, h.at) && overlaps(x.within, h.within));
      if (m.length !== 1) continue;
      const x = m[0] as HoldsWith;
      // (A figure some finding names already is that finding's to decide.)
      if (findings.some((o) => soleNumber(o.actual)?.eq(h.printed) && o.locations.some((l) => sameStatement(l, h.at)))) continue;
      const [lo, hi] = [Decimal.max(x.within.lo, h.within.lo), Decimal.min(x.within.hi, h.within.hi)];
      const places = Math.max(2, h.printed.decimalPlaces());
      const name = x.name ?? h.name ?? '';
      gone.add(g);
      out ??= [...findings];
      out[i] = {
        ...f,
        severity: f.severity === 'error' || g.severity === 'error' ? 'error' : f.severity,
        message: `${f.message}；${g.message}（「${g.title}」不再另报）：二者都按所印的${name}${h.printed.toString()}万元不符、按${lo.toFixed(places)}～${hi.toFixed(places)}万元相符，写错的应是${name}${h.printed.toString()}万元`,
        locations: addPlaces(f, g.locations),
      };
      relate(out[i] as Finding, RELATIONS.get(f) ?? {});
      break;
    }
  }
  return out ? out.filter((f) => !gone.has(f)) : findings;
}

/** Rates worked out from printed amounts (shares, change rates, completion rates): findings about one relation each. */
const DERIVED = /\.share$|^arithmetic\.(?:change-rate|execution-rate)$/;
