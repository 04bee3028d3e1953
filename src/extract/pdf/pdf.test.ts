import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import type { ParagraphBlock, TableBlock } from '../../model/layout.js';
import { interpret } from '../../interpret/index.js';
import type { PositionedItem, PositionedPage } from './items.js';
import { buildLines } from './lines.js';
import { unifyRadicals } from '../radicals.js';
import { layoutFromPages } from './read-pdf.js';

/*
 * The PDF layout builder on positioned items made by hand (as the text layer or OCR gives them):
 * lines, furniture, paragraphs over page breaks and ruled tables, without pdfjs.
 */
const SIZE = 12;
const W = 595;
const H = 842;

/** A run of text at (x, y) in 12-point type, CJK characters one size wide, others half. */
function run(str: string, x: number, y: number, source: 'text' | 'ocr' = 'text'): PositionedItem {
  const width = [...str].reduce((a, c) => a + (/[\u2e80-\uffef]/.test(c) ? SIZE : SIZE / 2), 0);
  return { str, x, y, width, height: SIZE, source, confidence: source === 'ocr' ? 90 : null };
}

function page(n: number, items: PositionedItem[], rules: PositionedPage['rules'] = []): PositionedPage {
  return { page: n, width: W, height: H, items, rules };
}

/**
 * A ruled grid with borders at the given column and row positions, cell by cell. `openV` leaves out
 * the border left of column `col` in row `row` (merging across), `openH` the border above row `row`
 * in column `col` (merging down).
 */
function grid(xs: number[], ys: number[], openV: { row: number; col: number }[] = [], openH: { row: number; col: number }[] = []): NonNullable<PositionedPage['rules']> {
  const rules: NonNullable<PositionedPage['rules']> = [];
  for (const [r, y] of ys.entries()) {
    for (let c = 0; c + 1 < xs.length; c++) {
      if (openH.some((o) => o.row === r && o.col === c)) continue;
      rules.push({ x1: xs[c] as number, y1: y, x2: xs[c + 1] as number, y2: y });
    }
  }
  for (let r = 0; r + 1 < ys.length; r++) {
    for (const [k, x] of xs.entries()) {
      if (openV.some((o) => o.row === r && o.col === k)) continue;
      rules.push({ x1: x, y1: ys[r] as number, x2: x, y2: ys[r + 1] as number });
    }
  }
  return rules;
}

const texts = (t: TableBlock) => t.rows.map((r) => r.map((c) => c.text));

describe('lines from positioned items', () => {
  it('orders by position, joins CJK without spaces, puts a tab at a column gap and reads doubled text once', () => {
    const items = [run('合计', 300, 100), run('收入支出', 72, 100), run('总表', 120, 100), run('总表', 120.2, 100.1), run('第二行', 72, 80)];
    const lines = buildLines(items);
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [1, '第二行'],
      [2, '收入支出总表\t合计'],
    ]);
  });

  it('keeps a space between Latin words and figures separated by a word gap', () => {
    const [l] = buildLines([run('Page', 72, 100), run('3', 72 + 24 + 3, 100)]);
    expect(l?.text).toBe('Page 3');
  });

  it('maps Kangxi radicals a font cmap gave back to the ideographs', () => {
    expect(unifyRadicals('⼀般公共预算⾦额⻓期')).toBe('一般公共预算金额长期');
  });
});

describe('furniture', () => {
  it('keeps running headers and page numbers out of the body', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [run('某局2024年度部门决算', 200, 30), run(`正文第${n}页的内容。`, 96, 100), run(n === 2 ? `第${n}页 共3页` : `— ${n} —`, 280, 800)]),
    );
    const layout = layoutFromPages(pages, 'f.pdf');
    expect(layout.blocks.map((b) => (b as ParagraphBlock).text)).toEqual(['正文第1页的内容。', '正文第2页的内容。', '正文第3页的内容。']);
    expect(layout.furniture?.map((f) => [f.kind, f.text, f.location.page])).toEqual([
      ['header', '某局2024年度部门决算', 1],
      ['footer', '— 1 —', 1],
      ['header', '某局2024年度部门决算', 2],
      ['footer', '第2页 共3页', 2],
      ['header', '某局2024年度部门决算', 3],
      ['footer', '— 3 —', 3],
    ]);
  });

  it('takes a lone number at the foot of a page for a page number', () => {
    const layout = layoutFromPages([page(1, [run('正文。', 96, 100), run('7', 290, 800)])], 'f.pdf');
    expect(layout.furniture?.map((f) => f.text)).toEqual(['7']);
    expect(layout.blocks).toHaveLength(1);
  });
});

