import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { checkDisclosure } from '../../check.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Block, LayoutDocument, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { interpret } from '../index.js';

const F = 'wide.pdf';

/** A ruled grid on one page: '' is a blank cell, 'text<3' a cell spanning three columns. */
function grid(page: number, lines: string[][]): Block {
  const rows = lines.map((texts, line) =>
    texts.map((t): TableCell => {
      const [text, span] = t.split('<') as [string, string | undefined];
      return { text, colSpan: span ? Number(span) : 1, rowSpan: 1, location: loc(F, text, { page, line: line + 1, cell: { table: page, row: line, col: 0 } }) };
    }),
  );
  return { kind: 'table', rows, shape: 'grid', location: loc(F, lines[0]?.[0] ?? '', { page, line: 1 }) };
}

function read(blocks: Block[]): Disclosure {
  const layout: LayoutDocument = { file: F, format: 'pdf', blocks, notes: [] };
  return interpret(layout, defaultCatalog(), { validate: true });
}

/*
 * 公开09表 of the export workbook printed without fit to width, in 元 (LibreOffice Calc): its first
 * eleven columns on one page, under 预算数 and 决算数; the twelfth (决算数 公务接待费) on the next page
 * with the sheet's code and unit, which stood in its rightmost cells, over a blank where 决算数 spans.
 */
const LEFT_09 = [
  ['财政拨款“三公”经费支出决算表<11'],
  ['', '', '', '', '', '', '', '', '', '', ''],
  ['编制单位：荣成市医', '疗保障局（本级）', '', '', '', '', '', '', '', '', ''],
  ['预算数<6', '决算数<5'],
  ['合计', '因公出国（境）费', '公务用车购置及运行维护费<3', '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行维护费<3'],
  ['', '', '小计', '公务用车购置费', '公务用车运行维护费', '', '', '', '小计', '公务用车购置费', '公务用车运行维护费'],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
  ['9,400.00', '0.00', '0.00', '0.00', '0.00', '9,400.00', '9,400.00', '0.00', '0.00', '0.00', '0.00'],
  ['注：本表反映单位本年度财政拨款“三公”经费支出预决算情况。<11'],
];
const RIGHT_09 = [[''], ['公开09表'], ['单位：元'], [''], ['公务接待费'], ['12'], ['9,400.00'], ['']];

describe('a sheet wider than its page, its right columns printed on the next page', () => {
  it('reads the right part as the table’s last columns, with the code and unit printed there', () => {
    const doc = read([grid(1, LEFT_09), grid(2, RIGHT_09)]);
    const t = doc.tables.find((x) => x.id === '09');
    expect(t?.unit).toBe('元');
    expect(t?.rows[0]?.cells['actual.reception']?.raw).toBe('9,400.00');
    expect(t?.rows[0]?.cells['actual.reception']?.location.page).toBe(2);
    expect(t?.rows[0]?.cells['budget.reception']?.raw).toBe('9,400.00');
    expect(doc.coverage.tablesUnread).toEqual([]);
    const serious = checkDisclosure(doc).findings.filter((f) => f.severity !== 'info' && /09/.test(f.rule + f.message));
    expect(serious.map((f) => f.message)).toEqual([]);
  });

  it('leaves a following table whose column numbers start over, or whose rows differ, as it was', () => {
    const again = RIGHT_09.map((r) => (r[0] === '12' ? ['1'] : r));
    expect(read([grid(1, LEFT_09), grid(2, again)]).tables.find((x) => x.id === '09')?.unit).toBeNull();
    const shorter = RIGHT_09.slice(0, -1);
    const t = read([grid(1, LEFT_09), grid(2, shorter)]).tables.find((x) => x.id === '09');
    expect(t?.rows[0]?.cells['actual.reception']).toBeUndefined();
  });

  it('drops the label columns a print repeats at the right part’s left (print titles)', () => {
    const left = [
      ['收入决算表<5'],
      ['', '', '', '', ''],
      ['编制单位：某局', '', '', '', ''],
      ['科目编码', '科目名称', '本年收入合计', '财政拨款收入', '上级补助收入'],
      ['栏次<2', '1', '2', '3'],
      ['合计<2', '100.00', '60.00', '0.00'],
      ['208', '社会保障和就业支出', '100.00', '60.00', '0.00'],
    ];
    const right = [
      ['收入决算表<6'],
      ['', '', '', '', '', '公开02表'],
      ['编制单位：某局', '', '', '', '', '单位：万元'],
      ['科目编码', '科目名称', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
      ['栏次<2', '4', '5', '6', '7'],
      ['合计<2', '40.00', '0.00', '0.00', '0.00'],
      ['208', '社会保障和就业支出', '40.00', '0.00', '0.00', '0.00'],
    ];
    const doc = read([grid(1, left), grid(2, right)]);
    const t = doc.tables.find((x) => x.id === '02');
    expect(t?.unit).toBe('万元');
    const row = t?.rows.find((r) => r.code === '208');
    expect(Object.fromEntries(Object.entries(row?.cells ?? {}).map(([k, v]) => [k, v?.value]))).toEqual({
      total: '100.00', fiscal: '60.00', superior: '0.00', business: '40.00', operating: '0.00', affiliated: '0.00', other: '0.00',
    });
  });
});
