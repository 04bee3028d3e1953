/*
 * A table copied out of a web page as text, one cell to a line with no tab before it and a blank line
 * between every two cells: a header of k cells, then rows of k cells, each row a name and k − 1
 * figures. (Cells on consecutive lines are not read so: text extracted from a PDF in reading order
 * lists the words of a page one to a line, and pieces of several tables and wrapped names would pass
 * for rows.) Nothing marks the rows: the width k is where the names recur among the figures,
 * and the header is the k lines before the first name. Without this the cells run together into
 * paragraphs ("公务用车购置及运行维护费4,058.29-") and read as prose figures without a unit.
 */

/** A figure cell: a number (thousands separators, a sign, a per cent sign) or a dash for none. */
const FIGURE = /^[-—–]?\s*[\d０-９][\d０-９,，.．]*\s*[%％]?$|^[-—–－/]$/;
/** A cell of a header or a row's name: short, no sentence's punctuation. */
const TEXT_CELL = /^[^。；;！？!?]{1,30}$/;
/** The widest table read so: its header and first row must show within twice this many cells. */
const MAX_WIDTH = 8;
/** Rows of figures a table needs to be read so (one name with figures is a sentence's list as well). */
const MIN_ROWS = 2;

export interface CellColumn {
  /** The source line index of every cell, row by row, the header first. */
  rows: number[][];
  /** The line after the table. */
  next: number;
}

/** The non-blank lines from `start` that may be cells, one at a time: exactly one blank line between them. */
function* cellLines(lines: readonly string[], start: number): Generator<number> {
  let blanks = 1;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i] as string;
    const t = raw.trim();
    if (t === '') {
      if (++blanks > 1) return;
      continue;
    }
    if (blanks !== 1) return;
    blanks = 0;
    // A line with a tab or a wide gap is a row of another kind, read elsewhere.
    if ((!FIGURE.test(t) && !TEXT_CELL.test(t)) || /\t| {3,}/.test(raw)) return;
    yield i;
  }
}

/** The one-cell-per-line table starting at line `start`, or null. Reads no further than the table. */
export function findCellColumn(lines: readonly string[], start: number): CellColumn | null {
  const first = (lines[start] ?? '').trim();
  if (!first || FIGURE.test(first) || !TEXT_CELL.test(first) || (lines[start + 1] ?? '').trim() !== '') return null;
  const ahead = cellLines(lines, start);
  const cells: number[] = [];
  const cell = (k: number): number | null => {
    while (cells.length <= k) {
      const n = ahead.next();
      if (n.done) return null;
      cells.push(n.value);
    }
    return cells[k] as number;
  };
  const isFigure = (k: number) => {
    const at = cell(k);
    return at != null && FIGURE.test((lines[at] as string).trim());
  };
  let firstFigure = 0;
  while (firstFigure <= MAX_WIDTH * 2 && cell(firstFigure) != null && !isFigure(firstFigure)) firstFigure++;
  if (firstFigure < 3 || firstFigure > MAX_WIDTH * 2 || cell(firstFigure) == null) return null;
  // The width: from the first row's name to the next name after its figures.
  const name0 = firstFigure - 1;
  let name1 = firstFigure;
  while (name1 - name0 <= MAX_WIDTH && isFigure(name1)) name1++;
  const width = name1 - name0;
  // The header: the k lines right before the first name, all text, starting here.
  if (width < 2 || width > MAX_WIDTH || name0 !== width) return null;
  const rows: number[][] = [cells.slice(0, width)];
  for (let r = name0; ; r += width) {
    // A row's name is a name: two characters at least (not a word wrapped off the line before).
    if (cell(r + width - 1) == null || isFigure(r) || (lines[cells[r] as number] as string).trim().length < 2) break;
    let full = true;
    for (let j = 1; j < width; j++) if (!isFigure(r + j)) full = false;
    if (!full) break;
    rows.push(cells.slice(r, r + width));
  }
  if (rows.length - 1 < MIN_ROWS) return null;
  // A contents list with its page numbers on lines of their own ("九、…情况说明" / "8") has the same
  // shape: its entries end on page numbers, and its figures are small whole numbers. A table's money
  // has decimals, thousands separators or per cents.
  const text = (k: number) => (lines[k] as string).trim();
  if (rows[0]?.some((k) => /\s\d{1,3}$/.test(text(k)))) return null;
  // A performance sheet's funds block (分值, 得分) is one piece of a sheet whose indicators follow in
  // another shape: read alone it would hide that the sheet was not read; the sheet is said unread whole.
  if (rows[0]?.some((k) => /分值|得分|权重/.test(text(k)))) return null;
  if (!rows.slice(1).some((row) => row.slice(1).some((k) => /[.,，．%％]/.test(text(k))))) return null;
  const last = rows[rows.length - 1] as number[];
  return { rows, next: (last[last.length - 1] as number) + 1 };
}
