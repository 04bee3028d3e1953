import { describe, expect, it } from 'vitest';
import type { PositionedItem } from './items.js';
import { buildLines } from './lines.js';
import { appendContinuation, continues, matchRivers } from './tables.js';
import { type HRule, cover, findUnruledTables, headerFoot } from './unruled.js';

const SIZE = 9;
/** An item of text at (x, y): CJK one size wide a character, digits and Latin about half. */
function item(str: string, x: number, y: number, size = SIZE): PositionedItem {
  const width = [...str].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? size : 0.55 * size), 0);
  return { str, x, y, width, height: size, source: 'text', confidence: null };
}
/** A row of cells at y: [text, x] pairs. */
const row = (y: number, ...cells: [string, number][]) => cells.map(([s, x]) => item(s, x, y));
const read = (items: PositionedItem[]) => findUnruledTables(buildLines(items), 1, 'f.pdf');
const texts = (items: PositionedItem[]) => read(items).tables.map((t) => t.rows.map((r) => r.map((c) => (c.colSpan > 1 ? `${c.text}{${c.colSpan}}` : c.text))));

describe('tables without borders', () => {
  it('parts columns at the white space running down the rows of figures, however narrow', () => {
    // Names end 6pt before the 行次 column: less than a column gap of a line on its own.
    const items = [
      ...row(100, ['项目', 60], ['行次', 210], ['金额', 234]),
      ...row(116, ['一、一般公共预算财政拨款收入', 60], ['1', 210], ['238.67', 234]),
      ...row(132, ['三、国有资本经营预算财政拨款收', 60], ['3', 210], ['0.00', 234]),
      ...row(148, ['四、上级补助收入', 60], ['4', 210], ['0.00', 234]),
    ];
    expect(texts(items)).toEqual([
      [
        ['项目', '行次', '金额'],
        ['一、一般公共预算财政拨款收入', '1', '238.67'],
        ['三、国有资本经营预算财政拨款收', '3', '0.00'],
        ['四、上级补助收入', '4', '0.00'],
      ],
    ]);
  });

  it("opens the next table at a table's title line, though the figures of both would fall in one grid", () => {
    // A sheet's last rows (figures on the right half) and the next sheet under its title (funds on the
    // left half), a row's pitch apart: laid on one grid, "<=90%" and "年度工作计划" fell in one cell.
    const items = [
      ...row(172, ['DRG支付方式改革', 237], ['年度工作计', 379]),
      ...row(179, ['<=90%', 328], ['6', 435], ['90.1%', 459], ['6', 513]),
      ...row(185, ['种覆盖率', 237], ['划', 379]),
      ...row(201, ['基金监管飞行检查', 237], ['年度工作计', 379]),
      ...row(208, ['<=30%', 328], ['6', 435], ['25%', 459], ['5', 513]),
      ...row(214, ['每季度完成率', 237], ['划', 379]),
      ...row(230, ['住院费用跨省直接', 237], ['年度工作计', 379]),
      ...row(237, ['>=95%', 328], ['6', 435], ['96.92%', 459], ['6', 513]),
      ...row(243, ['结算率', 237], ['划', 379]),
      ...row(259, ['项目支出绩效自评表', 60]),
      ...row(275, ['项目名称', 60], ['公务用车租赁', 92]),
      ...row(291, ['年度资金总额', 92], ['3.50', 179], ['3.50', 208], ['3.50', 240], ['10', 268], ['100.00%', 308], ['10.00', 353]),
      ...row(307, ['其中：当年财政拨款', 92], ['3.50', 179], ['3.50', 208], ['3.50', 240], ['—', 268], ['—', 308], ['—', 353]),
      ...row(323, ['其他资金', 92], ['0.00', 179], ['0.00', 208], ['0.00', 240], ['—', 268], ['—', 308], ['—', 353]),
    ];
    const [a, b, more] = texts(items);
    expect(more).toBeUndefined();
    expect(a?.[0]).toEqual(['DRG支付方式改革种覆盖率', '<=90%', '年度工作计划', '6', '90.1%', '6']);
    expect(b?.[0]?.[0]).toBe('项目支出绩效自评表');
    expect(b?.[2]).toEqual(['年度资金总额', '3.50', '3.50', '3.50', '10', '100.00%', '10.00']);
  });

  it('reads the two halves of a 收入|支出 table as columns, a half left empty as empty cells', () => {
    const items = [
      ...row(100, ['收入', 60], ['支出', 200]),
      ...row(116, ['一、财政拨款收入', 60], ['238.67', 140], ['一、一般公共服务支出', 200], ['0.00', 320]),
      ...row(132, ['八、卫生健康支出', 200], ['214.25', 320]),
      ...row(148, ['本年收入合计', 60], ['238.67', 140], ['本年支出合计', 200], ['238.67', 320]),
    ];
    const [t] = texts(items);
    expect(t?.[0]).toEqual(['收入', '', '支出', '']);
    expect(t?.[2]).toEqual(['', '', '八、卫生健康支出', '214.25']);
  });

  it('puts a header label wider than its figures in their column, and one over two columns across both', () => {
    const items = [
      ...row(84, ['项目', 60], ['本年支出', 140]),
      ...row(100, ['科目名称', 60], ['本年收入合计', 140], ['基本支出', 210]),
      ...row(116, ['行政运行', 60], ['126.26', 140], ['126.26', 210]),
      ...row(132, ['住房公积金', 60], ['11.36', 140], ['11.36', 210]),
    ];
    // 本年支出 (140–176) stands over the first figure column only: no span can be seen. A label
    // running into the next column's text edge (140–221, figures from 210) spans both.
    const wide = [...items.filter((i) => i.str !== '本年支出'), item('本年支出合计数额度', 140, 84)];
    expect(texts(items)[0]?.[1]).toEqual(['科目名称', '本年收入合计', '基本支出']);
    expect(texts(wide)[0]?.[0]).toEqual(['项目', '本年支出合计数额度{2}']);
  });

  it('joins a name wrapped around its figures (centred in the row) and below them (top-aligned) to their row', () => {
    const centred = [
      ...row(100, ['行政运行', 60], ['126.26', 200]),
      ...row(116 - 3.4, ['机关事业单位基本养老保', 60]),
      ...row(116 + 3.4, ['13.06', 200]),
      ...row(116 + 3.4 + 6.8, ['险缴费支出', 60]),
      ...row(142, ['住房公积金', 60], ['11.36', 200]),
    ];
    expect(texts(centred)[0]).toEqual([
      ['行政运行', '126.26'],
      ['机关事业单位基本养老保险缴费支出', '13.06'],
      ['住房公积金', '11.36'],
    ]);
    const top = [
      ...row(100, ['行政运行', 60], ['126.26', 200]),
      ...row(116, ['机关事业单位基本养老保', 60], ['13.06', 200]),
      ...row(116 + 12.6, ['险缴费支出', 60]),
      ...row(148, ['住房公积金', 60], ['11.36', 200]),
      ...row(164, ['行政单位医疗', 60], ['6.70', 200]),
    ];
    expect(texts(top)[0]?.[1]).toEqual(['机关事业单位基本养老保险缴费支出', '13.06']);
  });

  it('parts rows at white space wider than a wrapped cell’s line gap, where rows stand only a padding apart', () => {
    // A browser's print without borders (AR PL UMing): a cell's lines 9.75pt apart top to top, rows
    // 3pt further (their padding); the rows of figures hold three lines each, so the usual gap between
    // rows of figures does not tell the header rows from each other nor from the first row.
    const items = [
      ...row(100, ['项目名', 60]),
      ...row(105.25, ['公务用车租赁', 93]),
      ...row(109.75, ['称', 60]),
      ...row(122.5, ['资金', 60], ['年初', 184], ['全年', 246]),
      ...row(132.25, ['来源', 60], ['预算', 184], ['执行', 246]),
      ...row(145, ['保障公务用车', 93]),
      ...row(154.75, ['正常运行', 93], ['10', 184], ['9.50', 246]),
      ...row(164.5, ['全年无事故', 93]),
      ...row(177.25, ['提升车辆', 93]),
      ...row(187, ['使用人满意', 93], ['20', 184], ['18.00', 246]),
      ...row(196.75, ['度达标', 93]),
    ];
    expect(texts(items)[0]).toEqual([
      ['项目名称', '公务用车租赁', '', ''],
      ['资金来源', '', '年初预算', '全年执行'],
      ['', '保障公务用车正常运行全年无事故', '10', '9.50'],
      ['', '提升车辆使用人满意度达标', '20', '18.00'],
    ]);
  });

  it('keeps a line whose figure a cell wrapped ("2023" over "年7月31日前") in its row, where rows stand a padding apart', () => {
    const indicator = (y: number, name: string, weight: string, target: string, last: [string, string]) => [
      ...row(y, [name, 93], [weight, 184], [target, 246], [last[0], 300]),
      ...row(y + 9.75, ['指标', 93], [last[1], 300]),
    ];
    const items = [
      ...indicator(100, '人数', '10', '100%', ['9人', '次']),
      ...indicator(122.5, '次数', '5', '100%', ['1次', '数']),
      ...row(145, ['2023', 300]),
      ...row(154.75, ['截止时间', 93], ['10', 184], ['100%', 246], ['年7月31日', 300]),
      ...row(164.5, ['指标', 93], ['前', 300]),
      ...indicator(177.25, '覆盖率', '10', '100%', ['100%', '率']),
      ...indicator(199.75, '合规率', '5', '100%', ['100%', '率']),
    ];
    const rows = texts(items)[0];
    expect(rows?.length).toBe(5);
    expect(rows?.[2]).toEqual(['截止时间指标', '10', '100%', '2023年7月31日前']);
  });

  it('keeps a line without figures at the rows’ own spacing a row of its own (a header row)', () => {
    const items = [
      ...row(84, ['科目代码', 60], ['科目名称', 120], ['金额', 200]),
      ...row(100, ['栏次', 60], ['1', 200]),
      ...row(116, ['208', 60], ['社会保障和就业支出', 120], ['13.06', 200]),
      ...row(132, ['210', 60], ['卫生健康支出', 120], ['214.25', 200]),
    ];
    expect(texts(items)[0]?.length).toBe(4);
  });

  it('leaves a paragraph above the table and a title set further off as text', () => {
    const items = [
      item('公开02表', 60, 40, 10.5),
      ...row(70, ['这是一段正文，说明本表反映单位本年度取得的各项收入情况。', 60]),
      ...row(84, ['项目', 60], ['金额', 200]),
      ...row(100, ['行政运行', 60], ['126.26', 200]),
      ...row(116, ['住房公积金', 60], ['11.36', 200]),
    ];
    const { tables, rest } = read(items);
    expect(tables).toHaveLength(1);
    expect(rest.map((l) => l.text)).toEqual(['公开02表', '这是一段正文，说明本表反映单位本年度取得的各项收入情况。']);
  });

  it('keeps a right-aligned column of figures of different lengths one column', () => {
    // "1,234.56" and "12,345.67" end at one x: the longer ones cross where the shorter ones start.
    const right = (str: string, x2: number, y: number) => {
      const it = item(str, 0, y);
      return { ...it, x: x2 - it.width };
    };
    const items = [
      ...[100, 116, 132, 148, 164].flatMap((y, k) => [item(`科目${k}`, 60, y), right(k % 2 ? '12,345.67' : '1,234.56', 200, y), right('0.00', 260, y)]),
    ];
    expect(texts(items)[0]?.map((r) => r.length)).toEqual([3, 3, 3, 3, 3]);
  });

  it('parts columns where figures of several rows start that a figure of another layout runs across', () => {
    // Two layouts stacked in one grid: the upper one's rate spans the lower one's two columns.
    const items = [
      ...row(100, ['年度资金总额', 60], ['100.00%', 140], ['10', 240]),
      ...row(116, ['其中：财政拨款', 60], ['100.00%', 140], ['10', 240]),
      ...row(132, ['数量指标', 60], ['=1辆', 140], ['100%', 165], ['10', 240]),
      ...row(148, ['质量指标', 60], ['=1年', 140], ['100%', 165], ['10', 240]),
    ];
    expect(texts(items)[0]).toEqual([
      ['年度资金总额', '100.00%{2}', '10'],
      ['其中：财政拨款', '100.00%{2}', '10'],
      ['数量指标', '=1辆', '100%', '10'],
      ['质量指标', '=1年', '100%', '10'],
    ]);
  });

  it('keeps names indented under longer names in their column', () => {
    const items = [
      ...row(100, ['社会保障和就业支出', 60], ['13.06', 200]),
      ...row(116, ['行政事业单位养老支出', 69], ['13.06', 200]),
      ...row(132, ['卫生健康支出合计数', 60], ['214.25', 200]),
      ...row(148, ['行政单位医疗', 69], ['6.70', 200]),
    ];
    expect(texts(items)[0]?.map((r) => r.length)).toEqual([2, 2, 2, 2]);
  });

  it('reads sheets of different layouts stacked without a gap, each under its title line, as tables of their own', () => {
    // The upper sheet's figures would run across two gaps between the lower sheet's columns.
    const items = [
      ...row(100, ['资金来源', 60], ['年初预算数', 104], ['全年执行数', 185]),
      ...row(116, ['本级资金', 60], ['1,140.42', 104], ['1,239.70', 185]),
      ...row(132, ['其他资金', 60], ['20.00', 104], ['15.54', 185]),
      ...row(148, ['项目支出绩效自评表', 60]),
      ...row(164, ['指标', 60], ['权', 110], ['得分', 125], ['完成率', 160], ['偏差', 205]),
      ...row(180, ['产出', 60], ['10', 110], ['9.66', 125], ['103.4%', 160], ['5', 205]),
      ...row(196, ['效益', 60], ['20', 110], ['18.95', 125], ['100%', 160], ['0', 205]),
    ];
    expect(texts(items)).toEqual([
      [
        ['资金来源', '年初预算数', '全年执行数'],
        ['本级资金', '1,140.42', '1,239.70'],
        ['其他资金', '20.00', '15.54'],
      ],
      [
        ['项目支出绩效自评表{3}', '', ''],
        ['指标', '权', '得分', '完成率', '偏差'],
        ['产出', '10', '9.66', '103.4%', '5'],
        ['效益', '20', '18.95', '100%', '0'],
      ],
    ]);
  });

  it('reads a sheet opening under its title at the page foot, its header and one row of figures, as a table of its own', () => {
    const items = [
      ...row(100, ['指标', 60], ['权重', 150], ['目标值', 190], ['得分', 240]),
      ...row(116, ['租赁价格', 60], ['20', 150], ['<=3.50万元', 190], ['20', 240]),
      ...row(132, ['使用人满意度', 60], ['10', 150], ['>=90%', 190], ['10', 240]),
      ...row(148, ['总分', 60], ['100', 150]),
      ...row(164, ['项目支出绩效自评表', 60]),
      ...row(180, ['项目资金', 60], ['年初预算数', 120], ['分值', 180], ['执行率', 215], ['得分', 260]),
      ...row(196, ['年度资金总额', 60], ['237.92', 120], ['10', 180], ['100.00%', 215], ['10.00', 260]),
    ];
    const tables = texts(items);
    expect(tables.length).toBe(2);
    expect(tables[1]?.[2]).toEqual(['年度资金总额', '237.92', '10', '100.00%', '10.00']);
  });

  it('reads a table opening under its title at the page foot with one row of figures, and no such lines elsewhere', () => {
    const foot = [
      ...row(560, ['市级预算项目支出绩效自评表', 60]),
      ...row(590, ['单位：万元', 60]),
      ...row(620, ['项目名称', 60], ['基层医保工作站项目', 130]),
      ...row(636, ['主管部门', 60], ['荣成市医疗保障局', 130], ['项目实施单位', 240]),
      ...row(652, ['资金', 60], ['年初预算数', 130], ['全年预算数', 190], ['执行率', 250]),
      ...row(668, ['年度资金总额', 60], ['49', 130], ['49', 190], ['11.43%', 250]),
    ];
    expect(texts(foot)[0]?.[3]?.filter(Boolean)).toEqual(['年度资金总额', '49', '49', '11.43%']);
    // The same lines with text after them are no table: it does not go on over the page.
    const more = [...foot, ...row(700, ['以上为本部门2024年度项目支出绩效自评情况，全年执行率偏低的原因是项目进度', 60])];
    expect(texts(more)).toEqual([]);
  });

  it('opens the next table at its title after a single row of figures (the last row of a table over the page)', () => {
    const items = [
      ...row(100, ['三级指标', 60], ['目标值', 200], ['分值', 260], ['完成率', 300], ['得分', 350]),
      ...row(116, ['住院费用跨省直接结算率', 60], ['>=95%', 200], ['6', 260], ['96.92%', 300], ['6', 350]),
      ...row(132, ['项目支出绩效自评表', 60]),
      ...row(148, ['项目资金', 60], ['年初预算数', 150], ['全年预算数', 210]),
      ...row(164, ['年度资金总额', 60], ['3.50', 150], ['3.50', 210]),
      ...row(180, ['其他资金', 60], ['0.00', 150], ['0.00', 210]),
    ];
    const tables = texts(items);
    expect(tables.length).toBe(2);
    expect(tables[1]?.[0]?.[0]).toMatch(/^项目支出绩效自评表/);
  });

  it('keeps a label set at the left edge of its column in the white space figures as wide as their columns leave it there', () => {
    // A sheet printed without borders, amounts filling their cells: 基本支出's figures end where
    // 项目支出's column begins and 项目支出's figures start right after its label. Spanned over, the
    // label closed the white space, and both columns' figures fell in one cell.
    const items = [
      ...row(100, ['科目名称', 60], ['合计', 122], ['基本支出', 202], ['项目支出', 281]),
      ...row(113, ['合计', 60], ['2,386,700.00', 138.6], ['1,573,800.00', 218.6], ['1,812,900.00', 320.6]),
      ...row(126, ['卫生健康支出', 60], ['2,142,500.00', 138.6], ['1,329,600.00', 218.6], ['1,812,900.00', 320.6]),
      ...row(139, ['住房保障支出', 60], ['113,600.00', 148.5], ['113,600.00', 228.5], ['0.00', 360.2]),
    ];
    expect(texts(items)).toEqual([
      [
        ['科目名称', '合计', '基本支出', '项目支出'],
        ['合计', '2,386,700.00', '1,573,800.00', '1,812,900.00'],
        ['卫生健康支出', '2,142,500.00', '1,329,600.00', '1,812,900.00'],
        ['住房保障支出', '113,600.00', '113,600.00', '0.00'],
      ],
    ]);
  });

  it('reads each line of a short sheet set at one pitch as a row (its title, unit and header lines, a note under it)', () => {
    // A 三公 sheet printed on a page of its own: one row of figures under the column numbers, every
    // line one row's height below the last. Measured by too few rows of figures, all its lines were
    // taken for one row's wrapped lines.
    const items = [
      ...row(100, ['财政拨款“三公”经费支出决算表', 60]),
      ...row(111, ['公开09表', 300]),
      ...row(122, ['单位：元', 300]),
      ...row(133, ['合计', 60], ['因公出国（境）费', 130], ['公务接待费', 250]),
      ...row(144, ['1', 110], ['2', 230], ['3', 340]),
      ...row(155, ['9,400.00', 80], ['0.00', 215], ['9,400.00', 310]),
      ...row(166, ['注：本表反映单位本年度财政拨款“三公”经费支出情况。', 60]),
    ];
    const [t] = texts(items);
    expect(t?.length).toBe(7);
    expect(t?.[5]?.filter(Boolean)).toEqual(['9,400.00', '0.00', '9,400.00']);
    expect(t?.[6]?.join('').replace(/\{\d+\}$/, '')).toBe('注：本表反映单位本年度财政拨款“三公”经费支出情况。');
  });

  it('reads nothing as a table from text without figures or columns', () => {
    const items = [...row(100, ['第一行正文', 60]), ...row(116, ['第二行正文', 60]), ...row(132, ['第三行', 60], ['正文', 200])];
    expect(read(items).tables).toEqual([]);
  });

  it('reads nothing as a table from lines set close, one cell a line, where one line has a gap', () => {
    // A web page's cells printed one a line under a line of page chrome ("日期  字体  关闭窗口"):
    // the figures stand alone on their lines, with no cell beside them.
    const lines = ['某单位2024年部门决算', '日期:2025-10-21', '一、财政拨款收入', '1', '440.55', '一、一般公共服务支出', '29', '423.20', '二、上级补助收入', '2', '0.00'];
    const items = lines.flatMap((t, k) => (k === 1 ? row(100 + 10 * k, [t, 60], ['字体:[ ]', 160], ['关闭窗口', 220]) : row(100 + 10 * k, [t, 60])));
    expect(read(items).tables).toEqual([]);
  });
});

