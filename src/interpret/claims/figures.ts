import { type Figure, inWanyuan, parseNumber } from '../../model/decimal.js';
import type { Location } from '../../model/location.js';
import { CN_COUNT, cnCountValue } from '../../model/cn-numeral.js';

/** A number found in a clause, with what follows it. */
export interface Token {
  start: number;
  end: number;
  kind: 'amount' | 'percent' | 'count' | 'multiple';
  /** Printed unit: 万元 / 元 / 亿元 / % / 辆 / 批次 … or null for a bare number. */
  unit: string | null;
  raw: string;
  value: string;
  decimals: number;
  /** A rate said approximately or as a bound ("约9%", "超过8%", "近36%", "10%左右"): see Figure's `approx`. */
  approx?: 'about' | 'over' | 'under';
}

/** Words before a rate that make it approximate ("约", "大约") or a bound ("超过", "近", "不足"). */
const APPROX_BEFORE: [RegExp, 'about' | 'over' | 'under'][] = [
  [/(?:大约|约)(?:占比?|为|是|达到?)?$/, 'about'],
  [/(?:超过|超出|高于|多于|逾)$/, 'over'],
  [/(?:接近|将近|近|不足|不到|低于|少于)$/, 'under'],
];
/** Words after a rate that make it approximate or a bound ("10%左右", "95%以上"). */
const APPROX_AFTER: [RegExp, 'about' | 'over' | 'under'][] = [
  [/^(?:左右|上下)/, 'about'],
  [/^(?:以上|多)/, 'over'],
  [/^(?:以下|以内)/, 'under'],
];

/** How a rate at [start, end) of `text` is qualified as approximate or a bound, if it is. */
function approxOf(text: string, start: number, end: number): 'about' | 'over' | 'under' | undefined {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 2);
  return APPROX_BEFORE.find(([re]) => re.test(before))?.[1] ?? APPROX_AFTER.find(([re]) => re.test(after))?.[1];
}

const NUM = '[-−－]?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?';
const COUNT_UNITS = '批次|人次|台[（(]套[)）]|台|辆|个|家|项|人|次|份|名|张|万人|件';
// (百万元 and 千元 before 万元 and 元: a few accounts are kept in them.)
const TOKEN_RE = new RegExp(`(${NUM})\\s*(百万元|千元|万元|亿元|元|%|％|${COUNT_UNITS})?`, 'g');

/**
 * Lexes the figures of a clause. Years (2024年), months, dates and score points (分) are skipped;
 * a bare number is kept (unit null) only where an amount is expected and it looks like money.
 */
