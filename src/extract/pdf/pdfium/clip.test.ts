import { describe, expect, it } from 'vitest';
import { type ClipBox, clipSubpaths, clippedAway } from './clip.js';

// A page's clip as wkhtmltopdf sets it: the text area of an A4 page, 28 pt margins.
const PAGE: ClipBox = [28, 28, 567, 814];
const IDENTITY = [1, 0, 0, 1, 0, 0];

describe('a glyph cut by its clip', () => {
  it('is away when more than half of its height lies past the clip, read on the page that shows more of it', () => {
    // Page space, y up. A 10 pt line whose baseline stands 6 pt below the foot of the text area: its
    // middle (3.8 pt up) is below it too.
    expect(clippedAway(100, 22, 0, 1, 10, PAGE)).toBe(true);
    // Its baseline 2 pt below the foot: its middle is above it, most of it shows.
    expect(clippedAway(100, 26, 0, 1, 10, PAGE)).toBe(false);
    // At the top of the next page, the same holds from above.
    expect(clippedAway(100, 812, 0, 1, 10, PAGE)).toBe(true);
    expect(clippedAway(100, 808, 0, 1, 10, PAGE)).toBe(false);
  });

  it('is judged across its line when the text is turned a quarter, and never along it', () => {
    // Turned: the glyph's up is −x. Its middle 3.8 pt left of an origin 2 pt inside the left edge.
    expect(clippedAway(30, 400, -1, 0, 10, PAGE)).toBe(true);
    expect(clippedAway(30, 400, 1, 0, 10, PAGE)).toBe(false);
    expect(clippedAway(40, 400, -1, 0, 10, PAGE)).toBe(false);
    // Upright text beyond the right edge (a label running out of its cell) is left to the readers.
    expect(clippedAway(600, 400, 0, 1, 10, PAGE)).toBe(false);
  });
});

describe('a path cut by its clip', () => {
  it('drops a border drawn wholly past the clip and keeps the part of one that crosses it', () => {
    const out = clipSubpaths(
      [
        [[40, 10], [300, 10]], // the border under a row the page cut: below the text area
        [[40, 900], [40, 10]], // a column border running past both edges
        [[40, 500], [300, 500]], // a border inside
      ],
      IDENTITY,
      PAGE,
      true,
    );
    expect(out).toEqual([
      [[40, 28], [40, 814]],
      [[40, 500], [300, 500]],
    ]);
  });

  it('cuts a filled rectangle to what shows, and a stroked one edge by edge, adding no edge at the cut', () => {
    const rect: [number, number][] = [[40, 0], [300, 0], [300, 100], [40, 100], [40, 0]];
    expect(clipSubpaths([rect], IDENTITY, PAGE, false)).toEqual([[[40, 28], [300, 28], [300, 100], [40, 100], [40, 28]]]);
    expect(clipSubpaths([rect], IDENTITY, PAGE, true)).toEqual([
      [[300, 28], [300, 100]],
      [[40, 100], [300, 100]],
      [[40, 28], [40, 100]],
    ]);
  });

  it('places the path on the page by its matrix before it is cut', () => {
    // Drawn in a space moved down 800 pt: the line at y 20 stands at y −780, past the clip.
    expect(clipSubpaths([[[40, 20], [300, 20]]], [1, 0, 0, 1, 0, -800], PAGE, true)).toEqual([]);
    expect(clipSubpaths([[[40, 20], [300, 20]]], [1, 0, 0, 1, 0, 0], PAGE, true)).toEqual([]);
    expect(clipSubpaths([[[40, 820], [300, 820]]], [1, 0, 0, 1, 0, -300], PAGE, true)).toEqual([[[40, 520], [300, 520]]]);
  });
});
