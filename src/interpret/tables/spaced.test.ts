import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';
import type { PublicTable } from '../../model/disclosure.js';

// A summary (公开01表) copied without its layout: cells a single space apart, the 行次 column's line
// numbers between each label and its amount, a side with no label left with its line number alone.
const SUMMARY = (rows: string[]) =>
  ['收入支出决算总表', '公开01表', '金额单位：万元', '收入 支出', '项目 行次 金额 项目 行次 金额', '栏次 1 栏次 2', ...rows, '注：本表反映单位本年度的总收支。'].join('\n');

const ROWS = [
  '一、一般公共预算财政拨款收入 1 238.67 一、一般公共服务支出 4 0.00',
  '二、其他收入 2 0.00 二、卫生健康支出 5 238.67',
  '3 三、住房保障支出 6 0.00',
  '本年收入合计 7 238.67 本年支出合计 8 238.67',
  '9 10',
  '总计 11 238.67 总计 12 238.67',
];

async function summary(rows: string[]): Promise<PublicTable | undefined> {
  const d = await extractBytes('summary.txt', new TextEncoder().encode(SUMMARY(rows)));
  return d.tables.find((t) => t.id === '01');
}

const amount = (t: PublicTable | undefined, key: string) => t?.rows.find((r) => r.key === key)?.cells.amount?.value;

describe('a copied summary with a 行次 column', () => {
  it('takes out the line numbers that go on the count of their side, and reads each amount by its label', async () => {
    const t = await summary(ROWS);
    expect(amount(t, 'inc.general')).toBe('238.67');
    expect(amount(t, 'exp.class:210')).toBe('238.67');
    // "3 三、住房保障支出 6 0.00": the income side's line 3 is blank, the 0.00 the expense side's.
    expect(amount(t, 'exp.class:221')).toBe('0.00');
    expect(amount(t, 'inc.grand')).toBe('238.67');
    expect(amount(t, 'exp.grand')).toBe('238.67');
  });

  it('reads no amount where a number does not go on the count (a line number or an amount?)', async () => {
    const t = await summary(ROWS.map((r) => r.replace(' 5 238.67', ' 7 238.67')));
    expect(amount(t, 'exp.class:210')).toBeUndefined();
    expect(amount(t, 'inc.general')).toBeUndefined();
  });
});

// 公开04表 copied without its layout, its header printing 合计 after the three funds' columns (as
// some departments' prints do): the columns go in the order the header names them.
const FUNDS = (head: string, row: (g: string, f: string, c: string, t: string) => string) =>
  [
    '财政拨款收入支出决算总表',
    '单位：万元',
    '收入 支出',
    head,
    `一、一般公共预算财政拨款 238.67 一、卫生健康支出 ${row('238.67', '0.00', '0.00', '238.67')}`,
    '二、政府性基金预算财政拨款 0.00',
    '三、国有资本经营预算财政拨款 0.00',
    `本年收入合计 238.67 本年支出合计 ${row('238.67', '0.00', '0.00', '238.67')}`,
    `年初财政拨款结转和结余 0.00 年末财政拨款结转和结余 ${row('0.00', '0.00', '0.00', '0.00')}`,
    `总计 238.67 总计 ${row('238.67', '0.00', '0.00', '238.67')}`,
    '注：本表反映单位本年度财政拨款的总收支和年末结转结余情况。',
  ].join('\n');

