import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { checkDisclosure } from '../../check.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Block, LayoutDocument, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { interpret } from '../index.js';

const F = 'stacked.pdf';

/**
 * 公开02表 and 公开03表 of the rongcheng sample as one grid, as a PDF reader gave them from a workbook
 * printed sheet by sheet (LibreOffice Calc, no borders): the second table's title, code and unit are
 * rows of the grid under the first table's last row of figures, on the next page.
 */
async function stackedLayout(between: string[][] = [['支出决算表'], ['', '', '', '', '', '', '公开03表'], ['', '', '', '', '', '', '单位：万元']]): Promise<LayoutDocument> {
  const lines = (await readFile('samples/rongcheng-city-2024.md', 'utf8')).split('\n');
  const span = (head: string, from: number) => {
    const a = lines.findIndex((l, k) => k > from && l.startsWith(head));
    const b = lines.findIndex((l, k) => k > a && l.startsWith('2210201\t'));
    return { rows: lines.slice(a, b + 1).map((l) => l.split('\t')), end: b };
  };
  const t02 = span('项目\t\t本年收入合计', 0);
  const t03 = span('项目\t\t本年支出合计', t02.end);
  let line = 0;
  let page = 1;
  const row = (texts: string[]): TableCell[] => {
    line++;
    return texts.map((text, col) => ({ text, colSpan: 1, rowSpan: 1, location: loc(F, text, { page, line, cell: { table: 1, row: line, col } }) }));
  };
  const rows = t02.rows.map(row);
  page = 2;
  line = 0;
  rows.push(...between.map(row), ...t03.rows.map(row));
  const blocks: Block[] = [
    { kind: 'paragraph', text: '收入决算表', heading: null, location: loc(F, '收入决算表', { page: 1, line: 1 }) },
    { kind: 'paragraph', text: '公开02表 单位：万元', heading: null, location: loc(F, '公开02表', { page: 1, line: 2 }) },
    { kind: 'table', rows, shape: 'grid', location: loc(F, '项目', { page: 1, line: 3 }) },
  ];
  return { file: F, format: 'pdf', blocks, notes: [] };
}

async function read(between?: string[][]): Promise<Disclosure> {
  return interpret(await stackedLayout(between), defaultCatalog(), { validate: true });
}

describe('public tables stacked in one grid', () => {
  it('reads the second table as itself, from its title row on, not as rows of the first', async () => {
    const doc = await read();
    expect(doc.tables.map((t) => t.id)).toEqual(['02', '03']);
    expect(doc.tables[0]?.rows.filter((r) => r.code === '208')).toHaveLength(1);
    expect(doc.tables[1]?.rows.find((r) => r.code === '210')?.cells['basic']?.value).toBe('132.96');
    expect(doc.tables[1]?.location.page).toBe(2);
  });

  it('gives none of the false sums that the rows of two tables read as one gave', async () => {
    const report = checkDisclosure(await read());
    expect(report.findings.filter((f) => f.severity !== 'info' && /^table\./.test(f.rule))).toEqual([]);
  });

  it('parts a table only at a row that is a title, not at a sentence that names one', async () => {
    const doc = await read([['注：其余见支出决算表。']]);
    expect(doc.tables.map((t) => t.id)).toEqual(['02']);
  });
});

describe('a table whose title opens a cell of a grid read as no table', () => {
  async function withSoup(text: string): Promise<Disclosure> {
    const layout = await stackedLayout();
    const cell = (t: string, col: number): TableCell => ({ text: t, colSpan: 1, rowSpan: 1, location: loc(F, t, { page: 3, line: 1, cell: { table: 2, row: 1, col } }) });
    layout.blocks.push({ kind: 'table', shape: 'grid', rows: [[cell(text, 0), cell('本年支出合计', 1), cell('1 基本支出', 2)], [cell('合计 0.00', 0), cell('0.00', 1), cell('0.00', 2)]], location: loc(F, text, { page: 3, line: 1 }) });
    return interpret(layout, defaultCatalog(), { validate: true });
  }

  it('is printed and unread, never missing', async () => {
    const doc = await withSoup('国有资本经营预算财政拨款支出决算表编制单位：荣成市医疗保障局（本级）项目科目代码');
    expect(doc.coverage.tablesUnread.map((u) => u.id)).toContain('08');
    const report = checkDisclosure(doc);
    expect(report.findings.filter((f) => f.rule === 'completeness.table-08' && f.severity === 'error')).toEqual([]);
  });

  it('but a cell that only names a table further on proves nothing', async () => {
    const doc = await withSoup('注：详见国有资本经营预算财政拨款支出决算表');
    expect(doc.coverage.tablesUnread.map((u) => u.id)).not.toContain('08');
  });
});
