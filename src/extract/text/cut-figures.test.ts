import { describe, expect, it } from 'vitest';
import { cutFigure } from './cut-figures.js';
import type { SourceLine } from './spaced-table.js';

const chars = (s: string) => [...s].length;
const src = (lines: string[]): SourceLine[] => lines.map((text, k) => ({ text, line: k + 1, page: 1 }));
const cut = (lines: string[]) => cutFigure(src(lines), 0, lines.length, chars);

describe('a figure cut by its cell wrap in a layout copy', () => {
  it('is found where its last digit stands under its end and the other figures are to the fen', () => {
    expect(
      cut([
        '                    464000.0 338800.0',
        '210       health          0.00    0.00',
        '                           0        0',
        '2100102   other       45200.00    0.00',
      ]),
    ).toBe('464000.0”与“0');
  });

  it('is found where a figure cut at its point has its two decimals below', () => {
    expect(cut(['   512100.   40500.00', 'a 1       11  0.00', '        00  9.00'])).toBe('512100.”与“00');
  });

  it('is not found in a table printing figures as they come ("12.5" over "0" with "81.3" besides)', () => {
    expect(cut(['a   12.5   238.67', 'b      0    81.3', 'c   1.25   12.00'])).toBeNull();
  });

  it('is not found where a short figure has nothing under its end', () => {
    expect(cut(['a  12.5  238.67', 'b  1.25   12.00', 'c  3.00    4.00'])).toBeNull();
  });
});
