import { currentAmountOf, impliedPrior, money } from '../../model/claims.js';
import { type Decimal, type Figure, dec, intervalOf } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { compareRate } from '../arith.js';

const INC = /增加|增长|上升|提高|增多|上涨|^增$/;
const DEC = /减少|下降|降低|减小|压减|缩减|^减$/;

/** A change said to be 持平/无变化 that prints a rate other than 0 beside it (what arithmetic.flat-with-change reports). */
export function flatWithRate(c: Claim): boolean {
  const ch = c.change;
  if (!ch?.rate || dec(ch.rate).isZero()) return false;
  return ch.direction === 'flat' || ch.words.some((w) => /持平|无变化|不变/.test(w));
}

/**
 * Whether the rate printed beside a 持平 ("持平，降低3.31%") gives this signed change on the claim's
 * amount this year: the 持平 is then the one wrong word, and a sum of changes that read it as 0 is off
 * by just that change. A direction word beside the rate must agree with the change's sign.
 */
export function flatRateGives(doc: Disclosure, c: Claim, delta: Decimal, like: Figure): boolean {
  const rate = c.change?.rate;
  const cur = currentAmountOf(doc, c);
  if (!rate || !cur || delta.isZero() || !flatWithRate(c)) return false;
  const words = c.change?.words ?? [];
  if (words.some((w) => INC.test(w)) && delta.lt(0)) return false;
  if (words.some((w) => DEC.test(w)) && delta.gt(0)) return false;
  const prior = impliedPrior(cur.figure, { ...like, value: delta.toString() });
  if (prior.lo.lte(0)) return false;
  const r = compareRate({ ...rate, value: dec(rate).abs().toString() }, intervalOf(money({ ...like, value: delta.abs().toString() })), prior);
  return r != null && r.agreement !== 'break';
}
