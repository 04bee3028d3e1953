/*
 * XLS (BIFF5/BIFF8) through SheetJS `xlsx@0.18.5`, the only practical BIFF reader on npm. That
 * release has published advisories for reading crafted files: prototype pollution
 * (CVE-2023-30533, GHSA-4r6h-8v6p-xvw6, fixed in 0.19.3) and a regular-expression denial of service
 * (CVE-2024-22363, GHSA-5pgg-2g8v-p4x9, fixed in 0.20.2); the fixed releases are published only on
 * SheetJS's own CDN, not on npm. So it is used for .xls only (XLSX has its own reader), and only
 * here, inside the bounded worker (bounded.ts): a polluted prototype lives and dies with the
 * worker's own realm, only plain strings and numbers are copied out of SheetJS's objects (the
 * layout crosses back by structured clone, which carries no prototypes), and a runaway regex ends
 * at the worker's time limit. Nothing else in the project may import 'xlsx'.
 *
 * Displayed text: BIFF stores numbers as IEEE doubles; String(v) is the shortest decimal that
 * round-trips to the stored double — the same string Excel writes into an XLSX — and the cell's
 * number format is applied to that string with decimal arithmetic (spreadsheet/numfmt.ts).
 */
import * as XLSX from 'xlsx';
import { JuesuanError } from '../../errors.js';
import type { LayoutDocument } from '../../model/layout.js';
import { displayNumber } from '../spreadsheet/numfmt.js';
import { isOle } from '../spreadsheet/ole.js';
import type { SheetCell, SheetData } from '../spreadsheet/sheet.js';
import { sheetsToLayout } from '../spreadsheet/to-layout.js';

// (Under Node, the CommonJS build loads its code-page tables itself: Chinese BIFF5 text in GBK reads.)

const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' };

/** Bounded-worker job: an XLS workbook into the layout model. */
export function parse(bytes: Uint8Array, file: string): LayoutDocument {
  if (!isOle(bytes)) throw new JuesuanError('CORRUPT_FILE', `文件 ${file} 不是有效的 XLS 文件（文件头不符），可能已损坏。请用 Excel 或 WPS 表格打开后另存为 .xlsx 再检查。`);
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      cellNF: true,
      cellText: false,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      // Needed for the column records (COLINFO) to be read at all: their hidden flag says which
      // columns were not printed. Only that flag is copied out.
      cellStyles: true,
      sheetStubs: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(msg)) {
      throw new JuesuanError(
        'CORRUPT_FILE',
        `文件已加密：${file} 设置了打开密码，无法读取内容。请在 Excel 或 WPS 表格中输入密码打开，取消密码保护后另存为 .xlsx 再检查。`,
      );
    }
    // SheetJS's own wording (English, often a JavaScript TypeError) stays in `cause`.
    throw new JuesuanError(
      'CORRUPT_FILE',
      `无法读取 XLS 文件 ${file}：工作簿的内部记录不完整或互相矛盾，文件可能已损坏或被截断。请用 Excel 或 WPS 表格打开后另存为 .xlsx 再检查。`,
      { cause: e },
    );
  }
  const notes: string[] = [];
  const sheets: SheetData[] = [];
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  wb.SheetNames.forEach((name, i) => {
    const name0 = String(name);
    if (Number(wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0) {
      notes.push(`工作表「${name0}」是隐藏工作表，未读取`);
      return;
    }
    const ws = wb.Sheets[name0];
    if (!ws) return;
    const cells: SheetCell[] = [];
    for (const key of Object.keys(ws)) {
      if (key.startsWith('!')) continue;
      const c = ws[key] as XLSX.CellObject;
      const at = XLSX.utils.decode_cell(key);
      const text = displayOf(c, date1904);
      if (text) cells.push({ row: Number(at.r), col: Number(at.c), text });
    }
    const merges = (ws['!merges'] ?? []).map((m) => ({ r0: Number(m.s.r), c0: Number(m.s.c), r1: Number(m.e.r), c1: Number(m.e.c) }));
    const sheet: SheetData = { name: name0, cells, merges };
    // Hidden columns (COLINFO) and rows (ROW): not printed, so not part of what was published.
    const hiddenCols = hiddenIndices(ws['!cols']);
    const hiddenRows = hiddenIndices(ws['!rows']);
    if (hiddenCols.length) sheet.hiddenCols = hiddenCols;
    if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
    sheets.push(sheet);
  });
  return sheetsToLayout(file, 'xls', sheets, notes);
}

function hiddenIndices(list: unknown): number[] {
  if (!Array.isArray(list)) return [];
  const out: number[] = [];
  list.forEach((x: unknown, i: number) => {
    if (x && typeof x === 'object' && (x as { hidden?: unknown }).hidden === true) out.push(i);
  });
  return out;
}

function displayOf(c: XLSX.CellObject, date1904: boolean): string {
  switch (c.t) {
    case 'n':
      return typeof c.v === 'number' && Number.isFinite(c.v) ? displayNumber(String(c.v), typeof c.z === 'string' ? c.z : 'General', date1904) : '';
    case 's':
      return typeof c.v === 'string' ? c.v : '';
    case 'b':
      return c.v ? 'TRUE' : 'FALSE';
    case 'e':
      return typeof c.v === 'number' ? (ERRORS[c.v] ?? '#ERROR') : '';
    default:
      return '';
  }
}
