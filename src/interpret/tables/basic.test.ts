import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';

describe('06 as one block (科目编码 | 科目名称 | 决算数)', () => {
  it('reads a total whose label spans code and name, written as one cell of a shorter row ("人员经费合计\\t90.00")', async () => {
    const text = [
      '一般公共预算财政拨款基本支出决算表',
      '单位：万元',
      '科目编码\t科目名称\t决算数',
      '301\t工资福利支出\t90.00',
      '30101\t基本工资\t90.00',
      '302\t商品和服务支出\t10.00',
      '人员经费合计\t90.00',
      '公用经费合计\t10.00',
      '',
    ].join('\n');
    const doc = await extractBytes('x.txt', new TextEncoder().encode(text));
    const t = doc.tables.find((x) => x.id === '06');
    const row = (key: string) => t?.rows.find((r) => r.key === key);
    expect(row('personnel.total')?.cells.amount?.value).toBe('90.00');
    expect(row('personnel.total')?.name).toBe('人员经费合计');
    expect(row('public.total')?.cells.amount?.value).toBe('10.00');
    expect(t?.rows.some((r) => r.key.startsWith('name:'))).toBe(false);
  });
});
