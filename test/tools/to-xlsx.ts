// Writes the 公开表 a sample prints as workbooks laid out like the final-accounts software's export.
// Usage: npx tsx test/tools/to-xlsx.ts [OUTDIR]   (default test/corpus/xlsx; .xls copies need soffice)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '../../src/catalog/catalog.js';
import { readLayout } from '../../src/extract/index.js';
import { interpret } from '../../src/interpret/index.js';
import { isCode, isColumnNumberRow, readHeader, toGrid, trimGrid } from '../../src/interpret/tables/grid.js';
import { EMPTY_RE } from '../../src/interpret/tables/identify.js';
import { parseNumber, shiftPoint } from '../../src/model/decimal.js';
import type { PublicTable } from '../../src/model/disclosure.js';
import { TABLE_DEFS } from '../../src/model/tables.js';
import type { Block, LayoutDocument, TableBlock } from '../../src/model/layout.js';
import type { CellSpec, MergeSpec, PrintSetup, SheetSpec } from './xlsx-writer.js';
import { writeXlsx } from './xlsx-writer.js';
import { listSamples } from './make-variants.js';
import '../../src/extract/register.js';

/*
 * Each table is rebuilt from what the sample prints (the text reader's table block: its header rows
 * and data rows, cell by cell) in the export's layout: a title row merged across, the 公开0X表 label
 * at the right, an 编制单位 / 单位 row, the header rows with their groups merged (inferred from the
 * blanks the text has where the original had merged cells), the 栏次 row, the data rows with figures
 * as numbers under a number format, and the notes printed under the table.
 */

export interface XlsxVariant {
  /** Every table on its own sheet, or all stacked on one sheet with a blank row between them. */
  layout: 'sheets' | 'one-sheet';
  /** 类/款/项 as three code columns under 科目编码 (the older export), or one code column. */
  splitCodes: boolean;
  /** Amounts restated in 元 (exact string arithmetic), the unit row saying 元. */
  yuan: boolean;
  /** Number format of the amounts. */
  amountFormat: string;
  /** Store amounts as a float-based writer does (17 significant digits: 238.66999999999999). */
  floatStored: boolean;
  inlineStrings: boolean;
  /** Sheet names: the table title, or 公开0X表. */
  sheetNames: 'title' | 'code';
  /** The 公开0X表 label printed for a table, when the export numbers them otherwise (see CENTRAL_NUMBERING). */
  numbering?: Partial<Record<string, string>>;
}

/** The numbering of the central departments' export: 07 三公, 08 政府性基金, 09 国有资本经营. */
export const CENTRAL_NUMBERING: Record<string, string> = { '07': '08', '08': '09', '09': '07' };

export const VARIANTS: Record<string, XlsxVariant> = {
  '': { layout: 'sheets', splitCodes: true, yuan: false, amountFormat: '#,##0.00', floatStored: false, inlineStrings: false, sheetNames: 'title' },
  'one-sheet': { layout: 'one-sheet', splitCodes: false, yuan: false, amountFormat: '0.00', floatStored: true, inlineStrings: true, sheetNames: 'title' },
  yuan: { layout: 'sheets', splitCodes: true, yuan: true, amountFormat: '#,##0.00', floatStored: false, inlineStrings: false, sheetNames: 'code' },
};

interface Rows {
  rows: (CellSpec | null)[][];
  merges: MergeSpec[];
  /** The last header row and the label columns (for print titles). */
  headerEnd: number;
  labelCols: number[];
}

const LABEL = /^(项目|科目代码|科目编码|科目名称|功能分类科目(编码|名称)?|支出功能分类科目(编码|名称)?|经济分类科目(编码|名称)?|类|款|项|代码|编码|名称|项目名称)$/;

