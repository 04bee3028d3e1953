import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

// 公开05表 as `pdftotext -layout` copies a two-page print of it: on the first page its header and first
// rows set by single spaces (read from its words), on the second, after the page break (\f), its header
// said again over the other rows on a grid: two parts laid out in different columns.
const TWO_PARTS = [
  "一般公共预算财政拨款支出决算表",
  "公开05表",
  "部门：荣成市医疗保障局",
  "金额单位：万元",
  "项目                       本年支出",
  "科目代码 科目名称                小计 基本支出 项目支出",
  "栏次                       1      2      3",
  "                         238.67 157.38 81.29",
  "208   社会保障和就业支出          13.06 13.06 0.00",
  "\f项目                       本年支出",
  "科目代码 科目名称                小计 基本支出 项目支出",
  "栏次                       1      2      3",
  "20805 行政事业单位养老支出         13.06 13.06 0.00",
  "2080505 机关事业单位基本养老保险缴费支出 13.06 13.06 0.00",
  "210     卫生健康支出           214.25 132.96 81.29",
  "21011 行政事业单位医疗           6.70 6.70 0.00",
  "2101101 行政单位医疗           6.70 6.70 0.00",
  "21015 医疗保障管理事务           207.55 126.26 81.29",
  "2101501 行政运行             126.26 126.26 0.00",
  "2101505 医疗保障政策管理         81.29 0.00 81.29",
  "221     住房保障支出           11.36 11.36 0.00",
  "22102 住房改革支出             11.36 11.36 0.00",
  "2210201 住房公积金            11.36 11.36 0.00",
  "注：本表反映单位本年度一般公共预算财政拨款支出情况。",
];

describe('a table that goes on over a page in a part laid out otherwise', () => {
  it('is printed and unread, not checked on its first part as if it were the whole', async () => {
    const text = `某某市某某局2024年度部门决算\n\n第二部分 部门决算表\n\n${TWO_PARTS.join('\n')}\n`;
    const r = await checkText(text, { file: 'copied.txt' });
    expect(r.coverage.tablesUnread.find((u) => u.id === '05')?.reason).toMatch(/续表.*未能接续读取/);
    expect(r.findings.filter((f) => /^table\.05|^cross-table\.05/.test(f.rule))).toEqual([]);
  });
  it('a table of its own title after it is no part of it', async () => {
    const own = ['一般公共预算财政拨款基本支出决算明细表', '公开06表', '金额单位：万元', '科目代码 科目名称                人员经费 公用经费', '301 工资福利支出                100.00 0.00', '30101 基本工资                 100.00 0.00'];
    const text = `某某市某某局2024年度部门决算\n\n${TWO_PARTS.slice(0, 9).join('\n')}\n\f${own.join('\n')}\n`;
    const r = await checkText(text, { file: 'copied.txt' });
    expect(r.coverage.tablesUnread.find((u) => u.id === '05')?.reason ?? '').not.toMatch(/续表/);
  });
});
