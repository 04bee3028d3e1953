import { AMOUNT_OR_RATE_CUE, CHANGE_SAID_AGAIN } from '../../model/labels.js';
import { executionCue, isDiffRateCue } from './budget.js';
import { directionBefore } from './change.js';
import type { Token } from './figures.js';

/** Direction words that name a rate, not an amount ("增长", "下降", "增幅"; not 增加/减少). */
const RATE_DIRECTION = /^(?:增长|下降|下降了|上升|下滑|提高|降低|增幅|降幅|涨幅|升幅|减幅|跌幅)$/;
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
  const rateCue = (d != null && RATE_DIRECTION.test(d.word)) || SHARE_WORD.test(c) || executionCue(c) != null || isDiffRateCue(c) || amountWordRate;
  if (!rateCue) return null;
  if (tk.decimals === 0 && !afterAmount) return null;
  return { ...tk, kind: 'percent' };
}