describe('a copied 04 whose header orders its amount columns', () => {
  const read = async (text: string) => (await extractBytes('04.txt', new TextEncoder().encode(text))).tables.find((t) => t.id === '04');
  const cells = (t: PublicTable | undefined, key: string) => Object.fromEntries(Object.entries(t?.rows.find((r) => r.key === key)?.cells ?? {}).map(([k, v]) => [k, v?.value]));

  it('reads 合计 printed last as the total, not as 国有资本经营预算', async () => {
    const t = await read(FUNDS('项目 金额 项目 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款 合计', (g, f, c, tot) => `${g} ${f} ${c} ${tot}`));
    expect(cells(t, 'exp.total')).toEqual({ total: '238.67', general: '238.67', fund: '0.00', capital: '0.00' });
    expect(cells(t, 'exp.class:210')).toEqual({ total: '238.67', general: '238.67', fund: '0.00', capital: '0.00' });
  });

  it('reads the official order (合计 first) as before', async () => {
    const t = await read(FUNDS('项目 金额 项目 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款', (g, f, c, tot) => `${tot} ${g} ${f} ${c}`));
    expect(cells(t, 'exp.total')).toEqual({ total: '238.67', general: '238.67', fund: '0.00', capital: '0.00' });
  });
});

// 公开06表 as Firefox's viewer (pdf.js) copies the Putuo print: a line ends where a cell's name wraps,
// so the name's tail and the row's figure open the next line, before the other half's row.
const BASIC = (rows: string[]) =>
  [
    '一般公共预算财政拨款基本支出决算表',
    '单位：万元',
    '经济分类',
    '科目名称 决算数',
    '经济分类',
    '科目名称 决算数',
    '科目编码 科目编码',
    '类 款 类 款',
    ...rows,
    '人员经费合计 422.71 公用经费合计 21.21',
  ].join('\n');

const BASIC_ROWS = [
  '301 工资福利支出 422.71 302 商品和服务支出 21.21',
  '301 01 基本工资 262.33 302 01 办公费 21.21',
  '301 08 机关事业单位基本养老保险缴',
  '费 160.38 302 06 电费',
];

describe('a copied 06 whose names wrap onto the next line', () => {
  const doc = (rows: string[]) => extractBytes('06.txt', new TextEncoder().encode(BASIC(rows)));
  const read = async (rows: string[]) => (await doc(rows)).tables.find((t) => t.id === '06');
  const row = (t: PublicTable | undefined, key: string) => t?.rows.find((r) => r.key === key);

  it('gives the tail and the figure opening a line to the coded half above that has no figure', async () => {
    const t = await read(BASIC_ROWS);
    expect(row(t, '30108')?.cells.amount?.value).toBe('160.38');
    expect(row(t, '30108')?.name).toBe('机关事业单位基本养老保险缴费');
    expect(row(t, '30206')?.cells.amount?.value ?? null).toBeNull();
  });

  it('reads no figure of the table where a figure stands by words that are no row (never a blank in its place)', async () => {
    // The tail's row above has its figure already: 160.38 belongs to no row the copy shows.
    const d = await doc([...BASIC_ROWS.slice(0, 2), '301 08 机关事业单位基本养老保险缴 0.00', '费 160.38 302 06 电费']);
    expect(d.tables.find((t) => t.id === '06')).toBeUndefined();
    expect(d.coverage.tablesUnread.find((u) => u.id === '06')?.reason).toMatch(/不在任何行上/);
  });
});

// 公开04表 of the Rongcheng print as Chrome's viewer (PDFium) and Firefox's (pdf.js) copy it: a label
// wrapped in its cell comes as lines of words before its line number and figures (PDFium), or its
// tail opens the next line before them (pdf.js); the expense side's line number stands alone at the
// end of a row whose expense side is blank.
const T04 = (rows: string[]) =>
  [
    '财政拨款收入支出决算总表',
    '公开04表',
    '金额单位：万元',
    '收 入 支 出',
    '项目 行次 金额 项目 行次 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款',
    '栏次 1 栏次 2 3 4 5',
    ...rows,
    '注：本表反映单位本年度财政拨款的总收支和年末结转结余情况。',
  ].join('\n');

