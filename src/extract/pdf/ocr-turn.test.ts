import { describe, expect, it } from 'vitest';
import { meanConfidence, parseOsd, unturn } from './ocr.js';
import { rotate } from './pgm.js';

describe('turning a scanned page upright', () => {
  // 3 wide, 2 tall:  1 2 3
  //                  4 5 6
  const img = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
  it('turns an image by quarter turns clockwise, and four turns give it back', () => {
    expect(rotate(img, 90)).toEqual({ width: 2, height: 3, data: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect(rotate(img, 180)).toEqual({ width: 3, height: 2, data: Uint8Array.from([6, 5, 4, 3, 2, 1]) });
    expect(rotate(img, 270)).toEqual({ width: 2, height: 3, data: Uint8Array.from([3, 6, 2, 5, 1, 4]) });
    expect(rotate(rotate(rotate(rotate(img, 90), 90), 90), 90)).toEqual(img);
    // A copy, never the image itself: the caller whitens the one it reads.
    expect(rotate(img, 0).data).not.toBe(img.data);
  });
  it('takes a place on the turned image back to where it is on the page as rendered (for location boxes)', () => {
    for (const turn of [90, 180, 270]) {
      const turned = rotate(img, turn);
      const [a, b, c, d, e, f] = unturn(turn, img.width, img.height);
      for (let i = 0; i < turned.data.length; i++) {
        // The centre of each pixel of the turned image lands on the centre of the same pixel as rendered.
        const [x, y] = [(i % turned.width) + 0.5, Math.floor(i / turned.width) + 0.5];
        const [ox, oy] = [a * x + c * y + e, b * x + d * y + f];
        expect(img.data[Math.floor(oy) * img.width + Math.floor(ox)]).toBe(turned.data[i]);
      }
    }
  });
  it('reads how far to turn from tesseract’s orientation report, only when it is sure', () => {
    const report = (rotate: number, confidence: number) =>
      `Page number: 0\nOrientation in degrees: ${(360 - rotate) % 360}\nRotate: ${rotate}\nOrientation confidence: ${confidence}\nScript: Han\nScript confidence: 0.93\n`;
    expect(parseOsd(report(270, 17))).toBe(270);
    expect(parseOsd(report(90, 7.25))).toBe(90);
    expect(parseOsd(report(180, 3))).toBe(180);
    expect(parseOsd(report(90, 0.8))).toBe(0);
    expect(parseOsd(report(0, 20))).toBe(0);
    expect(parseOsd('Too few characters. Skipping this page')).toBe(0);
  });
  it('weighs confidence by characters, so a page of noise scores low', () => {
    expect(meanConfidence([{ str: '本年收入合计', confidence: 90 }, { str: 'x', confidence: 10 }])).toBeCloseTo((6 * 90 + 10) / 7);
    expect(meanConfidence([])).toBe(0);
  });
});
