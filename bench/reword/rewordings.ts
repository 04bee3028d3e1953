// Rewordings that must not change what the checker finds: the same account written the way other
// documents write it (thousands separators or none, a space before the unit or none, the department
// calling itself 本部门 or 本单位, prose wrapped at a narrower width as a word processor wraps it,
// punctuation typed in half width, the percent sign in full width). Only
// prose lines are rewritten (bench/perturb/kinds.ts isProse), never a table row nor a converter's mark.
import { Decimal } from 'decimal.js';
import { displayWidth, wrapWidth } from '../../src/extract/text/unwrap.js';
import { isProse } from '../perturb/kinds.js';

/** One rewording: its id, its Chinese name, and the rewrite of one prose line into one or more lines. */
export interface Rewording {
  id: string;
  name: string;
  /** The rewrite of one prose line into one or more lines. */
  line?: (line: string) => string[];
  /** Or a rewrite of the whole text, for what a line at a time cannot see (an amount wrapped before its unit). */
  text?: (text: string) => string;
}

/** Amounts in 万元 of four digits or more written with thousands separators: 2280.29万元 → 2,280.29万元. */
function thousands(line: string): string[] {
  return [line.replace(/(?<![\d.,])(\d{4,})(?=(?:\.\d+)?\s*万元)/g, (d) => Number(d).toLocaleString('en-US'))];
}

/** A space between a figure and its unit (as text copied out of a PDF has it): 44.03万元 → 44.03 万元. */
function spaced(line: string): string[] {
  return [line.replace(/(\d)(万元|%)/g, '$1 $2')];
}

/** No space between a figure and its unit: 44.03 万元 → 44.03万元. */
function unspaced(line: string): string[] {
  return [line.replace(/(\d) +(万元|%)/g, '$1$2')];
}

/** The department calling itself the other way. */
function selfName(line: string): string[] {
  return [line.replace(/本部门/g, '本单位')];
}

/**
 * Wrapped at 76 display columns (38 Chinese characters) as a word processor wraps: by width, a
 * Chinese character two columns and an ASCII one; never inside a number or a run of ASCII
 * ("********", "2,280.29"), nor between a number and its unit, nor before a mark no line may start
 * with (，。；：、）% …: it hangs at the end of the line before). A converter's bookmark marks are left.
 */
function wrapped(line: string): string[] {
  if (displayWidth(line) <= 90 || line.includes('[bookmark')) return [line];
  const out: string[] = [];
  let i = 0;
  while (displayWidth(line.slice(i)) > 76) {
    let j = i;
    for (let w = 0; j < line.length && w + displayWidth(line[j] as string) <= 76; j++) w += displayWidth(line[j] as string);
    while (j < line.length && noBreakBefore(line, j)) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  out.push(line.slice(i));
  // (A word processor starts no wrapped line with the space it broke at.)
  return out.map((l, k) => (k ? l.replace(/^ +/, '') : l)).filter((l) => l !== '');
}

/** Whether a line may not break before position j of `line`. */
function noBreakBefore(line: string, j: number): boolean {
  const c = line[j] as string;
  const b = line[j - 1] as string;
  if (/[，。；：、）」”’》！？,.;:!?)%％]/.test(c)) return true;
  if (/[!-~]/.test(c) && /[!-~]/.test(b)) return true;
  return /[万元亿]/.test(c) && /[\d万亿]/.test(b);
}

/** Punctuation typed in half width, as some reporting software and typists write it: ，：；（） → ,:;(). */
function halfWidth(line: string): string[] {
  const map: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' };
  return [line.replace(/[，：；（）]/g, (c) => map[c] as string)];
}

/** The percent sign in full width: 11.15% → 11.15％. */
function fullPercent(line: string): string[] {
  return [line.replace(/%/g, '％')];
}

/** Words of like meaning other regions use: 较上年 → 比上年, 下降 → 降低, 增长 → 上升, 占 → 占比. */
function synonyms(line: string): string[] {
  return [
    line
      .replace(/较上年/g, '比上年')
      .replace(/下降(?=\s*\d)/g, '降低')
      .replace(/增长(?=\s*\d)/g, '上升')
      .replace(/(?<![所])占(?=\s*\d)/g, '占比'),
  ];
}

