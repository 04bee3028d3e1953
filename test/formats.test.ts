import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, extractBytes } from '../src/check.js';
import { readLayout } from '../src/extract/index.js';
import type { TableBlock } from '../src/model/layout.js';
import { findingKey, firstDifference, missingFrom, stripFormat } from './tools/compare.js';
import { asCellPerLine } from './tools/cell-per-line.js';
import { fullWidthDigits } from './tools/full-width.js';
import { hardWrap } from './tools/hard-wrap.js';
import { toGridMarkdown } from './tools/to-grid-markdown.js';
import { tablesInYuan } from './tools/in-yuan.js';
import { listSamples, makeVariants } from './tools/make-variants.js';
import '../src/extract/register.js';

/*
 * The same document as text, DOCX and HTML must give the same findings. Each sample is read with the
 * text reader, written as DOCX and HTML by test/tools, and all three are checked.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-formats-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const samples = await listSamples();

describe.each(samples.map((s) => [basename(s), s] as const))('%s as DOCX, HTML, a government web page and Word-saved HTML', (_name, sample) => {
  let variants: { docx: string; html: string; webPage: string; wordHtml: string };
  beforeAll(async () => {
    variants = await makeVariants(sample, dir);
  });

  it.each(['docx', 'html', 'webPage', 'wordHtml'] as const)('%s gives the same findings as the original', async (fmt) => {
    const original = await checkFile(sample);
    const variant = await checkFile(variants[fmt]);
    expect(variant.format).toBe(fmt === 'docx' ? 'docx' : 'html');
    const lost = missingFrom(original.findings, variant.findings);
    const gained = missingFrom(variant.findings, original.findings);
    if (lost.length || gained.length) {
      const a = stripFormat(await extractBytes(sample, new Uint8Array(await readFile(sample))));
      const b = stripFormat(await extractBytes(variants[fmt], new Uint8Array(await readFile(variants[fmt]))));
      console.error(`${basename(sample)} → ${fmt}: first model difference: ${firstDifference(a, b) ?? '(none)'}`);
    }
    expect({ lost, gained }).toEqual({ lost: [], gained: [] });
    expect(variant.findings.map(findingKey).sort()).toEqual(original.findings.map(findingKey).sort());
  });

  it.each(['docx', 'html'] as const)('%s gives the same extracted model (locations aside)', async (fmt) => {
    const a = stripFormat(await extractBytes(sample, new Uint8Array(await readFile(sample))));
    const b = stripFormat(await extractBytes(variants[fmt], new Uint8Array(await readFile(variants[fmt]))));
    const diff = firstDifference(a, b);
    if (diff) console.error(`${basename(sample)} → ${fmt}: first model difference: ${diff}`);
    expect(diff).toBeNull();
  });
});

describe.each(samples.map((s) => [basename(s), s] as const))('%s hard-wrapped as text copied out of a PDF', (name, sample) => {
  it.each([
    [56, 0],
    [76, 0],
    [96, 0],
    [76, 45],
  ])('at %i columns (a page number every %i lines) gives the same findings as the original', async (width, pageEvery) => {
    const wrapped = join(dir, `w${width}-${pageEvery}-${name}`);
    await writeFile(wrapped, hardWrap(await readFile(sample, 'utf8'), width, { pageEvery }));
    const original = await checkFile(sample);
    const variant = await checkFile(wrapped);
    expect({ lost: missingFrom(original.findings, variant.findings), gained: missingFrom(variant.findings, original.findings) }).toEqual({ lost: [], gained: [] });
  });
});

describe.each(samples.map((s) => [basename(s), s] as const))('%s as pandoc Markdown with grid tables', (name, sample) => {
  // 0: one paragraph per line; 72: pandoc's default, paragraphs wrapped at 72 columns.
  it.each([0, 72])('wrapped at %i columns gives the same findings as the original', async (columns) => {
    const md = join(dir, `grid${columns}-${name}.md`);
    const grid = toGridMarkdown(await readLayout(sample, new Uint8Array(await readFile(sample))));
    await writeFile(md, columns ? hardWrap(grid, columns) : grid);
    const original = await checkFile(sample);
    const variant = await checkFile(md);
    expect(variant.coverage.tablesFound).toEqual(original.coverage.tablesFound);
    expect(variant.coverage.performanceSheets).toBe(original.coverage.performanceSheets);
    expect({ lost: missingFrom(original.findings, variant.findings), gained: missingFrom(variant.findings, original.findings) }).toEqual({ lost: [], gained: [] });
  });
});

describe.each(samples.map((s) => [basename(s), s] as const))('%s typed in full-width digits', (name, sample) => {
  it('gives the same findings as the original', async () => {
    const fw = join(dir, `fw-${name}`);
    await writeFile(fw, fullWidthDigits(await readFile(sample, 'utf8')));
    const original = await checkFile(sample);
    const variant = await checkFile(fw);
    expect({ lost: missingFrom(original.findings, variant.findings), gained: missingFrom(variant.findings, original.findings) }).toEqual({ lost: [], gained: [] });
  });
});

describe.each(samples.map((s) => [basename(s), s] as const))('%s as plain text that lost its tables (one cell per line)', (name, sample) => {
  it('adds no finding, and says which tables and sheets it could not read', async () => {
    const flat = join(dir, `flat-${name}.txt`);
    await writeFile(flat, asCellPerLine(await readLayout(sample, new Uint8Array(await readFile(sample)))));
    const original = await checkFile(sample);
    const variant = await checkFile(flat);
    expect(missingFrom(variant.findings, original.findings)).toEqual([]);
    // Every table the original read is printed here too: unread, never missing, or read as the original
    // (a table whose rows each hold one name and its figures is read one cell to a line).
    const read = original.coverage.tablesFound.filter((id) => !original.coverage.tablesUnread.some((u) => u.id === id));
    const values = (d: Awaited<ReturnType<typeof extractBytes>>, id: string) => JSON.stringify(d.tables.find((t) => t.id === id)?.rows.map((r) => Object.values(r.cells).map((c) => c?.value ?? null)));
    const [a, b] = [await extractBytes(sample, new Uint8Array(await readFile(sample))), await extractBytes(flat, new Uint8Array(await readFile(flat)))];
    const readAgain = variant.coverage.tablesFound.filter((id) => !variant.coverage.tablesUnread.some((u) => u.id === id));
    for (const id of readAgain) expect(values(b, id), `公开${id}表`).toBe(values(a, id));
    expect([...variant.coverage.tablesUnread.map((u) => u.id), ...readAgain].sort()).toEqual(read.sort());
    const lostSheets = (await extractBytes(flat, new Uint8Array(await readFile(flat)))).performance.unreadSheets.length;
    // Sheets lose their layout too: where the original read some, some are reported unread here.
    expect(lostSheets > 0).toBe(original.coverage.performanceSheets > 0);
  });
});

describe('tables published in 元 instead of 万元', () => {
  it('are converted and checked like the original, with one note of the unit', async () => {
    const sample = samples.find((s) => s.includes('rongcheng')) as string;
    const yuan = join(dir, 'yuan-rongcheng.md');
    await writeFile(yuan, tablesInYuan(await readFile(sample, 'utf8')));
    const original = await checkFile(sample);
    const variant = await checkFile(yuan);
    const gained = missingFrom(variant.findings, original.findings);
    expect(missingFrom(original.findings, variant.findings)).toEqual([]);
    expect(gained).toEqual([JSON.stringify(['completeness.unit-wanyuan', 'info', '万元', '元'])]);
    const cell = variant.findings.length ? (await extractBytes(yuan, new Uint8Array(await readFile(yuan)))).tables[0]?.rows[0]?.cells : null;
    expect(Object.values(cell ?? {}).find((f) => f && f.value !== '0.000000')).toMatchObject({ value: '238.670000', decimals: 6, unit: '元' });
  });
});

describe('page headers and footers of a DOCX', () => {
  it('are checked for a wrong year but never enter the body', async () => {
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('某市某局2023年度部门决算')] }) },
          footers: { default: new Footer({ children: [new Paragraph('第 1 页')] }) },
          children: [
            new Paragraph({ text: '某市某局2024年度部门决算', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '一、收入支出决算总体情况说明', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('2024年度收、支总计238.67万元。'),
          ],
        },
      ],
    });
    const file = join(dir, 'header-year.docx');
    await writeFile(file, new Uint8Array(await Packer.toBuffer(doc)));
    const r = await checkFile(file);
    const year = r.findings.find((f) => f.rule === 'year-unit.heading-year');
    expect(year?.actual).toBe('2023');
    expect(year?.locations[0]?.text).toBe('【页眉】某市某局2023年度部门决算');
    const model = await extractBytes(file, new Uint8Array(await readFile(file)));
    expect(model.facts.fiscalYear).toBe(2024);
    expect(model.sections.map((s) => s.title)).not.toContain('某市某局2023年度部门决算');
  });
});

describe('structure read from a hand-built DOCX', () => {
  it('keeps heading levels, merged header cells and empty cells', async () => {
    const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
      new TableCell({ children: [new Paragraph({ text })], ...opts });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '第二部分 2024年度部门决算表', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '一、收入支出决算总表', heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER }),
            new Table({
              rows: [
                new TableRow({ children: [cell('项目', { rowSpan: 2 }), cell('本年收入', { columnSpan: 2 }), cell('备注')] }),
                new TableRow({ children: [cell('金额'), cell('占比'), cell('')] }),
                new TableRow({ children: [cell('一般公共预算财政拨款收入'), cell('1,234.56'), cell(''), cell('无')] }),
              ],
            }),
            new Paragraph({ text: '单位：万元' }),
          ],
        },
      ],
    });
    const file = join(dir, 'merged-header.docx');
    await writeFile(file, new Uint8Array(await Packer.toBuffer(doc)));
    const layout = await readLayout(file, new Uint8Array(await readFile(file)));
    expect(layout.format).toBe('docx');
    const [h1, h2, table, tail] = layout.blocks;
    expect(h1).toMatchObject({ kind: 'paragraph', text: '第二部分 2024年度部门决算表', heading: 1, location: { line: 1 } });
    expect(h2).toMatchObject({ kind: 'paragraph', heading: 2, location: { line: 2 } });
    expect(tail).toMatchObject({ kind: 'paragraph', text: '单位：万元', heading: null, location: { line: 6 } });
    const t = table as TableBlock;
    expect(t.kind).toBe('table');
    expect(t.rows.map((r) => r.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [['项目', 1, 2], ['本年收入', 2, 1], ['备注', 1, 1]],
      [['金额', 1, 1], ['占比', 1, 1], ['', 1, 1]],
      [['一般公共预算财政拨款收入', 1, 1], ['1,234.56', 1, 1], ['', 1, 1], ['无', 1, 1]],
    ]);
    // Columns are grid columns: "备注" starts at column 4 after the 2-wide merged header.
    expect(t.rows[0]?.[2]?.location).toMatchObject({ line: 3, cell: { table: 1, row: 1, col: 4 }, text: '备注' });
    expect(t.rows[1]?.[0]?.location.cell).toEqual({ table: 1, row: 2, col: 2 });
  });
});