describe('tables drawn with horizontal rules only (三线表)', () => {
  const body = [
    ...row(130, ['行政运行', 60], ['126.26', 200]),
    ...row(146, ['住房公积金', 60], ['11.36', 200]),
    ...row(162, ['行政单位医疗', 60], ['6.70', 200]),
  ];
  const readRuled = (items: PositionedItem[], rules: HRule[]) => findUnruledTables(buildLines(items), 1, 'f.pdf', undefined, rules).tables.map((t) => t.rows.map((r) => r.map((c) => c.text)));

  it('keeps lines a rule parts in rows of their own, however close', () => {
    // Two header lines set as close as a wrapped cell's, the header rule between them.
    const items = [...row(100, ['项目名称', 60], ['本年', 200]), ...row(112.6, ['科目', 60], ['支出', 200]), ...body];
    expect(readRuled(items, [])[0]?.slice(0, 2)).toEqual([
      ['项目名称科目', '本年支出'],
      ['行政运行', '126.26'],
    ]);
    expect(readRuled(items, [{ x1: 55, x2: 260, y: 110.8 }])[0]?.slice(0, 2)).toEqual([
      ['项目名称', '本年'],
      ['科目', '支出'],
    ]);
  });

  it('takes a header set off by a rule with room above and below it into the table', () => {
    const items = [...row(110, ['科目名称', 60], ['金额', 200]), ...body];
    expect(readRuled(items, [])[0]?.[0]).toEqual(['行政运行', '126.26']);
    expect(readRuled(items, [{ x1: 55, x2: 260, y: 124.5 }])[0]?.[0]).toEqual(['科目名称', '金额']);
  });
});

