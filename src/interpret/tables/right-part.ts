import type { TableCell } from '../../model/layout.js';
import { type Grid, type GridPos, isColumnNumberRow } from './grid.js';

/**
 * A sheet wider than its page, printed without fit to width, sets its right columns on a page of
 * their own: the same rows again (its label columns repeated or not), with the columns' numbers
 * (栏次) going on from the left part's, and often the sheet's 公开XX表 code and unit, which stood in
 * its rightmost cells. Such a part is joined to its left as the columns it is.
 */

/** The numbers a row gives its columns (栏次 row), by position; null when the row is no such row. */
function columnNumbers(row: readonly GridPos[]): Map<number, number> | null {
  const out = new Map<number, number>();
  for (let c = 0; c < row.length; c++) {
    const p = row[c] as GridPos;
    if (!p.norm || p.norm === '栏次') continue;
    if (!/^\d{1,2}$/.test(p.norm)) return null;
    if (p.origin) out.set(c, Number(p.norm));
  }
  return out.size ? out : null;
}

/** Index of the row numbering the columns, searched from the top. */
function numbersRow(grid: Grid, test: (row: readonly GridPos[]) => boolean): number {
  return grid.findIndex((r) => test(r));
}

/**
 * The left part's grid widened by a right part's columns, or null when `right` is no such part: its
 * columns' numbers must go on from the left's highest (1…7 then 8, 9, …) one by one, and as many rows
 * must follow the numbers on both sides (one printed sheet's rows, cut at the same lines). The right
 * part's columns without a number (its label columns printed again) are left out.
 */
export function joinRightPart(left: Grid, right: Grid): Grid | null {
  const kL = numbersRow(left, isColumnNumberRow);
  if (kL < 0) return null;
  const numsL = columnNumbers(left[kL] as GridPos[]);
  if (!numsL) return null;
  const highest = Math.max(...numsL.values());
  // The left's first columns may be printed again at the part's left (print titles): the left's own
  // numbers first, then the new ones from the next number on.
  const ownL = [...numsL.values()];
  const newOf = (n: Map<number, number>) => [...n].filter(([, x]) => x > highest);
  const kR = numbersRow(right, (r) => {
    const n = columnNumbers(r);
    if (!n) return false;
    const all = [...n];
    const fresh = newOf(n);
    const again = all.slice(0, all.length - fresh.length);
    return fresh.length > 0 && (fresh[0] as [number, number])[1] === highest + 1 && again.every(([, x], i) => x === ownL[i]);
  });
  if (kR < 0) return null;
  const numsR = newOf(columnNumbers(right[kR] as GridPos[]) as Map<number, number>);
  if (!numsR.every(([, n], i) => n === highest + 1 + i)) return null;
  const rowsL = left.length - kL - 1;
  const rowsR = right.length - kR - 1;
  if (rowsL !== rowsR || rowsL < 1) return null;
  // The right part's own columns: each numbered column, over the positions its cell spans.
  const cols = numsR.flatMap(([c]) => {
    const cell = (right[kR] as GridPos[])[c]?.cell;
    const span: number[] = [];
    for (let x = c; x < (right[kR] as GridPos[]).length && (right[kR] as GridPos[])[x]?.cell === cell; x++) span.push(x);
    return span;
  });
  // The rows above the numbers match the left's from the top (title, code, unit, header), save that a
  // header cell spanning rows whose split no other cell of the part keeps prints as one: its last row
  // then stands for the left's rows below it.
  if (kR > kL) return null;
  const out: Grid = left.map((row, r) => {
    // A note under the table runs over the whole sheet, its words cut at the page's edge: the left's has them.
    const note = row.every((p) => p.cell === (row[0] as GridPos).cell);
    if (r >= kL) return [...row, ...cols.map((c) => (note ? null : (right[kR + (r - kL)] as GridPos[])[c]) ?? blank(row))];
    const from = right[Math.min(r, kR - 1)] as GridPos[] | undefined;
    const again = r > kR - 1;
    // A group of the left's header at its page's edge (决算数 over its items) goes on over the right
    // part's columns the part leaves blank under it: the group spans on the left, or the part's row is
    // one blank cell over all its columns (the merged cell, its text printed on the left page).
    const edge = row[row.length - 1] as GridPos;
    const spanned = row.filter((p) => p.cell === edge.cell).length > 1;
    const across = from != null && cols.every((c) => from[c]?.cell === from[cols[0] as number]?.cell && !from[c]?.norm);
    const group = edge.norm && (spanned || across) ? edge : null;
    return [
      ...row,
      ...cols.map((c) => {
        const p = from?.[c];
        if (p?.norm) return again ? { ...p, origin: false } : p;
        return group ? { ...group, origin: false } : blank(row);
      }),
    ];
  });
  return out;
}

function blank(row: readonly GridPos[]): GridPos {
  const anchor = (row[0] as GridPos).cell;
  const cell: TableCell = { ...anchor, text: '', colSpan: 1, rowSpan: 1, location: { ...anchor.location, text: '' } };
  return { text: '', norm: '', cell, origin: false };
}
