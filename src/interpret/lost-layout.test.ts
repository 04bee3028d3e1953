import { describe, expect, it } from 'vitest';
import { checkText } from '../check.js';
import type { Block } from '../model/layout.js';
import { rowRunAfter } from './lost-layout.js';

// An empty table as a PDF viewer copies it in reading order: its title, unit, header words one to a
// line and the note saying why it is empty (pdftotext of a Shanghai district's 公开07表).
const EMPTY_07 = [
  '政府性基金预算财政拨款收入支出决算表',
  '单位：万元',
  '项目', '类', '支出功能分类', '科目编码', '款', '项',
  '本年支出', '年初结转和', '年末结转和', '本年收入', '结余', '结余', '科目名称',
  '小计 基本支出 项目支出', '合计',
  '注：某某区某某局无政府性基金预算财政拨款支出，故本表无数据。',
].join('\n\n');

describe('a table whose layout was lost in copying', () => {
  it('printed empty, with header words and no figures, is printed and unread, not missing', async () => {
    const text = `# 某某区某某局2024年度部门决算\n\n## 第二部分 部门决算表\n\n收入支出决算总表\n\n单位：万元\n\n${EMPTY_07}\n\n## 第三部分 部门决算情况说明\n`;
    const r = await checkText(text, { file: 'case.txt' });
    expect(r.coverage.tablesUnread.map((u) => u.id)).toContain('07');
    expect(r.findings.filter((f) => f.rule === 'completeness.table-07')).toEqual([]);
  });

  it('a heading followed by a few short lines of prose is no table', async () => {
    const text = '# 某某区某某局2024年度部门决算\n\n## 七、政府性基金预算财政拨款收入支出决算表\n\n本部门无。\n\n说明如下。\n';
    const r = await checkText(text, { file: 'case.txt' });
    expect(r.coverage.tablesUnread.map((u) => u.id)).not.toContain('07');
  });
});

describe('the row labels of a table that lost its layout', () => {
  it('are no list: "六、经营收入" then "八、其他收入" among its cells is no number skipped', async () => {
    const cells = ['收入支出决算总表', '单位：万元', '项目', '行次', '金额', '一、一般公共预算财政拨款收入', '1', '238.67', '二、政府性基金预算财政拨款收入', '2', '0.00', '五、事业收入', '5', '0.00', '六、经营收入', '八、其他收入', '7', '0.00', '8', '0.00', '本年收入合计', '238.67'];
    const text = `某某市某某局2024年度部门决算\n${cells.join('\n')}\n第三部分 部门决算情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n`;
    const r = await checkText(text, { file: 'copied.txt' });
    const unread = r.coverage.tablesUnread.find((u) => u.id === '01');
    expect(unread?.through?.line).toBeGreaterThan(unread?.location.line ?? Infinity);
    expect(r.findings.filter((f) => f.rule === 'template.numbering')).toEqual([]);
  });
});

describe('a table copied out of a borderless PDF', () => {
  it('is printed, not missing, when its cells are subject codes with names and its header words run into one line', async () => {
    const cells = [
      '收入决算表', '公开02表', '金额单位：万元', '单位：某某市某某局', '项目', '科目代 科目名称', '码', '栏次', '合计',
      '208 社会保障和就业支出', '20805 行政事业单位养老支出', '2080505 机关事业单位基本养老保', '险缴费支出',
      '210 卫生健康支出', '21011 行政事业单位医疗', '2101101 行政单位医疗',
      '本年收入合 财政拨款收 上级补助 事业收 经营收 附属单位上缴 其他收', '计', '入', '收入',
    ];
    const text = `某某市某某局2024年度单位决算\n${cells.join('\n')}\n第三部分 2024年度单位决算情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n`;
    const r = await checkText(text, { file: 'copied.txt' });
    expect(r.coverage.tablesUnread.map((u) => u.id)).toContain('02');
    expect(r.findings.filter((f) => f.rule === 'completeness.table-02')).toEqual([]);
  });
});

describe('an older form\'s table title', () => {
  it('"…政府性基金预算财政拨款支出决算表" (expense alone, as Shanghai printed it in 2019) is table 07, printed', async () => {
    const cells = ['2019年度政府性基金预算财政拨款支出决算表', '单位:万元', '项目', '合计', '基本支出', '项目支出', '功能分类', '科目编码', '科目名称', '类', '款', '项', '229', '其他支出', '229', '08', '彩票发行销售机构业务费安排的支出', '合计'];
    const text = `${cells.join('\n')}\n注:某某区某某委员会2019年度无政府性基金预算财政拨款支出,故本表无数据。\n`;
    const r = await checkText(text, { file: 'copied.txt' });
    expect(r.coverage.tablesUnread.map((u) => u.id)).toContain('07');
  });
});

