import { describe, expect, it } from 'vitest';
import { BUILTIN_FORMATS, displayNumber, isDateFormat } from './numfmt.js';

describe('displayNumber: what the spreadsheet shows, from the stored decimal string', () => {
  it.each([
    ['2940.0499999999997', '0.00', '2940.05'],
    ['2940.0499999999997', '#,##0.00', '2,940.05'],
    // 1.005 is stored as 1.00499999999999989…; Excel keeps 15 digits (1.00500000000000) and shows 1.01.
    ['1.0049999999999999', '0.00', '1.01'],
    ['238.67000000000002', 'General', '238.67'],
    ['238.67', '#,##0.00', '238.67'],
    ['2386700', '#,##0.00', '2,386,700.00'],
    ['1234567.891', '#,##0', '1,234,568'],
    ['0', '#,##0.00', '0.00'],
    ['0', '0.00;-0.00;""', ''],
    ['0.5', '#.00', '.50'],
    ['-92.605', '#,##0.00', '-92.61'],
    ['-92.61', '#,##0.00;[Red]-#,##0.00', '-92.61'],
    ['-92.61', '#,##0.00;(#,##0.00)', '(92.61)'],
    ['-0.001', '0.00', '-0.00'],
    ['0.0877', '0.00%', '8.77%'],
    ['1', '0%', '100%'],
    ['12345.6', '#,##0.00_ ', '12,345.60 '],
    ['12345.6', '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', ' 12,345.60 '],
    ['0', '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', ' -   '],
    ['2386700', '#,##0.00,', '2,386.70'],
    ['12.5', '0.00"万元"', '12.50万元'],
    ['12.5', '[$¥-804]#,##0.00', '¥12.50'],
    ['1.5', '0.0#', '1.5'],
    ['1.256', '0.0#', '1.26'],
    ['123456', '0.00E+00', '1.23E+05'],
    ['12', '@', '12'],
    ['1234567890123456789', 'General', '1.23457E+18'],
    ['0.1', 'General', '0.1'],
    ['-3', 'General', '-3'],
  ])('%s under %s shows %j', (stored, format, shown) => {
    expect(displayNumber(stored, format)).toBe(shown);
  });

  it('dates are shown as dates, never as amounts', () => {
    expect(displayNumber('45657', 'yyyy-mm-dd')).toBe('2024-12-31');
    expect(displayNumber('45657', BUILTIN_FORMATS[31] as string)).toBe('2024年12月31日');
    expect(displayNumber('45657', BUILTIN_FORMATS[14] as string)).toBe('2024/12/31');
    expect(displayNumber('45657.75', 'yyyy/m/d h:mm')).toBe('2024/12/31 18:00');
    expect(displayNumber('45657.75', 'h:mm AM/PM')).toBe('6:00 PM');
    expect(displayNumber('45657.5', BUILTIN_FORMATS[34] as string)).toBe('下午12时00分');
    expect(displayNumber('60', 'yyyy-mm-dd')).toBe('1900-02-29');
    expect(displayNumber('61', 'yyyy-mm-dd')).toBe('1900-03-01');
    expect(displayNumber('1', 'yyyy-mm-dd')).toBe('1900-01-01');
    expect(displayNumber('44196', 'yyyy-mm-dd', true)).toBe('2025-01-01');
    expect(displayNumber('1.5', '[h]:mm')).toBe('36:00');
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});
