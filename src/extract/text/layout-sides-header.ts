import { type Head, type Token, stack } from './layout-order.js';
import type { Measure } from './layout-pairs.js';
import type { SourceLine } from './spaced-table.js';

/**
 * The header of a two-sided summary (收入 | 支出) on a character grid (layout-two-sided.ts): the
 * 收入 … 支出 line over the sides, and each side's label column (项目), line numbers (行次) where
 * printed and columns of amounts, with where each stands.
 */

export interface Word extends Token {
  /** Index of its line among the lines given, and that line. */
  k: number;
  src: SourceLine;
}

export function wordsOf(src: SourceLine, measure: Measure, k: number): Word[] {
  return [...src.text.matchAll(/\S+/g)].map((m) => {
    const x1 = measure(src.text.slice(0, m.index));
    return { text: m[0], x1, x2: x1 + measure(m[0]), line: k + 1, k, src };
  });
}

/** The line over the two sides: 收入 … 支出 (收入决算数 … 支出决算数), nothing else. */
export function isGroupLine(l: { words: readonly Word[] }): boolean {
  const t = l.words.map((w) => w.text);
  return t.length === 2 && /^收入(?:决算数?)?$/.test(t[0] as string) && /^支出(?:决算数?)?$/.test(t[1] as string);
}

/** One side's columns: its label, line numbers where printed, and amounts (names and where they stand). */
export interface SideHead {
  label: Head;
  lineNo: Head | null;
  amounts: Head[];
  /** Whether the amounts' places on the grid can be trusted (stacked by where they stand). */
  placedByX: boolean;
}

const LABEL_HEAD = /^项目(?:名称)?$/;
const LINE_HEAD = /^行次?$|^行次$/;
const AMOUNT = /合计|小计|决算数?|预算数?|金额|财政拨款|收入|支出|结余/;

/**
 * The two sides' columns from the header lines (the 收入/支出 line and 栏次 line aside): the words
 * stacked into cells by where they stand; where that does not give two label columns each followed
 * by amounts (and line numbers), the first line holding both labels read in order, the lines under
 * it going on with its unfinished names word by word. The 栏次 line, where printed, must number as
 * many amounts on each side.
 */
export function readHeaderOf(lines: readonly Word[][], numbers: readonly Word[] | undefined): [SideHead, SideHead] | null {
  const counts = numbers ? numberCounts(numbers) : null;
  if (numbers && !counts) return null;
  const fits = (h: [SideHead, SideHead] | null) => h != null && (!counts || (h[0].amounts.length === counts[0] && h[1].amounts.length === counts[1]));
  const stacked = stack(lines);
  const byX = stacked ? sides(stacked, true) : null;
  if (fits(byX)) return byX;
  const byOrder = inOrder(lines);
  return fits(byOrder) ? byOrder : null;
}

/** How many amounts the 栏次 line numbers on each side: 栏次 1 栏次 2 3 4 5 → [1, 4]. */
function numberCounts(words: readonly Word[]): [number, number] | null {
  const t = words.map((w) => w.text);
  const second = t.indexOf('栏次', 1);
  if (t[0] !== '栏次' || second < 0 || t.some((w) => w !== '栏次' && !/^\d+$/.test(w))) return null;
  return [second - 1, t.length - second - 1];
}

function sides(heads: readonly Head[], placedByX: boolean): [SideHead, SideHead] | null {
  const labels = heads.flatMap((h, k) => (LABEL_HEAD.test(h.text) ? [k] : []));
  if (labels.length !== 2 || labels[0] !== 0) return null;
  const side = (from: number, to: number): SideHead | null => {
    const rest = heads.slice(from + 1, to);
    const lineNo = rest.filter((h) => LINE_HEAD.test(h.text));
    const amounts = rest.filter((h) => !LINE_HEAD.test(h.text));
    if (lineNo.length > 1 || !amounts.length || amounts.some((h) => !AMOUNT.test(h.text))) return null;
    // Line numbers stand between the label and the amounts.
    if (lineNo[0] && rest.indexOf(lineNo[0]) !== 0) return null;
    return { label: heads[from] as Head, lineNo: lineNo[0] ?? null, amounts, placedByX };
  };
  const a = side(0, labels[1] as number);
  const b = side(labels[1] as number, heads.length);
  return a && b ? [a, b] : null;
}

/** The header read by order: the line with both labels, and lines under it finishing its wrapped names. */
function inOrder(lines: readonly Word[][]): [SideHead, SideHead] | null {
  const at = lines.findIndex((ws) => ws.filter((w) => LABEL_HEAD.test(w.text)).length === 2);
  if (at < 0) return null;
  const heads: Head[] = (lines[at] as Word[]).map((w) => ({ text: w.text, at: w, x1: w.x1, x2: w.x2 }));
  // Unfinished: a name that is not yet a whole column name.
  const whole = /^(?:项目(?:名称)?|行次|金额|决算数|合计|小计)$/;
  for (const ws of lines.slice(at + 1)) {
    const open = heads.filter((h) => !whole.test(h.text));
    if (ws.length !== open.length) return null;
    ws.forEach((w, k) => ((open[k] as Head).text += w.text));
  }
  if (lines.slice(0, at).some((ws) => ws.length)) return null;
  return sides(heads, false);
}

/** How far a word stands from a column: 0 where they overlap, else the gap between their centres less a little. */
export function distance(w: { x1: number; x2: number }, c: { x1: number; x2: number }): number {
  const overlap = Math.min(w.x2, c.x2) - Math.max(w.x1, c.x1);
  if (overlap > 0) return -overlap;
  return Math.abs((w.x1 + w.x2) / 2 - (c.x1 + c.x2) / 2);
}