const PDFIUM_04 = [
  '一、一般公共预算',
  '财政拨款',
  '1 238.67',
  '一、社会保障和就',
  '业支出',
  '33 238.67 238.67 0.00 0.00',
  '本年收入合计 2 238.67 本年支出合计 34 238.67 238.67 0.00 0.00',
  '年初财政拨款结转和结余 3 0.00 年末财政拨款结转和结余 35 0.00 0.00 0.00 0.00',
  '一般公共预算财政拨款 4 0.00 36',
  '总计 5 238.67 总计 37 238.67 238.67 0.00 0.00',
];

const PDFJS_04 = [
  '一、一般公共预算',
  '财政拨款 1 238.67 一、社会保障和就',
  '业支出 33 238.67 238.67 0.00 0.00',
  '本年收入合计 2 238.67 本年支出合计 34 238.67 238.67 0.00 0.00',
  '年初财政拨款结转',
  '和结余 3 0.00 年末财政拨款结转',
  '和结余 35 0.00 0.00 0.00 0.00',
  '一般公共预算财政',
  '拨款 4 0.00 36',
  '总计 5 238.67 总计 37 238.67 238.67 0.00 0.00',
];

describe('a copied summary whose labels wrap in their cells', () => {
  const read = async (rows: string[]) => (await extractBytes('04.txt', new TextEncoder().encode(T04(rows)))).tables.find((t) => t.id === '04');
  const cells = (t: PublicTable | undefined, key: string) => Object.fromEntries(Object.entries(t?.rows.find((r) => r.key === key)?.cells ?? {}).map(([k, v]) => [k, v?.value]));

  for (const [viewer, rows] of [['PDFium: label lines, then its figures', PDFIUM_04], ['pdf.js: the tail opens the next line', PDFJS_04]] as const) {
    it(`reads each label whole with its own figures (${viewer})`, async () => {
      const t = await read([...rows]);
      expect(cells(t, 'inc.general')).toEqual({ amount: '238.67' });
      expect(cells(t, 'exp.class:208')).toEqual({ total: '238.67', general: '238.67', fund: '0.00', capital: '0.00' });
      expect(t?.rows.find((r) => r.key === 'exp.class:208')?.name).toBe('一、社会保障和就业支出');
      expect(cells(t, 'inc.opening')).toEqual({ amount: '0.00' });
      expect(cells(t, 'exp.closing')).toEqual({ total: '0.00', general: '0.00', fund: '0.00', capital: '0.00' });
      // Under 年初结转和结余, not the year's 一般公共预算财政拨款 income; "36" is the blank expense side's line number.
      expect(cells(t, 'inc.opening.general')).toEqual({ amount: '0.00' });
      expect(cells(t, 'exp.grand')).toEqual({ total: '238.67', general: '238.67', fund: '0.00', capital: '0.00' });
    });
  }

  it('leaves unread a side whose joined label has two figures (which is its amount cannot be told)', async () => {
    const t = await read(['一、一般公共预算', '1 238.67 3.00', ...PDFIUM_04.slice(3)]);
    expect(t?.rows.find((r) => r.key === 'inc.general')?.cells.amount).toBeUndefined();
  });
});

describe('a copied table whose rows cannot all be told apart', () => {
  const doc = (text: string) => extractBytes('t.txt', new TextEncoder().encode(text));

  it('leaves a summary unread where one of its own rows is read twice with other figures', async () => {
    // 年初's label lost (too little of it left to tell it, "年初财"): its sub-row "一般公共预算财政拨款"
    // reads as the year's income a second time.
    const d = await doc(T04([...PDFIUM_04.slice(0, 7), '年初财 3 0.00 年末财政拨款结转和结余 35 0.00 0.00 0.00 0.00', ...PDFIUM_04.slice(8)]));
    expect(d.tables.find((t) => t.id === '04')).toBeUndefined();
    expect(d.coverage.tablesUnread.find((u) => u.id === '04')?.reason).toMatch(/读到两行/);
  });

  it('reads figures alone on a classified table\'s first body line as its 合计 row (the label cell blank)', async () => {
    const d = await doc(
      ['一般公共预算财政拨款支出决算表', '公开05表', '金额单位：万元', '项目 本年支出', '科目代码 科目名称 小计 基本支出 项目支出', '栏次 1 2 3', '238.67 157.38 81.29',
        '208 社会保障和就业支出 13.06 13.06 0.00', '210 卫生健康支出 225.61 144.32 81.29', '注：本表反映单位本年度一般公共预算财政拨款支出情况。'].join('\n'),
    );
    const t = d.tables.find((x) => x.id === '05');
    expect(Object.fromEntries(Object.entries(t?.rows.find((r) => r.key === 'total')?.cells ?? {}).map(([k, v]) => [k, v?.value]))).toEqual({ total: '238.67', basic: '157.38', project: '81.29' });
  });
});