// Rows of 公开01表 as a fixed-pitch text export prints them: columns parted by gaps far wider than
// the reader lines up, so no table is read, but every row holds its figures on its own line.
const WIDE = (label: string, figure: string, right: string, figure2 = '') =>
  `${' '.repeat(15)}${label}${' '.repeat(60)}${figure}${' '.repeat(20)}${right}${' '.repeat(50)}${figure2}`;
const WIDE_01 = [
  `${' '.repeat(70)}收入支出决算总表`,
  `${' '.repeat(150)}单位：万元`,
  '',
  WIDE('一、一般公共预算财政拨款收入', '2,940.05', '一、一般公共服务支出', '2,106.66'),
  WIDE('二、政府性基金预算财政拨款收入', '', '二、外交支出'),
  WIDE('八、其他收入', '6.20', '八、社会保障和就业支出', '326.71'),
  `${' '.repeat(110)}九、卫生健康支出${' '.repeat(50)}60.99`,
  WIDE('本年收入合计', '2,946.25', '本年支出合计', '2,940.05'),
  WIDE('总计', '2,995.39', '总计', '2,995.39'),
];

describe('a table whose rows were not read in columns', () => {
  it('printed under its own title with figures in each row, is printed and unread, not missing', async () => {
    const text = `某某区某某局2024年度部门决算\n\n第二部分 部门决算表\n\n${WIDE_01.join('\n')}\n\n第三部分 部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n2024年度收、支总计2995.39万元。\n`;
    const r = await checkText(text, { file: 'fixed.txt' });
    expect(r.coverage.tablesFound).toContain('01');
    expect(r.coverage.tablesUnread.find((u) => u.id === '01')?.reason).toMatch(/未能按栏目读取/);
    expect(r.findings.filter((f) => f.rule === 'completeness.table-01' || (/^completeness\.table-0/.test(f.rule) && /《收入支出决算总表》/.test(f.message)))).toEqual([]);
  });

  it('a title named in a sentence, with figures in the prose after it, is no printed table', async () => {
    const text = '某某区某某局2024年度部门决算\n\n详见收入支出决算总表。\n\n本年收入合计2946.25万元，支出2940.05万元，结余6.20万元，总计2995.39万元。\n';
    const r = await checkText(text, { file: 'prose.txt' });
    expect(r.coverage.tablesUnread.map((u) => u.id)).not.toContain('01');
  });

  it('a title alone followed by prose lines is no printed table', async () => {
    const text = '某某区某某局2024年度部门决算\n\n收入支出决算总表\n\n本年收入合计2946.25万元，其中财政拨款收入2940.05万元\n\n本年支出合计2940.05万元，其中基本支出2336.91万元\n\n年末结转和结余55.34万元，年初结转和结余49.14万元\n\n总计2995.39万元\n\n以上数据均为决算数\n';
    const r = await checkText(text, { file: 'prose.txt' });
    expect(r.coverage.tablesUnread.map((u) => u.id)).not.toContain('01');
  });
});

describe('a blank form of a table, header only, copied line by line', () => {
  it('is printed and unread (only its header), not missing, though its last header row runs into the note', async () => {
    const header = ['财政拨款“三公”经费支出决算表', '单位：万元', '财政拨款“三公”经费', '合计', '因公出国', '（境）费', '公务用车购置及运行维护费', '公务接待费', '小计'];
    const text = `某某区某某局2024年度部门决算\n第二部分 部门决算表\n${header.join('\n')}\n预算数 决算数 预算数 决算数 预算数 决算数\n注：本表反映部门本年度“三公”经费支出预决算情况。\n第三部分 部门决算情况说明\n`;
    const r = await checkText(text, { file: 'raw.txt' });
    expect(r.coverage.tablesUnread.find((u) => u.id === '09')?.reason).toMatch(/只有表头/);
    expect(r.findings.filter((f) => /^completeness\.table-0/.test(f.rule) && /三公/.test(f.message))).toEqual([]);
  });
});

