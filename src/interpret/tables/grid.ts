import { type Figure, parseNumber } from '../../model/decimal.js';
import type { TableBlock, TableCell } from '../../model/layout.js';

/**
 * A table as a dense grid: merged cells (colSpan/rowSpan from DOCX/HTML) are expanded so that every
 * position holds the text of the cell covering it; text tables, which arrive with empty cells where
 * the original had merged ones, are left as they are (header inference fills them, see columnPaths).
 */
export interface GridPos {
  text: string;
  /** Normalised text: no whitespace, full-width brackets unified. */
  norm: string;
  cell: TableCell;
  /** True at the top-left position of the cell, false where a span repeats it. */
  origin: boolean;
}

export type Grid = GridPos[][];

/** Removes all whitespace (line breaks inside cells, "合 计", full-width spaces) and markup stars. */
export function norm(text: string): string {
  // Run for every cell of every table: most cells (figures, names) have nothing to normalise.
  if (!NORM_NEEDED.test(text)) return text;
  return text.replace(/[\s\u3000\u00a0]+/g, '').replace(/\*\*/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

const NORM_NEEDED = /[\s*()]/;

export function toGrid(block: TableBlock): { grid: Grid; spans: boolean } {
  const grid: (GridPos | undefined)[][] = [];
  let spans = false;
  block.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c]) c++;
      const cs = Math.max(1, cell.colSpan || 1);
      const rs = Math.max(1, cell.rowSpan || 1);
      if (cs > 1 || rs > 1) spans = true;
      for (let dr = 0; dr < rs; dr++) {
        const rr = r + dr;
        grid[rr] ??= [];
        for (let dc = 0; dc < cs; dc++) {
          (grid[rr] as (GridPos | undefined)[])[c + dc] = { text: cell.text, norm: norm(cell.text), cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r?.length ?? 0));
  const dense: Grid = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const out: GridPos[] = [];
    const anchor = row.find((p) => p)?.cell ?? block.rows[r]?.[0] ?? fallbackCell(block);
    // The positions a ragged row lacks are all the same blank cell (made once per row).
    let blank: TableCell | null = null;
    for (let c = 0; c < width; c++) {
      const p = row[c];
      if (p) out.push(p);
      else {
        blank ??= { ...anchor, text: '', location: { ...anchor.location, text: '' } };
        out.push({ text: '', norm: '', cell: blank, origin: false });
      }
    }
    dense.push(out);
  }
  return { grid: dense, spans };
}

function fallbackCell(block: TableBlock): TableCell {
  return { text: '', colSpan: 1, rowSpan: 1, location: block.location };
}

/** Trailing empty columns (a trailing tab on every line) are dropped. */
export function trimGrid(grid: Grid): Grid {
  let width = Math.max(0, ...grid.map((r) => r.length));
  while (width > 0 && grid.every((r) => !r[width - 1]?.norm)) width--;
  return grid.map((r) => r.slice(0, width));
}

/** A printed amount cell: blank, dashes and slashes are null (not zero). */
export function amountOf(pos: GridPos | undefined): Figure | null {
  return pos ? figureFrom(pos.cell) : null;
}

export function figureFrom(cell: TableCell): Figure | null {
  const t = NORM_NEEDED.test(cell.text) ? cell.text.replace(/[\s\u3000]+/g, '').replace(/\*\*/g, '') : cell.text;
  if (!t || /^[-—–－/／\\]+$/.test(t)) return null;
  const p = parseNumber(t.replace(/^[（(](.+)[)）]$/, '-$1'));
  if (!p) return null;
  return { value: p.value, decimals: p.decimals, kind: 'amount', unit: null, raw: cell.text.trim(), location: cell.location };
}

export function isNumberText(t: string): boolean {
  return parseNumber(t.replace(/[\s\u3000]+/g, '')) != null;
}

const CODE_RE = /^\d{3}(?:\d{2}){0,2}$/;
export function isCode(t: string): boolean {
  return CODE_RE.test(t);
}

/**
 * "栏次" rows and rows that only number the columns 1, 2, 3, … (two numbers do where they are 1 and 2 and
 * nothing else: a 公开01表 numbers its two amount columns so, its 栏次 word sometimes left out).
 */
export function isColumnNumberRow(row: readonly GridPos[]): boolean {
  // Asked of nearly every row of every table: the texts are collected only for a row of small numbers.
  let count = 0;
  let small = true;
  for (const p of row) {
    const t = p.norm;
    if (!t) continue;
    if (t === '栏次') return true;
    count++;
    if (small && !/^\d{1,2}$/.test(t)) small = false;
  }
  if (count < 2 || !small) return false;
  const texts = row.map((p) => p.norm).filter(Boolean);
  const nums = dedupe(texts).map(Number);
  if (count === 2 && nums.length < 2) return false;
  return nums[0] === 1 && nums.every((n, i) => i === 0 || n === (nums[i - 1] as number) + 1);
}

function dedupe(xs: string[]): string[] {
  return xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
}

