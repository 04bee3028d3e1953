import { JuesuanError } from '../../errors.js';
import type { Block, InputFormat, LayoutDocument, ParagraphBlock, TableCell } from '../../model/layout.js';
import type { Location } from '../../model/location.js';
import { parseNumber } from '../../model/decimal.js';
import { a1, type MergeRange, type SheetData } from './sheet.js';

/*
 * Worksheets → layout blocks. An exported 公开表 sheet is a title row merged across, a 公开0X表 label,
 * an 编制单位 / 单位：万元 row, then the grid (multi-row merged headers, 栏次, data) and notes below.
 * Title, label, unit and note rows become paragraphs, as a Word document prints them above and below
 * its tables; each run of grid rows becomes one table with its merges as colSpan/rowSpan. Tables
 * stacked on one sheet come apart at their blank rows and title rows.
 *
 * Locations: `line` counts worksheet rows across the sheets in order; `sheet` and `ref` ("B7") say
 * where the cell is in the workbook; `cell` is {table: ordinal in the file, row/col within it}.
 */

/** Grid positions laid out across the whole workbook before it is refused as abnormal. */
const MAX_POSITIONS = 4_000_000;

/** Title, 公开0X表 label and unit/entity rows (at most two texts). */
const TITLE_ROW = /决算(报)?表|明细表|公开\s*0?\d{1,2}\s*表|(金额)?单位\s*[：:]|编制单位|填报单位|^表\s*\d/;
/** Notes under a table. */
const NOTE = /^(注|说明|备注|填表说明)\s*[\d：:.．、]|[。；]/;

interface Piece {
  col: number;
  text: string;
  span: number;
}

/** Builds the layout of a workbook from its visible sheets, in order. */
export function sheetsToLayout(file: string, format: InputFormat, sheets: readonly SheetData[], notes: string[]): LayoutDocument {
  const blocks: Block[] = [];
  let lineBase = 0;
  let tableNo = 0;
  let positions = 0;
  for (const printed of sheets) {
    // Hidden rows and columns are not part of what was published: the sheet is laid out without them.
    const { sheet, row, col, note } = withoutHidden(printed);
    if (note) notes.push(note);
    const at: Place = { lineBase, row, col };
    const text = new Map<number, Map<number, string>>();
    // Cells whose value was not read (formulas saved without their results): kept as such in the
    // table, so that nothing downstream takes them for blank (zero).
    const unread = new Map<number, Set<number>>();
    let maxRow = -1;
    for (const c of sheet.cells) {
      if (c.unread) {
        let cols = unread.get(c.row);
        if (!cols) unread.set(c.row, (cols = new Set()));
        cols.add(c.col);
        if (c.row > maxRow) maxRow = c.row;
        continue;
      }
      if (!c.text.trim()) continue;
      let row = text.get(c.row);
      if (!row) text.set(c.row, (row = new Map()));
      row.set(c.col, c.text);
      if (c.row > maxRow) maxRow = c.row;
    }
    if (maxRow < 0) continue;
    // Merges keyed by their origin; a covered position points to its merge. Only merges that touch
    // a row with text matter, and they are clipped to the used rows (a merge may span a whole column).
    const origin = new Map<string, MergeRange>();
    const coveredRows = new Map<number, MergeRange[]>();
    for (const m0 of sheet.merges) {
      const m = { ...m0, r1: Math.min(m0.r1, maxRow) };
      if (m.r0 > maxRow || (m.r0 === m.r1 && m.c0 === m.c1)) continue;
      origin.set(`${m.r0},${m.c0}`, m);
      for (let r = m.r0; r <= m.r1; r++) {
        let list = coveredRows.get(r);
        if (!list) coveredRows.set(r, (list = []));
        list.push(m);
      }
    }
    const covers = (r: number, c: number): MergeRange | null => {
      for (const m of coveredRows.get(r) ?? []) if (c >= m.c0 && c <= m.c1 && !(r === m.r0 && c === m.c0)) return m;
      return null;
    };
    let widthOfSheet = 1;
    for (const [r, row] of text) for (const c of row.keys()) widthOfSheet = Math.max(widthOfSheet, (origin.get(`${r},${c}`)?.c1 ?? c) + 1);

    let run: number[] = [];
    const flush = () => {
      if (!run.length) return;
      const block = buildTable(file, sheet, run, text, unread, origin, covers, at, ++tableNo);
      positions += block.positions;
      if (positions > MAX_POSITIONS) {
        throw new JuesuanError(
          'LIMIT_EXCEEDED',
          `文件 ${file} 的工作表「${sheet.name}」中表格区域超过 ${MAX_POSITIONS} 个单元格，远超任何一份决算公开报表，已拒绝处理。请确认选择的文件是否正确。`,
        );
      }
      blocks.push(block.table);
      run = [];
    };
    for (let r = 0; r <= maxRow; r++) {
      const row = text.get(r);
      const pieces: Piece[] = [];
      for (const [col, t] of [...(row ?? new Map<number, string>()).entries()].sort((a, b) => a[0] - b[0])) {
        if (covers(r, col)) continue; // text hidden under a merge is not shown
        const m = origin.get(`${r},${col}`);
        pieces.push({ col, text: t, span: m ? m.c1 - m.c0 + 1 : 1 });
      }
      if (!pieces.length) {
        // A row that only continues merged cells of the open table belongs to it; a blank row ends it.
        const inMerge = run.length > 0 && (coveredRows.get(r) ?? []).some((m) => m.r0 < r && run.includes(m.r0));
        // A row of unread formulas inside a table is one of its rows, not the blank row that ends it.
        if (inMerge || (run.length > 0 && unread.has(r))) run.push(r);
        else flush();
        continue;
      }
      if (isParagraphRow(pieces, run.length > 0, widthOfSheet)) {
        flush();
        blocks.push(paragraph(file, sheet.name, r, pieces, at));
      } else run.push(r);
    }
    flush();
    lineBase += at.row(maxRow) + 1;
  }
  return { file, format, blocks, notes };
}

