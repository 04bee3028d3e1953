import type { Indicator } from '../model/disclosure.js';

/**
 * What kind of indicator a row is, as scoring schemes tell them apart: schemes score cost savings,
 * satisfaction surveys, qualitative judgements and deadlines by different formulas.
 */
export type IndicatorClass = 'quantity' | 'cost' | 'satisfaction' | 'qualitative' | 'date';

export const CLASS_LABEL: Record<IndicatorClass, string> = {
  quantity: '定量指标',
  cost: '成本指标',
  satisfaction: '满意度指标',
  qualitative: '定性指标',
  date: '时间指标',
};

export function classify(i: Indicator): IndicatorClass {
  if (i.targetKind === 'date') return 'date';
  if (i.operator === 'qualitative' || i.targetKind === 'qualitative' || !i.targetValue) return 'qualitative';
  const levels = `${i.level1 ?? ''}${i.level2 ?? ''}`;
  if (/满意/.test(levels) || /满意度/.test(i.name)) return 'satisfaction';
  if (/成本/.test(levels)) return 'cost';
  return 'quantity';
}

/** How far a qualitative target was reached, judged from the words of the actual value. */
export type Achievement = 'achieved' | 'partial' | 'not' | 'unknown';

const NOT = /^(0|0%|无|—|-|\/)$|未(完成|达到|达成|实现|开展|实施)|没有|不达标|未见/;
const PARTIAL = /基本|部分|大部|较好/;
const ACHIEVED = /达到|达成|完成|实现|全覆盖|全部|显著|有效|明显|提升|提高|增强|健全|满意|规范|及时|保障|是|已/;

export function qualitativeAchievement(i: Indicator): Achievement {
  const actual = i.actual.replace(/\s+/g, '');
  const target = i.target.replace(/\s+/g, '').replace(/^[=＝]/, '');
  if (NOT.test(actual)) return 'not';
  if (PARTIAL.test(actual) && !PARTIAL.test(target)) return 'partial';
  if (actual !== '' && (actual.replace(/^[=＝]/, '') === target || ACHIEVED.test(actual))) return 'achieved';
  return 'unknown';
}
