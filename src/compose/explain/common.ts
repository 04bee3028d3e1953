import type { Decimal } from '../../model/decimal.js';
import { type ComposeContext, fill, priorOf, reasonSentence } from '../context.js';
import type { Block } from '../document.js';
import { changeClause, d, directionOf, money, percent, sharesSummingTo100 } from '../numbers.js';

export const para = (text: string): Block => ({ kind: 'para', text });
/** A sub-heading; compose numbers it (（一）…) as the template says. */
export const sub = (text: string): Block => ({ kind: 'heading', level: 3, text });

/** What a line is, for "上年无此项支出": 收入, 支出, or both for the 收、支 totals. */
function nounOf(words: string): string {
  return /收、支|收支/.test(words) ? '收支' : /收入/.test(words) ? '收入' : '支出';
}

/**
 * "与2023年度相比，收、支总计各减少92.61万元，下降27.96%。主要原因是…。" — empty when no prior figure
 * was given; for a prior of zero "…新增12.00万元，上年无此项支出。" (a rate over zero is undefined). A
 * reason is asked for every change that is not 持平.
 */
export function changeSentence(ctx: ComposeContext, opts: { key: string; words: string; current: Decimal; each?: boolean; where: string }): string {
  const prior = priorOf(ctx, opts.key);
  if (prior == null) return '';
  const p = d(prior);
  const clause = changeClause(opts.current, p);
  const dir = directionOf(opts.current, p);
  const flat = dir === 'flat';
  const lead = fill(ctx, ctx.template.wording.compare);
  const none = dir === 'new' ? `，上年无此项${nounOf(opts.words)}` : '';
  const s = `${lead}，${opts.words}${opts.each && !flat ? '各' : ''}${clause}${none}。`;
  return flat ? s : s + reasonSentence(ctx, opts.key, opts.where, `${opts.words}较上年变动的主要原因`);
}

/** "其中：A 1.00万元，占10.00%；B …" — parts with shares that add up to 100.00%. */
export function structureList(parts: { label: string; amount: Decimal }[]): string {
  const shares = sharesSummingTo100(parts.map((p) => p.amount));
  return parts.map((p, i) => `${p.label}${money(p.amount)}万元，占${shares[i]}%`).join('；');
}

/** "完成年初预算的98.20%" with the comparison words and, where they differ, the reason. */
export function budgetSentences(
  ctx: ComposeContext,
  opts: { key: string; actual: Decimal; budget: Decimal; basis: 'initial' | 'full'; where: string; noun?: string },
): string {
  const basisWord = opts.basis === 'initial' ? '年初预算' : '全年预算';
  const rate = percent(opts.actual, opts.budget);
  const a = opts.actual.toDecimalPlaces(2);
  const b = opts.budget.toDecimalPlaces(2);
  let s = rate != null ? `完成${basisWord}的${rate}%。` : '';
  if (a.eq(b)) return `${s}决算数与${basisWord}数持平。`;
  s += `决算数${a.gt(b) ? '大于' : '小于'}${basisWord}数，`;
  return s + reasonSentence(ctx, `${opts.key}:budget`, opts.where, `${opts.noun ?? ''}决算数与${basisWord}数不同的主要原因`);
}

export { money };
