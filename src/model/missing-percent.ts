import type { Figure } from './decimal.js';
import type { Claim } from './disclosure.js';
import { escapeRegExp } from './regex-source.js';

/** Words after which a bare number is a rate: "增长2.6", "下降0.5", "占83.8". */
export const RATE_WORD = /(?:增长|下降|增幅|降幅|上升|下滑|提高|降低|占比|比重|占)(?:了|为|达到?|约)?\s*$/;
const UNIT_AFTER = /^\s*(?:万|元|亿|千|%|％|‰|个|倍|人|次|家|辆|台|套|项|分|天|年|月|日|小时|平方|亩|名|户|件|批)/;

/**
 * Is this figure a rate printed without its % (增长2.6 after an amount already given in 万元)? One
 * cause, one finding: it is reported as a missing %, never read as an amount without unit nor as a
 * change amount that other sums are then checked against.
 */
export function isRateMissingPercent(c: Claim, f: Figure | null | undefined): boolean {
  if (!f || f.unit != null) return false;
  const raw = escapeRegExp(f.raw);
  const m = new RegExp(`(?<![\\d.,，])${raw}(?![\\d])`).exec(c.sentence);
  if (!m) return false;
  const before = c.sentence.slice(Math.max(0, m.index - 6), m.index);
  const after = c.sentence.slice(m.index + m[0].length, m.index + m[0].length + 4);
  return RATE_WORD.test(before) && !UNIT_AFTER.test(after);
}
