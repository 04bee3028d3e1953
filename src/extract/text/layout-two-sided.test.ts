import { describe, expect, it } from 'vitest';
import { readTwoSided } from './layout-two-sided.js';
import type { SourceLine } from './spaced-table.js';

const chars = (s: string) => [...s].length;
/** A line with each text set at its character column (as a layout writer sets a page's fields). */
const at = (...fields: [number, string][]) => fields.reduce((s, [x, t]) => s.padEnd(x) + t, '');
const src = (lines: string[], page = 1): SourceLine[] => lines.map((text, k) => ({ text, line: k + 1, page }));
const read = (lines: SourceLine[]) => readTwoSided(lines, chars, 'x.txt', 1);
const texts = (lines: SourceLine[]) => read(lines)?.rows.map((r) => r.map((c) => c.text));

// A two-sided summary as poppler sets it: header names stacked over their columns (the writer wraps
// them line by line), blank cells blank, names wrapped beside their figures, the income total's
// figure and the expense total's first one a line above their names.
const HEAD = [
  at([10, '收入'], [50, '支出']),
  at([50, '一般公共预算'], [66, '政府性基金预']),
  at([4, '项目'], [15, '决算数'], [31, '项目'], [42, '合计'], [52, '财'], [68, '算']),
  at([50, '政拨款'], [66, '财政拨款']),
];
const BODY = [
  at([0, '一、财政拨款收入'], [15, '110.00'], [26, '一、一般公共服务支出'], [41, '60.00'], [55, '60.00']),
  at([0, '二、其他收入'], [16, '5.00']),
  at([26, '二、文化旅游体育与传媒支']),
  at([26, '出'], [41, '30.00'], [55, '30.00']),
  at([26, '三、住房保障支出'], [41, '20.00'], [55, '20.00']),
  at([15, '115.00'], [40, '110.00']),
  at([3, '本年收入合计'], [29, '本年支出合计'], [54, '110.00']),
  at([0, '年初结转和结余'], [16, '5.00'], [26, '年末结转和结余'], [40, '10.00'], [55, '10.00']),
  at([4, '总计'], [15, '120.00'], [31, '总计'], [40, '120.00'], [54, '120.00']),
];