describe('paragraphs', () => {
  // 36 characters (12 points each) fill a line from 72 to 504; the first line is indented by two.
  const chunks = ['本年收入合计2946.25万元，其中：财政拨款收入', '2940.05万元，占99.79%；其他收入6.2万元，', '主要为存款利息收入，占', '0.21%。'];
  const sentence = chunks.join('');

  it('joins wrapped lines and continues a paragraph over a page break, each line keeping its page', () => {
    const full = (s: string, x: number, y: number) => ({ ...run(s, x, y), width: 504 - x });
    const p1 = page(1, [run('一、收入支出决算总体情况说明', 72, 60), full(chunks[0] as string, 96, 100), full(chunks[1] as string, 72, 114), full(chunks[2] as string, 72, 128)]);
    const p2 = page(2, [run(chunks[3] as string, 72, 60), run('二、收入决算情况说明', 72, 100)]);
    const layout = layoutFromPages([p1, p2], 'f.pdf');
    const paras = layout.blocks as ParagraphBlock[];
    expect(paras.map((b) => [b.location.page, b.location.line])).toEqual([
      [1, 1],
      [1, 2],
      [2, 2],
    ]);
    const body = paras[1] as ParagraphBlock;
    expect(body.text).toBe(sentence);
    expect(body.breaks?.map((b) => [b.page, b.line])).toEqual([
      [1, 3],
      [1, 4],
      [2, 1],
    ]);
    // The claims reader places each figure on the page and line where it starts.
    const places = [
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 1],
    ];
    const placeOf = (raw: string) => {
      const at = sentence.indexOf(raw);
      let k = 0;
      for (let end = 0; k < chunks.length; k++) {
        end += (chunks[k] as string).length;
        if (at < end) break;
      }
      return places[k];
    };
    const doc = interpret(layout, defaultCatalog());
    const figures = doc.claims.flatMap((c) => [c.amount, c.share?.rate].filter((f) => f != null));
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const f of figures) expect([f.location.page, f.location.line]).toEqual(placeOf(f.raw));
    expect(figures.some((f) => f.location.page === 2)).toBe(true);
  });

  it('ends a line that left room for the next line’s first word, though no line of the page reaches the margin', () => {
    // A title over one body line: the page's right margin can only be guessed from the longer line.
    // The title stops four characters short of the body line and ends no sentence.
    const title = '关于某局2024年度部门决算及2025年上半年预算执行情况的公开';
    const body = '本年收入合计2946.25万元，其中财政拨款收入2940.05万元，占比最高。';
    const layout = layoutFromPages([page(1, [run(title, 72, 100), run(body, 72, 114)])], 'f.pdf');
    expect(layout.blocks.map((b) => (b as ParagraphBlock).text)).toEqual([title, body]);
  });

  it('keeps joined a line that stopped short because the next word, a figure, did not fit', () => {
    // 2940.05 is seven half-width characters (42 points): it moved whole to the next line.
    const layout = layoutFromPages([page(1, [run('本年收入合计2946.25万元，其中：财政拨款收入', 72, 100), run('2940.05万元，占99.79%；其他收入6.2万元，主要为利息。', 72, 114)])], 'f.pdf');
    expect(layout.blocks.map((b) => (b as ParagraphBlock).text)).toEqual(['本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，主要为利息。']);
  });

  it('keeps joined a line that stopped less than a character short of a next line whose full stop hangs in the margin', () => {
    // The body ends at 504; the first line stops at 495 (the next character did not fit), the second
    // runs to 516 with its 。 hanging past the margin, as LibreOffice sets it.
    const a = { ...run('人员经费707.15万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、基本养老保', 72, 100), width: 423 };
    const b = { ...run('险缴费、职业年金缴费、住房公积金、生活补助、奖励金、其他对个人和家庭的补助。', 72, 114), width: 444 };
    const layout = layoutFromPages([page(1, [a, b])], 'f.pdf');
    expect(layout.blocks.map((x) => (x as ParagraphBlock).text)).toEqual([a.str + b.str]);
  });

  it('keeps joined the lines of a block narrower than the page, wrapped at its own margin', () => {
    // A 34-character block (72 to 480) on a page whose other text runs to 504.
    const long = run('说明：本表反映部门本年度一般公共预算财政拨款支出的情况，不含政府性基金。', 72, 60);
    const lines = ['注：本表金额单位为万元，本年度本部门没有政府性基金预算财政拨款收入，', '也没有使用政府性基金预算财政拨款安排的支出，本年度也没有国有资本经营', '预算财政拨款安排的支出，故本表无数据。'];
    const layout = layoutFromPages([page(1, [long, ...lines.map((t, k) => run(t, 72, 100 + 14 * k))])], 'f.pdf');
    expect((layout.blocks[1] as ParagraphBlock).text).toBe(lines.join(''));
  });

  it('takes a lone line of cells parted by column gaps, one a figure, for a row; a heading set with a gap stays text', () => {
    const layout = layoutFromPages(
      [page(1, [run('某单位2024年部门决算', 72, 60), run('日期:2025-10-21', 72, 100), run('字体', 240, 100), run('关闭窗口', 320, 100), run('第四部分', 72, 140), run('名词解释', 160, 140)])],
      'f.pdf',
    );
    const paras = layout.blocks as ParagraphBlock[];
    expect(paras.map((b) => [b.text, b.row ?? false])).toEqual([
      ['某单位2024年部门决算', false],
      ['日期:2025-10-21\t字体\t关闭窗口', true],
      ['第四部分 名词解释', false],
    ]);
    // A row is never joined to the sentence around it.
    const doc = interpret(layout, defaultCatalog());
    expect(doc.lines.map((l) => l.text)).toContain('字体');
  });

  it('marks text recognised by OCR', () => {
    const layout = layoutFromPages([page(1, [run('2024年度收、支总计238.67万元。', 96, 100, 'ocr')])], 'f.pdf');
    expect((layout.blocks[0] as ParagraphBlock).location.via).toBe('ocr');
  });
});

