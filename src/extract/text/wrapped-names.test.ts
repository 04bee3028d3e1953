import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';

const firstCells = (text: string) =>
  readTextLayout(text, 'x.txt', 'text')
    .blocks.filter((b) => b.kind === 'table')
    .map((t) => (t.kind === 'table' ? t.rows.map((r) => r[0]?.text ?? '') : []));

const HEAD = [
  '                 收入决算表',
  '                                           单位：万元',
  '                     本年收入 财政拨款 其他',
  '项目',
  '                     合计   收入   收入',
  '科目代码 科目名称',
  '栏次                   1        2        3',
];
const TAIL = ['210       卫生健康支出     225.61   225.61   0.00', '21011     行政事业单位医疗   6.70     6.70     0.00', '2101101 行政单位医疗       6.70     6.70     0.00', ''];

describe('names wrapped about their codes\' lines on a character grid (pdftotext -layout)', () => {
  it('gives each row the lines of its name where the catalog decides: names centred against their figures (LibreOffice)', () => {
    // A two-line name printed one line above and one below the line of its code and figures.
    const centred = [
      ...HEAD,
      '合计                   238.67   238.67   0.00',
      '208       社会保障和就业支出 13.06     13.06    0.00',
      '          行政事业单位养老支',
      '20805               13.06     13.06    0.00',
      '          出',
      '          机关事业单位基本养',
      '2080505             13.06     13.06    0.00',
      '          老保险缴费支出',
      ...TAIL,
    ].join('\n');
    expect(firstCells(centred)[0]).toEqual(['科目名称', '栏次', '合计', '208 社会保障和就业支出', '20805 行政事业单位养老支出', '2080505 机关事业单位基本养老保险缴费支出', '210 卫生健康支出', '21011 行政事业单位医疗', '2101101 行政单位医疗']);
  });

  it('keeps a name set wholly below a bare code line with its own row (the Putuo print)', () => {
    const below = [
      ...HEAD,
      '合计                   238.67   238.67   0.00',
      '208       社会保障和就业支出 13.06     13.06    0.00',
      '20805     行政事业单位养老支出 13.06  13.06    0.00',
      '',
      '2080505             13.06     13.06    0.00',
      '          机关事业单位基本养老保险',
      '          缴费支出',
      '',
      '2080506             0.00      0.00     0.00',
      '          机关事业单位职业年金缴费',
      '          支出',
      ...TAIL,
    ].join('\n');
    const rows = firstCells(below)[0] ?? [];
    expect(rows.slice(rows.indexOf('20805 行政事业单位养老支出'), rows.indexOf('210 卫生健康支出') + 1)).toEqual(['20805 行政事业单位养老支出', '2080505 机关事业单位基本养老保险缴费支出', '2080506 机关事业单位职业年金缴费支出', '210 卫生健康支出']);
  });

  it('leaves the lines with the row above where the catalog does not decide (a code it does not know)', () => {
    const unknown = [
      ...HEAD,
      '合计                   238.67   238.67   0.00',
      '208       社会保障和就业支出 13.06     13.06    0.00',
      '          行政事业单位养老支',
      '20805               13.06     13.06    0.00',
      '          出',
      '          某某未收录的科',
      '2080577             13.06     13.06    0.00',
      '          目名称',
      ...TAIL,
    ].join('\n');
    expect(firstCells(unknown)[0]?.slice(3, 6)).toEqual(['208 社会保障和就业支出行政事业单位养老支', '20805 出某某未收录的科', '2080577 目名称']);
  });

  it('reads the LibreOffice -layout copy of 02 and 03 with every name whole, the first row\'s first line above it under the column numbers', () => {
    const text = readFileSync(new URL('../../../test/fixtures/lo-layout-02-03-centred-names.txt', import.meta.url), 'utf8');
    const [t02, t03] = firstCells(text);
    for (const t of [t02, t03]) {
      expect(t).toContain('208 社会保障和就业支出');
      expect(t).toContain('20805 行政事业单位养老支出');
      expect(t).toContain('2080505 机关事业单位基本养老保险缴费支出');
      expect(t).toContain('2080506 机关事业单位职业年金缴费支出');
      expect(t).toContain('2101199 其他行政事业单位医疗支出');
      expect(t).toContain('2101599 其他医疗保障管理事务支出');
    }
    expect(t02?.[0]).toBe('科目名称');
  });
});
