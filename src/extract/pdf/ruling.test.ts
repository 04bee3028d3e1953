import { describe, expect, it } from 'vitest';
import { type Segment, findRuledGrids } from './ruling.js';

/*
 * Ruled grids from stroke segments made by hand, as text-layer.ts gives them (top-left origin).
 */

/** Borders of a full grid, drawn cell by cell as browsers and word processors draw them. */
function grid(xs: readonly number[], ys: readonly number[]): Segment[] {
  const out: Segment[] = [];
  for (const y of ys) for (let c = 0; c + 1 < xs.length; c++) out.push({ x1: xs[c] as number, y1: y, x2: xs[c + 1] as number, y2: y });
  for (const x of xs) for (let r = 0; r + 1 < ys.length; r++) out.push({ x1: x, y1: ys[r] as number, x2: x, y2: ys[r + 1] as number });
  return out;
}

describe('ruled grids', () => {
  it('keeps the borders of a table whose columns fall within a point of the columns of another table further down the page', () => {
    // The upper table's border at x 298.1 sits 0.7 pt right of the lower table's border at 297.4
    // (Chromium, rongcheng 公开07表 above 公开09表): it must not be absorbed by the lower one.
    const upper = grid([57.4, 255.4, 298.1, 340.9], [108, 125, 142]);
    const lower = grid([57.4, 265.1, 297.4, 325.1], [543, 573, 615]);
    const grids = findRuledGrids([...lower, ...upper]);
    expect(grids.map((g) => g.xs.map((x) => Math.round(x * 10) / 10))).toEqual([
      [57.4, 255.4, 298.1, 340.9],
      [57.4, 265.1, 297.4, 325.1],
    ]);
    expect(grids[0]?.cells.map((c) => c.colSpan)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('keeps the borders of a table stacked on another whose column border is 2.3 pt off', () => {
    // Too close to be a column of its own (the 2.3 pt track is dropped), far enough to miss the kept
    // border by more than the snap: the upper rows' border still separates their cells.
    const upper = grid([57.4, 200, 304.9, 400], [100, 120, 140]);
    const lower = grid([57.4, 200, 302.6, 400], [140, 160, 180]);
    const grids = findRuledGrids([...upper, ...lower]);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.xs).toEqual([57.4, 200, 302.6, 400]);
    expect(grids[0]?.cells).toHaveLength(12);
    expect(grids[0]?.cells.every((c) => c.colSpan === 1 && c.rowSpan === 1)).toBe(true);
  });

  it('joins pieces of one border drawn out of order along it', () => {
    // The lower piece of the middle border comes first (at a slightly smaller x): the upper piece extends it upwards.
    const g = findRuledGrids([
      { x1: 60, y1: 100, x2: 200, y2: 100 },
      { x1: 60, y1: 150, x2: 200, y2: 150 },
      { x1: 60, y1: 200, x2: 200, y2: 200 },
      { x1: 60, y1: 100, x2: 60, y2: 200 },
      { x1: 200, y1: 100, x2: 200, y2: 200 },
      { x1: 129.6, y1: 150, x2: 129.6, y2: 200 },
      { x1: 130, y1: 100, x2: 130, y2: 150 },
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]?.cells.map((c) => [c.r, c.c, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
    ]);
  });

  it('joins pieces of one line a fraction of a point apart, whatever their order', () => {
    // As a scan gives them: the lower part of the right border lies 0.1 pt left of the upper part, so
    // it sorts first; the rule under the header is one short piece and one full-width line.
    const rules = [
      { x1: 60, y1: 100, x2: 200, y2: 100 },
      { x1: 130, y1: 130, x2: 200, y2: 130 },
      { x1: 60, y1: 130.3, x2: 200, y2: 130.3 },
      { x1: 60, y1: 160, x2: 200, y2: 160 },
      { x1: 60, y1: 100, x2: 60, y2: 160 },
      { x1: 200, y1: 100, x2: 200, y2: 130 },
      { x1: 199.9, y1: 130, x2: 199.9, y2: 160 },
    ];
    const [g, ...rest] = findRuledGrids(rules);
    expect(rest).toEqual([]);
    expect(g?.xs[0]).toBe(60);
    expect(g?.xs[1]).toBeCloseTo(199.9, 0);
    expect(g?.cells.map((c) => [c.r, c.c, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 1, 1],
      [1, 0, 1, 1],
    ]);
  });
});