/** Figures typed in full width, as a Chinese input method left on writes them: 44.03万元 → ４４．０３万元, 12% → １２%. */
function fullWidthDigits(line: string): string[] {
  return [line.replace(/\d+(?:\.\d+)?(?=\s*(?:万元|%|％))/g, (n) => n.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))];
}

/**
 * Every amount in 万元 said to fewer decimals than the tables print, as a writer who rounds them does
 * throughout the explanation (the rates beside them still worked out from the exact amounts):
 * 2,106.66万元 → 2106.7万元 (one decimal) or 2107万元 (whole), rounded half up, exactly (decimal.js);
 * an amount already that short is left as it is. The whole text is rewritten, amounts wrapped before
 * their unit ("1511.89万\n元") too, but no table row (a line with | or a tab).
 */
function roundedTo(places: number): (text: string) => string {
  return (text) =>
    text.replace(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\.(\d+)(?=[ \t]*\n?[ \t]*万[ \t]*\n?[ \t]*元)/g, (n, whole: string, frac: string, at: number) => {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const line = text.slice(lineStart, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
      if (/[|\t]/.test(line) || frac.length <= places) return n;
      return new Decimal(`${whole.replace(/,/g, '')}.${frac}`).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
    });
}

export const REWORDINGS: readonly Rewording[] = [
  { id: 'thousands', name: '千分位', line: thousands },
  { id: 'spaced', name: '数与单位间加空格', line: spaced },
  { id: 'unspaced', name: '数与单位间去空格', line: unspaced },
  { id: 'self', name: '本部门→本单位', line: selfName },
  { id: 'wrapped', name: '按38字折行', line: wrapped },
  { id: 'halfwidth', name: '半角标点', line: halfWidth },
  { id: 'fullpercent', name: '全角％', line: fullPercent },
  { id: 'synonyms', name: '近义词', line: synonyms },
  { id: 'fullwidth', name: '全角数字', line: fullWidthDigits },
  { id: 'onedecimal', name: '万元保留一位小数', text: roundedTo(1) },
  { id: 'whole', name: '万元取整', text: roundedTo(0) },
];

/** The text with every prose line rewritten; null when the rewording changes nothing in it. */
export function reword(text: string, r: Rewording): string | null {
  // A text already wrapped at its own width (most prose lines short: a PDF's copy) is not wrapped again.
  if (r.id === 'wrapped') {
    const prose = text.split('\n').filter(isProse);
    if (prose.filter((l) => l.length <= 45).length * 2 > prose.length) return null;
  }
  // Half-width punctuation narrows a hard-wrapped line by a column per mark, and full-width figures widen
  // it by one per digit, which no document printed that way shows (its lines still fill the page): only
  // text not wrapped at a width is rewritten.
  if ((r.id === 'halfwidth' || r.id === 'fullwidth') && wrapWidth(text.split(/[\n\f]/)) != null) return null;
  if (r.text) {
    const out = r.text(text);
    return out === text ? null : out;
  }
  const rewrite = r.line ?? ((l: string) => [l]);
  let changed = false;
  const lines = text.split('\n').flatMap((l) => {
    if (!isProse(l)) return [l];
    const out = rewrite(l);
    if (out.length !== 1 || out[0] !== l) changed = true;
    return out;
  });
  return changed ? lines.join('\n') : null;
}

/** Errors and warnings by severity and rule, as a multiset. */
export function serious(findings: readonly { rule: string; severity: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error' || f.severity === 'warning') m.set(`${f.severity} ${f.rule}`, (m.get(`${f.severity} ${f.rule}`) ?? 0) + 1);
  return m;
}

/** What `after` has more of than `before` (severity and rule, with the count). */
export function more(after: Map<string, number>, before: Map<string, number>): [string, number][] {
  return [...after].flatMap(([k, n]) => (n > (before.get(k) ?? 0) ? [[k, n - (before.get(k) ?? 0)] as [string, number]] : []));
}