// The Rongcheng LibreOffice print's 04, narrow cells, as pdf.js copies it: a label begins at the end of
// the line of the other side's figures, and its pieces equal pieces of the header ("政府性", "拨款").
const NARROW_04 = [
  '收 入 支 出',
  '项目 行次 金额 项目 行次 合计 一般公',
  '共预算',
  '政府性',
  '基金预',
  '算财政',
  '拨款',
  '栏次 1 栏次 2 3 4 5',
  '一、一',
  '般公共',
  '预算财',
  '政拨款',
  '1 238.67 一、社',
  '会保障',
  '和就业',
  '支出',
  '33 238.67 238.67 0.00 0.00',
  '本年收入合计 2 238.67 本年支出合计 34 238.67 238.67 0.00 0.00',
  '年初结转和结余 3 0.00 年末结转和结余 35 0.00 0.00 0.00 0.00',
  '政府性',
  '基金预',
  '算财政',
  '拨款',
  '4 0.00 36',
  '总计 5 238.67 总计 37 238.67 238.67 0.00 0.00',
];

describe('a copied summary printed in narrow cells', () => {
  it('joins a label begun after the other side\'s figures, and keeps label pieces that equal header pieces', async () => {
    const text = ['财政拨款收入支出决算总表', '公开04表', '金额单位：万元', ...NARROW_04, '注：本表反映单位本年度财政拨款的总收支和年末结转结余情况。'].join('\n');
    const t = (await extractBytes('04.txt', new TextEncoder().encode(text))).tables.find((x) => x.id === '04');
    const cells = (key: string) => Object.fromEntries(Object.entries(t?.rows.find((r) => r.key === key)?.cells ?? {}).map(([k, v]) => [k, v?.value]));
    expect(cells('inc.general')).toEqual({ amount: '238.67' });
    expect(cells('exp.class:208')).toEqual({ total: '238.67', general: '238.67', fund: '0.00', capital: '0.00' });
    expect(cells('inc.opening.fund')).toEqual({ amount: '0.00' });
    expect(cells('exp.grand')).toEqual({ total: '238.67', general: '238.67', fund: '0.00', capital: '0.00' });
  });
});

// 公开09表 printed in narrow cells, copied in reading order: "9,400.00" wrapped in its cell as "9,400." over
// "00", so the pieces of two figures share a line and the tails stand alone below.
const CUT_09 = [
  '财政拨款“三公”经费支出决算表', '编制单位：某某局（本级）', '2024 年度', '金额单位：元',
  '合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费',
  '预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数',
  '9,400. 9,400. 0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '9,400. 9,400.', '00', '00', '00', '00',
  '注：本表反映单位本年度财政拨款“三公”经费支出预决算情况。',
];

describe('a copied table whose figures were cut at their decimal point', () => {
  it('is printed and unread, naming the cut figure, and no amount of it is read (not 0.00 for the cut 9,400.00)', async () => {
    const d = await extractBytes('cut.txt', new TextEncoder().encode(CUT_09.join('\n')));
    expect(d.tables.find((t) => t.id === '09')).toBeUndefined();
    expect(d.coverage.tablesUnread.find((u) => u.id === '09')?.reason).toMatch(/拆断.*9,400\./);
  });
});
