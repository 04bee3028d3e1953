import { AMOUNT_OR_RATE_CUE, CHANGE_SAID_AGAIN } from '../../model/labels.js';
import { executionCue, isDiffRateCue } from './budget.js';
import { directionBefore } from './change.js';
import type { Token } from './figures.js';

/** Direction words that name a rate, not an amount ("增长", "下降", "增幅"; not 增加/减少). */
const RATE_DIRECTION = /^(?:增长|下降|下降了|上升|下滑|提高|降低|增幅|降幅|涨幅|升幅|减幅|跌幅)$/;
/** A change's rate named as such ("节约率13.88，", "增长率5.2，"): a rate, whatever the direction word before 率. */
const RATE_NOUN = /(?:节约|增长|下降|降低|减少|增加|压减)率(?:为|达|是|约)?$/;
/** "占", "占比", "比重" right before the number (not "占用…", which may name an amount). */
const SHARE_WORD = /(?:占比|比重|占)(?:了|为|达到?|约)?$/;

/**
 * A bare number (no unit) in a rate's place — after 增长/下降/占/完成预算/差异率, ending its clause —
 * is that rate printed without its %: "增加4.37万元，增长132.83，", "225.83万元，完成预算100。". It is read
 * as the rate (year-unit.rate-without-percent says the % is missing), never as an amount or a change
 * amount of its subject. A whole number only right after an amount ("减少0.05万元，下降5，"): elsewhere
 * it may be a count (`afterAmount`: an amount with its unit and a comma come right before the cue).
 * `before`: the sentence up to the number (a clause read apart from the change before it).
 * Returns the token as a percent, or null.
 */
export function bareRate(tk: Token, cue: string, text: string, afterAmount: boolean, before = text.slice(0, tk.start)): Token | null {
  if (tk.kind !== 'amount' || tk.unit != null) return null;
  if (!/^\s*(?:[，。；、,;）)]|$)/.test(text.slice(tk.end))) return null;
  const c = cue.replace(/\s+$/, '');
  const d = directionBefore(c);
  // ("减少0.03万元，减少了1.44，": 增加了/减少了 name an amount as often as a rate; right after the change's
  // amount, the bare number is its rate, as year-unit.rate-without-percent reads it.)
  // ("增加209.28万元，增加35.9": the word said again after the change's amount takes its rate.)
  const amountWordRate = (afterAmount && AMOUNT_OR_RATE_CUE.test(c)) || CHANGE_SAID_AGAIN.test(before);
  const rateCue = (d != null && RATE_DIRECTION.test(d.word)) || SHARE_WORD.test(c) || RATE_NOUN.test(c) || executionCue(c) != null || isDiffRateCue(c) || amountWordRate;
  if (!rateCue) return null;
  if (tk.decimals === 0 && !afterAmount) return null;
  return { ...tk, kind: 'percent' };
}

/**
 * A change's amount and then its rate said in 个百分点 ("减少0.04万元，下降10.53个百分点"), as some documents
 * miswrite a percentage change: the subject is an amount, and an amount has no percentage points, so the
 * points can only be its rate of change. Read as that rate only right after the change's own amount, the
 * cue a bare direction word (no 占比/比重/率 naming a share whose points they would be); the value is never
 * tested against the amounts (that would prove nothing). `before`: the sentence up to the number.
 * Returns the token as a percent spanning the words 个百分点, or null.
 */
export function pointsRate(tk: Token, text: string, before: string): Token | null {
  if (tk.kind !== 'count' || tk.unit !== '个' || !text.startsWith('百分点', tk.end)) return null;
  if (!POINTS_AFTER_CHANGE.test(before)) return null;
  return { ...tk, kind: 'percent', unit: '%', raw: `${tk.raw.trim()}百分点`, end: tk.end + 3 };
}

/** A change amount, a comma and a bare direction word, the text up to a number said in 个百分点. */
const POINTS_AFTER_CHANGE = /(?:增加|减少|增长|下降|上升|降低|压减|缩减)了?\s*[-−－]?\d[\d.,，]*\s*(?:万元|元|亿元)\s*[，,、]\s*(?:同比)?(?:增加|减少|增长|下降|上升|降低|提高|增幅|降幅|减幅|涨幅)(?:了|为|达)?\s*$/;