describe('a two-sided summary on a character grid, each side read as a list', () => {
  it('reads each side: names wrapped, figures a line off their names, columns by the header over them', () => {
    expect(texts(src([...HEAD, ...BODY]))).toEqual([
      ['收入', '支出'],
      ['项目', '决算数', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'],
      ['一、财政拨款收入', '110.00', '一、一般公共服务支出', '60.00', '60.00', ''],
      ['二、其他收入', '5.00', '二、文化旅游体育与传媒支出', '30.00', '30.00', ''],
      ['', '', '三、住房保障支出', '20.00', '20.00', ''],
      ['本年收入合计', '115.00', '本年支出合计', '110.00', '110.00', ''],
      ['年初结转和结余', '5.00', '年末结转和结余', '10.00', '10.00', ''],
      ['总计', '120.00', '总计', '120.00', '120.00', ''],
    ]);
  });

  it('places each cell at the line its word stands on', () => {
    const t = read(src([...HEAD, ...BODY]));
    // 本年支出合计's 合计 stands a line above its name.
    expect(t?.rows[5]?.map((c) => c.location.line)).toEqual([11, 10, 11, 10, 11, 11]);
  });

  it('reads nothing where a figure stands under another column: the sums no longer hold', () => {
    const moved = [...BODY];
    moved[4] = at([26, '三、住房保障支出'], [41, '20.00'], [68, '20.00']);
    expect(read(src([...HEAD, ...moved]))).toBeNull();
  });

  it('reads nothing where a figure could go with the row above or below and both add up', () => {
    // 0.00 under 政府性基金 a line below 三、住房保障支出 and a line above 本年支出合计: either way the sums hold.
    const open = [...BODY.slice(0, 5), at([67, '0.00']), at([3, '本年收入合计'], [15, '115.00'], [29, '本年支出合计'], [40, '110.00'], [54, '110.00']), ...BODY.slice(7)];
    expect(read(src([...HEAD, ...open]))).toBeNull();
  });

  it('reads nothing where a wrapped name goes on off its start (another side or row the lines do not tell)', () => {
    const off = [...BODY];
    off[3] = at([30, '出'], [41, '30.00'], [55, '30.00']);
    expect(read(src([...HEAD, ...off]))).toBeNull();
  });

  it('reads a balance\'s parts by fund as rows of their own, their names wrapped (a Chromium print of 04)', () => {
    // 年初…结余 over its three parts by fund, each name wrapped onto a line of its own: each part opens
    // a row (it is no line of the name above), and the balance is their sum.
    const parts = [
      ...BODY.slice(0, 7),
      at([0, '年初结转和'], [16, '5.00'], [26, '年末结转和结余'], [40, '10.00'], [55, '10.00']),
      at([0, '结余']),
      at([0, '一般公共预算'], [16, '5.00']),
      at([0, '财政拨款']),
      at([0, '政府性基金预'], [16, '0.00']),
      at([0, '算财政拨款']),
      BODY[8] as string,
    ];
    expect(texts(src([...HEAD, ...parts]))?.slice(5)).toEqual([
      ['本年收入合计', '115.00', '本年支出合计', '110.00', '110.00', ''],
      ['年初结转和结余', '5.00', '年末结转和结余', '10.00', '10.00', ''],
      ['一般公共预算财政拨款', '5.00', '', '', '', ''],
      ['政府性基金预算财政拨款', '0.00', '', '', '', ''],
      ['总计', '120.00', '总计', '120.00', '120.00', ''],
    ]);
    // Parts that do not add up to their balance: not read.
    parts[9] = at([0, '一般公共预算'], [16, '4.00']);
    expect(read(src([...HEAD, ...parts]))).toBeNull();
  });

  it('reads the real Chromium -layout copy of a 04 whose header cells and names wrap on both sides', async () => {
    const { readFileSync } = await import('node:fs');
    const { readTextLayout } = await import('./read-text.js');
    const text = readFileSync(new URL('../../../test/fixtures/cr-layout-04-wrapped-names.txt', import.meta.url), 'utf8');
    const t = readTextLayout(text, 'x.txt', 'text').blocks.filter((b) => b.kind === 'table');
    expect(t).toHaveLength(1);
    const rows = t[0]?.kind === 'table' ? t[0].rows.map((r) => r.map((c) => c.text)) : [];
    expect(rows[1]).toEqual(['项目', '金额', '项目', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '合计']);
    expect(rows.slice(2, 5).map((r) => r.slice(0, 3))).toEqual([
      ['一、一般公共预算财政拨款', '238.67', '一、一般公共服务支出'],
      ['二、政府性基金预算财政拨款', '0.00', '二、外交支出'],
      ['三、国有资本经营预算财政拨款', '0.00', '三、国防支出'],
    ]);
    expect(rows.slice(-6).map((r) => r.slice(0, 2))).toEqual([
      ['本年收入合计', '238.67'],
      ['年初财政拨款结转和结余', '0.00'],
      ['一般公共预算财政拨款', '0.00'],
      ['政府性基金预算财政拨款', '0.00'],
      ['国有资本经营预算财政拨款', '0.00'],
      ['总计', '238.67'],
    ]);
  });

  it('reads nothing without the 收入 支出 line over the two sides', () => {
    expect(read(src([...HEAD.slice(1), ...BODY]))).toBeNull();
  });
});

// The same kind of table with line numbers (行次), every cell printed, the words of a stretch a single
// space apart (their columns no longer tell), the header's names finished on the lines under them,
// and the header printed again over the next page.
const NUMBERED_HEAD = ['收入 支出', '项目 行 金额 项目 行 合计 一般公共预算 政府性基金预', '次 次 财政拨款 算财政拨款', '栏次 1 栏次 2 3 4'];
const PAGE1 = [
  '一、财政拨款收 1 100.00 一、一般公共服 4 70.00 70.00 0.00',
  at([0, '入'], [17, '务支出']),
  '二、其他收入 2 0.00 二、教育支出 5 30.00 30.00 0.00',
];
const PAGE2 = [
  '3 三、住房保障支 6 0.00 0.00 0.00',
  at([2, '出']),
  '本年收入合计 7 100.00 本年支出合计 8 100.00 100.00 0.00',
  '年初结转和结余 9 0.00 年末结转和结余 10 0.00 0.00 0.00',
  '总计 11 100.00 总计 12 100.00 100.00 0.00',
];

describe('a two-sided summary with line numbers, words a single space apart', () => {
  const lines = [...src([...NUMBERED_HEAD, ...PAGE1]), ...src([...NUMBERED_HEAD, ...PAGE2], 2).map((l) => ({ ...l, line: l.line + 7 }))];

  it('reads each side by its line numbers, the columns by order, the header again over a page left out', () => {
    expect(texts(lines)).toEqual([
      ['收入', '支出'],
      ['项目', '行次', '金额', '项目', '行次', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'],
      ['一、财政拨款收入', '1', '100.00', '一、一般公共服务支出', '4', '70.00', '70.00', '0.00'],
      ['二、其他收入', '2', '0.00', '二、教育支出', '5', '30.00', '30.00', '0.00'],
      ['', '3', '', '三、住房保障支出', '6', '0.00', '0.00', '0.00'],
      ['本年收入合计', '7', '100.00', '本年支出合计', '8', '100.00', '100.00', '0.00'],
      ['年初结转和结余', '9', '0.00', '年末结转和结余', '10', '0.00', '0.00', '0.00'],
      ['总计', '11', '100.00', '总计', '12', '100.00', '100.00', '0.00'],
    ]);
  });

  it('takes a line of the words 收入 支出 alone for two names\' last lines, not the header again', () => {
    const wrapped = lines.flatMap((l) =>
      l.text.startsWith('二、其他收入') ? [{ ...l, text: '二、其他 2 0.00 二、教育 5 30.00 30.00 0.00' }, { ...l, text: at([0, '收入'], [12, '支出']) }] : [l],
    );
    expect(texts(wrapped)?.[3]).toEqual(['二、其他收入', '2', '0.00', '二、教育支出', '5', '30.00', '30.00', '0.00']);
  });

  it('reads a name begun above its line number (set centred on its figures\' line) with the row it opens', () => {
    const early = lines.flatMap((l) =>
      l.text.startsWith('二、其他收入') ? [{ ...l, text: '二、其他收' }, { ...l, text: '入 2 0.00 二、教育支出 5 30.00 30.00 0.00' }] : [l],
    );
    expect(texts(early)?.[2]?.slice(0, 3)).toEqual(['一、财政拨款收入', '1', '100.00']);
    expect(texts(early)?.[3]?.slice(0, 3)).toEqual(['二、其他收入', '2', '0.00']);
  });

  it('leaves out the header printed again over a page but wrapped otherwise ("行" / "次" then "行次")', () => {
    const head2 = ['收入 支出', '项目 行次 金额 项目 行次 合计 一般公共预算 政府性基金预', '财政拨款 算财政拨款', '栏次 1 栏次 2 3 4'];
    const rewrapped = [...src([...NUMBERED_HEAD, ...PAGE1]), ...src([...head2, ...PAGE2], 2).map((l) => ({ ...l, line: l.line + 7 }))];
    expect(texts(rewrapped)).toEqual(texts(lines));
  });

  it('takes a name\'s word whose side both line numbers on its line tell, wherever the writer set it', () => {
    // "年末结转" after the income side's words set a single space apart, "和结余" under it where it stood.
    const shifted = lines.flatMap((l) =>
      l.text.startsWith('年初结转和结余') ? [{ ...l, text: '年初结转 9 0.00 年末结转 10 0.00 0.00 0.00' }, { ...l, text: at([0, '和结余'], [30, '和结余']) }] : [l],
    );
    expect(texts(shifted)?.[6]).toEqual(['年初结转和结余', '9', '0.00', '年末结转和结余', '10', '0.00', '0.00', '0.00']);
  });

  it('reads nothing where a row prints fewer figures than columns (their places the order does not tell)', () => {
    const short = lines.map((l) => (l.text.startsWith('二、其他收入') ? { ...l, text: '二、其他收入 2 0.00 二、教育支出 5 30.00 30.00' } : l));
    expect(read(short)).toBeNull();
  });

  it('reads nothing where the 栏次 line numbers other columns than the header names', () => {
    expect(read(lines.map((l) => (l.text.startsWith('栏次') ? { ...l, text: '栏次 1 栏次 2 3 4 5' } : l)))).toBeNull();
  });
});