/** Sorted 0-based indices hidden; `visible(o)` its place among the visible ones, `orig(k)` back. */
class Hidden {
  private readonly sorted: number[];
  readonly set: ReadonlySet<number>;
  constructor(indices: readonly number[]) {
    this.sorted = [...new Set(indices)].sort((a, b) => a - b);
    this.set = new Set(this.sorted);
  }
  get size(): number {
    return this.sorted.length;
  }
  /** Index among the visible of a visible index. */
  visible(o: number): number {
    let n = 0;
    for (const h of this.sorted) {
      if (h >= o) break;
      n++;
    }
    return o - n;
  }
  /** The index in the file of the k-th visible one. */
  orig(k: number): number {
    let o = k;
    for (const h of this.sorted) {
      if (h <= o) o++;
      else break;
    }
    return o;
  }
  /** The first visible index ≥ o, and the last ≤ o. */
  firstFrom(o: number): number {
    while (this.set.has(o)) o++;
    return o;
  }
  lastUpTo(o: number): number {
    while (o >= 0 && this.set.has(o)) o--;
    return o;
  }
}

/**
 * The sheet without its hidden rows and columns (a helper column of the software's row ids, a row
 * left out of the print), its positions renumbered among the visible ones, with the way back to the
 * file's own; and a note when hidden cells held figures.
 */
function withoutHidden(sheet: SheetData): { sheet: SheetData; row: (r: number) => number; col: (c: number) => number; note: string | null } {
  // Only those within the cells matter (a sheet may hide every column to the right of its table).
  let maxRow = -1;
  let maxCol = -1;
  for (const c of sheet.cells) {
    if (c.row > maxRow) maxRow = c.row;
    if (c.col > maxCol) maxCol = c.col;
  }
  const hr = new Hidden((sheet.hiddenRows ?? []).filter((r) => r <= maxRow));
  const hc = new Hidden((sheet.hiddenCols ?? []).filter((c) => c <= maxCol));
  if (!hr.size && !hc.size) return { sheet, row: (r) => r, col: (c) => c, note: null };
  const cells: SheetData['cells'] = [];
  const rowsWithFigures = new Set<number>();
  const colsWithFigures = new Set<number>();
  for (const c of sheet.cells) {
    const hiddenRow = hr.set.has(c.row);
    const hiddenCol = hc.set.has(c.col);
    if (!hiddenRow && !hiddenCol) {
      cells.push({ ...c, row: hr.visible(c.row), col: hc.visible(c.col) });
      continue;
    }
    if (!isFigure(c.text)) continue;
    if (hiddenRow) rowsWithFigures.add(c.row);
    if (hiddenCol) colsWithFigures.add(c.col);
  }
  const merges: SheetData['merges'] = [];
  for (const m of sheet.merges) {
    const r0 = hr.firstFrom(m.r0);
    const r1 = hr.lastUpTo(m.r1);
    const c0 = hc.firstFrom(m.c0);
    const c1 = hc.lastUpTo(m.c1);
    if (r0 > r1 || c0 > c1) continue;
    merges.push({ r0: hr.visible(r0), r1: hr.visible(r1), c0: hc.visible(c0), c1: hc.visible(c1) });
  }
  const parts: string[] = [];
  if (rowsWithFigures.size) parts.push(` ${rowsWithFigures.size} 个隐藏行（第 ${[...rowsWithFigures].sort((a, b) => a - b).slice(0, 5).map((r) => r + 1).join('、')}${rowsWithFigures.size > 5 ? ' 等' : ''} 行）`);
  if (colsWithFigures.size) parts.push(` ${colsWithFigures.size} 个隐藏列（${[...colsWithFigures].sort((a, b) => a - b).slice(0, 5).map((c) => a1(0, c).replace(/\d+$/, '')).join('、')}${colsWithFigures.size > 5 ? ' 等' : ''} 列）`);
  const note = parts.length ? `工作表「${sheet.name}」的${parts.join('和')}有数字，未计入：隐藏的行、列不是打印出的表的一部分` : null;
  return { sheet: { ...sheet, cells, merges }, row: (r) => hr.orig(r), col: (c) => hc.orig(c), note };
}

