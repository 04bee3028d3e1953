import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';

const tables = (text: string) => readTextLayout(text, 'x.txt', 'text').blocks.filter((b) => b.kind === 'table');
const words = (text: string) => tables(text).map((t) => (t.kind === 'table' ? { shape: t.shape, rows: t.rows.map((r) => r.map((c) => c.text)) } : null));

// pdftotext -layout of a table with blank cells whose writer set some of a row's figures on the line
// above its code and name, wrapped names onto lines of their own and a header wrapped in its cells.
const table = [
  '                                支出决算表',
  '',
  '                                                                             单位：万元',
  '',
  '                项目                                                           对附属单位',
  '                                本年支出合                 项目支      上缴上级支   经营支',
  '   支出功能分类                                  基本支出                                补',
  '                       科目名称       计                    出         出      出',
  '    科目编码                                                                      助支出',
  '                                           2,336.91   603.14',
  '                                2,940.05',
  ' 类    款   项',
  '                        合计',
  '                                           1,503.52   603.14',
  '201             一般公共服务支出        2,106.66',
  '                                           1,503.52',
  '201   06   01   行政运行            1,511.89               8.37',
  '201   06   02   一般行政管理事务          10.00               10.00',
  '',
  '208   05   05                    160.75    160.75',
  '                机关事业单位基本养老保险缴',
  '                费支出',
  '',
  '208   05   99   其他行政事业单位养老支出     0.94     0.94',
  '',
].join('\n');

describe('tables on a character grid read as rows of words', () => {
  it('joins the header stacked in its cells, and a row\'s figures set on the line above it in column order', () => {
    const [t] = words(table);
    expect(t?.shape).toBe('spaced');
    expect(t?.rows[0]).toEqual(expect.arrayContaining(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出', '支出功能分类科目编码', '科目名称']));
    expect(t?.rows).toContainEqual(['合计', '2,940.05', '2,336.91', '603.14']);
    expect(t?.rows).toContainEqual(['2010601', '行政运行', '1,511.89', '1,503.52', '8.37']);
    // A name wrapped onto lines of its own, under its row.
    expect(t?.rows).toContainEqual(['2080505', '机关事业单位基本养老保险缴费支出', '160.75', '160.75']);
  });

  it('takes figures on a line of their own into no row they would overfill', () => {
    // Figures above a row that holds as many as the header names amounts already: they stand on no
    // row, and the reader of rows of words leaves the table unread for them.
    const orphan = table.replace('201   06   02   一般行政管理事务          10.00               10.00', '                  1.00   2.00\n201   06   02   一般行政管理事务   10.00  1.00  2.00  3.00  4.00  0.00');
    const row = words(orphan)
      .flatMap((t) => t?.rows ?? [])
      .find((r) => r.some((c) => c.includes('一般行政管理事务')));
    expect(row?.filter((c) => /\d\.\d/.test(c))).toEqual(['10.00', '1.00', '2.00', '3.00', '4.00', '0.00']);
  });
});

// A whole table whose rows leave cells blank: a row's figures placed by the headers nearest them,
// taken where the sums hold (类 = Σ款 = Σ项, 合计 = Σ类, the row's 合计 = Σ its parts).
const whole = [
  '                                支出决算表',
  '                                                      单位：万元',
  '                项目',
  '                                  本年支出合',
  '   支出功能分类                               基本支出  项目支出',
  '                 科目名称             计',
  '                                              1,514.41   18.37',
  '                                   1,532.78',
  '                    合计',
  '201             一般公共服务支出   1,521.89   1,503.52   18.37',
  '201   06        财政事务           1,521.89   1,503.52   18.37',
  '201   06   01   行政运行           1,511.89   1,503.52    8.37',
  '201   06   02   一般行政管理事务      10.00               10.00',
  '208             社会保障和就业支出    10.89      10.89',
  '208   05        行政事业单位养老支出  10.89    10.89',
  '208   05   01   行政单位离退休      10.89    10.89',
  '',
].join('\n');

describe('tables on a character grid placed by where their figures stand', () => {
  it('places each figure under the header nearest it where the sums then hold', () => {
    const [t] = words(whole);
    expect(t?.shape).toBe('grid');
    expect(t?.rows[0]?.slice(1)).toEqual(['本年支出合计', '基本支出', '项目支出']);
    expect(t?.rows).toContainEqual(['合计', '1,532.78', '1,514.41', '18.37']);
    expect(t?.rows).toContainEqual(['2010602 一般行政管理事务', '10.00', '', '10.00']);
    // A block of lines the writer set a few characters left keeps its columns.
    expect(t?.rows).toContainEqual(['2080501 行政单位离退休', '10.89', '10.89', '']);
  });

  it('leaves the placing to the sums alone where they do not hold', () => {
    // 10.89 under 项目支出 in the 款 row: placed by where it stands, 类 ≠ Σ款 column by column.
    const [t] = words(whole.replace('208   05        行政事业单位养老支出  10.89    10.89', '208   05        行政事业单位养老支出  10.89               10.89'));
    expect(t?.shape).toBe('spaced');
  });
});
