import { Decimal, halfUnit } from '../../model/decimal.js';
import type { Finding } from '../../model/finding.js';
import type { Location } from '../../model/location.js';
import { type HoldsWith, holdsAt } from '../holds-with.js';
import { numbersIn, sameStatement, soleNumber, timesPrinted } from './figures.js';
import { RELATIONS } from './relations.js';

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
  if (!bound || !least) return false;
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

