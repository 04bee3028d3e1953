import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stackedHeads } from './stacked-heads.js';
import { readTextLayout } from './read-text.js';

const chars = (s: string) => [...s].length;

// A LibreOffice print of a rewrite's 公开02表 copied with pdftotext -layout: the narrow columns'
// headers wrap over two and three lines ("附属单" / "位上缴" / "收入").
const FIXTURE = readFileSync(new URL('../../../test/fixtures/lo-layout-02-wrapped-heads.txt', import.meta.url), 'utf8');

describe('header cells wrapped over lines on a character grid', () => {
  it('joins the words of one column over the header lines top to bottom, left to right', () => {
    const table = readTextLayout(FIXTURE, 'x.txt', 'text').blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.heads).toEqual([
      '项目科目代码',
      '科目名称',
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
  });

  it('stops at the first line with a figure or a code: no body row joins a header', () => {
    const lines = [
      '项目     本年收     财政拨',
      '         入合计     款收入',
      '合计     238.67     238.67',
      '         收入       收入',
    ];
    expect(stackedHeads(lines, chars)).toEqual(['项目', '本年收入合计', '财政拨款收入']);
  });

  it('gives none where no cell wraps or the words do not stack one to one', () => {
    expect(stackedHeads(['项目     合计     基本支出', '合计     1.00     1.00'], chars)).toBeNull();
    // A group's head over two columns' words: which column it belongs to is not told.
    expect(stackedHeads(['项目         本年支出', '          合计  基本支出', '合计      1.00  1.00'], chars)).toBeNull();
  });
});
