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
});
