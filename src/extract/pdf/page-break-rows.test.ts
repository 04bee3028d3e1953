import { describe, expect, it } from 'vitest';
import { writePdf, type PdfPage, type PdfRule, type PdfText } from '../../../test/tools/simple-pdf.js';
import type { TableBlock } from '../../model/layout.js';
import { parsePdf } from './read-pdf.js';

/*
 * Rows of a ruled table on both sides of a page break, read from real PDFs written for the test: a
 * row that ends one page and a row that starts the next are two rows unless the first is visibly
 * incomplete (a name without figures whose figures stand on the next page without a name).
 */
const XS = [50, 110, 300, 380, 460, 540];
const ROW = 20;
const SIZE = 10;

type Row = [string, string, string, string, string];

/** A ruled table of `rows` from `top`, one line of 10-point text per cell, on the columns `xs` (XS). */
function table(rows: readonly Row[], top: number, xs: readonly number[] = XS): { texts: PdfText[]; rules: PdfRule[] } {
  const texts: PdfText[] = [];
  const rules: PdfRule[] = [];
  rows.forEach((r, k) => {
    const y = top + k * ROW;
    r.forEach((t, c) => {
      if (!t) return;
      // Figures right-aligned, texts from the left border, as a spreadsheet prints them.
      const width = [...t].reduce((a, ch) => a + (/[\u2e80-\uffef]/.test(ch) ? SIZE : SIZE / 2), 0);
      const x = c >= 2 ? (xs[c + 1] as number) - 3 - width : (xs[c] as number) + 3;
      texts.push({ x, y: y + 14, text: t, size: SIZE });
    });
  });
  const bottom = top + rows.length * ROW;
  for (let k = 0; k <= rows.length; k++) rules.push({ x1: xs[0] as number, y1: top + k * ROW, x2: xs[xs.length - 1] as number, y2: top + k * ROW });
  for (const x of xs) rules.push({ x1: x, y1: top, x2: x, y2: bottom });
  return { texts, rules };
}

const HEAD: Row = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
const TITLE: PdfText[] = [
  { x: 170, y: 50, text: '一般公共预算财政拨款支出决算表', size: 16 },
  { x: 50, y: 80, text: '公开05表', size: SIZE },
  { x: 470, y: 80, text: '单位：万元', size: SIZE },
];

/** Page one: the title, the header and `first` rows down to the foot of the page; page two: `rest` from the top. */
function twoPages(first: readonly Row[], rest: readonly Row[]): Uint8Array {
  const filler: Row[] = [];
  // Item rows fill page one so that its last row stands at the foot of the text area.
  for (let k = 0; 100 + (2 + filler.length + first.length) * ROW < 780; k++) filler.push([`2010${k % 10}99`, `其他事务支出${k + 1}`, '1.00', '1.00', '']);
  const p1 = table([HEAD, ['合计', '', '100.00', '90.00', '10.00'], ...filler, ...first], 100);
  const p2 = table(rest, 60);
  const pages: PdfPage[] = [
    { texts: [...TITLE, ...p1.texts], rules: p1.rules },
    { texts: [...p2.texts, { x: 50, y: 60 + rest.length * ROW + 40, text: '注：本表反映本年度一般公共预算财政拨款实际支出情况。', size: SIZE }], rules: p2.rules },
  ];
  return writePdf(pages);
}

