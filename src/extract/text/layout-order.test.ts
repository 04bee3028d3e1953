import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';

const grids = (text: string) =>
  readTextLayout(text, 'x.txt', 'text')
    .blocks.filter((b) => b.kind === 'table' && b.shape === 'grid')
    .map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));

// pdftotext -layout of a table whose cells the writer set a single space apart where they stood
// close ("20805 行政事业单位养老支出 13.06"), a header wrapped in its cells ("本年支出合" / "计"), a
// name wrapped above its figures: the character columns do not part the cells.
const table = [
  '                 支出决算表',
  '                                           单位：万元',
  '项目                    本年支出合 基本支       项目支',
  '                      计      出        出',
  '栏次                    1      2        3',
  '合计                    238.67 157.38   81.29',
  '208     社会保障和就业支出   13.06  13.06  0.00',
  '20805 行政事业单位养老支出 13.06     13.06  0.00',
  '2080505 机关事业单位基本养老保',
  '        险缴费支出       13.06  13.06  0.00',
  '210     卫生健康支出      225.61 144.32 81.29',
  '21011 行政事业单位医疗      6.70   6.70   0.00',
  '',
].join('\n');

describe('tables on a character grid read by the order of their words', () => {
  it('places the k-th figure of every row in the k-th column, under the k-th header', () => {
    const [rows] = grids(table);
    expect(rows?.[0]).toEqual(['项目', '本年支出合计', '基本支出', '项目支出']);
    expect(rows).toContainEqual(['栏次', '1', '2', '3']);
    expect(rows).toContainEqual(['20805 行政事业单位养老支出', '13.06', '13.06', '0.00']);
    // The name wrapped over two lines, its figures on the second.
    expect(rows).toContainEqual(['2080505 机关事业单位基本养老保险缴费支出', '13.06', '13.06', '0.00']);
  });

  it('takes a header over all columns of figures as their group', () => {
    const grouped = table
      .replace('项目                    本年支出合 基本支       项目支', '项目                   本年支出')
      .replace('                      计      出        出', '科目名称 小计 基本支出 项目支出')
      .replace('2080505 机关事业单位基本养老保\n        险缴费支出       13.06  13.06  0.00', '2080505 机关事业单位基本养老保险缴费支出 13.06 13.06 0.00');
    const [rows] = grids(grouped);
    expect(rows?.[0]?.[1]).toBe('本年支出');
    expect(rows?.[1]?.slice(1)).toEqual(['小计', '基本支出', '项目支出']);
  });

  it('leaves the table unread where the order does not decide', () => {
    // A blank cell: which column the row's two figures stand in the order does not tell.
    expect(grids(table.replace('6.70   6.70   0.00', '6.70   6.70'))).toEqual([]);
    // Rows that do not add up to their total, past the rounding of their figures: a header stacked
    // wrong would name a column with another's figures.
    expect(grids(table.replace('225.61 144.32', '225.61 144.52'))).toEqual([]);
    // A header word neither a label nor a name of amounts.
    expect(grids(table.replace('栏次', '附注'))).toEqual([]);
    // Two tables side by side: a word after a figure.
    expect(grids(table.replace('6.70   6.70   0.00', '6.70   6.70   0.00 其他 1.00'))).toEqual([]);
  });
});

describe('tables on a character grid over a page break', () => {
  // The writer sets each page's columns on its own: the part on the next page stands elsewhere, and
  // opens with the last line of a name wrapped over the break.
  const paged = [
    '                 支出决算表',
    '                                           单位：万元',
    ' 项目                        本年支出',
    ' 科目代码     科目名称             小计              基本支出              项目支出',
    ' 栏次                        1               2                 3',
    '                           238.67          157.38            81.29',
    '208            社会保障和就业     13.06           13.06             0.00',
    '               支出',
    '210            卫生健康支出      225.61          144.32            81.29',
    '21011          行政事业单位医     6.70            6.70              0.00',
    '\f          疗',
    '2101101   行政单位医疗   6.70                6.70               0.00',
    '21015     医疗保障管理事  218.91              137.62             81.29',
    '          务',
    '注：本表反映单位本年度一般公共预算财政拨款支出情况。',
    '',
  ].join('\n');

  it('reads the headerless part at the top of the next page with the table, by the order of its words', () => {
    const all = grids(paged);
    expect(all).toHaveLength(1);
    const rows = all[0] ?? [];
    expect(rows).toContainEqual(['21011 行政事业单位医疗', '6.70', '6.70', '0.00']);
    expect(rows).toContainEqual(['2101101 行政单位医疗', '6.70', '6.70', '0.00']);
    expect(rows).toContainEqual(['21015 医疗保障管理事务', '218.91', '137.62', '81.29']);
  });
});
