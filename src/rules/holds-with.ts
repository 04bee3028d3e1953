// What a finding's relation needs of each figure it quotes: the values of that figure (the others as
// printed) with which it would hold. The folds use it to tell a finding that follows from another's
// wrong figure (it holds with that figure's correction) from one wrong on its own.
import { money } from '../model/claims.js';
import { Decimal, type Figure, type Interval, dec, divI, intervalOf } from '../model/decimal.js';
import type { Location } from '../model/location.js';

/** One quoted figure, where it is printed, and the values of it with which the finding would hold. */
export interface HoldsWith {
  at: Location;
  printed: Decimal;
  within: Interval;
  /** How the figure is named (「科学技术支出」), for a finding that comes to name it. */
  name?: string;
}

const HUNDRED = new Decimal(100);
const pctOf = (rate: Figure): Interval => {
  const r = intervalOf({ ...rate, value: dec(rate).abs().toString() });
  return { lo: r.lo.div(HUNDRED), hi: r.hi.div(HUNDRED) };
};

/**
 * A rate printed as part ÷ whole (a share, a completion rate): the part it gives on the whole as
 * printed, and the whole it gives for the part as printed.
 */
export function ratioHoldsWith(rate: Figure, part: Figure, partAt: Location, whole: Figure, wholeAt: Location | null): HoldsWith[] {
  const [r, p, w] = [pctOf(rate), intervalOf(money(part)), intervalOf(money(whole))];
  const out: HoldsWith[] = [{ at: partAt, printed: dec(part), within: { lo: w.lo.times(r.lo), hi: w.hi.times(r.hi) } }];
  const wholeGiven = divI(p, r);
  if (wholeGiven && wholeAt) out.push({ at: wholeAt, printed: dec(whole), within: wholeGiven });
  return out;
}

/**
 * A change rate printed beside a signed change: the amount this year it gives (last year's, the
 * change over the rate, plus the change).
 */
export function changeRateHoldsWith(rate: Figure, change: Figure, current: Figure, currentAt: Location): HoldsWith[] {
  const [r, ch] = [pctOf(rate), intervalOf(money(change))];
  const size = intervalOf(money({ ...change, value: dec(change).abs().toString() }));
  const prior = divI(size, r);
  if (!prior) return [];
  return [{ at: currentAt, printed: dec(current), within: { lo: prior.lo.plus(ch.lo), hi: prior.hi.plus(ch.hi) } }];
}

/**
 * A sum printed as its whole and its parts: the whole it gives (the parts' sum), and for each part the
 * value the whole leaves it (the whole less the other parts), each within the printed roundings.
 */
export function sumHoldsWith(whole: { fig: Figure; at: Location; name: string }, parts: readonly { fig: Figure; at: Location; name: string }[]): HoldsWith[] {
  const iv = (f: Figure) => intervalOf(money(f));
  const all = parts.reduce<Interval>((s, p) => ({ lo: s.lo.plus(iv(p.fig).lo), hi: s.hi.plus(iv(p.fig).hi) }), { lo: new Decimal(0), hi: new Decimal(0) });
  const w = iv(whole.fig);
  return [
    { at: whole.at, printed: dec(whole.fig), within: all, name: whole.name },
    ...parts.map((p) => {
      const others = { lo: all.lo.minus(iv(p.fig).lo), hi: all.hi.minus(iv(p.fig).hi) };
      return { at: p.at, printed: dec(p.fig), within: { lo: w.lo.minus(others.hi), hi: w.hi.minus(others.lo) }, name: p.name };
    }),
  ];
}

/** Whether a value (or a value printed to `decimals`, within its rounding) lies in the interval. */
export function holdsAt(h: HoldsWith, value: Decimal, slack: Decimal = new Decimal(0)): boolean {
  return value.plus(slack).gte(h.within.lo) && value.minus(slack).lte(h.within.hi);
}
