/**
 * Year-on-year (or versus budget) changes: "与2023年度相比，减少92.61万元，下降27.96%",
 * "比上年增加", "较上年度减少", "同比下降", "较2023年度无变化", "增加0万元，增长0.00%".
 */
export type Direction = 'increase' | 'decrease' | 'flat';

const INCREASE = /(增加|增长|上升|提高|增多|上涨|多支出|超支)$/;
const DECREASE = /(减少|下降|降低|减小|下降了|减少了|压减|缩减|节约|少支出)$/;

/**
 * Direction words printed right before a figure ("减少" in "减少92.61万元"). 节约 only with `saving`, where the
 * clause compares with last year or the budget ("比2023年度节约0.04万元，降低12.53%", "比年初预算节约1.81万元，
 * 节约率13.88%": the actual that much below its base); elsewhere it is money saved by a purchase or a measure
 * ("通过集中采购节约"), no comparison of the subject's level with anything.
 */
export function directionBefore(cue: string, opts: { saving?: boolean } = {}): { direction: 'increase' | 'decrease'; word: string } | null {
  // "增幅10.57%", "降幅为8.77%": the rate's own noun.
  const amp = /(增幅|涨幅|升幅|降幅|减幅|跌幅)(?:度)?(?:为|达|约)?\s*$/.exec(cue);
  if (amp) return { direction: /增|涨|升/.test(amp[1] as string) ? 'increase' : 'decrease', word: amp[1] as string };
  // ("比上年减少支出613.80万元": the direction word with the noun it changes after it.)
  // (约 "about" is stripped, not the 约 of 节约.)
  const c = cue.replace(/(?:[了为达幅度率的\s]|(?<!节)约)+$/, '').replace(/(各|共|分别|合计)$/, '').replace(/(?<=增加|减少)(?:支出|开支)$/, '');
  const inc = INCREASE.exec(c);
  if (inc) return { direction: 'increase', word: inc[1] as string };
  const dec = DECREASE.exec(c);
  if (dec && (dec[1] !== '节约' || opts.saving)) return { direction: 'decrease', word: dec[1] as string };
  if (dec) return null;
  // "比上年减7.60万元，减83.55%": 增 or 减 alone, right after the base or a comma (not 核减, 递增, 净增).
  const short = SHORT.exec(c);
  if (short) return { direction: short[1] === '增' ? 'increase' : 'decrease', word: short[1] as string };
  return null;
}

const SHORT = /(?:^|[，,、；;\s]|上年度?|去年|同期|\d{4}\s*年度?|决算数?|预算数?)(增|减)$/;

/**
 * "新增12.00万元" in a sentence that compares with last year: an increase from nothing (the line is
 * new this year). Only there: elsewhere "年中新增1200万元" is a budget added, not a change.
 */
export function newItemBefore(cue: string): { direction: 'increase'; word: string } | null {
  const c = cue.replace(/[了为约达的\s]+$/, '').replace(/(各|共|分别|合计)$/, '');
  return /新增$/.test(c) ? { direction: 'increase', word: '新增' } : null;
}

/** Words saying there was no change at all. */
export const FLAT_RE = /(基本持平|持平|无变化|没有变化|未发生变化|无增减|保持不变|不变|一致)/;

/** Does the clause set up a comparison, and with what? */
export function comparisonIn(text: string): 'prior' | 'budget' | null {
  // ("与2018年度预算相比": a year's budget is still a budget.)
  if (text.includes('预算') && (/(与|比|较|同)\s*(?:\d{4}\s*年度?的?)?(?:年初|全年|调整后)?预算(?:数)?(?:相比|比较|对比)?/.test(text) || /比(?:年初|全年)预算/.test(text))) return 'budget';
  if (/(与|比|较)\s*(?:上年|上一?年度|去年|\d{4}\s*年度?|同期)|同比|上年决算/.test(text)) return 'prior';
  return null;
}
