import { describe, expect, it } from 'vitest';
import { readUnderItems } from './layout-pairs.js';
import type { SourceLine } from './spaced-table.js';

const chars = (s: string) => [...s].length;
const src = (texts: string[]): SourceLine[] => texts.map((text, k) => ({ text, line: k + 1, page: 1 }));

// A 三公 table as pdftotext -layout sets it: item names over pairs of 预算数 决算数, a group name
// (公务用车购置及运行费) over three items, names wrapped or set lower in their cells, one row of figures.
const HEAD = [
  '                                   财政拨款“三公”经费',
  '                                         公务用车购置及运行费',
  '         合计      因公出国（境）费',
  '                                  小计                   公务用车运行费        公务接待费',
  '                                          公务用车购置费',
  '',
  '预算数       决算数   预算数   决算数   预算数    决算数   预算数    决算数   预算数   决算数   预算数      决算数',
  '',
];

describe('items over repeated leaf columns, read by where the figures stand', () => {
  it('names each pair of columns by the words just above it and places each figure in the leaf it overlaps', () => {
    const t = readUnderItems(src([...HEAD, '  0.95                                                              0.95']), chars, 'x.txt', 1);
    expect(t?.rows[0]?.map((c) => `${c.text}<${c.colSpan}>`)).toEqual(['合计<2>', '因公出国（境）费<2>', '小计<2>', '公务用车购置费<2>', '公务用车运行费<2>', '公务接待费<2>']);
    expect(t?.rows[2]?.map((c) => c.text)).toEqual(['0.95', '', '', '', '', '', '', '', '', '', '0.95', '']);
  });

  it('reads nothing where 合计 is not the sum of the items (a figure read under another item)', () => {
    // 0.95 under 公务用车购置费 决算数: the budget 合计 no longer sums.
    expect(readUnderItems(src([...HEAD, '  0.95                                          0.95']), chars, 'x.txt', 1)).toBeNull();
  });

  it('reads nothing where a figure stands under two leaves or none', () => {
    expect(readUnderItems(src([...HEAD, '     0.95                                                           0.95']), chars, 'x.txt', 1)).toBeNull();
  });

  it('reads nothing from leaves copied a single space apart', () => {
    const copied = [...HEAD.slice(0, 6), '预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数', '0.95 0.95'];
    expect(readUnderItems(src(copied), chars, 'x.txt', 1)).toBeNull();
  });
});