describe('a table read without borders over page breaks', () => {
  it("parts a row laid on its page's coarser columns where the next page's rows part its texts", () => {
    // Page 2 holds a row of figures and, at its foot, the header of the indicator columns: too few rows
    // for columns of its own, it is laid on page 1's three columns, and 依据/规则/资料 fall in the last.
    const page1 = [
      ...row(100, ['项目', 60], ['金额', 200], ['得分', 260]),
      ...row(116, ['甲项目', 60], ['12.00', 200], ['10.00', 260]),
      ...row(132, ['乙项目', 60], ['13.00', 200], ['9.00', 260]),
    ];
    const t1 = findUnruledTables(buildLines(page1), 1, 'f.pdf').tables[0];
    expect(t1).toBeDefined();
    const carry = { table: t1 as NonNullable<typeof t1>, foot: (t1 as NonNullable<typeof t1>).lastBottom() + 5 };
    const page2 = [...row(60, ['丙项目', 60], ['14.00', 200], ['8.00', 260]), ...row(76, ['指标', 60], ['金额', 200], ['得分', 260], ['依据', 300], ['规则', 330], ['资料', 360])];
    const part = findUnruledTables(buildLines(page2), 2, 'f.pdf', carry).tables[0];
    expect(part?.rows[1]?.map((c) => c.text)).toEqual(['指标', '金额', '得分 依据 规则 资料']);
    const page3 = [
      ...row(60, ['丁项目', 60], ['15.00', 200], ['7.00', 260], ['计划', 300], ['比例', 330], ['凭证', 360]),
      ...row(76, ['戊项目', 60], ['16.00', 200], ['6.00', 260], ['计划', 300], ['比例', 330], ['凭证', 360]),
      ...row(92, ['己项目', 60], ['17.00', 200], ['5.00', 260], ['计划', 300], ['比例', 330], ['凭证', 360]),
    ];
    const t3 = findUnruledTables(buildLines(page3), 3, 'f.pdf').tables[0];
    const joined = part as NonNullable<typeof part>;
    appendContinuation(joined, t3 as NonNullable<typeof t3>);
    expect(joined.rows.map((r) => r.map((c) => (c.colSpan > 1 ? `${c.text}{${c.colSpan}}` : c.text)))).toEqual([
      ['丙项目', '14.00', '8.00{4}'],
      ['指标', '金额', '得分', '依据', '规则', '资料'],
      ['丁项目', '15.00', '7.00', '计划', '比例', '凭证'],
      ['戊项目', '16.00', '6.00', '计划', '比例', '凭证'],
      ['己项目', '17.00', '5.00', '计划', '比例', '凭证'],
    ]);
  });
});

