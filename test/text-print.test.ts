import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { readTextLayer } from '../src/extract/pdf/text-layer.js';
import { textPrintOf } from '../src/extract/pdf/text-print.js';

/*
 * A PDF printed from a plain-text file (src/extract/pdf/text-print.ts): the rongcheng sample, a Markdown
 * file whose tables are tab-separated rows, printed as it is by Chromium (`chromium --headless
 * --no-pdf-header-footer --print-to-pdf=OUT file://…/rongcheng-city-2024.md`), and its tables part
 * (lines 99–319) opened as a .txt by LibreOffice Writer and exported (`soffice --headless --convert-to pdf`).
 * A tab sets a cell at the next stop, so a long name pushes the rest of its row a stop on and a row's
 * figures stand under the wrong columns. Before: read by position, 15 false errors on the Chromium
 * print (figures a column off, 02's 财政拨款收入 read as 0.00, every sheet's 预算数 read as its 分值).
 * And a text whose tables are laid out with spaces: tables 01–05 of the Putuo finance bureau's PDF
 * copied out with `pdftotext -layout` (lines 125–330), printed as it is by both. Before: not taken
 * for a text print, its LibreOffice print read as a PDF gave six false errors on 05 (rows a column off).
 */
const DIR = 'test/fixtures/text-print';

async function printed(file: string) {
  const { pages } = await readTextLayer(new Uint8Array(await readFile(file)), file);
  return textPrintOf(pages);
}

/** The lines of a text that hold a tab, trailing tabs (which no print shows) dropped. */
const tabLines = (text: string) =>
  text
    .split(/\n|\f/)
    .map((l) => l.replace(/[\t ]+$/, ''))
    .filter((l) => l.includes('\t'))
    .sort();

const problems = async (file: string) =>
  (await checkFile(file)).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.severity} ${f.rule}`);

describe('a text file printed as it is', () => {
  it('LibreOffice: gives back every tab-separated row of the text, rows the page wrapped joined again', async () => {
    const print = await printed(`${DIR}/rongcheng-tables.libreoffice.pdf`);
    expect(print).not.toBeNull();
    expect(tabLines(print?.text ?? '')).toEqual(tabLines(await readFile(`${DIR}/rongcheng-tables.txt`, 'utf8')));
  });

  it('LibreOffice: finds what the text itself gives', async () => {
    expect((await problems(`${DIR}/rongcheng-tables.libreoffice.pdf`)).sort()).toEqual((await problems(`${DIR}/rongcheng-tables.txt`)).sort());
  });

  it('Chromium: the errors and warnings the text itself gives, every table read', async () => {
    const file = `${DIR}/rongcheng-city-2024.chromium.pdf`;
    const report = await checkFile(file);
    const source = await checkFile('samples/rongcheng-city-2024.md');
    const problems = (r: typeof report) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule}`).sort();
    expect(problems(report)).toEqual(problems(source));
    expect(report.coverage.tablesUnread).toEqual([]);
    // Placed on the print: page and line of the PDF, not of the text.
    const quoted = report.findings.find((f) => f.rule === 'narrative-table.fiscal-04' || f.severity === 'error');
    expect(quoted?.locations[0]?.page).toBeGreaterThan(1);
  });

  it('is no reading of a PDF set otherwise (a spreadsheet print, a scan)', async () => {
    expect(await printed('test/fixtures/calc-print/rongcheng-city-2024.calc.pdf')).toBeNull();
    expect(await printed('test/fixtures/pdf/lo-07-08-printed-empty.pdf')).toBeNull();
    expect(await printed('test/fixtures/pdf/scanned-page.pdf')).toBeNull();
  });
});

describe('a text laid out with spaces printed as it is', () => {
  const text = `${DIR}/putuo-finance-tables.layout.txt`;
  /** The rows of its tables (a line that starts with a code), spaces made one. */
  const codeRows = (t: string, exact: boolean) =>
    t
      .split(/\n|\f/)
      .filter((l) => /^\d{3}\s/.test(l))
      .map((l) => (exact ? l.trimEnd() : l.trim().replace(/\s+/g, ' ')));

  it('Chromium: gives back every row of its tables as laid out, spaces and all', async () => {
    const print = await printed(`${DIR}/putuo-finance-tables.layout.chromium.pdf`);
    expect(print).not.toBeNull();
    const rows = codeRows(await readFile(text, 'utf8'), true);
    expect(rows.length).toBeGreaterThan(30);
    expect(codeRows(print?.text ?? '', true)).toEqual(rows);
  });

  it('LibreOffice (spaces after Chinese set in the Chinese font): every row of its tables with its figures, rows the page wrapped joined again', async () => {
    const print = await printed(`${DIR}/putuo-finance-tables.layout.libreoffice.pdf`);
    expect(print).not.toBeNull();
    expect(codeRows(print?.text ?? '', false)).toEqual(codeRows(await readFile(text, 'utf8'), false));
  });

  it('both prints: the errors and warnings the text itself gives, tables printed', async () => {
    const source = (await problems(text)).sort();
    for (const app of ['chromium', 'libreoffice']) {
      const found = (await problems(`${DIR}/putuo-finance-tables.layout.${app}.pdf`)).sort();
      expect(found).toEqual(source);
      expect(found.filter((p) => p.includes('tables-printed'))).toEqual([]);
    }
  });

  it('is no reading of a real PDF, its Latin monospaced or not (borderless tables, a published PDF)', async () => {
    expect(await printed('test/corpus/putuo-finance-bureau-2024.pdf')).toBeNull();
    expect(await printed('test/corpus/pdf/rongcheng-city-2024.borderless.pdf')).toBeNull();
    expect(await printed('test/corpus/pdf/guangyuan-city-2024.libreoffice.pdf')).toBeNull();
  });

  it('is no reading of a text of one cell a line printed by a browser, whose tab indents are whole spaces', async () => {
    // Lines 80–260 of the changji sample (each table cell a line after a tab): read as spaces, its
    // tables went unread and a false sum error came; it stays read as a PDF, as before.
    expect(await printed(`${DIR}/changji-cells.chromium.pdf`)).toBeNull();
  });
});

