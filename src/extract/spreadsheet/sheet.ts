/**
 * A worksheet as both spreadsheet readers (XLSX, XLS) deliver it: the displayed text of each
 * non-empty cell and the merged ranges. Rows and columns are 0-based here; locations are 1-based.
 */
export interface SheetCell {
  row: number;
  col: number;
  /** What the spreadsheet shows in the cell (numbers already formatted by the cell's number format). */
  text: string;
  /**
   * The cell holds a value that was not read: a formula saved without its result (openpyxl and some
   * web exporters write none). Its text is empty, but it is not a blank cell: blank prints as zero,
   * this prints nothing anyone could read.
   */
  unread?: true;
}

/** A merged range, inclusive, 0-based. */
export interface MergeRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetData {
  name: string;
  cells: SheetCell[];
  merges: MergeRange[];
  /** Rows and columns (0-based) the sheet hides: not printed, so not part of what was published. */
  hiddenRows?: number[];
  hiddenCols?: number[];
}

/** "B7" for row 6, col 1 (0-based). */
export function a1(row: number, col: number): string {
  let c = col + 1;
  let letters = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** Parses "B7" (or "$B$7") into 0-based row and column; null when it is not a reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || col < 1 || row > 1_048_576 || col > 16_384) return null;
  return { row: row - 1, col: col - 1 };
}

/** Parses "A1:H1" into a merged range; null when malformed. */
export function parseRange(ref: string): MergeRange | null {
  const [a, b = a] = ref.split(':');
  const p = a ? parseA1(a) : null;
  const q = b ? parseA1(b) : null;
  if (!p || !q) return null;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}