describe('column white space', () => {
  it('covers gaps narrower than a word space', () => {
    expect(
      cover(
        [
          [10, 20],
          [22, 30],
          [40, 50],
        ],
        4,
      ),
    ).toEqual([
      [10, 30],
      [40, 50],
    ]);
  });

  it('matches the borders of two parts of a table that stand in the same white space', () => {
    const a: [number, number][] = [
      [141, 210],
      [261, 267],
      [402, 408],
    ];
    const b: [number, number][] = [
      [204, 210],
      [300, 305],
      [403, 408],
    ];
    expect([...matchRivers(a, b)]).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});

describe('a table read without borders carried on by a page of one cell', () => {
  // Page one: a sheet's head (two rows without figures), its funds, and a target text that runs
  // down to the foot of the page in its narrow column.
  const head = [...row(100, ['项目名称', 60], ['甲项目', 120]), ...row(116, ['项目资金', 60], ['年初预算数', 120], ['全年执行数', 200], ['得分', 260])];
  const wrapped = (top: number, n: number, x = 120) => Array.from({ length: n }, (_, k) => item(['推进药品', '集中采购', '价格监测', '能力提升'][k % 4] as string, x, top + k * 9.4));
  const page1 = [...head, ...row(132, ['年度资金总额', 60], ['12.00', 120], ['12.00', 200], ['10.00', 260]), ...row(148, ['其他资金', 60], ['0.00', 120], ['0.00', 200], ['0.00', 260]), ...row(164, ['年度目标', 60], ['目标1：', 120], ['完成情况', 200]), ...wrapped(173.4, 6)];
  const first = () => {
    const t = findUnruledTables(buildLines(page1), 1, 'f.pdf').tables[0] as NonNullable<ReturnType<typeof findUnruledTables>['tables'][0]>;
    return { table: t, foot: t.lastBottom() + 2 };
  };

  it('goes on under the repeated head, the carried text a row of its own though set closer than rows', () => {
    // The repeat as the browser prints it, and the cell's text right under it: no top padding in a
    // cell carried on, 1.5pt below the head where its wrapped lines stand 0.4pt apart.
    const page2 = [...row(60, ['项目名称', 60], ['甲项目', 120]), ...row(76, ['项目资金', 60], ['年初预算数', 120], ['全年执行数', 200], ['得分', 260]), ...wrapped(86.5, 8)];
    const part = findUnruledTables(buildLines(page2), 2, 'f.pdf', first()).tables[0];
    expect(part?.rows.map((r) => r.map((c) => c.text).filter(Boolean))).toEqual([
      ['项目名称', '甲项目'],
      ['项目资金', '年初预算数', '全年执行数', '得分'],
      ['推进药品集中采购价格监测能力提升推进药品集中采购价格监测能力提升'],
    ]);
  });

  it('finds no repeated head where the page does not open with the first rows of the table', () => {
    const carry = first();
    const lines = buildLines([...row(60, ['项目资金', 60], ['年初预算数', 120], ['全年执行数', 200], ['得分', 260]), ...wrapped(70.5, 4)]);
    expect(headerFoot(carry.table, lines)).toBeNull();
    const repeat = buildLines([...row(60, ['项目名称', 60], ['甲项目', 120]), ...row(76, ['项目资金', 60], ['年初预算数', 120], ['全年执行数', 200], ['得分', 260]), ...wrapped(86.5, 4)]);
    expect(headerFoot(carry.table, repeat)?.y).toBeCloseTo(85.75, 1);
  });
});

describe('a continuation laid on the columns of the part before it', () => {
  const page1 = [...row(100, ['项目', 60], ['金额', 120], ['得分', 230]), ...row(116, ['甲项目', 60], ['12.00', 120], ['10.00', 230]), ...row(132, ['乙项目', 60], ['13.00', 120], ['9.00', 230])];

  it('moves a border off a figure of its own into the white space its figures leave free', () => {
    // Page one parts its last two columns somewhere in the white space 145–230; page two's one row of
    // figures has a target and its result there ("≥1次" across that border, "=1次" right of it).
    const t1 = findUnruledTables(buildLines(page1), 1, 'f.pdf').tables[0] as NonNullable<ReturnType<typeof findUnruledTables>['tables'][0]>;
    const border = t1.xs[2] as number;
    const page2 = [...row(60, ['丙项目', 60], ['>=1次', border - 17], ['=1次', border + 13], ['8.00', 230]), ...row(76, ['丁项目', 60], ['说明', 120]), ...row(92, ['戊项目', 60], ['备注', 120])];
    const part = findUnruledTables(buildLines(page2), 2, 'f.pdf', { table: t1, foot: t1.lastBottom() + 2 }).tables[0];
    expect(part?.rows[0]?.map((c) => c.text)).toEqual(['丙项目', '>=1次', '=1次 8.00']);
  });

  it('keeps a header label run over a border to its own column where the next label of its line starts beyond it', () => {
    // "目标值" wider than the figures that set the border runs 7pt into the column where "业绩值" starts.
    const t1 = findUnruledTables(buildLines(page1), 1, 'f.pdf').tables[0] as NonNullable<ReturnType<typeof findUnruledTables>['tables'][0]>;
    const border = t1.xs[2] as number;
    const page2 = [...row(60, ['指标', 60], ['目标值', border - 20], ['业绩值', border + 14]), ...row(76, ['丁项目', 60], ['说明', 120]), ...row(92, ['戊项目', 60], ['备注', 120])];
    const part = findUnruledTables(buildLines(page2), 2, 'f.pdf', { table: t1, foot: t1.lastBottom() + 2 }).tables[0];
    expect(part?.rows[0]?.map((c) => (c.colSpan > 1 ? `${c.text}{${c.colSpan}}` : c.text))).toEqual(['指标', '目标值', '业绩值']);
  });
});

describe('the first rows of a table at the top of a page', () => {
  const body = [
    ...row(126, ['主管', 60], ['医疗保障局', 92], ['实施单位', 220]),
    ...row(142, ['资金', 60], ['年初预算数', 92], ['全年执行数', 160], ['得分', 230]),
    ...row(158, ['总额', 60], ['12.00', 92], ['12.00', 160], ['10.00', 230]),
    ...row(174, ['其他', 60], ['0.00', 92], ['0.00', 160], ['0.00', 230]),
  ];

  it('takes a line as wide as the table into it where it stands beside its label centred on it', () => {
    // "项目" over "名称", the long project name beside them between the two: a cell's text, not a paragraph.
    const items = [...row(100, ['项目', 60]), item('二〇二四年中央财政医疗服务与保障能力提升补助', 92, 105), ...row(110.8, ['名称', 60]), ...body];
    const { tables, rest } = read(items);
    expect(rest).toHaveLength(0);
    expect(tables[0]?.rows[0]?.map((c) => c.text).filter(Boolean)).toEqual(['项目名称', '二〇二四年中央财政医疗服务与保障能力提升补助']);
  });

  it('leaves a paragraph line as wide as the table above it as text', () => {
    const items = [item('本单位二〇二四年度项目支出绩效自评情况如下表所示', 60, 100), ...row(116, ['项目', 60], ['甲项目', 92]), ...body];
    expect(read(items).rest.map((l) => l.text)).toEqual(['本单位二〇二四年度项目支出绩效自评情况如下表所示']);
  });
});

describe('a part of a table read without borders that repeats its head', () => {
  const head = (name: string) => [...row(60, ['项目名称', 60], [name, 110]), ...row(76, ['资金', 60], ['年初预算数', 92], ['全年执行数', 160], ['得分', 230])];
  const funds = [...row(92, ['总额', 60], ['12.00', 92], ['12.00', 160], ['10.00', 230]), ...row(108, ['其他', 60], ['0.00', 92], ['0.00', 160], ['0.00', 230])];
  // Indicator rows: more columns, parted at white space of their own; the group column left empty.
  const indicator = (y: number, name: string, target: string, score: string) => row(y, [name, 92], ['10', 126], [target, 142], ['=100%', 174], [score, 206], ['计划', 240], ['比例', 264], ['资料', 288]);
  const indicators = [...indicator(60, '覆盖率', '>=70%', '5.71'), ...indicator(76, '预算率', '>=80%', '7.50'), ...indicator(92, '效率', '<=100%', '10.00')];
  const down = (items: PositionedItem[], by: number) => items.map((i) => ({ ...i, y: i.y + by }));
  const first = findUnruledTables(buildLines(down([...head('甲项目'), ...funds], 600)), 1, 'f.pdf').tables[0] as NonNullable<ReturnType<typeof findUnruledTables>['tables'][0]>;
  const part = (items: PositionedItem[]) => findUnruledTables(buildLines(items), 2, 'f.pdf').tables[0] as NonNullable<ReturnType<typeof findUnruledTables>['tables'][0]>;

  it('continues it, though its rows of figures part at other white space', () => {
    expect(continues(first, part([...head('甲项目'), ...down(indicators, 32)]), first.lastBottom() + 2)).toBe(true);
  });

  it('does not where its head names another project, nor without the head', () => {
    expect(continues(first, part([...head('乙项目'), ...down(indicators, 32)]), first.lastBottom() + 2)).toBe(false);
    expect(continues(first, part(indicators), first.lastBottom() + 2)).toBe(false);
  });
});
