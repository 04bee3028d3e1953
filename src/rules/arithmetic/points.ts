import { Decimal, fmt, halfUnit, parseNumber } from '../../model/decimal.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';
import { joinedProse } from '../../model/prose.js';
import { defineRule, notApplicable } from '../rule.js';
import { md } from './lib.js';

/**
 * A percentage compared with last year's in percentage points, with both percentages printed in the
 * same breath ("占比65.94%，比上年的42.96%提高22.98个百分点", "比重由上年的42.96%提高到65.94%，提高
 * 22.98个百分点"): the three figures prove each other. A 个百分点 without last year's percentage printed
 * beside it proves nothing and is left.
 */
interface Stated {
  now: Printed;
  base: Printed;
  points: Printed;
  /** +1 for a rise (提高, 增加, 上升), −1 for a fall. */
  sign: 1 | -1;
  word: string;
  at: Location;
}

interface Printed {
  value: Decimal;
  raw: string;
  decimals: number;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
const PCT = `${NUM}\\s*[%％]`;
const LAST = '(?:上年|去年|上一年度?|上年度|上年同期|\\d{4}\\s*年度?)(?:同期)?(?:的)?';
const WORD = '(提高|增加|上升|增长|下降|降低|减少|回落)';
const POINTS = `${WORD}了?\\s*${NUM}\\s*个百分点`;
// "X%，比上年的Y%提高Z个百分点" (the words between X% and 比 only punctuation).
const AGAINST = new RegExp(`${PCT}\\s*[，,]?\\s*(?:比|较)\\s*${LAST}\\s*${PCT}\\s*[，,]?\\s*(?:相比)?\\s*[，,]?\\s*${POINTS}`, 'g');
// "由上年的Y%提高到X%，提高Z个百分点" / "从Y%下降至X%，下降了Z个百分点".
const FROM_TO = new RegExp(`(?:由|从)\\s*(?:${LAST})?\\s*${PCT}\\s*${WORD}(?:到|至|为)\\s*${PCT}\\s*[，,]?\\s*(?:共|累计)?\\s*${POINTS}`, 'g');

const printed = (raw: string): Printed => {
  const n = parseNumber(raw) as { value: string; decimals: number };
  return { value: new Decimal(n.value), raw, decimals: n.decimals };
};
const signOf = (w: string): 1 | -1 => (/下降|降低|减少|回落/.test(w) ? -1 : 1);

/** Every percentage-point change printed with both percentages it is the difference of. */
export function statedPoints(doc: Disclosure): Stated[] {
  const { text, at } = joinedProse(doc);
  if (!/百分点/.test(text)) return [];
  const out: Stated[] = [];
  const fy = doc.facts.fiscalYear;
  const lastYear = (s: string) => {
    const y = /(\d{4})\s*年/.exec(s);
    return !y || !fy || Number(y[1]) < fy;
  };
  for (const m of text.matchAll(AGAINST)) {
    if (!lastYear(m[0])) continue;
    out.push({ now: printed(m[1] as string), base: printed(m[2] as string), word: m[3] as string, sign: signOf(m[3] as string), points: printed(m[4] as string), at: at(m.index + m[0].length - 1) });
  }
  for (const m of text.matchAll(FROM_TO)) {
    if (!lastYear(m[0])) continue;
    // (The word of the move to X% and of the points must agree, else the sentence says neither.)
    if (signOf(m[2] as string) !== signOf(m[4] as string)) continue;
    out.push({ now: printed(m[3] as string), base: printed(m[1] as string), word: m[4] as string, sign: signOf(m[4] as string), points: printed(m[5] as string), at: at(m.index + m[0].length - 1) });
  }
  return out;
}

export const percentagePoints = defineRule({
  id: 'arithmetic.percentage-points',
  title: '百分点变动与句中两年的百分比不符',
  category: 'arithmetic',
  severity: 'error',
  authority: '算术一致性（百分点变动 = 本年百分比 − 上年百分比）',
  description:
    '一句中写出本年的百分比（占比、比重、执行率等）、上年的百分比和二者相差的百分点（“占比65.94%，比上年的42.96%提高22.98个百分点”“由上年的42.96%提高到65.94%，提高22.98个百分点”）时，百分点应等于两数之差、方向词应与差的正负一致；按各数打印的精度允许舍入尾差。只写百分点而未写上年百分比的，无从核对，不作判断。',
  cases: [
    { name: '相符', expect: 'pass', text: md('三、支出决算情况说明', '基本支出占支出合计的比重由上年的42.96%提高到65.94%，提高22.98个百分点，主要是人员增加。') },
    { name: '比上年的某%提高，相符', expect: 'pass', text: md('三、支出决算情况说明', '项目支出占本年支出合计的64.19%，比上年的34.03%提高30.16个百分点。') },
    { name: '百分点算错', expect: 'fail', mentions: '22.98', text: md('三、支出决算情况说明', '基本支出占支出合计的比重由上年的42.96%提高到65.94%，提高23.98个百分点，主要是人员增加。') },
    { name: '方向词写反', expect: 'fail', mentions: '写反', text: md('三、支出决算情况说明', '项目支出占本年支出合计的34.03%，比上年的64.19%提高30.16个百分点。') },
  ],
  check(ctx) {
    const all = statedPoints(ctx.doc);
    if (!all.length) return notApplicable('说明中没有同一句写出两年百分比及其百分点变动的表述');
    for (const s of all) {
      const diff = s.now.value.minus(s.base.value);
      const said = s.points.value.times(s.sign);
      const tol = halfUnit(s.now.decimals).plus(halfUnit(s.base.decimals)).plus(halfUnit(s.points.decimals));
      if (diff.minus(said).abs().lte(tol)) continue;
      const d = Math.max(s.now.decimals, s.base.decimals, s.points.decimals);
      const right = `${diff.isNegative() ? '下降' : '提高'}${fmt(diff.abs(), d)}个百分点`;
      const flipped = diff.plus(said).abs().lte(tol) && !diff.isZero();
      ctx.report({
        message: flipped
          ? `本年${s.now.raw}%${diff.isNegative() ? '低于' : '高于'}所比的${s.base.raw}%，应为“${right}”，说明写“${s.word}${s.points.raw}个百分点”：方向词写反`
          : `本年${s.now.raw}%与所比的${s.base.raw}%相差${fmt(diff.abs(), d)}个百分点，说明写“${s.word}${s.points.raw}个百分点”`,
        expected: right,
        actual: `${s.word}${s.points.raw}个百分点`,
        difference: `${fmt(diff.minus(said).abs(), d)}个百分点`,
        tolerance: `±${fmt(tol, d + 1)}个百分点`,
        locations: [s.at],
      });
    }
  },
});

export const rules = [percentagePoints];
