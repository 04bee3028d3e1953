import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import type { TableRow } from '../../model/disclosure.js';
import { loc } from '../../model/location.js';
import { readLayout } from '../../extract/index.js';
import '../../extract/register.js';
import { interpret } from '../index.js';
import { linkByNames } from './by-name.js';

function rows(...names: string[]): TableRow[] {
  return ['合计', ...names].map((name, i) => ({
    key: i === 0 ? 'total' : `name:${name}`,
    code: null,
    name,
    lineNo: null,
    side: null,
    cells: {},
    location: loc('t.txt', name, { line: i + 1 }),
  }));
}

const codes = (rs: TableRow[]) => rs.map((r) => r.code);

describe('function-classified rows printed by name only', () => {
  it('links a 项 name under the 款 and 类 rows above it (行政运行 of 21015, not of another 款)', () => {
    const rs = rows('社会保障和就业支出', '行政事业单位养老支出', '机关事业单位基本养老保险缴费支出', '卫生健康支出', '行政事业单位医疗', '行政单位医疗', '医疗保障管理事务', '行政运行', '医疗保障政策管理');
    linkByNames(rs, defaultCatalog());
    expect(codes(rs)).toEqual([null, '208', '20805', '2080505', '210', '21011', '2101101', '21015', '2101501', '2101505']);
    expect(rs.slice(1).every((r) => r.codeFromName && r.key === r.code)).toBe(true);
    expect(rs[0]?.key).toBe('total');
  });

  it('tells a 类, its 款 and its 项 of one name by the rows already read (其他支出 three times)', () => {
    const rs = rows('其他支出', '其他支出', '其他支出');
    linkByNames(rs, defaultCatalog());
    expect(codes(rs)).toEqual([null, '229', '22999', '2299901']);
  });

  it('links nothing when one row does not resolve: its parent would sum without it', () => {
    const rs = rows('卫生健康支出', '医疗保障管理事务', '行政运行', '某某专项业务');
    linkByNames(rs, defaultCatalog());
    expect(codes(rs)).toEqual([null, null, null, null, null]);
  });

  it('links nothing when a 项 comes without its 款 (行政运行 under 卫生健康支出 is ambiguous)', () => {
    const rs = rows('卫生健康支出', '行政运行');
    linkByNames(rs, defaultCatalog());
    expect(codes(rs)).toEqual([null, null, null]);
  });

  it('leaves a table that prints codes as it is', () => {
    const rs = rows('卫生健康支出', '医疗保障管理事务');
    (rs[1] as TableRow).code = '210';
    linkByNames(rs, defaultCatalog());
    expect(codes(rs)).toEqual([null, '210', null]);
  });
});

describe('a 05 table copied as text with indented names and no codes', () => {
  const text = [
    '公开05表 一般公共预算财政拨款支出决算表',
    '单位：万元',
    '',
    '项目 合计 基本支出 项目支出',
    '合计 238.67 157.38 81.29',
    '社会保障和就业支出 13.06 13.06 0.00',
    '  行政事业单位养老支出 13.06 13.06 0.00',
    '    机关事业单位基本养老保险缴费支出 13.06 13.06 0.00',
    '卫生健康支出 214.25 132.96 81.29',
    '  行政事业单位医疗 6.70 6.70 0.00',
    '    行政单位医疗 6.70 6.70 0.00',
    '  医疗保障管理事务 207.55 126.26 81.29',
    '    行政运行 126.26 126.26 0.00',
    '    医疗保障政策管理 81.29 0.00 81.29',
    '',
  ].join('\n');

  it('keys its rows by the codes their names have under the rows above', async () => {
    const layout = await readLayout('t05.txt', new TextEncoder().encode(text));
    const doc = interpret(layout, defaultCatalog(), { validate: true });
    const t = doc.tables.find((x) => x.id === '05');
    expect(t?.rows.map((r) => r.key)).toEqual(['total', '208', '20805', '2080505', '210', '21011', '2101101', '21015', '2101501', '2101505']);
    expect(t?.rows.find((r) => r.key === '2101501')?.cells.total?.value).toBe('126.26');
  });
});
