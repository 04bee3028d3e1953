import { describe, expect, it } from 'vitest';
import { onlyReading, rowsNear } from './layout-rows.js';

describe('figures set a line off their rows', () => {
  const rows = [
    { first: 2, last: 3 },
    { first: 6, last: 6 },
  ];

  it('goes with the row it stands in, else the nearest, else either where as near', () => {
    expect(rowsNear(3, rows)).toEqual([0]);
    expect(rowsNear(5, rows)).toEqual([1]);
    expect(rowsNear(0, rows)).toEqual([0]);
    expect(rowsNear(4, [{ first: 2, last: 3 }, { first: 5, last: 5 }])).toEqual([0, 1]);
  });

  it('takes the one reading every verifying way gives, none where two differ', () => {
    const options = [[0, 1], [1]];
    // Only the ways putting the first figure on row 1 verify.
    expect(onlyReading(options, (p) => (p[0] === 1 ? p.join() : null), (a, b) => a === b)).toBe('1,1');
    // Both ways verify and read differently.
    expect(onlyReading(options, (p) => p.join(), (a, b) => a === b)).toBeNull();
    // A figure with no row at all.
    expect(onlyReading([[]], () => 'x', () => true)).toBeNull();
  });
});