export function lexFigures(text: string, opts: { multiples?: boolean } = {}): Token[] {
  const out: Token[] = [];
  // exec on the shared global regex rather than matchAll, which clones the regex on every call.
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[1] as string;
    const unit = (m[2] as string | undefined) ?? null;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = text.slice(start + raw.length).trimStart();
    // The character before the number (tested directly: a `…$` regex would rescan the clause).
    const prev = start > 0 ? (text[start - 1] as string) : '';
    if (/^[年月日号季时分]/.test(after) && !unit) continue;
    if (/^(?:年|月|日|号|季度|分)/.test(after)) continue;
    if (/[-—~～至]/.test(prev) && text[end] === '月') continue;
    if (/^[-—~～]\d/.test(after)) continue;
    if (prev === '第') continue;
    // "增长1.52倍", "是上年的2.2倍", "比年初预算的400.44万元增长2.66倍": a multiple is a ratio, never an amount
    // (read as one it was a change of 1.52 with no unit, and last year's level implied from it wrong).
    // Only asked for (`multiples`), a multiple is lexed as one: the reader makes it a ratio to the base.
    if (!unit && /^倍/.test(after)) {
      if (opts.multiples) {
        const p = parseNumber(raw);
        if (p) out.push({ start, end: start + raw.length + text.slice(start + raw.length).indexOf('倍') + 1, kind: 'multiple', unit: '倍', raw: `${raw}倍`, value: p.value, decimals: p.decimals });
      }
      continue;
    }
    if (/[A-Za-z]/.test(prev)) continue;
    const p = parseNumber(raw);
    if (!p) continue;
    if (unit === '%' || unit === '％') {
      const approx = approxOf(text, start, end);
      out.push({ start, end, kind: 'percent', unit: '%', raw: m[0], value: p.value, decimals: p.decimals, ...(approx ? { approx } : {}) });
    } else if (unit === '万元' || unit === '元' || unit === '亿元' || unit === '千元' || unit === '百万元') {
      out.push({ start, end, kind: 'amount', unit, raw: m[0], value: p.value, decimals: p.decimals });
    } else if (unit) {
      out.push({ start, end, kind: 'count', unit: unit.replace('(', '（').replace(')', '）'), raw: m[0], value: p.value, decimals: p.decimals });
    } else {
      // Bare number: an amount printed without its unit, if it looks like money (has decimals).
      if (/^\d{4}$/.test(raw) && /^[-—~～至]/.test(after)) continue;
      // A list's number ("1、基本支出…", "2.项目支出…", "（1）…") is no figure: read as one, it stood in the
      // subject's place and the amount after the subject was left unread.
      if (/^\d{1,2}$/.test(raw) && (/^[、.．]\s*[\u4e00-\u9fa5（(“"]/.test(after) || (/[（(]/.test(prev) && /^[)）]/.test(after)))) continue;
      // "14.2299901其他支出": a list's number run into an item's code (five decimals and more, then a name) is no
      // figure; nor is the code alone before its name ("2080501行政单位离退休").
      if ((p.decimals >= 5 || /^2(?:\d{2}){1,3}$/.test(raw)) && /^[\u4e00-\u9fa5]/.test(after)) continue;
      out.push({ start, end, kind: 'amount', unit: null, raw: m[0], value: p.value, decimals: p.decimals });
    }
  }
  // (Only where a Chinese numeral stands before a count unit: few clauses have one.)
  if (!opts.multiples && CN_HINT.test(text)) {
    lexCnCounts(text, out);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const CN_HINT = /[一二两三四五六七八九十百][批人台辆个家项次份名张件万]/;

/**
 * Counts in Chinese numerals ("保有量为十二辆", "接待三批次"): a count unit must follow, and the numeral must
 * not make a word with the character before it or the one after its unit: "同一辆车", "统一个标准", "一次性"
 * are no counts, nor "一个", "一项" (articles as often).
 */
const CN_TOKEN_RE = new RegExp(`(${CN_COUNT})\\s*(${COUNT_UNITS})(?!性|人|体|别|般|样|些|致|律|起|同)`, 'g');
// (What makes a word with the numeral after it: 统一, 同一, 唯一, 每一, 之一, 十几, 若干 …)
const CN_WORD_BEFORE = /[统同唯逐单另任某其万第每之初星周专如不归合整划说几数若千零〇一二三四五六七八九十百两]$/;

function lexCnCounts(text: string, out: Token[]): void {
  CN_TOKEN_RE.lastIndex = 0;
  for (let m = CN_TOKEN_RE.exec(text); m; m = CN_TOKEN_RE.exec(text)) {
    const raw = m[1] as string;
    const start = m.index ?? 0;
    if (CN_WORD_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
    const value = cnCountValue(raw);
    if (value == null) continue;
    const unit = (m[2] as string).replace('(', '（').replace(')', '）');
    // ("一个", "一项", "一次", "一人" are as often words as counts: 一 only before a unit that is nothing else.)
    if (raw === '一' && !/^(?:辆|批次|人次|台)/.test(unit)) continue;
    out.push({ start, end: start + m[0].length, kind: 'count', unit, raw: m[0], value: String(value), decimals: 0 });
  }
}

/** Converts to the document's amount unit (万元): 元 ÷ 10000, 亿元 × 10000, keeping printed precision. */
export function toFigure(t: Token, location: Location, kind?: Figure['kind']): Figure {
  const f: Figure = { value: t.value, decimals: t.decimals, kind: kind ?? (t.kind === 'multiple' ? 'count' : t.kind), unit: t.unit, raw: t.raw.trim(), location, ...(t.approx ? { approx: t.approx } : {}) };
  return t.kind === 'amount' && t.unit ? inWanyuan(f, t.unit) : f;
}
