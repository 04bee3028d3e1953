import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';

const layout = (lines: string[]) => readTextLayout(`${lines.join('\n')}\n`, 'page.txt', 'text');

describe('a table copied from a web page one cell to a line, without tabs', () => {
  const table = [
    '2017年度某某区一般公共预算财政拨款开支“三公”经费决算情况',
    '',
    '经费项目',
    '',
    '2017年度支出 (万元)',
    '',
    '支出减少情况(万元)',
    '',
    '支出减少率',
    '',
    '因公出国(境)费',
    '',
    '91.85',
    '',
    '-',
    '',
    '-',
    '',
    '公务接待费',
    '',
    '183.19',
    '',
    '25.10',
    '',
    '12.05%',
    '',
    '公务用车购置及运行维护费',
    '',
    '4,058.29',
    '',
    '-',
    '',
    '-',
    '',
    '根据提供的数据，2017年度“三公”经费总支出为4,333.33万元。',
  ];

  it('is read as a table: its header, then a row for each name with its figures', () => {
    const blocks = layout(table).blocks;
    const t = blocks.find((b) => b.kind === 'table');
    expect(t?.kind === 'table' && t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['经费项目', '2017年度支出 (万元)', '支出减少情况(万元)', '支出减少率'],
      ['因公出国(境)费', '91.85', '-', '-'],
      ['公务接待费', '183.19', '25.10', '12.05%'],
      ['公务用车购置及运行维护费', '4,058.29', '-', '-'],
    ]);
    // The caption before it and the sentence after it stay paragraphs.
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text.slice(0, 6) : ''))).toEqual(['2017年度', '根据提供的数']);
  });

  it('is not made of a contents list whose page numbers stand on lines of their own', () => {
    const blocks = layout(['1. 政府性基金预算财政拨款收入支出决算情况说明 8', '2. 国有资本经营预算财政拨款收入支出决算情况说明 8', '九、一般公共预算财政拨款“三公”经费支出决算情况', '8', '十、政府性基金预算财政拨款“三公”经费支出决算情况', '10', '十一、国有资本经营预算“三公”经费', '10', '十二、预算绩效情况说明 11']).blocks;
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
  });

  it('is not made of one name with its figures (a list in prose)', () => {
    const blocks = layout(['项目', '金额', '公务接待费', '1.50', '说明：以上为全年数。']).blocks;
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
  });
});

describe('text extracted from a PDF in reading order, a word to a line', () => {
  it('gives no table of pieces of several tables run together', () => {
    const blocks = layout(['公开 08 表', '金额单位：万元', '项目', '本年支出', '科目代码', '科目名称', '合计', '基本支出', '1', '2', '栏次', '0.00', '0.00', '合计', '注：本单位没有使用国有资本经营预算安排的支出，故本表无数据。']).blocks;
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
  });
});