async function rowsOf(bytes: Uint8Array): Promise<string[][]> {
  const layout = await parsePdf(bytes, 'rows.pdf');
  const t = layout.blocks.find((b): b is TableBlock => b.kind === 'table') as TableBlock;
  expect(layout.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
  return t.rows.map((r) => r.map((c) => c.text.trim()));
}

describe('rows of a table over a page break', () => {
  it('two class rows, one ending a page and one starting the next, keep their own figures', async () => {
    const rows = await rowsOf(
      twoPages([['208', '社会保障和就业支出（类）机关事业单位', '326.72', '326.72', '']], [['210', '卫生健康支出', '60.99', '60.99', ''], ['221', '住房保障支出', '445.69', '445.69', '']]),
    );
    expect(rows.find((r) => r[0] === '208')).toEqual(['208', '社会保障和就业支出（类）机关事业单位', '326.72', '326.72', '']);
    expect(rows.find((r) => r[0] === '210')).toEqual(['210', '卫生健康支出', '60.99', '60.99', '']);
  });

  it('a class row whose code and name share a cell is not the rest of the row above it', async () => {
    const rows = await rowsOf(
      twoPages([['', '208社会保障和就业支出（类）机关事业', '326.72', '326.72', '']], [['', '210卫生健康支出', '', '', ''], ['', '21011行政事业单位医疗', '60.99', '60.99', '']]),
    );
    const names = rows.map((r) => r[1]);
    expect(names).toContain('208社会保障和就业支出（类）机关事业');
    expect(names).toContain('210卫生健康支出');
    expect(rows.find((r) => r[1]?.startsWith('208'))?.slice(2, 4)).toEqual(['326.72', '326.72']);
  });

  it('a name without figures ending a page is one row with the figures without a name that start the next', async () => {
    const rows = await rowsOf(twoPages([['2210201', '住房公积金（项）公务员及事业人员住房', '', '', '']], [['', '', '445.69', '445.69', ''], ['2210203', '购房补贴', '10.00', '10.00', '']]));
    expect(rows.find((r) => r[0] === '2210201')).toEqual(['2210201', '住房公积金（项）公务员及事业人员住房', '445.69', '445.69', '']);
    expect(rows.find((r) => r[0] === '2210203')).toEqual(['2210203', '购房补贴', '10.00', '10.00', '']);
    // Without a code column too.
    const named = await rowsOf(twoPages([['', '住房公积金（项）公务员及事业人员住房', '', '', '']], [['', '', '445.69', '445.69', '']]));
    expect(named.find((r) => r[1]?.startsWith('住房公积金'))?.slice(2, 4)).toEqual(['445.69', '445.69']);
  });

  it('a row whose figures the page end cut in narrow cells ("204." | "00", "15.5" | "4") is one row', async () => {
    const rows = await rowsOf(twoPages([['', '年度资金', '204.', '15.5', '']], [['', '总额', '00', '4', ''], ['2080505', '其他支出', '1.00', '1.00', '']]));
    expect(rows.find((r) => r[1]?.startsWith('年度'))).toEqual(['', '年度资金总额', '204.00', '15.54', '']);
    expect(rows.find((r) => r[0] === '2080505')).toEqual(['2080505', '其他支出', '1.00', '1.00', '']);
  });

  it('a row whose every figure the page end cut after fewer decimals than its column prints ("207.5" | "5") is one row', async () => {
    // A cell too narrow for "207.55" wraps it; each half could be a figure, but the column prints two decimals.
    const rows = await rowsOf(twoPages([['21015', '医疗', '207.5', '207.5', '0.00']], [['', '保障管理事务', '5', '5', ''], ['2101501', '行政运行', '126.26', '126.26', '0.00']]));
    expect(rows.find((r) => r[0] === '21015')).toEqual(['21015', '医疗保障管理事务', '207.55', '207.55', '0.00']);
    expect(rows.find((r) => r[0] === '2101501')).toEqual(['2101501', '行政运行', '126.26', '126.26', '0.00']);
  });

  it('a figure with as many decimals as its column prints is whole: the row under it is a row of its own', async () => {
    const rows = await rowsOf(twoPages([['21015', '医疗保障', '207.55', '207.55', '0.00']], [['', '其中：行政运行', '5', '5', '']]));
    expect(rows.find((r) => r[0] === '21015')).toEqual(['21015', '医疗保障', '207.55', '207.55', '0.00']);
    expect(rows.find((r) => r[1] === '其中：行政运行')).toEqual(['', '其中：行政运行', '5', '5', '']);
  });

  it('a self-evaluation row cut where no figure ends or begins ("98." | "33分", "<" | "=450元", "1" | "00%", "20" | "24年…") is one row', async () => {
    const measures = await rowsOf(twoPages([['', '总', '98.', '1', '<']], [['', '分', '33分', '00%', '=450元/天/人'], ['2080505', '其他支出', '1.00', '1.00', '']]));
    expect(measures.find((r) => r[1]?.startsWith('总'))).toEqual(['', '总分', '98.33分', '100%', '<=450元/天/人']);
    const date = await rowsOf(twoPages([['', '完成时限', '20', '10', '']], [['', '', '24年12月15日前', '0%', ''], ['2080505', '其他支出', '1.00', '1.00', '']]));
    expect(date.find((r) => r[1] === '完成时限')?.slice(2, 4)).toEqual(['2024年12月15日前', '100%']);
  });

  it('a row whose form label is cut ("年" | "度资金总额") is one row, though each half\'s figures could stand alone', async () => {
    const rows = await rowsOf(twoPages([['', '年', '237.9', '10', '']], [['', '度资金总额', '2', '0', ''], ['2080505', '其他支出', '1.00', '1.00', '']]));
    expect(rows.find((r) => r[1]?.startsWith('年'))).toEqual(['', '年度资金总额', '237.92', '100', '']);
  });

  it('a row whose figures lost their units to the next page ("≤5" | "万元/年", "4.28" | "万人") is one row', async () => {
    const rows = await rowsOf(twoPages([['', '经', '≤5', '4.28', '100%']], [['', '济成本(20分)', '万元/年', '万人', ''], ['2080505', '其他支出', '1.00', '1.00', '']]));
    expect(rows.find((r) => r[1]?.startsWith('经'))).toEqual(['', '经济成本(20分)', '≤5万元/年', '4.28万人', '100%']);
  });

  it('two whole rows of a sheet, one ending a page and one starting the next, stay two rows', async () => {
    const rows = await rowsOf(twoPages([['', '社会效益指标', '10', '10', '']], [['', '可持续影响指标', '10', '10', ''], ['2080505', '其他支出', '1.00', '1.00', '']]));
    expect(rows.filter((r) => r[1] === '社会效益指标' || r[1] === '可持续影响指标')).toHaveLength(2);
  });

  it('a name wrapped over lines and cut by the page end a character short of its own margin goes on over the page', async () => {
    // Page one ends with a row whose name cell wraps over three lines (17, 17 and 16 characters: the
    // last stopped short because "分）" could not start a line), 27 points off the cell border.
    const filler: Row[] = [];
    for (let k = 0; 100 + (2 + filler.length) * ROW + 3 * 12 + 8 < 780; k++) filler.push([`2010${k % 10}99`, `其他事务支出${k + 1}`, '1.00', '1.00', '']);
    const p1 = table([HEAD, ['合计', '', '100.00', '90.00', '10.00'], ...filler], 100);
    const top = 100 + (2 + filler.length) * ROW;
    const bottom = top + 3 * 12 + 8;
    const names = ['远程监控智能决策分析等信息化功能建', '设与运行维护以及配套的数据治理工作', '和系统安全保障服务费用的支出（10'];
    const texts: PdfText[] = [...TITLE, ...p1.texts, ...names.map((text, k) => ({ x: 113, y: top + 14 + 12 * k, text, size: SIZE })), { x: 345, y: top + 14, text: '5.00', size: SIZE }];
    const rules: PdfRule[] = [...p1.rules, { x1: 50, y1: bottom, x2: 540, y2: bottom }, ...XS.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom }))];
    const p2 = table([['', '分）', '', '', ''], ['2080505', '其他支出', '1.00', '1.00', '']], 60);
    const rows = await rowsOf(writePdf([{ texts, rules }, { texts: p2.texts, rules: p2.rules }]));
    expect(rows.find((r) => r[1]?.startsWith('远程'))?.[1]).toBe(`${names.join('')}分）`);
  });
  it('a sheet row cut by the page end after a date\'s year ("完成…监" | "督检查时间", "2024" | "年12月15日前") is one row', async () => {
    // The name runs to its cell's right border on the row's one line left on page one; the rest holds
    // no figure in a column of figures, only text going on in cells the first half filled.
    const name = '完成定点医疗机构医保基金使用情况监';
    const rows = await rowsOf(twoPages([['', name, '2024', '100%', '10']], [['', '督检查时间', '年12月15日前', '', ''], ['2080505', '其他支出', '1.00', '1.00', '']]));
    expect(rows.find((r) => r[1]?.startsWith('完成'))).toEqual(['', `${name}督检查时间`, '2024年12月15日前', '100%', '10']);
    expect(rows.find((r) => r[0] === '2080505')).toEqual(['2080505', '其他支出', '1.00', '1.00', '']);
  });

  it('a row of text only below a finished row of figures stays a row, though its cells stand under filled ones', async () => {
    // The row above ends on the page: its name does not run to the cell's border.
    const rows = await rowsOf(twoPages([['', '享受补助人员覆盖率', '2024', '100%', '10']], [['', '服务对象满意度', '年12月15日前', '', ''], ['2080505', '其他支出', '1.00', '1.00', '']]));
    expect(rows.filter((r) => r[1] === '享受补助人员覆盖率' || r[1] === '服务对象满意度')).toHaveLength(2);
  });

  it('text printed beyond the page\'s right edge (a clipped column\'s last character) does not keep the table\'s next part apart', async () => {
    const filler: Row[] = [];
    for (let k = 0; 100 + (2 + filler.length) * ROW < 780; k++) filler.push([`2010${k % 10}99`, `其他事务支出${k + 1}`, '1.00', '1.00', '']);
    const p1 = table([HEAD, ['合计', '', '100.00', '90.00', '10.00'], ...filler], 100);
    const p2 = table([['2080505', '其他支出', '1.00', '1.00', '']], 60);
    // "料" begins 3 points inside the page's 595-point width: all but a sliver of it is cut off.
    const stray: PdfText = { x: 592, y: 100 + (1 + filler.length) * ROW + 14, text: '料', size: SIZE };
    const rows = await rowsOf(writePdf([{ texts: [...TITLE, ...p1.texts, stray], rules: p1.rules }, { texts: p2.texts, rules: p2.rules }]));
    expect(rows.map((r) => r[0])).toContain('2080505');
    expect(rows.flat().join('')).not.toContain('料');
  });

  it('a cell cut by the page end goes on in the cell under it where the next page laid the column\'s borders a few points off ("按照完成比例" | "赋分")', async () => {
    // A browser lays each page's part of a table out anew: on page two the borders of the last two
    // columns stand 4 points right of page one's, so on the union of both the two halves of the cell
    // start at different columns. The cut half runs to its cell's right border on the row's one line.
    const filler: Row[] = [];
    for (let k = 0; 100 + (2 + filler.length) * ROW < 760; k++) filler.push([`2010${k % 10}99`, `其他事务支出${k + 1}`, '1.00', '1.00', '']);
    const p1 = table([HEAD, ['合计', '', '100.00', '90.00', '10.00'], ...filler, ['', '培训人数', '10', '100%', '按照完成比例']], 100);
    const shifted = [50, 110, 300, 384, 464, 540];
    const p2 = table([['', '', '', '', '赋分'], ['', '培训保障率', '10', '100%', '直接赋分']], 60, shifted);
    const rows = await rowsOf(writePdf([{ texts: [...TITLE, ...p1.texts], rules: p1.rules }, { texts: p2.texts, rules: p2.rules }]));
    const cut = rows.find((r) => r[1] === '培训人数');
    expect(cut?.filter(Boolean)).toEqual(['培训人数', '10', '100%', '按照完成比例赋分']);
    expect(rows.some((r) => r.filter(Boolean).join('|') === '赋分')).toBe(false);
    expect(rows.find((r) => r[1] === '培训保障率')?.filter(Boolean)).toEqual(['培训保障率', '10', '100%', '直接赋分']);
  });

  it('a row spanning the columns of several cells of the row above (the next sheet\'s name row) does not go on in them', async () => {
    // Page one ends with a sheet's last indicator, whose 一级 cell is filled to its border; page two
    // starts the next sheet: "项目名称" under it and the project's name in one cell across the rest.
    const filler: Row[] = [];
    for (let k = 0; 100 + (2 + filler.length) * ROW < 760; k++) filler.push([`2010${k % 10}99`, `其他事务支出${k + 1}`, '1.00', '1.00', '']);
    const p1 = table([HEAD, ['合计', '', '100.00', '90.00', '10.00'], ...filler, ['年度绩效指', '医保经办工作量', '10', '100%', '按照完成比例']], 100);
    const head = table([['项目名称', '医保局经办中心公共耗材工作经费', '', '', '']], 60);
    // The name's cell spans the last four columns: no border between them in its row.
    const rules = head.rules.filter((r) => r.x1 !== r.x2 || [50, 110, 540].includes(r.x1));
    const p2 = table([['主管部门', '医疗保障局', '', '', '']], 80);
    const rows = await rowsOf(writePdf([{ texts: [...TITLE, ...p1.texts], rules: p1.rules }, { texts: [...head.texts, ...p2.texts], rules: [...rules, ...p2.rules] }]));
    expect(rows.find((r) => r[1] === '医保经办工作量')?.[0]).toBe('年度绩效指');
    expect(rows.find((r) => r[0] === '项目名称')?.filter(Boolean)).toEqual(['项目名称', '医保局经办中心公共耗材工作经费']);
  });
});

