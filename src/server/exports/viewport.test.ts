import { describe, expect, it } from 'vitest';
import { viewportToPdf } from './viewport.js';

// A 600 × 800 pt page whose crop box starts at (10, 20): where do its displayed corners lie in PDF space?
const crop = { x: 10, y: 20, width: 600, height: 800 };

describe('viewportToPdf', () => {
  it('puts the top-left of an unrotated page at the crop box top-left in PDF space', () => {
    const map = viewportToPdf(crop, 0);
    expect(map(0, 0)).toEqual([10, 820]);
    expect(map(600, 800)).toEqual([610, 20]);
  });

  it('undoes a quarter turn: the displayed page is 800 wide, its top-left is the crop box bottom-left', () => {
    const map = viewportToPdf(crop, 90);
    expect(map(0, 0)).toEqual([10, 20]);
    expect(map(800, 600)).toEqual([610, 820]);
  });

  it('undoes half and three-quarter turns', () => {
    expect(viewportToPdf(crop, 180)(0, 0)).toEqual([610, 20]);
    expect(viewportToPdf(crop, 270)(0, 0)).toEqual([610, 820]);
  });
});
