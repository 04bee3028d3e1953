import { describe, expect, it } from 'vitest';
import type { Section } from './disclosure.js';
import { comparePlaces, placeLabel, samePlace } from './location.js';
import { sectionLocator } from './section-at.js';

const head = (key: string | null, page: number | null, line: number): Section => ({
  key,
  title: key ?? '标题',
  level: 2,
  location: { file: 'a.pdf', page, line, cell: null, text: key ?? '标题' },
});

describe('places in a document', () => {
  it('order by page first: line 30 of page 3 comes before line 2 of page 4', () => {
    expect(comparePlaces({ page: 3, line: 30 }, { page: 4, line: 2 })).toBeLessThan(0);
    expect(comparePlaces({ page: 4, line: 2 }, { page: 3, line: 30 })).toBeGreaterThan(0);
    expect(comparePlaces({ page: null, line: 2 }, { page: null, line: 30 })).toBeLessThan(0);
    expect(samePlace({ page: 21, line: 14 }, { page: 3, line: 14 })).toBe(false);
    expect(samePlace({ page: null, line: 14 }, { page: null, line: 14 })).toBe(true);
    expect(placeLabel({ page: 21, line: 14 })).toBe('第21页 第14行');
    expect(placeLabel({ page: null, line: 14 })).toBe('第14行');
  });
});

describe('the section a place falls in', () => {
  // Tables on pages 6-20, the explanation from page 21: line 14 stands on every page.
  const at = sectionLocator([head(null, 1, 1), head('tables', 6, 1), head('explain.total', 21, 3), head('explain.fiscal', 21, 13), head('glossary', 25, 1)]);

  it('is found by page and line, not by the line number alone', () => {
    expect(at({ page: 15, line: 14 })).toBe('tables');
    expect(at({ page: 21, line: 14 })).toBe('explain.fiscal');
    expect(at({ page: 21, line: 12 })).toBe('explain.total');
    expect(at({ page: 22, line: 1 })).toBe('explain.fiscal');
    expect(at({ page: 25, line: 30 })).toBe('glossary');
  });

  it('is none before the first keyed heading, and for a place without a line', () => {
    expect(at({ page: 2, line: 14 })).toBeNull();
    expect(at({ page: 21, line: null })).toBeNull();
  });

  it('in a format without pages goes by line', () => {
    const text = sectionLocator([head('tables', null, 10), head('explain.total', null, 200)]);
    expect(text({ page: null, line: 9 })).toBeNull();
    expect(text({ page: null, line: 150 })).toBe('tables');
    expect(text({ page: null, line: 200 })).toBe('explain.total');
  });
});
