import { describe, expect, it } from 'vitest';
import { halfWidthDigits } from './half-width.js';

describe('full-width digits', () => {
  it('become ASCII digits with their decimal point and thousands separators', () => {
    expect(halfWidthDigits('２０２４年度收、支总计１，２３９．７０万元，增长１０．１１％')).toBe('2024年度收、支总计1,239.70万元，增长10.11％');
  });

  it('leave clause commas between numbers alone', () => {
    expect(halfWidthDigits('增加１００，增长１２人')).toBe('增加100，增长12人');
  });
});
