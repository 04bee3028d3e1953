import type { TableBlock, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { displayWidth } from './unwrap.js';

/**
 * Tables as text copied out of a PDF: no tabs, no borders, one printed line per text line, the cells
 * of a line parted by single spaces and blank cells simply missing ("2080505 699.30 699.30" under
 * seven columns). Where each figure belongs can only be told once the table is known (its standard
 * columns, the row's kind, its sums), so this reader only finds the table's lines and splits each into
 * words and figures; src/interpret/tables/spaced.ts places them. A table starts under its unit line
 * (单位：万元) and runs over page breaks until a note (注：), a title, prose or the next table.
 */

/** One source line of the text: a line split further at form feeds (page breaks). */
export interface SourceLine {
  text: string;
  line: number;
  page: number | null;
}

const UNIT_LINE = /^\s*(?:金额)?单位[：:]\s*(?:万元|元|亿元|千元)\s*$/;
/** A figure as tables print it: 1,234.56 / 0 / -3.20 / (3.20). */
const FIGURE = /^(?:[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−]?\d+\.\d+|0|[-−]?\d{1,6}|[(（][\d,]+(?:\.\d+)?[)）])$/;
/** A classification code: 类 (3 digits), 款 (5), 项 (7); or 类 and 款 printed apart ("301 01"). */
const CODE = /^\d{3}(?:\d{2}){0,2}$/;

/** Whether the line is a unit line under which a table copied without its layout may start. */
export function isUnitLine(text: string): boolean {
  return UNIT_LINE.test(text);
}

/** A table's title on a line of its own: a short line ending in 表, with no figure. */
export function isTableTitle(t: string): boolean {
  const s = t.trim();
  return /表$/.test(s) && s.length <= 40 && !/\d\.\d/.test(s);
}

/** A line that cannot be part of a table: prose, a note, a title, a numbered part heading. */
export function endsTable(t: string): boolean {
  const s = t.trim();
  if (/^(注|说明|备注)\s*\d*\s*[：:]/.test(s)) return true;
  if (/[。；;]|，.*，/.test(s)) return true;
  if (/^第[一二三四五六七八九十]+部分/.test(s)) return true;
  if (isTableTitle(s) || isUnitLine(s)) return true;
  return displayWidth(s) > 120;
}

/** Whether a line holds tabs or pipes: a table of another kind, read elsewhere. */
function otherTable(t: string): boolean {
  return t.includes('\t') || /^\s*[|+]/.test(t);
}

/** Whether a word is a printed figure. */
export function isFigureWord(w: string): boolean {
  return FIGURE.test(w);
}

/**
 * The table under the unit line at `start`, or null when what follows is not one (prose, a table of
 * another kind). Returns the block and the index of the first line after it.
 */
export function readSpacedTable(lines: readonly SourceLine[], start: number, file: string, tableNo: number): { table: TableBlock; next: number } | null {
  let end = start + 1;
  // Lines with a figure, and those of them holding more than one word: a table whose cells each
  // stand on a line of their own (a conversion that lost the rows) is not read as rows of words.
  let figures = 0;
  let rowLike = 0;
  let multi = 0;
  while (end < lines.length) {
    const t = (lines[end] as SourceLine).text;
    if (t.trim() === '') {
      end++;
      continue;
    }
    if (otherTable(t) || endsTable(t)) break;
    const words = t.trim().split(/\s+/);
    if (words.length > 1) multi++;
    if (words.some((w) => /\d\.\d|^0$/.test(w) && isFigureWord(w))) {
      figures++;
      if (words.length > 1) rowLike++;
    }
    end++;
  }
  const body = lines.slice(start + 1, end).filter((l) => l.text.trim() !== '');
  // A header without rows is still a table when a note closes it (an empty table's 注：…无数据).
  const closedByNote = end < lines.length && /^\s*(注|说明)\s*\d*\s*[：:]/.test((lines[end] as SourceLine).text);
  // Cells one per line never put a figure beside another word.
  if (!body.length || multi < 2 || (figures ? rowLike < 1 : !closedByNote)) return null;
  const rows: TableCell[][] = body.map((l, r) => cellsOfLine(l, file, tableNo, r + 1));
  const first = body[0] as SourceLine;
  return {
    table: { kind: 'table', rows, shape: 'spaced', location: loc(file, first.text.trim(), { line: first.line, page: first.page ?? undefined }) },
    next: end,
  };
}

/** The words of a line, consecutive words of text joined (a name with a space in it stays one cell). */
function cellsOfLine(l: SourceLine, file: string, table: number, row: number): TableCell[] {
  const words = l.text.trim().split(/\s+/);
  const texts: string[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length) texts.push(text.join(' '));
    text = [];
  };
  for (const w of words) {
    if (isFigureWord(w) || CODE.test(w)) {
      flush();
      texts.push(w);
    } else text.push(w);
  }
  flush();
  return texts.map((t, k) => ({ text: t, colSpan: 1, rowSpan: 1, location: loc(file, t, { line: l.line, page: l.page ?? undefined, cell: { table, row, col: k + 1 } }) }));
}