describe('tables run into one line of text, as OCR of a picture of them gives', () => {
  // A unit's 决算批复 published as pictures and OCR'd: the cover's fields, then each table's code and its
  // rows (name, 行次, amount) in one line.
  const cover = '单位名称 某某县某某中心 单位负责人 某某 财务负责人 某某 填表人 某某 预算级次 县级 报表小类 单户表 F1 封面代码';
  const rows01 = '财决公开01表 部门: 某某县某某中心 金额单位:万元 收入 支出 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 一一般公共预算财政拨款收入 1 812.40 一一般公共服务支出 32 0.00 二政府性基金预算财政拨款收入 2 0.00 二外交支出 33 0.00 五事业收入 5 35.10 五教育支出 36 790.25 八其他收入 8 12.00 八社会保障和就业支出 39 69.25 本年收入合计 859.50 本年支出合计 859.50';
  const page = `某某县某某中心2023年决算批复公开资料\n\n详情见附件\n\n(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)\n\n${cover} ${rows01}\n`;

  it('are printed and unread, as the same table one cell to a line is, not missing', async () => {
    const r = await checkText(page, { file: 'ocr.txt' });
    expect(r.coverage.tablesUnread.find((u) => u.id === '01')?.reason).toMatch(/连成一行/);
    expect(r.coverage.tablesOnly).toBe(true);
    expect(r.findings.filter((f) => f.rule === 'completeness.tables-printed' || f.rule === 'glossary.present')).toEqual([]);
  });

  it('a sentence citing a table’s code, its figures in prose, is no printed table', async () => {
    const text = '某某县某某中心2023年度部门决算\n\n本年收入情况详见公开01表：一般公共预算财政拨款收入812.40万元，事业收入35.10万元，其他收入12.00万元，本年收入合计859.50万元，与上年相比增加1.20万元。\n';
    const r = await checkText(text, { file: 'prose.txt' });
    expect(r.coverage.tablesUnread.map((u) => u.id)).not.toContain('01');
  });
});

// 公开09表 as `pdftotext -layout` copies a spreadsheet's print of it: its code and unit lines under the
// title, a header over two levels, the column numbers and the one row of figures a 三公 table prints.
const SHEET_09 = [
  '财政拨款“三公”经费支出决算表',
  `${' '.repeat(100)}公开09表`,
  `编制单位：某某市某某局（本级）${' '.repeat(90)}单位：万元`,
  `预算数${' '.repeat(60)}决算数`,
  `${' '.repeat(20)}公务用车购置及运行维护费${' '.repeat(50)}公务用车购置及运行维护费`,
  '合计         因公出国（境） 费 小计          公务用车购置费    公务用车运行维护费 公务接待费      合计       因公出国（境） 费     小计           公务用车购置费      公务用车运行维护费 公务接待费',
  '         1          2          3          4            5       6        7             8            9           10           11        12',
  '      0.94       0.00       0.00       0.00         0.00    0.94     0.94          0.00         0.00         0.00         0.00      0.94',
  '注：本表反映单位本年度财政拨款“三公”经费支出预决算情况。',
];

describe('a 三公 table printed under its code and unit lines, its one row not read in columns', () => {
  it('is printed and unread, not missing', async () => {
    const text = `某某市某某局2024年度部门决算\n\n第二部分 部门决算表\n\n${SHEET_09.join('\n')}\n`;
    const r = await checkText(text, { file: 'copied.txt' });
    expect(r.coverage.tablesFound).toContain('09');
    expect(r.findings.filter((f) => f.rule === 'completeness.table-09')).toEqual([]);
  });
  it('a heading naming the table over a figure, with no code or unit line, is no printed table', async () => {
    const text = '某某市某某局2024年度部门决算\n\n财政拨款“三公”经费支出决算表\n\n预算数 决算数\n\n0.94 0.94\n\n以上为本年度“三公”经费情况。\n';
    const r = await checkText(text, { file: 'prose.txt' });
    expect(r.coverage.tablesFound).not.toContain('09');
  });
});


describe('the rows after a table title in a PDF that no reader took for a table', () => {
  // pandoc's XeLaTeX print of the rongcheng sample: 02 set without rules in narrow columns, each name
  // wrapped under its code; the header row's cells are parted by tabs (a PDF line's column gaps).
  const lines = [
    '收入决算表', '公开02表', '金额单位：万元', '单位：荣成市医疗保障局（本级）',
    '项目\t本年收入合\t财政拨款收\t上级补助收\t事业收入\t经营收入\t附属单位上\t其他收入',
    '计\t入\t入\t缴收入', '科目代码 科目名称', '栏次\t1\t2\t3\t4\t5\t6\t7',
    '合 计\t238.67\t238.67\t0.00\t0.00\t0.00\t0.00\t0.00', '208\t社会保障和\t13.06\t13.06\t0.00\t0.00\t0.00\t0.00\t0.00', '就业支出',
    '210\t卫生健康支\t214.25\t214.25\t0.00\t0.00\t0.00\t0.00\t0.00', '出',
    '221\t住房保障支\t11.36\t11.36\t0.00\t0.00\t0.00\t0.00\t0.00', '出',
    '注：本表反映单位本年度取得的各项收入情况。',
  ];
  const blocks = lines.map((text, k): Block => ({ kind: 'paragraph', text, heading: null, location: { file: 'x.pdf', text, page: 3, line: k + 1, cell: null } }));

  it('are a printed table even where its header row, parted by tabs, is longer than a line of prose', () => {
    const run = rowRunAfter(blocks, 0, () => false);
    expect(run).toEqual({ run: true, next: lines.length - 1, rows: 5, joined: false });
  });
});
