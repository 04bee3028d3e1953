import { describe, expect, it } from 'vitest';
import { readHalves } from './layout-halves.js';
import type { SourceLine } from './spaced-table.js';

const chars = (s: string) => [...s].length;
/** A line with each text set at its character column (as a layout writer sets a page's fields). */
const at = (...fields: [number, string][]) => fields.reduce((s, [x, t]) => s.padEnd(x) + t, '');
const src = (lines: string[], page = 1): SourceLine[] => lines.map((text, k) => ({ text, line: k + 1, page }));
const texts = (lines: string[]) => readHalves(src(lines), chars, 'x.txt', 1)?.rows.map((r) => r.map((c) => c.text));

// A classification in two halves (人员经费 left, 公用经费 right) as poppler sets it: a 类's 款 on its
// line or the next, a name under its code and wrapped further, a name spaced out a character apart,
// each figure a line above its code.
const HEAD = [
  at([4, '经济分类'], [43, '经济分类']),
  at([4, '科目编码'], [43, '科目编码']),
  at([19, '科目名称'], [30, '决算数'], [60, '科目名称'], [72, '决算数']),
  at([8, '款'], [48, '款']),
  at([0, '类'], [40, '类']),
  '',
];
const BODY = [
  at([0, '301'], [28, '150.00'], [39, '302'], [69, '30.00']),
  at([12, '工资福利支出'], [49, '商品和服务支出']),
  '',
  at([28, '100.00'], [69, '20.00']),
  at([0, '301'], [7, '01'], [39, '302']),
  at([12, '基本工资'], [42, '01'], [50, '办公费']),
  '',
  at([29, '50.00'], [69, '10.00']),
  at([0, '301'], [7, '02'], [12, '津贴补'], [39, '302'], [50, '因 公 出 国 （ 境 ） 费']),
  at([42, '12']),
  at([12, '贴'], [50, '用']),
  '',
  at([29, '10.00']),
  at([0, '303']),
  at([12, '对个人和家庭的补助']),
  '',
  at([29, '10.00']),
  at([0, '303'], [7, '02']),
  at([12, '退休费']),
  at([26, '160.00'], [69, '30.00']),
  at([11, '人员经费合计'], [46, '公用经费合计']),
];

describe('a classification printed in two halves, each half read as a list', () => {
  it('joins each code with its 款 and name, and sets each figure with the row it stands nearest', () => {
    expect(texts([...HEAD, ...BODY])).toEqual([
      ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
      ['301', '工资福利支出', '150.00', '302', '商品和服务支出', '30.00'],
      ['30101', '基本工资', '100.00', '30201', '办公费', '20.00'],
      ['30102', '津贴补贴', '50.00', '30212', '因公出国（境）费用', '10.00'],
      ['303', '对个人和家庭的补助', '10.00', '', '', ''],
      ['30302', '退休费', '10.00', '', '', ''],
      ['', '人员经费合计', '160.00', '', '公用经费合计', '30.00'],
    ]);
  });

  it('reads a page number alone at the foot of its page as no 款', () => {
    const paged = [...src([...HEAD, ...BODY.slice(0, 16), at([36, '12'])]), ...src(BODY.slice(16), 2).map((l) => ({ ...l, line: l.line + 23 }))];
    expect(readHalves(paged, chars, 'x.txt', 1)?.rows[5]?.map((c) => c.text)).toEqual(['30302', '退休费', '10.00', '', '', '']);
  });

  it('reads nothing where a 类 is not the sum of its 款', () => {
    const wrong = BODY.map((l) => l.replace('100.00', ' 90.00'));
    expect(texts([...HEAD, ...wrong])).toBeUndefined();
  });

  it('reads nothing where a half has no total to verify it', () => {
    expect(texts([...HEAD, ...BODY.slice(0, -2)])).toBeUndefined();
  });

  it('reads nothing where the header does not name each column in both halves', () => {
    expect(texts([...HEAD.map((l) => l.replace(/科目名称(\s+决算数\s*)$/, '        $1')), ...BODY])).toBeUndefined();
  });

  it('reads nothing where a name stands past a blank line from its code (a blank line parts rows)', () => {
    const parted = [...BODY.slice(0, 14), '', ...BODY.slice(14)];
    expect(texts([...HEAD, ...parted])).toBeUndefined();
  });

  it('reads nothing where a name goes on further than two lines below its row', () => {
    const far = [...BODY.slice(0, 14), '', '', at([12, '补助']), ...BODY.slice(15)];
    expect(texts([...HEAD, ...far])).toBeUndefined();
  });
});
