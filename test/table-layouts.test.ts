import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../src/check.js';
import '../src/extract/register.js';
import { T03, docOf } from '../src/rules/table/fragments.js';

/*
 * Layouts of the tables that real PDFs print and the reader must take as the table they are.
 *
 * A table that runs over a page break and prints its caption again on the next page (its title,
 * 公开XX表, the reporting unit and the unit line, then its header: a spreadsheet's print titles) is one
 * table; only a second whole copy of it is a second one.
 */
const CAPTION = T03.slice(0, T03.indexOf('合 计'));
const split = T03.indexOf('210\t卫生健康支出');
const PAGE_ONE = T03.slice(0, split);
const PAGE_TWO = `${CAPTION}${T03.slice(split)}`;

describe('a table whose continuation page repeats its caption', () => {
  it('reads both pages as one table, and says nothing is read twice', async () => {
    const text = docOf(`${PAGE_ONE}\f${PAGE_TWO}`);
    const r = await checkText(text, { file: 'continued.md' });
    const t03 = (await extractBytes('continued.md', new TextEncoder().encode(text))).tables.find((t) => t.id === '03');
    expect(t03?.rows.map((row) => row.key)).toEqual(expect.arrayContaining(['total', '208', '2080505', '210', '2101505', '221', '2210201']));
    expect(r.coverage.unread.filter((u) => /不止一次/.test(u))).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error' && /^(table\.03|cross-table)/.test(f.rule))).toEqual([]);
  });

  it('still finds an error printed on the continuation page', async () => {
    const wrong = PAGE_TWO.replace('2210201\t住房公积金\t11.36', '2210201\t住房公积金\t12.36');
    const r = await checkText(docOf(`${PAGE_ONE}\f${wrong}`), { file: 'continued.md' });
    expect(r.findings.some((f) => f.rule.startsWith('table.03.') && f.severity === 'error' && f.message.includes('12.36'))).toBe(true);
  });

  it('takes a second whole copy of the table for a second table, not a continuation', async () => {
    const r = await checkText(docOf(`${T03}\f${T03}`), { file: 'twice.md' });
    expect(r.coverage.unread.some((u) => /公开03表在文中出现了不止一次/.test(u))).toBe(true);
  });
});

describe('a classified table whose 类, 款 and 项 codes stand in columns of their own', () => {
  const T05_SPLIT = [
    '一般公共预算财政拨款支出决算表',
    '公开05表',
    '金额单位：万元',
    '功能分类科目编码\t\t\t科目名称\t本年支出\t\t',
    '类\t款\t项\t\t小计\t基本支出\t项目支出',
    '合计\t\t\t\t580.00\t370.00\t210.00',
    '201\t\t\t一般公共服务支出\t580.00\t370.00\t210.00',
    '\t03\t\t政府办公厅（室）及相关机构事务\t580.00\t370.00\t210.00',
    '\t\t01\t行政运行\t370.00\t370.00\t0.00',
    '\t\t02\t一般行政管理事务\t210.00\t0.00\t210.00',
  ].join('\n');

  it('gives a 款 or 项 printed alone the code of the class and 款 above it', async () => {
    const d = await extractBytes('split.txt', new TextEncoder().encode(`某某局2024年度部门决算\n${T05_SPLIT}\n`));
    expect(d.tables.find((t) => t.id === '05')?.rows.map((r) => r.key)).toEqual(['total', '201', '20103', '2010301', '2010302']);
  });
});

describe('a table in copied text with the running header where its page broke', () => {
  it('goes on past the header line, the document’s title said again', async () => {
    const title = '某某市医疗保障局2024年度部门决算';
    const broken = T03.replace('210\t卫生健康支出', `${title}\n210\t卫生健康支出`);
    const r = await checkText(`${title}\n\n${broken}`, { file: 'copied.txt' });
    expect(r.findings.filter((f) => f.severity === 'error' && /^(table\.03|cross-table)/.test(f.rule))).toEqual([]);
    const d = await extractBytes('copied.txt', new TextEncoder().encode(`${title}\n\n${broken}`));
    expect(d.tables.find((t) => t.id === '03')?.rows.map((row) => row.key)).toEqual(expect.arrayContaining(['2101505', '2210201']));
  });
});

describe('table 09 printed as a list: the items as rows under 预算数 and 决算数', () => {
  const T09_LISTED = [
    '财政拨款“三公”经费支出决算表',
    '公开09表',
    '金额单位：万元',
    '项目\t预算数\t决算数',
    '合计\t15.00\t12.00',
    '1、因公出国（境）费\t0.00\t0.00',
    '2、公务用车购置及运行维护费\t10.00\t9.00',
    '其中：（1）公务用车购置费\t0.00\t0.00',
    '（2）公务用车运行维护费\t10.00\t9.00',
    '3、公务接待费\t5.00\t3.00',
  ].join('\n');
  const doc = (t: string) => `某某局2024年度部门决算\n${t}\n`;

  it('reads each item’s budget and actual', async () => {
    const d = await extractBytes('listed.txt', new TextEncoder().encode(doc(T09_LISTED)));
    const cells = d.tables.find((t) => t.id === '09')?.rows[0]?.cells ?? {};
    const read = Object.fromEntries(Object.entries(cells).map(([k, f]) => [k, f?.value]));
    expect(read).toEqual({
      'budget.total': '15.00', 'actual.total': '12.00', 'budget.abroad': '0.00', 'actual.abroad': '0.00',
      'budget.vehicle': '10.00', 'actual.vehicle': '9.00', 'budget.vehiclePurchase': '0.00', 'actual.vehiclePurchase': '0.00',
      'budget.vehicleOps': '10.00', 'actual.vehicleOps': '9.00', 'budget.reception': '5.00', 'actual.reception': '3.00',
    });
  });

  it('so its sums are checked: a 合计 that is not its items’ sum is an error', async () => {
    const r = await checkText(doc(T09_LISTED.replace('合计\t15.00\t12.00', '合计\t15.00\t13.00')), { file: 'listed.txt' });
    expect(r.findings.some((f) => f.rule === 'table.09.total' && f.severity === 'error' && f.message.includes('13.00'))).toBe(true);
  });
});
