import { describe, expect, it } from 'vitest';
import { compactOf, unsqueezedOffset } from './compact-text.js';

describe('compact text', () => {
  it('drops every kind of whitespace and keeps where each character was printed', () => {
    const { compact, at } = compactOf('收 入\u3000合\t计 12.5');
    expect(compact).toBe('收入合计12.5');
    expect(at.slice(0, 4)).toEqual([0, 2, 4, 6]);
  });

  it('maps a match in the compact text back to its printed offset, and past the end to the end', () => {
    const text = '本年 支出 合计';
    expect(text.slice(unsqueezedOffset(text, '本年支出合计'.indexOf('支出')))).toBe('支出 合计');
    expect(unsqueezedOffset(text, 99)).toBe(text.length);
  });
});
