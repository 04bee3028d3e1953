import type { TableCell } from '../../model/layout.js';
import { loc } from '../../model/loc.js';
import type { PageTable } from '../pdf/tables.js';

/**
 * A header laid out on a character grid set against its columns again. A layout writer (poppler's
 * `pdftotext -layout`) gives a Chinese character one column of text, however wide it printed: a
 * header line of Chinese words drifts left of the figures under it, a header may stand over the
 * column left of its own ("本年收入合计" over the names), and two headers set close in print come a
 * single space apart in one field ("基本支出 项目支出"). Their order is kept: where one header line
 * names as many amounts as the table has columns of figures, left to right, the k-th names the k-th.
 */

/** A header naming a column of amounts. */
export const AMOUNT_HEAD = /合计|小计|决算数|预算数|金额|.+收入$|.+支出$|结余$/;
/** A header naming a column of codes or names, never of amounts. */
export const LABEL = /^(?:项目|科目代码|科目编码|科目名称|(?:支出)?功能分类(?:科目)?(?:编码|名称)?|经济分类(?:科目)?(?:编码|名称)?|类|款|项|代码|编码|名称|行次|栏次|序号|项目名称)$/;
/** A figure with decimals (an amount, a rate), not a code or a line number. */
export const DECIMAL = /^[-−]?[\d,，]*\d\.\d+%?$|^[(（][\d,，]*\d\.\d+%?[)）]$/;

const colOf = (c: TableCell) => c.location.cell?.col ?? 0;
const amountWord = (w: string) => AMOUNT_HEAD.test(w) && !LABEL.test(w);

/**
 * The table with its header row of amounts laid over its columns of figures in order, or null where
 * the order does not decide: not one header row naming exactly as many amounts as there are columns
 * of figures; a header more than a column away from the column it would name (not a drift but
 * another layout); a word of another header row over a column of figures (a group header over
 * several, whose span the grid does not tell); a cell mixing names of amounts with other words.
 */
export function realignHeader(t: PageTable): PageTable | null {
  const first = t.rows.findIndex((r) => r.some((c) => DECIMAL.test(c.text.trim())));
  if (first <= 0) return null;
  const figureCols = [...new Set(t.rows.slice(first).flatMap((r) => r.filter((c) => DECIMAL.test(c.text.trim())).map(colOf)))].sort((a, b) => a - b);
  if (!figureCols.length) return null;
  const inFigures = (c: TableCell) => figureCols.some((f) => f >= colOf(c) && f < colOf(c) + c.colSpan);

  // Header words naming amounts, per header row, with the columns of the cell each stands in.
  let headRow = -1;
  const named: { word: string; cell: TableCell }[] = [];
  for (let r = 0; r < first; r++) {
    for (const c of t.rows[r] as TableCell[]) {
      const words = c.text.trim().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      const amounts = words.filter(amountWord);
      if (amounts.length && amounts.length < words.length) return null;
      if (!amounts.length) {
        // Another word over a column of figures: a group header or a stray label; column numbers (栏次) aside.
        if (inFigures(c) && !words.every((w) => /^\d+$/.test(w))) return null;
        continue;
      }
      if (headRow >= 0 && headRow !== r) return null;
      headRow = r;
      for (const word of words) named.push({ word, cell: c });
    }
  }
  if (headRow < 0 || named.length !== figureCols.length) return null;
  // Each header stays within a column of where it stood.
  if (named.some((n, k) => (figureCols[k] as number) < colOf(n.cell) - 1 || (figureCols[k] as number) > colOf(n.cell) + n.cell.colSpan)) return null;
  const head = t.rows[headRow] as TableCell[];
  // The row's other words keep their columns, which no header of amounts may then take.
  const others = head.filter((c) => c.text.trim() && !amountWord(c.text.trim().split(/\s+/)[0] as string));
  if (others.some(inFigures)) return null;
  const width = t.xs.length - 1;
  const cells: TableCell[] = [];
  for (let col = 1; col <= width; col++) {
    const k = figureCols.indexOf(col);
    const other = others.find((c) => col >= colOf(c) && col < colOf(c) + c.colSpan);
    if (other) {
      if (colOf(other) === col) cells.push(other);
      continue;
    }
    const n = k >= 0 ? named[k] : undefined;
    const text = n?.word ?? '';
    const at = n?.cell.location ?? head[0]?.location;
    cells.push({ text, colSpan: 1, rowSpan: 1, location: loc(at?.file ?? '', text, { page: at?.page ?? t.page, line: at?.line ?? null, cell: { table: 0, row: headRow + 1, col } }) });
  }
  return { ...t, rows: t.rows.map((r, k) => (k === headRow ? cells : r)) };
}
