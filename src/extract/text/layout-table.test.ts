import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';

const tables = (text: string) => readTextLayout(text, 'x.txt', 'text').blocks.filter((b) => b.kind === 'table');

describe('tables laid out on a character grid (pdftotext -layout)', () => {
  const grid = [
    '                 支出决算表',
    '                                           单位：万元',
    '   项目                本年支出合计     基本支出     项目支出',
    '   合计                    238.67       157.38        81.29',
    '   社会保障和就业支出       13.06        13.06',
    '   卫生健康支出            214.25       132.96        81.29',
    '   住房保障支出             11.36                     11.36',
    '',
  ].join('\n');

  it('reads cells by column, blank cells kept blank, located on their text lines', () => {
    const [t] = tables(grid);
    expect(t?.shape).toBe('grid');
    const rows = t?.rows.map((r) => r.map((c) => c.text)) ?? [];
    expect(rows).toContainEqual(['社会保障和就业支出', '13.06', '13.06', '']);
    expect(rows).toContainEqual(['住房保障支出', '11.36', '', '11.36']);
    const cell = t?.rows.find((r) => r[0]?.text === '卫生健康支出')?.[1];
    expect(cell?.location.line).toBe(6);
    expect(cell?.location.box).toBeUndefined();
  });

  it('takes a wrapped name into its row', () => {
    const text = grid.replace('   卫生健康支出            214.25', '   卫生健康支出其他卫生    214.25').replace('       81.29\n   住房', '       81.29\n   健康支出\n   住房');
    const rows = tables(text)[0]?.rows.map((r) => r.map((c) => c.text)) ?? [];
    expect(rows.some((r) => r[0] === '卫生健康支出其他卫生健康支出' && r[1] === '214.25')).toBe(true);
  });

  it('leaves prose with double spaces, and text copied with single spaces, to the other readers', () => {
    const prose = ['本年收入合计  238.67万元，比上年增加  12.00万元。', '其中：财政拨款收入  238.67万元。', '基本支出  157.38万元，项目支出  81.29万元。', ''].join('\n');
    expect(tables(prose)).toEqual([]);
    const copied = ['单位：万元', '项目 本年支出合计 基本支出 项目支出', '合计 238.67 157.38 81.29', '社会保障和就业支出 13.06 13.06', '卫生健康支出 214.25 132.96 81.29', ''].join('\n');
    expect(tables(copied).map((t) => t.shape)).toEqual(['spaced']);
  });

  // A layout writer gives a Chinese character one column however wide it printed: header words drift
  // left of the figures under them, and two headers close in print come a single space apart.
  const drifted = [
    '                 支出决算表',
    '                                           单位：万元',
    '   项目',
    '   科目名称               合计      基本支出 项目支出',
    '   社会保障和就业支出       13.06        13.06',
    '   卫生健康支出            214.25       132.96        81.29',
    '   住房保障支出             11.36                     11.36',
    '   合计                    238.67       157.38        81.29',
    '',
  ].join('\n');

  it('sets a drifted header over its columns of figures in order', () => {
    const rows = tables(drifted)[0]?.rows.map((r) => r.map((c) => c.text)) ?? [];
    expect(rows).toContainEqual(['科目名称', '合计', '基本支出', '项目支出']);
    expect(rows).toContainEqual(['住房保障支出', '11.36', '', '11.36']);
  });

  it('leaves a drifted header unread where its order does not decide', () => {
    // Two headers of amounts for three columns of figures: which one is missing the grid does not tell.
    expect(tables(drifted.replace('基本支出 项目支出', '基本支出        ')).filter((t) => t.shape === 'grid')).toEqual([]);
    // A header standing two columns away from the column it would name is another layout, not a drift.
    const far = drifted.replace('   科目名称               合计      基本支出 项目支出', '   科目名称 合计 基本支出 项目支出');
    expect(tables(far).filter((t) => t.shape === 'grid')).toEqual([]);
  });
  it('keeps a caption line with a wide gap (编制单位：…    金额单位：元) out of the table above it, a blank line between', () => {
    const text = [
      '   项目编码   科目名称              合计       基本支出     项目支出',
      '   合计                        1,000.00       600.00       400.00',
      '   221        住房保障支出     1,000.00       600.00       400.00',
      '   22102      住房改革支出     1,000.00       600.00       400.00',
      '   2210201    住房公积金       1,000.00       600.00       400.00',
      '',
      '   编制单位：某某局                                金额单位：元',
      '                 财政拨款“三公”经费支出决算表',
      '   项目                            预算数        决算数',
      '   合计                            765.20        765.20',
      '   因公出国（境）费                  0.00          0.00',
      '   公务接待费                       33.60         33.60',
      '',
    ].join('\n');
    const blocks = readTextLayout(text, 'x.txt', 'text').blocks;
    const cells = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => c.text) : []));
    expect(cells.filter((c) => /编制单位|金额单位/.test(c))).toEqual([]);
    expect(cells).toContain('住房公积金');
    expect(blocks.some((b) => b.kind === 'paragraph' && /^编制单位：某某局\s+金额单位：元$/.test(b.text))).toBe(true);
  });

  it('reads the rows after a page break with the table, the first of them a label filling its cell one space before its figures (a LibreOffice print of 09)', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../test/fixtures/lo-layout-09-page-break.txt', import.meta.url), 'utf8');
    const t = readTextLayout(text, 'x.txt', 'text').blocks.filter((b) => b.kind === 'table');
    expect(t).toHaveLength(1);
    const rows = t[0]?.kind === 'table' ? t[0].rows.map((r) => r.map((c) => c.text)) : [];
    expect(rows.map((r) => r[0])).toEqual(['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']);
    expect(rows[3]).toEqual(['公务用车购置及运行维护费', '73,160.00', '73,160.00']);
  });

  // Chromium centres a cell's text in its row: a name wrapped over three lines stands one line above
  // the row's figures and one below (cr-layout-sheet-centred.txt, a sheet of the rongcheng print).
  it('takes the line a centred cell opens above its row into that row, not a row of its own', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../test/fixtures/cr-layout-sheet-centred.txt', import.meta.url), 'utf8');
    const [t] = tables(text);
    const rows = t?.kind === 'table' ? t.rows.map((r) => r.map((c) => c.text).join('|')) : [];
    // Each piece above ("成本指", "因项目资金") is in the row of the figures below it, none alone.
    const cost = rows.find((r) => r.includes('成本指'));
    expect(cost).toMatch(/因项目资金/);
    expect(cost).toMatch(/软件开发成本/);
    for (const head of ['产出', '效益', '满意度']) expect(rows.find((r) => r.includes(head))).toMatch(/\|0\|/);
    const { checkDisclosure, extractBytes } = await import('../../check.js');
    const doc = await extractBytes('cr.txt', new TextEncoder().encode(text));
    expect(checkDisclosure(doc).findings.filter((f) => f.rule === 'performance.blank-score-or-actual')).toEqual([]);
  });

  it("keeps a header line over the first row apart from it, a name wrapped under the row's figures", () => {
    const text = grid.replace('   社会保障和就业支出       13.06', '   社会保障和就业支         13.06').replace('       13.06\n', '       13.06\n   出\n');
    const rows = tables(text)[0]?.rows.map((r) => r.map((c) => c.text)) ?? [];
    // The header's words stand over the figures' columns: it opens no row's cells.
    expect(rows[0]).toEqual(['项目', '本年支出合计', '基本支出', '项目支出']);
    expect(rows).toContainEqual(['社会保障和就业支出', '13.06', '13.06', '']);
  });
});