/** The printed tables of a layout with the block each was read from, in table order. */
export function printedTables(layout: LayoutDocument): { table: PublicTable; block: TableBlock; after: string[] }[] {
  const doc = interpret(layout, defaultCatalog());
  const out: { table: PublicTable; block: TableBlock; after: string[] }[] = [];
  for (const t of doc.tables) {
    const at = layout.blocks.findIndex((b) => b.kind === 'table' && (b.location.line ?? 0) >= (t.location.line ?? 0));
    const block = layout.blocks[at] as TableBlock | undefined;
    if (!block) continue;
    // Notes printed under the table: 注：… and the sentence saying why a table is empty.
    const after: string[] = [];
    for (const b of layout.blocks.slice(at + 1, at + 5) as Block[]) {
      if (b.kind !== 'paragraph' || b.heading != null) break;
      if (/^注/.test(b.text.trim()) || EMPTY_RE.test(b.text)) after.push(b.text.trim());
    }
    out.push({ table: t, block, after });
  }
  return out;
}

/** One table in the export's layout, starting at row 0. */
export function tableRows(t: PublicTable, block: TableBlock, after: readonly string[], v: XlsxVariant): Rows {
  const { grid: raw, spans } = toGrid(block);
  const grid = trimGrid(raw).map((r) => r.map((p) => p.text.trim()));
  const header = readHeader(trimGrid(raw), spans);
  let headRows = grid.slice(header.start, header.dataStart);
  let dataRows = grid.slice(header.dataStart);
  let width = grid[0]?.length ?? 0;
  const leafOf = (c: number) => [...headRows].reverse().map((r) => r[c] ?? '').find((x) => x && !/^\d+$/.test(x) && x !== '栏次') ?? '';
  let labelCols = [...Array(width).keys()].filter((c) => LABEL.test(leafOf(c).replace(/\s+/g, '')));
  const codeCol = labelCols.find((c) => dataRows.some((r) => isCode(r[c] ?? '')));

  if (v.splitCodes && codeCol != null) {
    // One code column becomes 类 | 款 | 项 under the code header, with a header row of its own.
    const split = (r: string[], parts: [string, string, string]) => [...r.slice(0, codeCol), ...parts, ...r.slice(codeCol + 1)];
    const numberRow = headRows.findIndex((r) => isColumnNumberRow(r.map((text) => ({ text, norm: text.replace(/\s+/g, ''), cell: block.rows[0]![0]!, origin: true }))));
    const at = numberRow < 0 ? headRows.length : numberRow;
    headRows = headRows.map((r) => split(r, [r[codeCol] ?? '', '', '']));
    headRows.splice(at, 0, split(Array(width).fill(''), ['类', '款', '项']));
    dataRows = dataRows.map((r) => {
      const c = r[codeCol] ?? '';
      return split(r, isCode(c) ? [c.slice(0, 3), c.slice(3, 5), c.slice(5, 7)] : [c, '', '']);
    });
    labelCols = [...labelCols.filter((c) => c < codeCol), codeCol, codeCol + 1, codeCol + 2, ...labelCols.filter((c) => c > codeCol).map((c) => c + 2)];
    width += 2;
  }
  const amount = (text: string): CellSpec | null => {
    const p = parseNumber(text);
    if (!p) return text ? { kind: 'string', text } : null;
    if (p.decimals === 0) return { kind: 'number', value: p.value, format: 'General' };
    let value = p.value;
    if (v.yuan) value = shiftPoint(value, 4);
    if (v.floatStored) value = Number(value).toPrecision(17);
    return { kind: 'number', value, format: v.amountFormat };
  };

  const rows: (CellSpec | null)[][] = [];
  const merges: MergeSpec[] = [];
  const line = (cells: (CellSpec | null)[]) => rows.push([...cells, ...Array(Math.max(0, width - cells.length)).fill(null)]);
  const str = (text: string): CellSpec | null => (text ? { kind: 'string', text } : null);
  // Title merged across, the code label at the right, 编制单位 at the left and 单位 at the right.
  line([str(t.title)]);
  merges.push({ r0: 0, c0: 0, r1: 0, c1: width - 1 });
  line([...Array(width - 1).fill(null), str(`公开${v.numbering?.[t.id] ?? t.id}表`)]);
  const unit = v.yuan ? '元' : (t.unit ?? '万元');
  line([str(t.entity ? `编制单位：${t.entity}` : ''), ...Array(width - 2).fill(null), str(`单位：${unit}`)]);
  const top = rows.length;
  for (const r of headRows) line(r.map((x) => (/^\d+$/.test(x) ? amount(x) : str(x))));
  merges.push(...headerMerges(headRows).map((m) => ({ ...m, r0: m.r0 + top, r1: m.r1 + top })));
  const headerEnd = rows.length - 1;
  for (const r of dataRows) {
    const y = rows.length;
    line(r.map((x, c) => (labelCols.includes(c) ? str(x) : amount(x))));
    // A label that is not a code (合计) spans the blank label cells to its right, as exported.
    const first = labelCols[0];
    if (first != null && r[first] && !isCode(r[first] as string)) {
      let c1 = first;
      while (labelCols.includes(c1 + 1) && !r[c1 + 1]) c1++;
      if (c1 > first) merges.push({ r0: y, c0: first, r1: y, c1 });
    }
  }
  for (const note of after) {
    line([str(note)]);
    merges.push({ r0: rows.length - 1, c0: 0, r1: rows.length - 1, c1: width - 1 });
  }
  return { rows, merges, headerEnd, labelCols };
}

