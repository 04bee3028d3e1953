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

// 公开01表 as `pdftotext -layout` copies a two-page print of it in 元: the first page's rows set by
// single spaces, which no reader takes for a table, the second page's found by its header.
const FIRST_PAGE_LOST = [
  "附表1：收入支出决算总表",
  "编制单位：某某市某某局           2024年度      金额单位：元",
  "收入                            支出",
  "项目               行次 决算数       项目（按功能分类）       行次 决算数",
  "栏次                  1         栏次                 2",
  "一、一般公共预算财政拨款收入 1 2,386,700.00 一、一般公共服务支出      32 0.00",
  "八、其他收入           8 0.00       八、社会保障和就业支出     39 130,600.00",
  "9            九、卫生健康支出        40 2,142,500.00",
  "19           十九、住房保障支出       50 113,600.00",
  "24           二十四、债务还本支出      55 0.00",
  "25           二十五、债务付息支出      56 0.00",
  "\f收入                                    支出",
  "项目                    行次 决算数          项目（按功能分类）       行次 决算数",
  "栏次                       1            栏次                 2",
  "                      26              二十六、抗疫特别国债安排的支出 57 0.00",
  "本年收入合计                27 2,386,700.00 本年支出合计          58 2,386,700.00",
  "使用非财政拨款结余             28 0.00         结余分配            59 0.00",
  "年初结转和结余               29 0.00         年末结转和结余         60 0.00",
  "                      30                              61",
  "总计                    31 2,386,700.00 总计              62 2,386,700.00",
  "注：本表反映单位本年度的总收支和年末结转结余情况。"
];

describe('a table whose first rows are printed as lines of text right above it', () => {
  it('is printed and unread, not checked on the rows of its last page as if they were all', async () => {
    const text = `某某市某某局2024年度部门决算\n\n第二部分 部门决算表\n\n${FIRST_PAGE_LOST.join('\n')}\n`;
    const r = await checkText(text, { file: 'copied.txt' });
    expect(r.coverage.tablesUnread.find((u) => u.id === '01')?.reason).toMatch(/之上还有\d+行数字印为文字行/);
    expect(r.findings.filter((f) => /^table\.01|^cross-table\.\d\d-01/.test(f.rule))).toEqual([]);
  });
  it('reads the table where no such lines stand above it', async () => {
    const kept = FIRST_PAGE_LOST.filter((l) => !/^(一、|八、|\d+ )/.test(l));
    const text = `某某市某某局2024年度部门决算\n\n第二部分 部门决算表\n\n${kept.join('\n')}\n`;
    const r = await checkText(text, { file: 'copied.txt' });
    expect(r.coverage.tablesUnread.find((u) => u.id === '01')).toBeUndefined();
  });
});
