import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';
import { delimitBySpaces } from './delimited.js';

const texts = (lines: string[]) => delimitBySpaces(lines.map((text) => ({ text }))).map((l) => l.text);

describe('cells parted by runs of spaces of one length', () => {
  const table06 = [
    '科目编码    科目名称    决算数',
    '301    工资福利支出    90.00',
    '301 01    基本工资    90.00',
    '302    商品和服务支出    10.00',
    '302 01    办公费    10.00',
    '人员经费合计    90.00',
    '公用经费合计    10.00',
  ];

  it('are cells parted by tabs, a run of twice the length a blank cell between', () => {
    expect(texts(table06)[2]).toBe('301 01\t基本工资\t90.00');
    expect(texts(['项目编码    科目名称    合计    基本支出', '合计        1,000.00    600.00', '221    住房保障支出    1,000.00    600.00'])).toEqual([
      '项目编码\t科目名称\t合计\t基本支出',
      '合计\t\t1,000.00\t600.00',
      '221\t住房保障支出\t1,000.00\t600.00',
    ]);
  });

  it('leave a character grid, prose with double spaces and runs of different lengths as they are', () => {
    const grid = ['   项目                本年支出合计     基本支出', '   合计                    238.67       157.38', '   卫生健康支出            214.25       132.96', '   住房保障支出             11.36'];
    expect(texts(grid)).toEqual(grid);
    // Runs of one length, but the figures stand on common edges: a grid whose columns happen to be as wide.
    const even = ['合计    238.67    157.38', '小计    214.25    132.96', '其他    11.36    24.42'];
    expect(texts(even)).toEqual(even);
    const prose = ['本年收入合计  238.67万元，比上年增加  12.00万元，增长5.3%。', '其中：财政拨款收入  238.67万元。', '基本支出  157.38万元，项目支出  81.29万元。'];
    expect(texts(prose)).toEqual(prose);
    const mixed = ['科目编码    科目名称   决算数', '301    工资福利支出     90.00', '302  商品和服务支出    10.00'];
    expect(texts(mixed)).toEqual(mixed);
  });

  it('read 06 printed as one list with its cells so parted, its totals too, as with tabs or single spaces', async () => {
    const text = ['一般公共预算财政拨款基本支出决算表', '单位：万元', ...table06, ''].join('\n');
    const doc = await extractBytes('x.txt', new TextEncoder().encode(text));
    const t = doc.tables.find((x) => x.id === '06');
    expect(doc.coverage.unread).toEqual([]);
    expect(t?.rows.map((r) => [r.key, r.cells.amount?.value])).toEqual([
      ['301', '90.00'],
      ['30101', '90.00'],
      ['302', '10.00'],
      ['30201', '10.00'],
      ['personnel.total', '90.00'],
      ['public.total', '10.00'],
    ]);
  });
  it('keep a part row of one cell between rows so parted in the block ("收入" over the income rows), and read 01 printed so in one column', async () => {
    const one01 = [
      '项目    行次    金额',
      '收入        ',
      '一般公共预算财政拨款收入    1    12,226,800.00',
      '其他收入    2    157,260.00',
      '本年收入合计    3    12,384,060.00',
      '收入总计    4    12,384,060.00',
      '支出',
      '社会保障和就业支出    5    846,800.00',
      '卫生健康支出    6    11,537,260.00',
      '本年支出合计    7    12,384,060.00',
      '支出总计    8    12,384,060.00',
    ];
    expect(texts(one01).slice(0, 3)).toEqual(['项目\t行次\t金额', '收入', '一般公共预算财政拨款收入\t1\t12,226,800.00']);
    expect(texts(one01)[6]).toBe('支出');
    const text = ['编制单位：某某局    金额单位：元', '2024年度收入支出决算总表', ...one01, ''].join('\n');
    const doc = await extractBytes('x.txt', new TextEncoder().encode(text));
    const t = doc.tables.find((x) => x.id === '01');
    expect(doc.coverage.unread).toEqual([]);
    expect(t?.unit).toBe('元');
    expect(t?.rows.find((r) => r.key === 'exp.class:210')?.cells.amount?.value).toBe('1153.726000');
    expect(t?.rows.find((r) => r.key === 'inc.grand')?.side).toBe('income');
  });
});