/**
 * Merges of header rows from the blanks a text table has where the original had merged cells: a
 * text extends right over blank cells under which a lower header row has text (a group over its
 * sub-columns, within the group above), and down over blank cells below it. Rows of column
 * numbers (栏次) take part in neither, except that 栏次 spans the blank label cells after it.
 */
export function headerMerges(head: readonly string[][]): MergeSpec[] {
  const width = Math.max(0, ...head.map((r) => r.length));
  const numbers = head.map((r) => r.includes('栏次') || (r.filter(Boolean).length >= 2 && r.filter(Boolean).every((x) => /^\d+$/.test(x))));
  const owner: (MergeSpec | null)[][] = head.map((r) => r.map(() => null));
  const out: MergeSpec[] = [];
  for (let r = 0; r < head.length; r++) {
    const row = head[r] as string[];
    for (let c = 0; c < width; c++) {
      const t = row[c] ?? '';
      if (!t || owner[r]?.[c]) continue;
      let c1 = c;
      if (numbers[r]) {
        if (t === '栏次') while (c1 + 1 < width && !row[c1 + 1]) c1++;
      } else {
        const parent = r > 0 ? owner[r - 1]?.[c] : null;
        while (
          c1 + 1 < width &&
          !row[c1 + 1] &&
          head.some((lower, k) => k > r && !numbers[k] && lower[c1 + 1]) &&
          (!parent || c1 + 1 <= parent.c1)
        )
          c1++;
      }
      let r1 = r;
      if (!numbers[r]) {
        while (r1 + 1 < head.length && !numbers[r1 + 1] && [...Array(c1 - c + 1).keys()].every((k) => !(head[r1 + 1] as string[])[c + k])) r1++;
      }
      const m = { r0: r, c0: c, r1, c1 };
      for (let y = r; y <= r1; y++) for (let x = c; x <= c1; x++) (owner[y] as (MergeSpec | null)[])[x] = m;
      if (r1 > r || c1 > c) out.push(m);
    }
  }
  return out;
}

