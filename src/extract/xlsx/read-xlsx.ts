import type { SaxesTagNS } from 'saxes';
import { JuesuanError } from '../../errors.js';
import type { LayoutDocument } from '../../model/layout.js';
import { decodeXml, parseXml } from '../docx/xml.js';
import { extractEntry, type InflateBudget, newBudget, readZipDirectory, type ZipEntry, type ZipKind } from '../docx/zip.js';
import { BUILTIN_FORMATS, displayNumber } from '../spreadsheet/numfmt.js';
import { parseA1, parseRange, type SheetCell, type SheetData } from '../spreadsheet/sheet.js';
import { sheetsToLayout } from '../spreadsheet/to-layout.js';

/*
 * XLSX reader: the OOXML package read with the project's own bounded ZIP reader (fflate, see
 * docx/zip.ts) and saxes, like the DOCX reader. Not SheetJS: its npm release (0.18.5) carries
 * published advisories for reading untrusted files, and what a table needs is small — shared
 * strings, each sheet's cells and merges, the number formats of styles.xml — while the display text
 * of a number must be derived exactly from the stored decimal string (spreadsheet/numfmt.ts), which
 * no reader on npm does without passing through a binary float. exceljs was not taken either: it
 * reads through unbounded unzipping (no zip-bomb limit) and returns numbers as floats.
 * Runs inside the bounded worker (xlsx/job.ts): a hostile package costs a worker, not the process.
 */

export const XLSX_KIND: ZipKind = { name: 'XLSX', ext: '.xlsx', app: 'Excel 或 WPS 表格' };

const REL_NS_ID = 'id';

function attr(tag: SaxesTagNS, local: string): string | null {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return null;
}

interface Rel {
  type: string;
  target: string;
}

/** Reads a workbook into the layout model: visible sheets in workbook order. */
export function readXlsxLayout(bytes: Uint8Array, file: string): LayoutDocument {
  const entries = readZipDirectory(bytes, file, XLSX_KIND);
  const budget = newBudget();
  const read = (name: string): string | null => {
    const e = findEntry(entries, name);
    return e ? decodeXml(extractEntry(bytes, e, file, budget, XLSX_KIND)) : null;
  };
  const rootRels = readRels(read('_rels/.rels'), file, '_rels/.rels');
  const bookPath = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target.replace(/^\/+/, '') ?? 'xl/workbook.xml';
  const bookXml = read(bookPath);
  if (bookXml == null) throw notWorkbook(entries, file);
  const dir = bookPath.includes('/') ? bookPath.slice(0, bookPath.lastIndexOf('/') + 1) : '';
  const bookRels = readRels(read(`${dir}_rels/${bookPath.slice(dir.length)}.rels`), file, 'workbook.xml.rels');
  const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : normalise(dir + target));
  const relOf = (suffix: string) => [...bookRels.values()].find((r) => r.type.endsWith(suffix));

  const book = readWorkbook(bookXml, file);
  const notes: string[] = [];
  const sstPath = relOf('/sharedStrings');
  const strings = readSharedStrings(read(sstPath ? resolve(sstPath.target) : `${dir}sharedStrings.xml`), file);
  const stylesPath = relOf('/styles');
  const formats = readStyles(read(stylesPath ? resolve(stylesPath.target) : `${dir}styles.xml`), file);

  const sheets: SheetData[] = [];
  for (const s of book.sheets) {
    const rel = bookRels.get(s.rid);
    if (s.state !== 'visible') {
      notes.push(`工作表「${s.name}」是隐藏工作表，未读取`);
      continue;
    }
    if (!rel || !rel.type.endsWith('/worksheet')) {
      if (rel?.type.endsWith('/chartsheet')) notes.push(`工作表「${s.name}」是图表，图中的数据无法检查`);
      else notes.push(`工作表「${s.name}」不是普通工作表，未读取`);
      continue;
    }
    const xml = read(resolve(rel.target));
    if (xml == null) {
      notes.push(`工作表「${s.name}」在文件中缺失（${rel.target}），未读取`);
      continue;
    }
    const sheet = readSheet(xml, file, s.name, strings, formats, book.date1904);
    if (sheet.pendingFormulas) notes.push(`工作表「${s.name}」有 ${sheet.pendingFormulas} 个公式单元格没有保存计算结果，其显示值无法读取（请在 Excel 中打开并保存一次）`);
    sheets.push(sheet.data);
  }
  if (!sheets.length && !notes.length) notes.push(`${file}：工作簿中没有工作表`);
  return sheetsToLayout(file, 'xlsx', sheets, notes);
}

