import { describe, expect, it } from 'vitest';
import { canonicalNumber, findNumber, itemRect, matchNeedles, needlesFor, pointsBoxToRect, type ViewportLike } from './pageBoxes.js';

// An unrotated 600×800 page at scale 1: PDF y grows upward, viewport y downward.
const viewport: ViewportLike = {
  transform: [1, 0, 0, -1, 0, 800],
  viewBox: [0, 0, 600, 800],
  convertToViewportRectangle: ([x1 = 0, y1 = 0, x2 = 0, y2 = 0]) => [x1, 800 - y1, x2, 800 - y2],
};

describe('canonicalNumber', () => {
  it('ignores thousands separators, full-width digits and trailing decimal zeros', () => {
    expect(canonicalNumber('1,234.50')).toBe('1234.5');
    expect(canonicalNumber('1234.5')).toBe('1234.5');
    expect(canonicalNumber('１，２３４．５０')).toBe('1234.5');
    expect(canonicalNumber('-0012')).toBe('12');
    expect(canonicalNumber('100.00')).toBe('100');
  });
});

describe('findNumber', () => {
  it('finds a figure with or without separators and not inside a longer one', () => {
    expect(findNumber('合计 1,234.56 元', '1234.56')).toEqual([[3, 11]]);
    expect(findNumber('11234.56', '1234.56')).toEqual([]);
    expect(findNumber('1234.56 与 1,234.560', '1,234.56')).toEqual([
      [0, 7],
      [10, 19],
    ]);
  });
});

describe('needlesFor', () => {
  it('takes distinctive figures and short quotes, not zeros or row numbers', () => {
    const n = needlesFor({ expected: '1,200.00', actual: '0.00', locations: [{ text: '基本支出' }, { text: '12' }] });
    expect(n.numbers).toEqual(['1200']);
    expect(n.quotes).toEqual(['基本支出']);
  });
  it('uses the figures of a quoted line only when the finding gives none, and never years', () => {
    const line = '我局2024年决算收入2280.29万元，其中一般公共预算财政拨款收入2252.3万元';
    expect(needlesFor({ expected: '27.99万元', actual: '0.15万元', locations: [{ text: line }] }).numbers).toEqual(['27.99', '0.15']);
    expect(needlesFor({ expected: null, actual: null, locations: [{ text: line }] }).numbers).toEqual(['2280.29', '2252.3']);
  });
});

describe('rects', () => {
  it('boxes the matched part of a text item', () => {
    const item = { str: 'ab1234cd', transform: [10, 0, 0, 10, 100, 700], width: 80 };
    const r = itemRect(item, viewport, 2, 6);
    expect(r).toEqual({ left: 120, top: 90, width: 40, height: 10 });
    expect(matchNeedles([item], { numbers: ['1234'], quotes: [] }, viewport)).toEqual([r]);
  });
  it('turns a top-left points box into viewport pixels', () => {
    expect(pointsBoxToRect({ x1: 10, y1: 20, x2: 50, y2: 30 }, viewport)).toEqual({ left: 10, top: 20, width: 40, height: 10 });
  });
});