/** The workbook of one variant for a layout's printed tables; null when it prints none. */
export function workbookOf(layout: LayoutDocument, v: XlsxVariant, options: { printed?: boolean | PrintSetup; contents?: boolean } = {}): Uint8Array | null {
  const tables = printedTables(layout);
  if (!tables.length) return null;
  const parts = tables.map(({ table, block, after }) => ({ table, ...tableRows(table, block, after, v) }));
  const sheetName = (t: PublicTable) => (v.sheetNames === 'code' ? `公开${v.numbering?.[t.id] ?? t.id}表` : t.title.replace(/[[\]:*?/\\]/g, '').slice(0, 31));
  const widths = (rows: (CellSpec | null)[][]) => [...Array(Math.max(...rows.map((r) => r.length))).keys()].map((c) => (c < 4 ? 14 : 16));
  let sheets: SheetSpec[];
  if (v.layout === 'sheets') {
    sheets = parts.map((p) => ({
      name: sheetName(p.table),
      rows: p.rows,
      merges: p.merges,
      widths: widths(p.rows),
      titles: { rows: [0, p.headerEnd], cols: [Math.min(0, ...p.labelCols), Math.max(0, ...p.labelCols)] },
    }));
  } else {
    const rows: (CellSpec | null)[][] = [];
    const merges: MergeSpec[] = [];
    for (const p of parts) {
      if (rows.length) rows.push([]);
      const top = rows.length;
      rows.push(...p.rows);
      merges.push(...p.merges.map((m) => ({ ...m, r0: m.r0 + top, r1: m.r1 + top })));
    }
    sheets = [{ name: '决算公开表', rows, merges, widths: widths(rows) }];
  }
  // A contents sheet first, as some exports have: the nine tables by number and title, printed or not.
  if (options.contents) {
    const rows: (CellSpec | null)[][] = [[{ kind: 'string', text: '目录' }, null, null], [{ kind: 'string', text: '序号' }, { kind: 'string', text: '表名' }, { kind: 'string', text: '表号' }]];
    for (const [k, d] of Object.values(TABLE_DEFS).entries()) rows.push([{ kind: 'number', value: String(k + 1), format: 'General' }, { kind: 'string', text: d.title }, { kind: 'string', text: `公开${d.id}表` }]);
    sheets.unshift({ name: '目录', rows, merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }], widths: [8, 40, 12] });
  }
  return writeXlsx(sheets, { inlineStrings: v.inlineStrings, ...(options.printed ? { printed: options.printed } : {}) });
}

/** LibreOffice's conversion of a workbook (to 'xls', or 'xlsx' for its own OOXML); null without soffice. */
export function convertWithLibreOffice(src: string, to: 'xls' | 'xlsx', outDir: string): string | null {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) return null;
  const filter = to === 'xls' ? 'xls:MS Excel 97' : 'xlsx:Calc MS Excel 2007 XML';
  execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(tmpdir(), `juesuan-lo-profile-${process.pid}`)}`, '--convert-to', filter, '--outdir', outDir, src], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const out = join(outDir, `${basename(src, extname(src))}.${to}`);
  return existsSync(out) ? out : null;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'test/corpus/xlsx'));
  await mkdir(outDir, { recursive: true });
  const tmp = await mkdtemp(join(tmpdir(), 'juesuan-to-xlsx-'));
  for (const sample of await listSamples()) {
    const layout = await readLayout(sample, new Uint8Array(await readFile(sample)));
    const name = basename(sample, extname(sample));
    for (const [suffix, v] of Object.entries(VARIANTS)) {
      const bytes = workbookOf(layout, v);
      if (!bytes) {
        if (!suffix) process.stdout.write(`${basename(sample)}: prints no 公开表, no workbook\n`);
        continue;
      }
      const file = join(outDir, `${name}${suffix ? `.${suffix}` : ''}.xlsx`);
      await writeFile(file, bytes);
      process.stdout.write(`${basename(sample)} → ${file}\n`);
      // The .xls copy: LibreOffice converts in a scratch directory (it names outputs by the input's name).
      const xls = convertWithLibreOffice(file, 'xls', tmp);
      if (xls) {
        await copyFile(xls, file.replace(/\.xlsx$/, '.xls'));
        process.stdout.write(`  → ${file.replace(/\.xlsx$/, '.xls')} (LibreOffice)\n`);
      } else process.stdout.write('  (no soffice: .xls not written)\n');
      if (!suffix) {
        // LibreOffice's own XLSX of the same workbook: a second, independent writer of the format.
        const lo = xls ? convertWithLibreOffice(xls, 'xlsx', join(tmp, 'lo')) : null;
        if (lo) {
          await copyFile(lo, join(outDir, `${name}.libreoffice.xlsx`));
          process.stdout.write(`  → ${join(outDir, `${name}.libreoffice.xlsx`)} (LibreOffice, from the .xls)\n`);
        }
      }
    }
  }
  await rm(tmp, { recursive: true, force: true });
}