/** Does this row carry data (amounts with decimals, a classification code, a 合计/总计 label)? */
export function isDataRow(row: readonly GridPos[]): boolean {
  if (isColumnNumberRow(row)) return false;
  let numbers = 0;
  for (const p of row) if (p.origin && /^-?[\d,，]+(\.\d+)?$/.test(p.norm) && ++numbers >= 2) return true;
  for (const p of row) {
    const t = p.norm;
    if (!t) continue;
    if (/^-?[\d,，]+\.\d+$/.test(t)) return true;
    if (isCode(t)) return true;
    if (/^\d{3}(?:\d{2}){0,2}[\u4e00-\u9fa5]/.test(t)) return true;
    if (/^[一二三四五六七八九十]+、/.test(t)) return true;
  }
  // A 合计 row: the label in front, and figures (or nothing) after it.
  const texts = row.map((p) => p.norm);
  const at = texts.findIndex((t) => /^(合计|总计)$/.test(t));
  if (at >= 0 && at <= 1 && texts.slice(at + 1).every((t) => !t || t === texts[at] || isNumberText(t))) return true;
  return false;
}

/** A title-like row above the header (one distinct text: the table's title, 单位, 金额单位). */
export function isTitleRow(row: readonly GridPos[]): boolean {
  const texts = [...new Set(row.map((p) => p.norm).filter(Boolean))];
  if (texts.length === 0) return true;
  const joined = texts.join('');
  if (texts.length <= 2 && /(决算(报)?表|公开0?\d表|表$|单位[：:]|金额单位)/.test(joined) && !/^(项目|科目)/.test(texts[0] ?? '')) return true;
  // The reporting unit's line, its name cut over the cells a spreadsheet's print drew under it
  // ("编制单位：荣成市医" | "疗保障局（本级）" | "单位：万元"): no header row starts so.
  if (texts.length <= 4 && /^(编制|填报)单位(名称)?[：:]/.test(texts[0] ?? '') && !texts.some(isNumberText)) return true;
  return false;
}

export interface HeaderInfo {
  /** Index of the first header row (after title rows). */
  start: number;
  /** Index of the first data row. */
  dataStart: number;
  /** Per column: header words top to bottom (merged cells inferred), without 栏次 rows. */
  paths: string[][];
  /** Normalised text of each header row, to recognise repeated headers on continuation pages. */
  rowTexts: string[];
}

/** Splits title rows, header rows and data rows; infers each column's header path. */
export function readHeader(grid: Grid, spans: boolean): HeaderInfo {
  let start = 0;
  while (start < grid.length && isTitleRow(grid[start] as GridPos[]) && !isDataRow(grid[start] as GridPos[])) start++;
  let dataStart = start;
  while (dataStart < grid.length && !isDataRow(grid[dataStart] as GridPos[])) dataStart++;
  const headerRows = grid.slice(start, dataStart).filter((r) => !isColumnNumberRow(r));
  const width = grid[0]?.length ?? 0;
  // Fill merged cells of text tables: a blank header cell belongs to the group on its left when the
  // row above puts both columns under the same group.
  const filled: string[][] = headerRows.map((r) => r.map((p) => p.norm));
  if (!spans) {
    for (let r = 0; r < filled.length; r++) {
      const row = filled[r] as string[];
      const orig = (headerRows[r] as GridPos[]).map((p) => p.norm);
      if (packedLeft(orig, headerRows[r + 1])) continue;
      for (let c = 1; c < width; c++) {
        if (orig[c]) continue;
        let left = c - 1;
        while (left >= 0 && !orig[left]) left--;
        if (left < 0) continue;
        const above = r > 0 ? (filled[r - 1] as string[]) : null;
        if (above && above[c] !== above[left]) continue;
        // A blank under a group whose own column has a sub-header on the next row is a leaf of that group.
        row[c] = row[left] as string;
      }
    }
  }
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const p: string[] = [];
    for (const row of filled) {
      const t = row[c] ?? '';
      if (t && p[p.length - 1] !== t) p.push(t);
    }
    paths.push(p);
  }
  // Some layouts print the 类/款/项 column heads in the code cells of the first data row (the 合计
  // row): "类 | 款 | 项 | 合计 | 2,946.25 | …". They head those columns.
  const first = grid[dataStart];
  if (first) {
    const heads = first.map((p) => (p.origin && /^(类|款|项)$/.test(p.norm) ? p.norm : ''));
    if (heads.filter(Boolean).length >= 2) heads.forEach((h, c) => h && paths[c]?.[paths[c].length - 1] !== h && paths[c]?.push(h));
  }
  return { start, dataStart, paths, rowTexts: grid.slice(start, dataStart).map((r) => rowKey(r)) };
}

/**
 * A header row whose groups were packed to the left when the table was copied as text ("项目 | 预算数 |
 * 决算数 | | | |" over six columns of figures): each group spanned several columns, and the blanks
 * the copy left at the end say nothing of which. Two groups or more side by side, then two blanks or
 * more under which the next row still has headings: no blank is given a group (one group spanning to
 * the right, "项目 | 本年支出 | |", is still read as spanning).
 */
function packedLeft(orig: readonly string[], below: readonly GridPos[] | undefined): boolean {
  const last = orig.reduce((k, t, c) => (t ? c : k), -1);
  const trailing = orig.length - 1 - last;
  if (trailing < 2 || !below) return false;
  const groups = orig.slice(1, last + 1);
  if (groups.length < 2 || groups.some((t) => !t)) return false;
  return below.slice(last + 1).some((p) => p.norm);
}

export function rowKey(row: readonly GridPos[]): string {
  return row.map((p) => p.norm).join('|');
}

export function leaf(path: readonly string[]): string {
  return path[path.length - 1] ?? '';
}

/** Strips list numbering: "九、卫生健康支出" → "卫生健康支出", "（一）…", "1." */
export function stripNumbering(t: string): string {
  return t
    .replace(/^(其中[：:])/, '')
    .replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]\s*)/, '')
    .trim();
}