describe('ruled tables', () => {
  const xs = [60, 200, 300, 400];

  it('reads wrapped header cells as one, merged header cells with their span, figures as printed and empty cells empty', () => {
    const ys = [100, 118, 150, 168, 186];
    const items = [
      run('项目', 110, 103),
      run('金额', 290, 103),
      run('本年收入合', 210, 120),
      run('计', 240, 135),
      run('其他收入', 310, 128),
      run('一般公共预算财政拨款', 62, 153),
      run('2,940.05', 250, 153),
      run('其他收入', 62, 171),
      run('6.20', 370, 171),
    ];
    const layout = layoutFromPages([page(1, items, grid(xs, ys, [{ row: 0, col: 2 }], [{ row: 1, col: 0 }]))], 'f.pdf');
    const t = layout.blocks[0] as TableBlock;
    expect(t.kind).toBe('table');
    expect(texts(t)).toEqual([
      ['项目', '金额'],
      ['本年收入合计', '其他收入'],
      ['一般公共预算财政拨款', '2,940.05', ''],
      ['其他收入', '', '6.20'],
    ]);
    expect(t.rows[0]?.map((c) => [c.colSpan, c.rowSpan])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(t.rows[2]?.[1]?.location).toMatchObject({ page: 1, cell: { table: 1, row: 3, col: 2 }, text: '2,940.05' });
  });

  it('continues a table over the page break, dropping the repeated header row and the page number between', () => {
    const header = (y: number) => [run('科目名称', 62, y + 3), run('合计', 210, y + 3), run('基本支出', 310, y + 3)];
    const ys1 = Array.from({ length: 40 }, (_, k) => 100 + 18 * k); // runs to the foot of page 1
    const rows1 = ys1.slice(1, -1).map((y, k) => [run(`科目${k + 1}`, 62, y + 3), run('1.00', 260, y + 3)]).flat();
    const p1 = page(1, [...header(100), ...rows1, run('— 1 —', 280, 820)], grid(xs, ys1));
    const ys2 = [60, 78, 96, 114];
    const p2 = page(2, [...header(60), run('科目38', 62, 81), run('2.00', 260, 81), run('合计', 62, 99), run('40.00', 250, 99), run('— 2 —', 280, 820)], grid(xs, ys2));
    const layout = layoutFromPages([p1, p2], 'f.pdf');
    const tables = layout.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0] as TableBlock;
    expect(t.rows.filter((r) => r[0]?.text === '科目名称')).toHaveLength(1);
    expect(t.rows.slice(-2).map((r) => [r[0]?.text, r[1]?.text, r[0]?.location.page, r[0]?.location.cell?.row])).toEqual([
      ['科目38', '2.00', 2, 40],
      ['合计', '40.00', 2, 41],
    ]);
    expect(layout.furniture?.map((f) => f.text)).toEqual(['— 1 —', '— 2 —']);
  });

  it('drops a repeated header drawn over columns a few points off those of a table stacked below it', () => {
    // Chromium repeats a sheet's <thead> on the next page; the next sheet, drawn right below without a
    // gap, has its inner border 2.3 pt to the left. Both make one grid on page 2.
    const cols = [60, 200, 304.9, 400];
    const header = (y: number) => [run('科目名称', 62, y + 3), run('合计', 210, y + 3), run('基本支出', 310, y + 3)];
    const ys1 = Array.from({ length: 40 }, (_, k) => 100 + 18 * k);
    const rows1 = ys1.slice(1, -1).map((y, k) => [run(`科目${k + 1}`, 62, y + 3), run('1.00', 260, y + 3), run('0.50', 350, y + 3)]).flat();
    const p1 = page(1, [...header(100), ...rows1], grid(cols, ys1));
    const items2 = [...header(60), run('科目38', 62, 81), run('2.00', 260, 81), run('1.50', 350, 81), run('项目', 62, 99), run('金额', 210, 99), run('备注', 310, 99), run('其他', 62, 117), run('3.00', 250, 117)];
    const p2 = page(2, items2, [...grid(cols, [60, 78, 96]), ...grid([60, 200, 302.6, 400], [96, 114, 132])]);
    const t = layoutFromPages([p1, p2], 'f.pdf').blocks[0] as TableBlock;
    expect(t.rows.filter((r) => r[0]?.text === '科目名称')).toHaveLength(1);
    expect(texts(t).slice(-3)).toEqual([
      ['科目38', '2.00', '1.50'],
      ['项目', '金额', '备注'],
      ['其他', '3.00', ''],
    ]);
  });

  // Two pages of a table whose last row on page 1 is `last` and whose first row on page 2 is `first`.
  function brokenRow(cols: number[], last: [string, string], first: [string, string]): TableBlock {
    const ys1 = Array.from({ length: 40 }, (_, k) => 100 + 18 * k);
    const rows1 = ys1.slice(0, -2).map((y, k) => [run(`科目${k + 1}`, 62, y + 3), run('1.00', 230, y + 3)]).flat();
    const at = ys1[ys1.length - 2] as number;
    const lastItems = [run(last[0], 62, at + 3), ...(last[1] ? [run(last[1], 230, at + 3)] : [])];
    const firstItems = [run(first[0], 62, 63), ...(first[1] ? [run(first[1], 230, 63)] : [])];
    const p1 = page(1, [...rows1, ...lastItems], grid(cols, ys1));
    const p2 = page(2, [...firstItems, run('科目40', 62, 81), run('3.00', 230, 81)], grid(cols, [60, 78, 96]));
    return layoutFromPages([p1, p2], 'f.pdf').blocks[0] as TableBlock;
  }

  it('joins a row a word processor broke over the page end', () => {
    // "十三、交通运" fills its narrow cell to the border: the page end cut it.
    const t = brokenRow([60, 140, 300, 400], ['十三、交通运', '0.50'], ['输支出', '']);
    expect(t.rows.slice(-2).map((r) => r.map((c) => c.text).slice(0, 2))).toEqual([
      ['十三、交通运输支出', '0.50'],
      ['科目40', '3.00'],
    ]);
  });

  // Page 1 ends with a text row in narrow columns (two lines tall, `lines` of text in each cell at
  // its top), page 2 starts with `first` and a row of figures.
  function brokenTextRow(last: [string, string], lines: number, first: [string, string]): TableBlock {
    const cols = [60, 90, 120, 400];
    const ys1 = [...Array.from({ length: 38 }, (_, k) => 100 + 18 * k), 100 + 18 * 37 + 32];
    const rows1 = ys1.slice(0, -2).map((y, k) => [run(`科${k}`, 62, y + 3), run('1.00', 300, y + 3)]).flat();
    const at = ys1[ys1.length - 2] as number;
    // One line at the top of a two-line row leaves a line's room below it; two lines fill the row.
    const cell = (s: string, x: number) => (lines === 2 ? [run(s.slice(0, 2), x, at + 3), run(s.slice(2), x, at + 17)] : [run(s, x, at + 3)]);
    const p1 = page(1, [...rows1, ...cell(last[0], 62), ...cell(last[1], 92)], grid(cols, ys1));
    const p2 = page(2, [run(first[0], 62, 63), run(first[1], 92, 63), run('科40', 62, 81), run('3.00', 300, 81)], grid(cols, [60, 78, 96]));
    return layoutFromPages([p1, p2], 'f.pdf').blocks[0] as TableBlock;
  }

  it('joins a row of text only broken over the page end where its cells ran to their borders', () => {
    const t = brokenTextRow(['年度总体', '全年预算'], 2, ['目标', '数']);
    expect(t.rows.slice(-2).map((r) => r.map((c) => c.text))).toEqual([
      ['年度总体目标', '全年预算数', ''],
      ['科40', '', '3.00'],
    ]);
  });

  it('keeps a row of text only apart when the row above left room below its text', () => {
    const t = brokenTextRow(['预期', '实际'], 1, ['目标', '情况']);
    expect(t.rows.slice(-3).map((r) => r.map((c) => c.text))).toEqual([
      ['预期', '实际', ''],
      ['目标', '情况', ''],
      ['科40', '', '3.00'],
    ]);
  });

  it('joins a header row broken over the page end where one cell going on filled the row and another, centred, did not', () => {
    // "指标/值设" fills its two-line row; "上年" stands on one line (its cell centred the two lines it
    // would need); both ran to their borders, and both go on at the top of the next page.
    const cols = [60, 90, 120, 400];
    const ys1 = [...Array.from({ length: 38 }, (_, k) => 100 + 18 * k), 100 + 18 * 37 + 32];
    const rows1 = ys1.slice(0, -2).map((y, k) => [run(`科${k}`, 62, y + 3), run('1.00', 300, y + 3)]).flat();
    const at = ys1[ys1.length - 2] as number;
    const p1 = page(1, [...rows1, run('指标', 62, at + 3), run('值设', 62, at + 17), run('上年', 92, at + 3)], grid(cols, ys1));
    const p2 = page(2, [run('定依', 62, 63), run('据', 62, 77), run('完成', 92, 70), run('科40', 62, 99), run('3.00', 300, 99)], grid(cols, [60, 96, 114]));
    const t = layoutFromPages([p1, p2], 'f.pdf').blocks[0] as TableBlock;
    expect(t.rows.slice(-2).map((r) => r.map((c) => c.text))).toEqual([
      ['指标值设定依据', '上年完成', ''],
      ['科40', '', '3.00'],
    ]);
  });

  it('joins a header row a browser cut at the page end, its cells\' padding and line height leaving more than a line\'s height below their text', () => {
    // Two lines 14 points apart, 3 points of padding above the first: a third line would have needed
    // 17 points below the second; the row part on page one leaves 16.5.
    const cols = [60, 90, 120, 400];
    const ys1 = [...Array.from({ length: 38 }, (_, k) => 100 + 18 * k), 100 + 18 * 37 + 45.5];
    const rows1 = ys1.slice(0, -2).map((y, k) => [run(`科${k}`, 62, y + 3), run('1.00', 300, y + 3)]).flat();
    const at = ys1[ys1.length - 2] as number;
    const p1 = page(1, [...rows1, run('实际', 62, at + 3), run('完成', 62, at + 17), run('偏差', 92, at + 3), run('原因', 92, at + 17)], grid(cols, ys1));
    const p2 = page(2, [run('值', 62, 63), run('分析', 92, 63), run('科40', 62, 81), run('3.00', 300, 81)], grid(cols, [60, 78, 96]));
    const t = layoutFromPages([p1, p2], 'f.pdf').blocks[0] as TableBlock;
    expect(t.rows.slice(-2).map((r) => r.map((c) => c.text))).toEqual([
      ['实际完成值', '偏差原因分析', ''],
      ['科40', '', '3.00'],
    ]);
  });

  it('reads the part of a row a browser broke over the page, drawn with side borders only, as cells of the row', () => {
    // Page 1: a header row, then a row whose side borders run to the foot with no rule below it (its
    // narrow first cell filled to the border, so the page cut it).
    const ys1 = [100, 118];
    const open1 = [60, 100, 400].map((x) => ({ x1: x, y1: 118, x2: x, y2: 790 }));
    const p1 = page(1, [run('目标', 62, 103), run('完成情况', 102, 103), run('目标一', 62, 121), run('已完成', 102, 121), run('目标二', 62, 770)], [...grid([60, 100, 400], ys1), ...open1]);
    // Page 2: the row goes on from the top (side borders only above its first rule), then a row of figures.
    const open2 = [60, 100, 400].map((x) => ({ x1: x, y1: 60, x2: x, y2: 96 }));
    const p2 = page(2, [run('目标三', 62, 63), run('合计', 62, 99), run('5.00', 102, 99)], [...open2, ...grid([60, 100, 400], [96, 114])]);
    const tables = layoutFromPages([p1, p2], 'f.pdf').blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map(texts)).toEqual([
      [
        ['目标', '完成情况'],
        ['目标一目标二目标三', '已完成'],
        ['合计', '5.00'],
      ],
    ]);
  });

  it('keeps a finished label and a row without figures on the next page apart', () => {
    const t = brokenRow(xs, ['本年支出合计', '2,940.05'], ['结余分配', '']);
    expect(t.rows.slice(-3).map((r) => r.map((c) => c.text).slice(0, 2))).toEqual([
      ['本年支出合计', '2,940.05'],
      ['结余分配', ''],
      ['科目40', '3.00'],
    ]);
  });
});

describe('tables without borders', () => {
  it('are read from column positions: figures by their right edge, names by their left', () => {
    const items = [
      run('项目', 72, 100),
      run('决算数', 300, 100),
      run('一般公共服务支出', 72, 120),
      run('2,106.66', 318, 120),
      run('卫生健康支出', 72, 140),
      run('60.99', 336, 140),
      run('合计', 72, 160),
      run('2,167.65', 318, 160),
    ];
    const t = layoutFromPages([page(1, items)], 'f.pdf').blocks[0] as TableBlock;
    expect(texts(t)).toEqual([
      ['项目', '决算数'],
      ['一般公共服务支出', '2,106.66'],
      ['卫生健康支出', '60.99'],
      ['合计', '2,167.65'],
    ]);
  });
});
