import { describe, expect, it } from 'vitest';
import { lexFigures } from './figures.js';

describe('a rate said approximately or as a bound', () => {
  it('is marked so by the words before or after it', () => {
    const approx = (t: string) => lexFigures(t).filter((x) => x.kind === 'percent').map((x) => x.approx ?? null);
    expect(approx('下降约9%，约占36%，占近36%，增长超过8%，占比不足1%，增长10%左右')).toEqual(['about', 'about', 'under', 'over', 'under', 'about']);
    expect(approx('下降8.77%，占35.81%')).toEqual([null, null]);
  });
});
