import type { TableBlock, TableCell } from '../../model/layout.js';
import { squeeze } from './values.js';

/**
 * One position of a table laid out as a full grid: DOCX/HTML cells with colSpan/rowSpan are
 * expanded so that every row has a cell (or a blank) at every column. A position covered by a
 * merged cell from above repeats nothing: it is blank, with `under` pointing at the merged cell.
 */
export interface GridCell {
  text: string;
  cell: TableCell | null;
  /** The merged cell above that covers this position (rowSpan), if any. */
  under: TableCell | null;
  col: number;
}

export type GridRow = GridCell[];

// The sheet and quote readers both lay out every table: once per table block is enough.
const GRIDS = new WeakMap<TableBlock, GridRow[]>();

export function expandGrid(table: TableBlock): GridRow[] {
  let grid = GRIDS.get(table);
  if (!grid) {
    grid = layOut(table);
    GRIDS.set(table, grid);
  }
  return grid;
}

function layOut(table: TableBlock): GridRow[] {
  const out: GridRow[] = [];
  const pending = new Map<number, { cell: TableCell; left: number }>();
  for (const row of table.rows) {
    const r: GridRow = [];
    let col = 0;
    for (const c of row) {
      col = takeCovered(r, col, pending);
      const span = Math.max(1, c.colSpan || 1);
      for (let k = 0; k < span; k++) {
        r.push({ text: k === 0 ? squeeze(c.text) : '', cell: k === 0 ? c : null, under: k === 0 ? null : c, col });
        if ((c.rowSpan || 1) > 1) pending.set(col, { cell: c, left: c.rowSpan - 1 });
        col++;
      }
    }
    takeCovered(r, col, pending);
    out.push(r);
  }
  return out;
}

/** Blanks for the positions from `col` on that merged cells above still cover; the next free column. */
function takeCovered(r: GridRow, from: number, pending: Map<number, { cell: TableCell; left: number }>): number {
  let col = from;
  while (pending.has(col)) {
    const p = pending.get(col) as { cell: TableCell; left: number };
    r.push({ text: '', cell: null, under: p.cell, col });
    p.left -= 1;
    if (p.left <= 0) pending.delete(col);
    col++;
  }
  return col;
}

// The cells of a table joined by NUL (which no cell holds and \s does not match), and whether any
// cell holds a space: asked before laying a table out at all.
const TABLE_WORDS = new WeakMap<TableBlock, { text: string; spaced: boolean }>();
/** A word with any run of spaces allowed between its characters, e.g. 全\s*年\s*预\s*算\s*数. */
const SPACED = new Map<string, RegExp>();

/**
 * Does any cell of the table contain one of the words (spaces inside the cell ignored)? Row labels
 * are matched on the same space-free cell texts, so a table without the words cannot have the row:
 * the nine public tables are told apart from performance sheets without laying them out.
 */
export function mentions(table: TableBlock, ...words: string[]): boolean {
  let t = TABLE_WORDS.get(table);
  if (t === undefined) {
    const parts: string[] = [];
    for (const row of table.rows) for (const c of row) parts.push(c.text);
    const text = parts.join('\0');
    t = { text, spaced: /\s/.test(text) };
    TABLE_WORDS.set(table, t);
  }
  for (const w of words) {
    // The word as printed is found by a plain string search; the spaced pattern can only find
    // something more where the cells hold spaces.
    if (t.text.includes(w)) return true;
    if (!t.spaced) continue;
    let re = SPACED.get(w);
    if (!re) {
      re = new RegExp([...w].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
      SPACED.set(w, re);
    }
    if (re.test(t.text)) return true;
  }
  return false;
}

/** The non-blank cells of a grid row, in order. */
export function filled(row: GridRow): GridCell[] {
  return row.filter((c) => c.text !== '' && c.cell != null);
}

// A sheet's rows are matched against their text several times while it is recognised and read.
const ROW_TEXT = new WeakMap<GridRow, string>();

/** Row text, tab-joined, squeezed: for matching row labels. */
export function gridText(row: GridRow): string {
  let text = ROW_TEXT.get(row);
  if (text === undefined) {
    // filled(row), spaces removed, tab-joined: in one pass, without the intermediate arrays.
    text = '';
    let first = true;
    for (const c of row) {
      if (c.text === '' || c.cell == null) continue;
      const t = /\s/.test(c.text) ? c.text.replace(/\s+/g, '') : c.text;
      text = first ? t : `${text}\t${t}`;
      first = false;
    }
    ROW_TEXT.set(row, text);
  }
  return text;
}
