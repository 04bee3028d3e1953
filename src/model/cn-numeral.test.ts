import { describe, expect, it } from 'vitest';
import { cnCountValue, countValue } from './cn-numeral.js';

describe('counts in Chinese numerals', () => {
  it('are read up to 999', () => {
    expect(['一', '两', '六', '十', '十二', '二十', '二十一', '一百', '一百零五', '三百二十'].map(cnCountValue)).toEqual([1, 2, 6, 10, 12, 20, 21, 100, 105, 320]);
  });
  it('are nothing when ill-formed', () => {
    expect(['', '十十', '一二', '百', '零十', '万'].map(cnCountValue)).toEqual([null, null, null, null, null, null]);
  });
  it('digits are read as digits', () => {
    expect([countValue('8'), countValue('八'), countValue('x')]).toEqual([8, 8, null]);
  });
});