/*
 * Prints whose Chinese is not two Latin characters wide, or whose Latin and Chinese are set in one
 * font. LibreOffice Writer opening the rongcheng tables as a .txt in a half-width font (`soffice
 * --infilter='Text (encoded):UTF8,LF,Noto Sans Mono CJK SC,zh-CN' --convert-to pdf`, as 宋体 would be on
 * Windows): Latin 5 pt, Chinese 10, a 7-figure code fills a 1.25 cm stop but for half a point and
 * comes in one run with its name ("2080505机关…"). Before: every code row lost its code, 33 false
 * errors. And lines 100–330 of the guangyuan sample printed by Chromium with Liberation Mono and the
 * arphic Chinese font (Chinese 5/3 of a Latin character; an HTML wrapper of the text in a
 * `<pre style="white-space:pre-wrap">`): its sentences wrap at the page's edge between a figure and
 * Chinese and over page breaks, and a sentence's end was taken for a column its next line was joined
 * to. Before: a false sub-score error, a true sum error and a section lost.
 */
describe('a text file printed in fonts of other widths', () => {
  it('LibreOffice, half-width font: every row of the tables back with its code, the text\'s findings', async () => {
    const file = `${DIR}/rongcheng-tables.halfwidth.libreoffice.pdf`;
    const print = await printed(file);
    const codeRows = (t: string) => tabLines(t).filter((l) => /^\d{3,7}\t/.test(l));
    const rows = codeRows(await readFile(`${DIR}/rongcheng-tables.txt`, 'utf8'));
    expect(rows.length).toBeGreaterThan(20);
    expect(codeRows(print?.text ?? '')).toEqual(rows);
    expect((await problems(file)).sort()).toEqual((await problems(`${DIR}/rongcheng-tables.txt`)).sort());
  });

  it('Chromium, Chinese 5/3 of a Latin character: its sentences whole again, the text\'s findings', async () => {
    const file = `${DIR}/guangyuan-part.arphic.chromium.pdf`;
    const print = await printed(file);
    expect(print).not.toBeNull();
    const text = await readFile(`${DIR}/guangyuan-part.txt`, 'utf8');
    // Lines with figures in a sentence: each comes back whole, none joined to the next.
    const sentences = (t: string) => t.split('\n').map((l) => l.trim()).filter((l) => /\d万元/.test(l) && /。$/.test(l));
    expect(sentences(print?.text ?? '')).toEqual(sentences(text));
    expect((await problems(file)).sort()).toEqual((await problems(`${DIR}/guangyuan-part.txt`)).sort());
  });
});

describe('a text file printed in a proportional font', () => {
  // The rongcheng tables printed by Chromium in Liberation Sans and Noto Sans CJK (an HTML wrapper of
  // the text): no text print, read by position, and its tab-stop columns not followed, so 09 goes
  // unread. Before: a false "缺少公开09表" error, where the print shows "公开09表" over the table; then a
  // warning that it was not found.
  it('is read as a PDF, and a table whose number it prints but which is not read is no missing-table error', async () => {
    const file = `${DIR}/rongcheng-tables.proportional.chromium.pdf`;
    expect(await printed(file)).toBeNull();
    const errors = async (f: string) => (await problems(f)).filter((p) => p.startsWith('error')).sort();
    expect(await errors(file)).toEqual(await errors(`${DIR}/rongcheng-tables.txt`));
    const report = await checkFile(file);
    // The table is printed, only not read: no finding of its absence, and the check says why it did not run.
    expect(report.findings.find((f) => f.rule === 'completeness.table-09')).toBeUndefined();
    const t09 = report.coverage.skipped.find((s) => s.rule === 'completeness.table-09');
    expect(t09?.status).toBe('insufficient-data');
    expect(t09?.reason).toContain('印有“公开09表”');
  });
});

