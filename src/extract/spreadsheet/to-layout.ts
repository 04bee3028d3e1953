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
  for (const sheet of sheets) {
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
      const block = buildTable(file, sheet, run, text, unread, origin, covers, lineBase, ++tableNo);
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
        blocks.push(paragraph(file, sheet.name, r, pieces, lineBase));
      } else run.push(r);
    }
    flush();
    lineBase += maxRow + 1;
  }
  return { file, format, blocks, notes };
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

function location(file: string, sheet: string, r: number, c: number, text: string, lineBase: number, cell: Location['cell'] = null): Location {
  return { file, page: null, line: lineBase + r + 1, cell, text, sheet, ref: a1(r, c) };
}

function paragraph(file: string, sheet: string, r: number, pieces: readonly Piece[], lineBase: number): ParagraphBlock {
  const text = pieces.map((p) => p.text.trim()).join('\t');
  const first = pieces[0] as Piece;
  // A table's title row: a heading, so that it is never run together with the 公开0X表 label below it.
  const heading = pieces.length === 1 && text.length <= 40 && /表$/.test(text) && !/^公开\s*0?\d{1,2}\s*表$/.test(text) ? 1 : null;
  return { kind: 'paragraph', text, heading, location: location(file, sheet, r, first.col, text, lineBase) };
}

function buildTable(
  file: string,
  sheet: SheetData,
  run: readonly number[],
  text: ReadonlyMap<number, ReadonlyMap<number, string>>,
  unread: ReadonlyMap<number, ReadonlySet<number>>,
  origin: ReadonlyMap<string, MergeRange>,
  covers: (r: number, c: number) => MergeRange | null,
  lineBase: number,
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
      const cell: TableCell = { text: t, colSpan, rowSpan, location: location(file, sheet.name, r, c, t, lineBase, { table: tableNo, row: i + 1, col: c - c0 + 1 }) };
      if (!t && unread.get(r)?.has(c)) cell.unread = true;
      out.push(cell);
      c += colSpan - 1;
    }
    rows.push(out);
  }
  const firstText = rows.flat().find((c) => c.text.trim())?.text ?? '';
  return {
    table: { kind: 'table', rows, shape: 'grid', location: location(file, sheet.name, top, c0, firstText, lineBase) },
    positions: run.length * (c1 - c0 + 1),
  };
}