describe('a sheet at the top of a page after a sheet of the same form', () => {
  const sheet = (name: string): Row[] => [
    ['自评表', '', '', '', ''],
    ['项目名称', name, '', '', ''],
    ['项目资金', '年初预算数', '全年预算数', '全年执行数', '得分'],
  ];
  const fill = (rows: number, from = 0): Row[] => Array.from({ length: rows }, (_, k): Row => [`指标${from + k + 1}`, '数量指标', '10.00', '10.00', '10.00']);

  it('opens a table of its own, though it repeats the title row a continuation would repeat', async () => {
    const first = [...sheet('公务用车租赁'), ...fill(30)];
    const p1 = table(first, 100);
    const p2 = table([...sheet('医保经办中心经费'), ...fill(3)], 60);
    const layout = await parsePdf(writePdf([{ texts: p1.texts, rules: p1.rules }, { texts: p2.texts, rules: p2.rules }]), 'sheets.pdf');
    const tables = layout.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[1]?.rows[1]?.map((c) => c.text.trim()).filter(Boolean)).toEqual(['项目名称', '医保经办中心经费']);
  });

  it('a continuation repeating the whole header, its texts parted into cells otherwise, is one table without the repeat', async () => {
    const first = [...sheet('公务用车租赁'), ...fill(30)];
    const p1 = table(first, 100);
    const repeat = table([...sheet('公务用车租赁'), ...fill(3, 30)], 60);
    // The repeated header row of funds printed with 全年预算数 and 全年执行数 in one cell: no border between them.
    const rules = repeat.rules;
    // The vertical rule of column 3 is drawn for the rows below the repeated header only.
    const inner = rules.filter((r) => !(r.x1 === r.x2 && r.x1 === XS[3]));
    inner.push({ x1: XS[3] as number, y1: 60, x2: XS[3] as number, y2: 60 + 2 * ROW }, { x1: XS[3] as number, y1: 60 + 3 * ROW, x2: XS[3] as number, y2: 60 + 6 * ROW });
    const rows = await rowsOf(writePdf([{ texts: p1.texts, rules: p1.rules }, { texts: repeat.texts, rules: inner }]));
    expect(rows.filter((r) => r[0] === '自评表')).toHaveLength(1);
    expect(rows.filter((r) => r[0] === '项目资金')).toHaveLength(1);
    expect(rows.filter((r) => r[0]?.startsWith('指标'))).toHaveLength(33);
  });
});
