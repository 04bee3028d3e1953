import type { Finding } from '../../model/finding.js';
import { sameStatement, soleNumber } from './figures.js';

/** Rules whose finding is two printed figures that must be equal (expected one, actual the other). */
const EQUAL_PAIR_RULE = /^narrative\.total-balance$/;

/**
 * Two printed figures that must be equal and are not ("收入总计3863.10万元与支出总计386.31万元不相等"),
 * where another finding at the same statement names one of the two as wrong with the other as its
 * correction (a change rate that holds on 386.31 only): correcting that figure makes both hold, so the
 * pair is that finding's consequence. Returns the finding that decides it, if any.
 */
export function decidedEqualPair(s: Finding, findings: readonly Finding[], taken: (f: Finding) => boolean): Finding | undefined {
  if (!EQUAL_PAIR_RULE.test(s.rule) || s.severity === 'info') return undefined;
  const [a, b] = [soleNumber(s.expected), soleNumber(s.actual)];
  if (!a || !b || a.eq(b)) return undefined;
  return findings.find((x) => {
    if (x === s || x.severity === 'info' || taken(x)) return false;
    const [wrong, right] = [soleNumber(x.actual), soleNumber(x.expected)];
    if (!wrong || !right || !((wrong.eq(a) && right.eq(b)) || (wrong.eq(b) && right.eq(a)))) return false;
    return x.locations.some((l) => s.locations.some((m) => sameStatement(l, m)));
  });
}
