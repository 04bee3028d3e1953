import { type Figure, parseNumber } from '../../model/decimal.js';
import type { Indicator } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';

/**
 * Reading the small printed values of a performance sheet: amounts, rates, scores, weights, and
 * the targets and actual values of indicators ("≥95%", ">=1138种", "<=0.5万元", "2024年12月10日前").
 */

const CJK = '\\u4e00-\\u9fa5';

/** Removes spaces a converter put inside Chinese words ("产出 指标 (40分)" → "产出指标(40分)"). */
const SPACE_AFTER_CJK = new RegExp(`([${CJK}（）()、，,：:“”])\\s+(?=[${CJK}（）()、，,：:“”\\d])`, 'g');
const SPACE_AFTER_DIGIT = new RegExp(`(\\d)\\s+(?=[${CJK}（）()])`, 'g');

export function squeeze(text: string): string {
  if (!/\s/.test(text)) return text;
  return text.replace(/\s+/g, ' ').replace(SPACE_AFTER_CJK, '$1').replace(SPACE_AFTER_DIGIT, '$1').trim();
}

/** True for cells that stand for "nothing" in the funds block or a score column. */
export function isDash(text: string): boolean {
  return /^[-—–－/／\\]*$/.test(text.trim());
}

/** A plain number cell ("7.63", "1,239.70", "100.00分", "10"), as a figure; null otherwise. */
export function numberFigure(raw: string, kind: Figure['kind'], location: Location, unit: string | null = null): Figure | null {
  const t = raw.trim().replace(/分$/, '').replace(/万元$/, '').trim();
  const n = parseNumber(t);
  if (!n) return null;
  return { value: n.value, decimals: n.decimals, kind, unit, raw: raw.trim(), location };
}

/** A percentage cell ("76.27%", "99.9%", and the bare "0" some sheets print for 0%). */
export function percentFigure(raw: string, location: Location): Figure | null {
  const t = raw.trim().replace(/^[=＝]/, '');
  const m = /^([-−－]?\d+(?:\.\d+)?)\s*[%％]$/.exec(t);
  const n = m ? parseNumber(m[1] as string) : /^0(\.0+)?$/.test(t) ? parseNumber(t) : null;
  if (!n) return null;
  return { value: n.value, decimals: n.decimals, kind: 'percent', unit: '%', raw: raw.trim(), location };
}

export type Operator = NonNullable<Indicator['operator']>;

const OPS: [RegExp, Operator][] = [
  [/^(≥|>=|＞=|≧|大于等于|不低于|不少于)/, '>='],
  [/^(≤|<=|＜=|≦|小于等于|不高于|不超过|不多于)/, '<='],
  [/^(>|＞|大于|高于|超过)/, '>'],
  [/^(<|＜|小于|低于)/, '<'],
  [/^(=|＝|等于)/, '='],
];

const DATE_RE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;

export interface ParsedValue {
  operator: Operator | null;
  value: Figure | null;
  unit: string | null;
  kind: 'quantitative' | 'qualitative' | 'date';
  /** For dates: yyyymmdd as a number string, for ordering. */
  date: string | null;
}

/** Parses a target ("≥95%", "<=3.50万元", "=1辆", "显著提升", "2024年12月10日前") or an actual value. */
export function parseValue(raw: string, location: Location, isTarget: boolean): ParsedValue {
  let t = squeeze(raw).replace(/\s+/g, '');
  let operator: Operator | null = null;
  for (const [re, op] of OPS) {
    const m = re.exec(t);
    if (m) {
      operator = op;
      t = t.slice(m[0].length);
      break;
    }
  }
  const d = DATE_RE.exec(t);
  if (d) {
    const date = `${d[1]}${String(d[2]).padStart(2, '0')}${String(d[3] ?? '31').padStart(2, '0')}`;
    const before = /前$|之前$|以前$/.test(t);
    return { operator: isTarget ? (before ? '<=' : (operator ?? '<=')) : operator, value: null, unit: null, kind: 'date', date };
  }
  const m = /^([-−－]?\d[\d,，]*(?:\.\d+)?)(.*)$/.exec(t);
  if (m) {
    const n = parseNumber(m[1] as string);
    const rest = (m[2] as string).replace(/^[（(]|[)）]$/g, '').trim();
    if (n && !/\d/.test(rest) && rest.length <= 8) {
      const unit = rest === '' ? null : rest.replace('％', '%');
      const kind: Figure['kind'] = unit === '%' ? 'percent' : unit && /元/.test(unit) && !/\//.test(unit) ? 'amount' : 'count';
      const value: Figure = { value: n.value, decimals: n.decimals, kind, unit, raw: raw.trim(), location };
      return { operator: isTarget ? (operator ?? '=') : operator, value, unit, kind: 'quantitative', date: null };
    }
  }
  return { operator: isTarget ? (operator ?? 'qualitative') : operator, value: null, unit: null, kind: 'qualitative', date: null };
}

// A qualitative value as sheets print one: a degree, an effect, or both ("有效", "显著提升", "有效维护", "卓有成效",
// "全覆盖", "健全", "达标"). An indicator's name says what is measured ("培训人数", "其他成本", "租赁时限"), never so.
const DEGREE = '(?:显著|明显|有效|较好|良好|较大|大幅|逐步|持续|稳步|全面|基本|进一步|卓有|全)';
const EFFECT = '(?:提升|提高|改善|增强|促进|保障|维护|完善|健全|达标|合格|完成|实现|覆盖|成效|满意|好转|降低|减少|减轻|规范)';
const QUALITATIVE_VALUE = new RegExp(`^(?:${DEGREE}?${EFFECT}|${DEGREE}|是|否|好|优|良|中|差|优秀|良好|无|长期|及时)$`);
// A figure, a rate or a date ("735", "100%", "2024年12月前"), or a comparison first ("≥95%", "≧", "═", "不低于90%").
const VALUE_LEAD = /^(?:[-−－]?\d|≥|≤|>|<|=|＝|＞|＜|≧|≦|═|大于|小于|等于|不低于|不高于|不少于|不超过|不多于)/;

/**
 * A cell that reads as an indicator's value, not its name: a figure, a rate, a date, a comparison ("≥95%",
 * "≧") or a qualitative value ("有效", "显著提升").
 */
export function readsAsValue(text: string): boolean {
  const t = squeeze(text).replace(/\s+/g, '');
  if (t === '') return false;
  return QUALITATIVE_VALUE.test(t) || VALUE_LEAD.test(t);
}

/** A weight given as a suffix of a name: "印刷品质量达标率(20分)" → ["印刷品质量达标率", "20"]. */
export function splitWeight(text: string): { name: string; weight: string | null } {
  const t = squeeze(text);
  // Every indicator name passes here; only a name with 分 can end in a weight.
  const m = t.includes('分') ? /^(.*?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(t) : null;
  if (m) return { name: (m[1] as string).trim(), weight: m[2] as string };
  return { name: t, weight: null };
}