function findEntry(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
  // Part names are case-insensitive in OPC.
  return entries.get(name) ?? [...entries.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg && seg !== '.') out.push(seg);
  }
  return out.join('/');
}

function notWorkbook(entries: Map<string, ZipEntry>, file: string): JuesuanError {
  const what = [...entries.keys()].some((n) => /^word\/document\d*\.xml$/i.test(n))
    ? '这是一个 Word 文档（.docx），请把扩展名改为 .docx 后再检查'
    : [...entries.keys()].some((n) => /^ppt\//i.test(n))
      ? '这是一个 PowerPoint 演示文稿'
      : '压缩包里没有工作簿（xl/workbook.xml）';
  return new JuesuanError('CORRUPT_FILE', `文件 ${file} 是 ZIP 压缩包，但不是 Excel 工作簿：${what}。请确认选择的是决算报表的 .xlsx 文件。`);
}

function readRels(xml: string | null, file: string, part: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  if (xml == null) return out;
  parseXml(
    xml,
    file,
    part,
    {
      open(tag) {
        if (tag.local !== 'Relationship') return;
        const id = attr(tag, 'Id');
        const target = attr(tag, 'Target');
        if (id && target && attr(tag, 'TargetMode') !== 'External') out.set(id, { type: attr(tag, 'Type') ?? '', target });
      },
      close() {},
      text() {},
    },
    XLSX_KIND,
  );
  return out;
}

interface BookSheet {
  name: string;
  rid: string;
  state: string;
}

function readWorkbook(xml: string, file: string): { sheets: BookSheet[]; date1904: boolean } {
  const sheets: BookSheet[] = [];
  let date1904 = false;
  parseXml(
    xml,
    file,
    'workbook.xml',
    {
      open(tag) {
        if (tag.local === 'workbookPr') date1904 = /^(1|true)$/i.test(attr(tag, 'date1904') ?? '');
        if (tag.local === 'sheet') {
          // r:id is namespaced; strict OOXML uses another namespace URI, so match the local name.
          const rid = Object.values(tag.attributes).find((a) => a.local === REL_NS_ID && a.prefix !== '')?.value ?? '';
          sheets.push({ name: attr(tag, 'name') ?? `Sheet${sheets.length + 1}`, rid, state: attr(tag, 'state') ?? 'visible' });
        }
      },
      close() {},
      text() {},
    },
    XLSX_KIND,
  );
  return { sheets, date1904 };
}

/** Shared strings: plain or rich text; phonetic runs (rPh) are not part of the shown text. */
function readSharedStrings(xml: string | null, file: string): string[] {
  const out: string[] = [];
  if (xml == null) return out;
  let cur: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  parseXml(
    xml,
    file,
    'sharedStrings.xml',
    {
      open(tag) {
        if (tag.local === 'si') cur = [];
        else if (tag.local === 'rPh') phonetic++;
        else if (tag.local === 't') inT = true;
      },
      close(tag) {
        if (tag.local === 'si') {
          out.push(unescapeOoxml((cur ?? []).join('')));
          cur = null;
        } else if (tag.local === 'rPh') phonetic--;
        else if (tag.local === 't') inT = false;
      },
      text(t) {
        if (inT && !phonetic && cur) cur.push(t);
      },
    },
    XLSX_KIND,
  );
  return out;
}

/** "_x000D_" escapes of characters XML cannot carry. */
function unescapeOoxml(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** Number format code of each cell style index (cellXfs order). */
function readStyles(xml: string | null, file: string): string[] {
  if (xml == null) return [];
  const custom = new Map<number, string>();
  const xfs: string[] = [];
  const ids: number[] = [];
  let inCellXfs = false;
  parseXml(
    xml,
    file,
    'styles.xml',
    {
      open(tag) {
        if (tag.local === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? 'General');
        else if (tag.local === 'cellXfs') inCellXfs = true;
        else if (tag.local === 'xf' && inCellXfs) ids.push(Number(attr(tag, 'numFmtId') ?? 0));
      },
      close(tag) {
        if (tag.local === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    XLSX_KIND,
  );
  for (const id of ids) xfs.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General');
  return xfs;
}

interface CellState {
  ref: string | null;
  style: number;
  type: string;
  v: string[];
  inline: string[];
  formula: boolean;
}

function readSheet(
  xml: string,
  file: string,
  name: string,
  strings: readonly string[],
  formats: readonly string[],
  date1904: boolean,
): { data: SheetData; pendingFormulas: number } {
  const cells: SheetCell[] = [];
  const merges: SheetData['merges'] = [];
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  let row = -1;
  let col = -1;
  let cell: CellState | null = null;
  let inV = false;
  let inIsT = false;
  let phonetic = 0;
  let pendingFormulas = 0;
  parseXml(
    xml,
    file,
    `工作表「${name}」`,
    {
      open(tag) {
        switch (tag.local) {
          case 'row': {
            const r = Number(attr(tag, 'r'));
            row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
            col = -1;
            if (isTrue(attr(tag, 'hidden'))) hiddenRows.push(row);
            break;
          }
          case 'col': {
            // <col min max hidden>: 1-based, inclusive; a range may run to the sheet's last column.
            const min = Number(attr(tag, 'min'));
            const max = Math.min(Number(attr(tag, 'max')), 16_384);
            if (isTrue(attr(tag, 'hidden')) && Number.isInteger(min) && Number.isInteger(max) && min >= 1) {
              for (let c = min; c <= max; c++) hiddenCols.push(c - 1);
            }
            break;
          }
          case 'c':
            cell = { ref: attr(tag, 'r'), style: Number(attr(tag, 's') ?? 0) || 0, type: attr(tag, 't') ?? 'n', v: [], inline: [], formula: false };
            break;
          case 'v':
            inV = true;
            break;
          case 'f':
            if (cell) cell.formula = true;
            break;
          case 'rPh':
            phonetic++;
            break;
          case 't':
            if (cell) inIsT = true;
            break;
          case 'mergeCell': {
            const m = parseRange(attr(tag, 'ref') ?? '');
            if (m) merges.push(m);
            break;
          }
        }
      },
      close(tag) {
        switch (tag.local) {
          case 'v':
            inV = false;
            break;
          case 't':
            inIsT = false;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'c': {
            const c = cell as CellState | null;
            cell = null;
            if (!c) break;
            const at = c.ref ? parseA1(c.ref) : null;
            if (at) {
              row = at.row;
              col = at.col;
            } else col++;
            if (row < 0) row = 0;
            const v = c.v.join('');
            if (c.formula && !v && c.type !== 'inlineStr') {
              // A formula without its result: what it shows is unknown (not blank, which prints as zero).
              pendingFormulas++;
              cells.push({ row, col, text: '', unread: true });
              break;
            }
            const text = displayOf(c, v, strings, formats, date1904);
            if (text) cells.push({ row, col, text });
            break;
          }
        }
      },
      text(t) {
        if (!cell) return;
        if (inV) cell.v.push(t);
        else if (inIsT && !phonetic) cell.inline.push(t);
      },
    },
    XLSX_KIND,
  );
  const data: SheetData = { name, cells, merges };
  if (hiddenRows.length) data.hiddenRows = hiddenRows;
  if (hiddenCols.length) data.hiddenCols = hiddenCols;
  return { data, pendingFormulas };
}

function isTrue(v: string | null): boolean {
  return v != null && /^(1|true)$/i.test(v.trim());
}

function displayOf(c: CellState, v: string, strings: readonly string[], formats: readonly string[], date1904: boolean): string {
  switch (c.type) {
    case 's': {
      const i = Number(v);
      return Number.isInteger(i) && i >= 0 ? unescapeOoxml(strings[i] ?? '') : '';
    }
    case 'inlineStr':
      return unescapeOoxml(c.inline.join(''));
    case 'str':
      return unescapeOoxml(v);
    case 'b':
      return v === '1' || v === 'true' ? 'TRUE' : v ? 'FALSE' : '';
    case 'e':
      return v;
    case 'd':
      // An ISO 8601 date value: left as the text it is (its date part when it has no time of day).
      return v.replace(/T00:00(:00(\.0+)?)?Z?$/, '');
    default:
      return v.trim() ? displayNumber(v, formats[c.style] ?? 'General', date1904) : '';
  }
}
