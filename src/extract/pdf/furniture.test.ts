import { describe, expect, it } from 'vitest';
import { findFurniture, type PageLines } from './furniture.js';
import type { Line } from './lines.js';

const line = (text: string, top: number, no: number): Line => ({ items: [], text, x: 72, right: 500, top, bottom: top + 12, size: 12, no, ocr: false });

/** Pages of 842 points whose first line is `head(page)` and whose second is body text. */
function pages(head: (page: number) => string): PageLines[] {
  return [1, 2, 3, 4].map((page) => ({ page, height: 842, lines: [line(head(page), 40, 1), line(`正文第${page}页的内容。`, 120, 2), line(`${page}`, 800, 3)] }));
}

describe('running headers and footers', () => {
  it('a title repeated at the head of every page is furniture, and so is a page number at the foot', () => {
    const found = findFurniture(pages(() => '某某局2024年度部门决算'));
    expect(found.filter((f) => f.kind === 'header')).toHaveLength(4);
    expect(found.filter((f) => f.kind === 'footer')).toHaveLength(4);
  });

  it('a numbered item opening several pages alike, digits aside, is the body\'s ("3.项目实施（自评得9分）")', () => {
    const found = findFurniture(pages((p) => `3.项目实施（自评得${p + 5}分）`));
    expect(found.filter((f) => f.kind === 'header')).toEqual([]);
  });

  it('a sentence opening several pages alike is the body\'s', () => {
    const found = findFurniture(pages((p) => `本项目共开展检查${p}次。`));
    expect(found.filter((f) => f.kind === 'header')).toEqual([]);
  });
});
