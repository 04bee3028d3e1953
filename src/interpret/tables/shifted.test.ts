import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { readLayout } from '../../extract/index.js';
import '../../extract/register.js';
import { interpret } from '../index.js';

// 公开05表 copied with tabs between cells, as a viewer gives it where the 合计 label cell was lost
// (rongcheng's print copied from pdftotext's grid): the total row's amounts start in the name column.
const T05 = (total: string) =>
  [
    '一般公共预算财政拨款支出决算表',
    '公开05表',
    '金额单位：万元',
    '项目\t本年支出',
    '科目代码\t科目名称\t小计\t基本支出\t项目支出',
    total,
    '208\t社会保障和就业支出\t13.06\t13.06\t0.00',
    '20805\t行政事业单位养老支出\t13.06\t13.06\t0.00',
    '2080505\t机关事业单位基本养老保险缴费支出\t13.06\t13.06\t0.00',
  ].join('\n');

async function read(text: string) {
  return interpret(await readLayout('05.txt', new TextEncoder().encode(text)), defaultCatalog());
}

describe('a table whose amounts fall in its name column', () => {
  it('is not read, and says so, rather than reading "238.67" as code 238 and every figure a column left', async () => {
    const d = await read(T05('13.06\t13.06\t0.00'));
    expect(d.tables.find((t) => t.id === '05')).toBeUndefined();
    expect(d.coverage.tablesUnread.find((u) => u.id === '05')?.reason).toMatch(/13\.06是金额，却落在项目名称栏/);
  });

  it('reads the table where the total row keeps its label', async () => {
    const d = await read(T05('合计\t\t13.06\t13.06\t0.00'));
    expect(d.tables.find((t) => t.id === '05')?.rows.find((r) => r.code === '2080505')?.cells.total?.value).toBe('13.06');
  });
});
