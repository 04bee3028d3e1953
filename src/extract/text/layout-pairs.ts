import { Decimal } from 'decimal.js';
import { parseNumber } from '../../model/decimal.js';
import type { TableBlock, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { DECIMAL } from './layout-header.js';
import type { SourceLine } from './spaced-table.js';

/** Width of text on the grid (characters, or display columns): the measure the text's columns use. */
export type Measure = (s: string) => number;

/**
 * A table on a character grid whose columns are items, each split into the same leaf columns printed
 * on one header line (预算数 决算数 | 预算数 决算数 | …, as the 三公 table prints them), with few
 * figures in its rows: too few for the grid to find its columns (layout-table.ts), and copied as rows
 * of words its figures would stand in no column. Read by where they stand:
 *
 * - the leaf line: four words or more repeating one sequence of amount words (预算数 决算数);
 * - each item's name: the header words just above its run of leaves, from the line nearest the
 *   leaves up while each line above still holds a word over the run (a name wrapped in its cell);
 *   words over more than one run (a group over items) are left out;
 * - each figure: in the leaf column whose word it overlaps, and only one.
 *
 * Taken only where an item is 合计 and, per leaf, it is the sum of every item but a 小计 (which
 * sums items beside it): that would not hold under a shifted measure or with a figure under
 * another item. Else null, and the table is read as copied.
 */
export function readUnderItems(lines: readonly SourceLine[], measure: Measure, file: string, tableNo: number): TableBlock | null {
  const words = lines.map((l) => [...l.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x1: measure(l.text.slice(0, m.index)), x2: measure(l.text.slice(0, m.index)) + measure(m[0]) })));
  // The leaf line laid out in columns (runs of spaces), not copied a single space apart.
  const leafAt = words.findIndex((ws, k) => period(ws.map((w) => w.text)) > 0 && /\S {2,}\S/.test((lines[k] as SourceLine).text));
  if (leafAt <= 0) return null;
  const leaves = words[leafAt] as Word[];
  const p = period(leaves.map((w) => w.text));
  const runs: Word[][] = [];
  for (let k = 0; k < leaves.length; k += p) runs.push(leaves.slice(k, k + p));
  const over = (w: Word, run: Word[]) => {
    const mid = (w.x1 + w.x2) / 2;
    return mid >= (run[0] as Word).x1 && mid <= (run[run.length - 1] as Word).x2;
  };
  // Item names, from the line nearest the leaves up.
  const names: string[] = [];
  for (const run of runs) {
    const parts: string[] = [];
    let started = false;
    for (let k = leafAt - 1; k >= 0; k--) {
      const ws = words[k] as Word[];
      if (!ws.length) {
        if (started) break;
        continue;
      }
      const mine = ws.filter((w) => over(w, run));
      if (mine.length > 1) return null;
      if (!mine.length) {
        if (started) break;
        continue;
      }
      started = true;
      parts.unshift((mine[0] as Word).text);
    }
    if (!parts.length) return null;
    names.push(parts.join(''));
  }
  // Rows: lines of figures only, below the leaves.
  const rows: (Word | undefined)[][] = [];
  const rowLines: SourceLine[] = [];
  for (let k = leafAt + 1; k < lines.length; k++) {
    const ws = words[k] as Word[];
    if (!ws.length) continue;
    if (!ws.every((w) => DECIMAL.test(w.text))) return null;
    const cells: (Word | undefined)[] = leaves.map(() => undefined);
    for (const w of ws) {
      const at = leaves.flatMap((l, c) => (l.x1 < w.x2 && w.x1 < l.x2 ? [c] : []));
      if (at.length !== 1 || cells[at[0] as number]) return null;
      cells[at[0] as number] = w;
    }
    rows.push(cells);
    rowLines.push(lines[k] as SourceLine);
  }
  if (!rows.length || !sumsHold(names, p, rows)) return null;

  const cell = (text: string, l: SourceLine, row: number, col: number, colSpan = 1): TableCell => ({
    text,
    colSpan,
    rowSpan: 1,
    location: loc(file, text, { line: l.line, page: l.page ?? undefined, cell: { table: tableNo, row, col } }),
  });
  const headLine = lines[leafAt] as SourceLine;
  const out: TableCell[][] = [
    names.map((n, k) => cell(n, headLine, 1, k * p + 1, p)),
    leaves.map((w, c) => cell(w.text, headLine, 2, c + 1)),
    ...rows.map((r, k) => r.map((w, c) => cell(w?.text ?? '', rowLines[k] as SourceLine, k + 3, c + 1))),
  ];
  const first = lines.find((l) => l.text.trim()) as SourceLine;
  return { kind: 'table', rows: out, shape: 'grid', location: loc(file, first.text.trim(), { line: first.line, page: first.page ?? undefined }) };
}

interface Word {
  text: string;
  x1: number;
  x2: number;
}

/** Leaf words that may repeat under items. */
const LEAF = /^(?:(?:全年)?预算数?|决算数?|上年数?|本年数?|金额)$/;

/** The length of the sequence of leaf words a line repeats (two times or more, four words or more), or 0. */
function period(ws: readonly string[]): number {
  if (ws.length < 4 || !ws.every((w) => LEAF.test(w))) return 0;
  for (let p = 2; p <= ws.length / 2; p++) {
    if (ws.length % p === 0 && new Set(ws.slice(0, p)).size === p && ws.every((w, k) => w === ws[k % p])) return p;
  }
  return 0;
}

/** Per leaf, the 合计 item the sum of every item but itself and a 小计; blank is zero. */
function sumsHold(names: readonly string[], p: number, rows: readonly (Word | undefined)[][]): boolean {
  const total = names.findIndex((n) => /^合\s*计$/.test(n));
  if (total < 0) return false;
  const value = (w: Word | undefined) => new Decimal(w ? (parseNumber(w.text)?.value ?? 'NaN') : 0);
  for (const r of rows) {
    for (let leaf = 0; leaf < p; leaf++) {
      let sum = new Decimal(0);
      names.forEach((n, k) => {
        if (k !== total && !/小\s*计/.test(n)) sum = sum.plus(value(r[k * p + leaf]));
      });
      const t = value(r[total * p + leaf]);
      if (t.isNaN() || sum.isNaN() || !t.eq(sum)) return false;
    }
  }
  return true;
}
