import { type GridCell, type GridRow, filled } from './grid.js';
import { squeeze } from './values.js';

/**
 * A header row that wrapped over two rows: narrow columns broke "一级指标" into "一级" on one row and
 * "指标" on the next, each line its own row (a PDF row split at a page end, a text export writing each
 * printed line as a row, a converter splitting a two-line cell). Such a pair of rows of text only is
 * read as the one header row its cells join into, when the joined row is a header and neither half is.
 */

/** A figure in a row means data, never a header half. */
const FIGURE = /^[=＝<>≤≥＜＞]?[-−－]?\d[\d,，]*(?:\.\d+)?\s*[%％分]?$/;

const textOnly = (row: GridRow) => {
  const cells = filled(row);
  return cells.length >= 2 && !cells.some((c) => FIGURE.test(c.text.replace(/\s+/g, '')));
};

/** The two rows joined column by column: each position's text the upper text followed by the lower. */
function joinRows(upper: GridRow, lower: GridRow): GridRow {
  const out: GridRow = [];
  const cols = new Set([...upper.map((c) => c.col), ...lower.map((c) => c.col)]);
  for (const col of [...cols].sort((a, b) => a - b)) {
    const u = upper.find((c) => c.col === col);
    const l = lower.find((c) => c.col === col);
    const lowerText = l?.text ?? '';
    const text = squeeze(`${u?.text ?? ''}${lowerText}`);
    const cell = u?.cell ?? (lowerText ? (l?.cell ?? null) : null);
    const joined: GridCell = { text, cell, under: cell ? null : (u?.under ?? l?.under ?? null), col };
    out.push(joined);
  }
  return out;
}

/**
 * The grid with every wrapped header pair joined into one row. `isHeader` says whether a row is the
 * header sought (the sheet reader's indicator header).
 */
export function joinWrappedHeaders(grid: readonly GridRow[], isHeader: (row: GridRow) => boolean): GridRow[] {
  const out: GridRow[] = [];
  // (Each row is looked at as the upper row and as the lower one of a pair: its text once.)
  const text = grid.map(textOnly);
  for (let k = 0; k < grid.length; k++) {
    const row = grid[k] as GridRow;
    const next = grid[k + 1];
    if (next && text[k] && text[k + 1] && !isHeader(row) && !isHeader(next)) {
      const joined = joinRows(row, next);
      if (isHeader(joined)) {
        out.push(joined);
        k++;
        continue;
      }
    }
    out.push(row);
  }
  return out;
}
