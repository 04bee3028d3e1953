// Prints the samples' export workbooks with LibreOffice Calc the several ways published PDFs were
// printed (no borders on one page per sheet, no fit to the width, portrait, print titles, gridlines,
// a scale, other number formats, from an .xls save) and compares each print's errors and warnings with
// the workbook's own: a finding only in the print is the reader's fault unless the print lost something.
// The corpus's own workbooks (test/corpus/xlsx) are printed too, as saved and one page per sheet.
// Usage: npx tsx test/tools/calc-variants.ts OUTDIR [VARIANT...]   (needs soffice with Calc)
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { defaultCatalog } from '../../src/catalog/catalog.js';
import { checkFile } from '../../src/check.js';
import { interpret } from '../../src/interpret/index.js';
import { readLayout } from '../../src/extract/index.js';
import '../../src/extract/register.js';
import { printWorkbook } from './calc-print.js';
import { listSamples } from './make-variants.js';
import { convertWithLibreOffice, VARIANTS, workbookOf, type XlsxVariant } from './to-xlsx.js';
import type { PrintSetup } from './xlsx-writer.js';

interface PrintVariant {
  workbook: XlsxVariant;
  setup: PrintSetup;
  singlePage?: boolean;
  viaXls?: boolean;
  /** A contents sheet listing the nine tables before them. */
  contents?: boolean;
}

const plain = VARIANTS[''] as XlsxVariant;
const yuan = VARIANTS.yuan as XlsxVariant;
export const PRINTS: Record<string, PrintVariant> = {
  ruled: { workbook: plain, setup: {} },
  'single-bare': { workbook: plain, setup: { borders: 'none' }, singlePage: true },
  'single-bare-yuan': { workbook: yuan, setup: { borders: 'none' }, singlePage: true },
  'wide-nofit': { workbook: plain, setup: { fit: 'none' } },
  'wide-nofit-labels': { workbook: plain, setup: { fit: 'none', repeatCols: true } },
  'wide-nofit-yuan': { workbook: yuan, setup: { fit: 'none', repeatCols: true, repeatRows: true } },
  'portrait-fit': { workbook: plain, setup: { orientation: 'portrait' } },
  'portrait-nofit': { workbook: plain, setup: { orientation: 'portrait', fit: 'none' } },
  'portrait-titles': { workbook: yuan, setup: { orientation: 'portrait', fit: 'none', repeatRows: true, repeatCols: true } },
  gridlines: { workbook: plain, setup: { borders: 'gridlines' } },
  'gridlines-yuan': { workbook: yuan, setup: { borders: 'gridlines', fit: 60 } },
  scale60: { workbook: plain, setup: { fit: 60 } },
  'no-separators': { workbook: { ...yuan, amountFormat: '0.00' }, setup: { borders: 'none' } },
  'xls-save': { workbook: plain, setup: {}, viaXls: true },
  'xls-save-bare': { workbook: yuan, setup: { borders: 'none', fit: 'none' }, viaXls: true },
  contents: { workbook: plain, setup: {}, contents: true },
  'contents-bare': { workbook: plain, setup: { borders: 'none' }, singlePage: true, contents: true },
};

type Key = string;
const keyOf = (f: { rule: string; severity: string }): Key => `${f.severity}\t${f.rule}`;

async function findings(file: string) {
  const report = await checkFile(file);
  return report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/** The tables a file is read to print, each with its number of rows and unit ("02:13万元"). */
async function tablesOf(file: string): Promise<string> {
  const doc = interpret(await readLayout(file, new Uint8Array(await readFile(file))), defaultCatalog());
  return doc.tables.map((t) => `${t.id}:${t.rows.length}${t.unit ?? '?'}`).join(' ');
}

const outDir = resolve(process.argv[2] ?? '/tmp/calc-variants');
const only = process.argv.slice(3);
await mkdir(outDir, { recursive: true });
const summary: string[] = [];

/** Prints one workbook, lists the print's errors and warnings its workbook has not, and the tables read differently. */
async function compare(vname: string, name: string, xlsx: string, pdf: string): Promise<void> {
  const source = await findings(xlsx);
  const printed = await findings(pdf);
  const left = new Map<Key, number>();
  for (const f of source) left.set(keyOf(f), (left.get(keyOf(f)) ?? 0) + 1);
  const extra = printed.filter((f) => {
    const n = left.get(keyOf(f)) ?? 0;
    left.set(keyOf(f), n - 1);
    return n <= 0;
  });
  const lost = [...left].filter(([, n]) => n > 0);
  const [wanted, read] = [await tablesOf(xlsx), await tablesOf(pdf)];
  const e = extra.filter((f) => f.severity === 'error').length;
  const w = extra.length - e;
  summary.push(`${vname}\t${name}\tprint-only errors ${e}\twarnings ${w}\tsource-only ${lost.reduce((a, [, n]) => a + n, 0)}\ttables ${wanted === read ? 'same' : 'differ'}`);
  process.stdout.write(`== ${vname} ${name}: print-only ${e} errors, ${w} warnings\n`);
  if (wanted !== read) process.stdout.write(`  tables: workbook ${wanted}\n          print    ${read}\n`);
  for (const f of extra) process.stdout.write(`  + ${f.severity} ${f.rule}: ${f.message.slice(0, 220)}\n`);
  for (const [k, n] of lost) process.stdout.write(`  - ${k} ×${n}\n`);
}

for (const sample of await listSamples()) {
  const layout = await readLayout(sample, new Uint8Array(await readFile(sample)));
  const name = basename(sample, extname(sample));
  for (const [vname, v] of Object.entries(PRINTS)) {
    if (only.length && !only.includes(vname)) continue;
    const bytes = workbookOf(layout, v.workbook, { printed: v.setup, ...(v.contents ? { contents: true } : {}) });
    if (!bytes) continue;
    const dir = join(outDir, vname);
    await mkdir(dir, { recursive: true });
    let xlsx = join(dir, `${name}.xlsx`);
    await writeFile(xlsx, bytes);
    if (v.viaXls) xlsx = convertWithLibreOffice(xlsx, 'xls', dir) ?? xlsx;
    const pdf = printWorkbook(xlsx, dir, v.singlePage ? { singlePage: true } : {});
    await compare(vname, name, xlsx, pdf);
  }
}

// The corpus's workbooks as they were saved (their own page setup), and one page per sheet.
const CORPUS = resolve(import.meta.dirname, '../corpus/xlsx');
for (const file of (await readdir(CORPUS)).filter((f) => /\.xlsx?$/.test(f)).sort()) {
  for (const singlePage of [false, true]) {
    const vname = singlePage ? 'corpus-single' : 'corpus';
    if (only.length && !only.includes(vname)) continue;
    const dir = join(outDir, vname);
    await mkdir(dir, { recursive: true });
    const xlsx = join(dir, file);
    await copyFile(join(CORPUS, file), xlsx);
    await compare(vname, file, xlsx, printWorkbook(xlsx, dir, { singlePage }));
  }
}
process.stdout.write(`\n${summary.join('\n')}\n`);