function isFigure(t: string): boolean {
  return parseNumber(t.trim().replace(/[,，]/g, '')) != null;
}

function isParagraphRow(pieces: readonly Piece[], inTable: boolean, sheetWidth: number): boolean {
  const texts = pieces.map((p) => p.text.trim());
  const numeric = texts.some((t) => parseNumber(t.replace(/[,，]/g, '')) != null);
  if (numeric) return false;
  if (texts.length <= 2 && TITLE_ROW.test(texts.join(''))) return true;
  if (texts.length !== 1) return false;
  const [p] = pieces as [Piece];
  if (!inTable) return true;
  // Inside a table a lone text is a row label with blank figures, unless it is a note or spans the table.
  return NOTE.test(p.text.trim()) || (p.span >= 3 && p.span >= sheetWidth * 0.6);
}

/**
 * Where the sheet's rows and columns stand: the sheet without its hidden rows and columns is laid
 * out, and each position is located where it is in the workbook (its row and column as the file
 * numbers them, its line counting every worksheet row).
 */
interface Place {
  lineBase: number;
  row(r: number): number;
  col(c: number): number;
}

function location(file: string, sheet: string, r: number, c: number, text: string, at: Place, cell: Location['cell'] = null): Location {
  const row = at.row(r);
  return { file, page: null, line: at.lineBase + row + 1, cell, text, sheet, ref: a1(row, at.col(c)) };
}

function paragraph(file: string, sheet: string, r: number, pieces: readonly Piece[], at: Place): ParagraphBlock {
  const text = pieces.map((p) => p.text.trim()).join('\t');
  const first = pieces[0] as Piece;
  // A table's title row: a heading, so that it is never run together with the 公开0X表 label below it.
  const heading = pieces.length === 1 && text.length <= 40 && /表$/.test(text) && !/^公开\s*0?\d{1,2}\s*表$/.test(text) ? 1 : null;
  return { kind: 'paragraph', text, heading, location: location(file, sheet, r, first.col, text, at) };
}

function buildTable(
  file: string,
  sheet: SheetData,
  run: readonly number[],
  text: ReadonlyMap<number, ReadonlyMap<number, string>>,
  unread: ReadonlyMap<number, ReadonlySet<number>>,
  origin: ReadonlyMap<string, MergeRange>,
  covers: (r: number, c: number) => MergeRange | null,
  at: Place,
  tableNo: number,
): { table: Block; positions: number } {
  const top = run[0] as number;
  const bottom = run[run.length - 1] as number;
  let c0 = Infinity;
  let c1 = -1;
  for (const r of run) {
    for (const c of text.get(r)?.keys() ?? []) {
      if (covers(r, c)) continue;
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, origin.get(`${r},${c}`)?.c1 ?? c);
    }
    for (const c of unread.get(r) ?? []) {
      if (covers(r, c)) continue;
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
  }
  if (c1 < 0) c0 = c1 = 0;
  const rows: TableCell[][] = [];
  for (let i = 0; i < run.length; i++) {
    const r = run[i] as number;
    const out: TableCell[] = [];
    for (let c = c0; c <= c1; c++) {
      const m = covers(r, c);
      // Positions under a merge that starts inside this table are its spans; a merge from outside leaves them blank.
      if (m && m.r0 >= top && m.c0 >= c0) continue;
      const own = origin.get(`${r},${c}`);
      const t = text.get(r)?.get(c) ?? '';
      const rowSpan = own ? Math.min(own.r1, bottom) - r + 1 : 1;
      const colSpan = own ? Math.min(own.c1, c1) - c + 1 : 1;
      const cell: TableCell = { text: t, colSpan, rowSpan, location: location(file, sheet.name, r, c, t, at, { table: tableNo, row: i + 1, col: c - c0 + 1 }) };
      if (!t && unread.get(r)?.has(c)) cell.unread = true;
      out.push(cell);
      c += colSpan - 1;
    }
    rows.push(out);
  }
  const firstText = rows.flat().find((c) => c.text.trim())?.text ?? '';
  return {
    table: { kind: 'table', rows, shape: 'grid', location: location(file, sheet.name, top, c0, firstText, at) },
    positions: run.length * (c1 - c0 + 1),
  };
}
