import type { Block, TableBlock, TableCell } from '../../model/layout.js';
import { tableIdByCode, tableIdByTitle } from './identify.js';

/**
 * Public tables printed one under another inside one table block are parted where the next one's
 * title stands. A spreadsheet printed sheet by sheet (or one sheet holding every table) puts each
 * table's title, 公开XX表 code and unit in cells of the same grid as the figures, and a reader that
 * joins a table going on over a page break then took the next page's table for the same table
 * going on: 公开02表 read with 公开03表's rows under it summed 208 twice (41 false errors on a Calc
 * print of a workbook in 元). Within one table no row is only another public table's title, so a
 * row that is, below a row of figures, starts a table of its own; the tables are then told apart and
 * joined back, where they are one table going on, as any other table blocks.
 */
export function splitStackedTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table' || b.shape !== 'grid' || b.rows.length < 4) {
      out.push(b);
      continue;
    }
    out.push(...partedAtTitles(b));
  }
  return out;
}

function partedAtTitles(b: TableBlock): TableBlock[] {
  const parts: TableBlock[] = [];
  let start = 0;
  let figures = false;
  for (let k = 0; k < b.rows.length; k++) {
    const row = b.rows[k] as TableCell[];
    if (figures && k > start && namesTable(row) && !spannedInto(b.rows, start, k)) {
      parts.push(part(b, start, k));
      start = k;
      figures = false;
      continue;
    }
    if (row.some((c) => /\d[\d,]*\.\d\d/.test(c.text))) figures = true;
  }
  if (start === 0) return [b];
  parts.push(part(b, start, b.rows.length));
  return parts;
}

/** Whether a row is only a public table's title (or its 公开XX表 code), as a table's head prints it. */
function namesTable(row: readonly TableCell[]): boolean {
  const texts = [...new Set(row.map((c) => c.text.trim()).filter(Boolean))];
  if (!texts.length || texts.length > 3) return false;
  const joined = texts.join('');
  if (joined.length > 50 || /[。；，,]/.test(joined)) return false;
  // (No figure: "公开03表" is the code's own digit, nothing else.)
  if (/\d/.test(joined.replace(/公开\s*0?\d\s*表|公开表\s*0?\d/g, ''))) return false;
  return !!(tableIdByTitle(joined) ?? tableIdByCode(joined));
}

/** Whether a cell above row k is merged down into it or beyond (the rows are then one piece of the grid). */
function spannedInto(rows: readonly TableCell[][], from: number, k: number): boolean {
  for (let r = from; r < k; r++) for (const c of rows[r] as TableCell[]) if (r + c.rowSpan > k) return true;
  return false;
}

function part(b: TableBlock, from: number, to: number): TableBlock {
  const rows = b.rows.slice(from, to);
  if (from === 0) return { ...b, rows };
  const first = rows.flat().find((c) => c.text.trim()) ?? (rows[0]?.[0] as TableCell | undefined);
  const location = first ? { ...first.location, cell: null } : b.location;
  return { ...b, rows, location: { ...location, text: first?.text ?? '' } };
}
