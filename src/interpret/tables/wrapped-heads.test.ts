import { describe, expect, it } from 'vitest';
import { headerWords, keywordsOf, wrappedKey } from './wrapped-heads.js';

// The 03 header of a Chromium A5 print copied with pdftotext -layout: the words set by the flow of
// each line, not over their columns (test/fixtures/cr-layout-02-03-flowed-heads.txt).
const HEADER = headerWords(['项目 本年支出 基本支 项目支 上缴上 经营 对附属单', '合计 出 出 级支出 支出 位补助支', '出']);

describe('a header cell wrapped over lines set by the flow of the text', () => {
  it('is a word’s end, then whole words, then a word’s start on the lines below', () => {
    expect(wrappedKey(HEADER, '基本支出')).toBe(true);
    expect(wrappedKey(HEADER, '上缴上级')).toBe(true);
    expect(wrappedKey(HEADER, '经营支出')).toBe(true);
    // "对附属单" / "位补助支": the key ends inside the word below.
    expect(wrappedKey(HEADER, '附属单位')).toBe(true);
  });

  it('is no name whose pieces stand out of order, inside a word or on lines apart', () => {
    // "补助" over "上级": the cell's lines set out of order, 上级补助 is not there to be read.
    expect(wrappedKey(headerWords(['补助 收入', '上级']), '上级补助')).toBe(false);
    // A piece inside a word (not its start) is no wrapped cell's next line.
    expect(wrappedKey(headerWords(['基本支', '合出计']), '基本支出')).toBe(false);
    expect(wrappedKey(headerWords(['基本支', '合计', '出']), '基本支出')).toBe(false);
  });

  it('takes the literal keywords of a column’s pattern only', () => {
    expect(keywordsOf(/合计|小计/)).toEqual(['合计', '小计']);
    expect(keywordsOf(/^合\s*计$/)).toEqual([]);
  });
});
