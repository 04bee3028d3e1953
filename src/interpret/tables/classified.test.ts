import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { extractBytes } from '../../check.js';
import type { Disclosure, PublicTable } from '../../model/disclosure.js';
import type { TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { interpret } from '../index.js';

async function read(text: string, file = 'case.md'): Promise<Disclosure> {
  return extractBytes(file, new TextEncoder().encode(text));
}

function table02(doc: Disclosure): PublicTable {
  const t = doc.tables.find((x) => x.id === '02');
  if (!t) throw new Error(`02 not read: ${doc.coverage.unread.join('; ')}`);
  return t;
}

describe('label columns of the classified tables (02, 03, 05, 07, 08)', () => {
  it('reads a 款 and a name whose cells span two columns of the grid once (a portrait print laid on another table\'s column lines)', () => {
    // 'text<2' spans two columns. A fitted portrait print read 公开02表 on the column lines of 01 above
    // it: 款 and 科目名称 over two columns each, and a row with no 款/项 doubled ("卫生健康支出卫生健康支出", 2080505 for 20805).
    const rows = [
      ['项目<5', '本年收入合计', '财政拨款收入'],
      ['科目代码<3', '科目名称<2', '', ''],
      ['类', '款<2', '项', '', '', '', ''],
      ['栏次<5', '1', '2'],
      ['合 计<5', '13.06', '13.06'],
      ['208', '<2', '', '社会保障和就业支出<2', '13.06', '13.06'],
      ['208', '05<2', '', '行政事业单位养老支出<2', '13.06', '13.06'],
      ['208', '05<2', '05', '机关事业单位基本养老保险缴费支出<2', '13.06', '13.06'],
    ].map((r, line) =>
      r.map((t): TableCell => {
        const [text, span] = t.split('<') as [string, string | undefined];
        return { text, colSpan: span ? Number(span) : 1, rowSpan: 1, location: loc('p.pdf', text, { page: 1, line: line + 3 }) };
      }),
    );
    const doc = interpret(
      {
        file: 'p.pdf',
        format: 'pdf',
        blocks: [
          { kind: 'paragraph', text: '收入决算表', heading: null, location: loc('p.pdf', '收入决算表', { page: 1, line: 1 }) },
          { kind: 'paragraph', text: '公开02表 单位：万元', heading: null, location: loc('p.pdf', '公开02表', { page: 1, line: 2 }) },
          { kind: 'table', rows, shape: 'grid', location: loc('p.pdf', '项目', { page: 1, line: 3 }) },
        ],
        notes: [],
      },
      defaultCatalog(),
      { validate: true },
    );
    expect(table02(doc).rows.map((r) => [r.key, r.name])).toEqual([
      ['total', '合计'],
      ['208', '社会保障和就业支出'],
      ['20805', '行政事业单位养老支出'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
    ]);
  });

  it('keeps a 行次 column out of the names: the row number is not glued on ("社会保障和就业支出2") and 合计 stays the total', async () => {
    const tab = (cells: string[]) => cells.join('\t');
    const doc = await read(
      [
        '公开02表 收入决算表',
        '单位：万元',
        '',
        tab(['科目编码', '科目名称', '行次', '本年收入合计', '财政拨款收入', '其他收入']),
        tab(['合计', '', '1', '238.67', '238.67', '0.00']),
        tab(['208', '社会保障和就业支出', '2', '13.06', '13.06', '0.00']),
        tab(['2080505', '机关事业单位基本养老保险缴费支出', '3', '13.06', '13.06', '0.00']),
        tab(['221', '住房保障支出', '4', '225.61', '225.61', '0.00']),
        '',
      ].join('\n'),
      'case.txt',
    );
    const t = table02(doc);
    expect(t.rows.map((r) => [r.key, r.name])).toEqual([
      ['total', '合计'],
      ['208', '社会保障和就业支出'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['221', '住房保障支出'],
    ]);
    expect(t.rows[0]?.cells.total?.value).toBe('238.67');
  });

  it('keeps a 行次 column whose header wrapped in its narrow cell ("行" over "次", a character grid) out of the names', async () => {
    const doc = await read(
      [
        '表二   收入决算表',
        '',
        '单位：万元',
        '',
        '功能分类科目              行    本年收入     财政拨款     其他收',
        '编码      科目名称        次    合计       收入       入',
        '合计                  1    238.67   238.67   0.00',
        '208     社会保障和就业支出   2    13.06    13.06    0.00',
        '210     卫生健康支出      3    214.25   214.25   0.00',
        '21011   行政事业单位医疗    4    6.70     6.70     0.00',
        '221     住房保障支出      5    11.36    11.36    0.00',
        '22102   住房改革支出      6    11.36    11.36    0.00',
        '',
      ].join('\n'),
      'case.txt',
    );
    const t = table02(doc);
    expect(t.rows.map((r) => [r.key, r.name])).toEqual([
      ['total', '合计'],
      ['208', '社会保障和就业支出'],
      ['210', '卫生健康支出'],
      ['21011', '行政事业单位医疗'],
      ['221', '住房保障支出'],
      ['22102', '住房改革支出'],
    ]);
  });

  it('does not read a table whose labels ran into its 行次 column (\'2101101 行政单位医疗7\' under 行次): its first row is no 合计', async () => {
    const doc = await read(`公开02表 收入决算表

单位：万元

| 行次 | 本年收入合计 | 财政拨款收入 | 其他收入 |
|---|---|---|---|
| 2101101 行政单位医疗7 | 6.70 | 6.70 | 0.00 |
| 21015 医疗保障管理事务8 | 207.55 | 207.55 | 0.00 |
| 2101501 行政运行9 | 126.26 | 126.26 | 0.00 |
`);
    expect(doc.tables.find((x) => x.id === '02')?.rows ?? []).toEqual([]);
    expect(doc.coverage.unread.join('\n')).toMatch(/公开02表的“行次”栏中印有科目（“2101101 行政单位医疗7”）/);
  });

  it('reads a 合计 printed in the split 类 | 款 | 项 columns, its name cell blank, as the total wherever it stands (last here)', async () => {
    const doc = await read(`公开02表 收入决算表

单位：万元

| 类 | 款 | 项 | 科目名称 | 本年收入合计 | 财政拨款收入 | 其他收入 |
|---|---|---|---|---|---|---|
| 208 |  |  | 社会保障和就业支出 | 13.06 | 13.06 | 0.00 |
| 208 | 05 |  | 行政事业单位养老支出 | 13.06 | 13.06 | 0.00 |
| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 13.06 | 13.06 | 0.00 |
| 221 |  |  | 住房保障支出 | 11.36 | 11.36 | 0.00 |
| 合计 |  |  |  | 24.42 | 24.42 | 0.00 |
`);
    const t = table02(doc);
    const total = t.rows.find((r) => r.key === 'total');
    expect(total?.name).toBe('合计');
    expect(total?.cells.total?.value).toBe('24.42');
    expect(t.rows.some((r) => r.key.startsWith('name:'))).toBe(false);
  });

  it('reads 款 and 项 printed one space apart in a -layout copy ("208    05 01 行政单位离退休", one column headed "款 项") as the two levels of the code, not as part of the name', async () => {
    const doc = await read(
      [
        '附表5',
        '一般公共预算财政拨款支出决算表',
        '编制单位：某局      单位：万元',
        '科目编码         科目名称               基本支出     项目支出     小计',
        '类      款 项',
        '栏次                              1        2        3',
        '208          社会保障和就业支出          84.68    0.00     84.68',
        '208    05    行政事业单位养老支出         84.68    0.00     84.68',
        '208    05 01 行政单位离退休            0.25     0.00     0.25',
        '208    05 05 机关事业单位基本养老保险缴费支出   56.29    0.00     56.29',
        '208    05 06 机关事业单位职业年金缴费支出     28.14    0.00     28.14',
        '221          住房保障支出             45.34    0.00     45.34',
        '221    02    住房改革支出             45.34    0.00     45.34',
        '221    02 01 住房公积金              45.34    0.00     45.34',
        '合计                              130.02   0.00     130.02',
        '',
      ].join('\n'),
      'case.txt',
    );
    const t = doc.tables.find((x) => x.id === '05');
    expect(t, doc.coverage.unread.join('; ')).toBeDefined();
    expect(t?.rows.map((r) => [r.key, r.name])).toEqual([
      ['208', '社会保障和就业支出'],
      ['20805', '行政事业单位养老支出'],
      ['2080501', '行政单位离退休'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['2080506', '机关事业单位职业年金缴费支出'],
      ['221', '住房保障支出'],
      ['22102', '住房改革支出'],
      ['2210201', '住房公积金'],
      ['total', '合计'],
    ]);
  });

  it('reads no code from a lone figure in a column holding two levels where the level before it is blank: which level it is cannot be told', async () => {
    const { splitParts } = await import('./classified.js');
    expect(splitParts(['208', '05 01'], [1, 2])).toEqual(['208', '05', '01']);
    expect(splitParts(['208', '05'], [1, 2])).toEqual(['208', '05', '']);
    expect(splitParts(['208', ''], [1, 2])).toEqual(['208', '', '']);
    expect(splitParts(['', '01'], [1, 2])).toBeNull();
    expect(splitParts(['合计', ''], [1, 2])).toEqual(['合计', '', '']);
  });

  it('reads a code spaced by level in one column headed 类 款 项 ("208", "208 05", "208 05 05") by its parts\' widths, each row its own level', async () => {
    const { splitParts } = await import('./classified.js');
    expect(splitParts(['208'], [3])).toEqual(['208', '', '']);
    expect(splitParts(['208 05'], [3])).toEqual(['208', '05', '']);
    expect(splitParts(['208 05 05'], [3])).toEqual(['208', '05', '05']);
    expect(splitParts(['2080505'], [3])).toEqual(['208', '05', '05']);
    // A part alone that is no class cannot be placed.
    expect(splitParts(['05'], [3])).toBeNull();
    const pipe = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const doc = await read(
      [
        '公开05表 一般公共预算财政拨款支出决算表',
        '金额单位：万元',
        '',
        pipe(['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出']),
        pipe(['---', '---', '---', '---', '---']),
        pipe(['类 款 项', '', '', '', '']),
        pipe(['208', '社会保障和就业支出', '13.06', '13.06', '0.00']),
        pipe(['208 05', '行政事业单位养老支出', '13.06', '13.06', '0.00']),
        pipe(['208 05 05', '机关事业单位基本养老保险缴费支出', '13.06', '13.06', '0.00']),
        pipe(['合计', '', '13.06', '13.06', '0.00']),
        '',
      ].join('\n'),
    );
    const t = doc.tables.find((x) => x.id === '05');
    expect(t?.rows.map((r) => r.code)).toEqual(['208', '20805', '2080505', null]);
  });

  it('reads a column header wrapped over two rows in a narrow column ("年初结转" over "和结余") as its whole words', async () => {
    const tab = (cells: string[]) => cells.join('\t');
    const doc = await read(
      [
        '公开07表 政府性基金预算财政拨款收入支出决算表',
        '单位：万元',
        '',
        tab(['项目', '', '年初结转', '本年', '本年', '', '', '年末结转']),
        tab(['', '', '和结余', '收入', '支出', '', '', '和结余']),
        tab(['科目代码', '科目名称', '', '', '小计', '基本支出', '项目支出', '']),
        tab(['合计', '', '1.00', '2.00', '3.00', '0.00', '3.00', '0.00']),
        '',
      ].join('\n'),
      'case.txt',
    );
    const t = doc.tables.find((x) => x.id === '07');
    expect(Object.keys(t?.rows[0]?.cells ?? {}).sort()).toEqual(['basic', 'closing', 'income', 'opening', 'project', 'total']);
    expect(Number(t?.rows[0]?.cells.opening?.value)).toBe(1);
    expect(Number(t?.rows[0]?.cells.income?.value)).toBe(2);
  });
});
