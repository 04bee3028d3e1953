import { describe, expect, it } from 'vitest';
import { eraseRules, findImageRules, toSegments } from './image-ruling.js';
import { type GrayImage, parsePgm, toPgm, whiten } from './pgm.js';
import { findRuledGrids } from './ruling.js';

/*
 * The ruling finder on page images drawn here: a grid scanned slightly grey and noisy, with text-like
 * strokes inside and around it (一, 十, 口, underscores, a dash, a bold bar), at 300 dpi.
 */
const DPI = 300;
const K = { k: 72 / DPI };
const pt = (p: number) => Math.round(p / K.k);

/** A white page with a little noise, as a scanner gives it (deterministic). */
function paper(wPt: number, hPt: number): GrayImage {
  const width = pt(wPt);
  const height = pt(hPt);
  const data = new Uint8Array(width * height);
  let seed = 7;
  for (let i = 0; i < data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    data[i] = 235 + (seed % 20);
  }
  return { width, height, data };
}

/** A filled rectangle in points, of grey `v`. */
function box(img: GrayImage, x1: number, y1: number, x2: number, y2: number, v: number): void {
  for (let y = pt(y1); y < pt(y2); y++) img.data.fill(v, y * img.width + pt(x1), y * img.width + pt(x2));
}

/** A rule 0.75 pt thick (3 px) from (x1, y1) to (x2, y2), axis-aligned, grey `v`, with `holes` light pixels. */
function rule(img: GrayImage, x1: number, y1: number, x2: number, y2: number, v = 90, holes = 0): void {
  const t = 0.75;
  if (y1 === y2) box(img, x1, y1 - t / 2, x2, y1 + t / 2, v);
  else box(img, x1 - t / 2, y1, x1 + t / 2, y2, v);
  // Scanner drop-outs: one-pixel gaps along the line.
  for (let h = 1; h <= holes; h++) {
    const f = h / (holes + 1);
    const x = pt(x1 + (x2 - x1) * f);
    const y = pt(y1 + (y2 - y1) * f);
    for (let d = -2; d <= 2; d++) {
      const i = y1 === y2 ? (y + d) * img.width + x : y * img.width + x + d;
      img.data[i] = 240;
    }
  }
}

/** Strokes of a 10.5 pt CJK character at (x, y): 一 (one bar), or 十 / 口 made of bars and posts. */
function glyph(img: GrayImage, ch: '一' | '十' | '口', x: number, y: number): void {
  const em = 10.5;
  const s = 0.8;
  if (ch === '一') box(img, x + 0.5, y + em / 2, x + em - 0.5, y + em / 2 + s, 20);
  if (ch === '十') {
    box(img, x + 0.5, y + em / 2, x + em - 0.5, y + em / 2 + s, 20);
    box(img, x + em / 2, y + 0.5, x + em / 2 + s, y + em - 0.5, 20);
  }
  if (ch === '口') {
    box(img, x + 1, y + 1.5, x + em - 1, y + 1.5 + s, 20);
    box(img, x + 1, y + em - 1.5, x + em - 1, y + em - 1.5 + s, 20);
    box(img, x + 1, y + 1.5, x + 1 + s, y + em - 1.5, 20);
    box(img, x + em - 1 - s, y + 1.5, x + em - 1, y + em - 1.5 + s, 20);
  }
}

/** The test page: a 3 × 4 ruled grid whose header row merges the last two columns, and text strokes. */
function page(): { img: GrayImage; xs: number[]; ys: number[] } {
  const img = paper(400, 300);
  const xs = [40, 120, 200, 280, 360];
  const ys = [60, 80, 100, 120];
  for (const [r, y] of ys.entries()) rule(img, xs[0]!, y, xs[4]!, y, r === 0 ? 60 : 150, 3);
  for (const x of xs) {
    // The border between the merged header cells stops at the header's bottom rule.
    rule(img, x, x === 280 ? 80 : 60, x, 120, 120, 2);
  }
  // Text inside the cells, padded from the borders: a row of 一 and 十, a 口 standing on its row.
  for (let i = 0; i < 6; i++) glyph(img, i % 2 ? '一' : '十', 44 + i * 11, 84);
  glyph(img, '口', 205, 100.8);
  // A vertical stroke nearly the row's height (丨 of two wrapped lines), stopping 2 pt short of both rules.
  box(img, 150, 102, 150.8, 118, 20);
  // Outside the grid: a heading 一一 at 22 pt (two bars of 20 pt), a fill-in line of underscores,
  // an em dash pair ——, and a bold bar 4 pt thick (a filled area, not a rule).
  box(img, 40, 30, 60, 32, 10);
  box(img, 62, 30, 82, 32, 10);
  for (let i = 0; i < 8; i++) box(img, 40 + i * 5.25, 160, 40 + i * 5.25 + 4.9, 160.8, 30);
  box(img, 120, 160, 141, 160.7, 30);
  box(img, 200, 150, 300, 154, 30);
  return { img, xs, ys };
}

describe('ruling found in a page image', () => {
  it('finds the grid’s rules, in points, and nothing of the text strokes', () => {
    const { img, xs, ys } = page();
    const segs = toSegments(findImageRules(img, K), K);
    const hs = segs.filter((s) => s.y1 === s.y2);
    const vs = segs.filter((s) => s.x1 === s.x2);
    // Four horizontal rules across the grid, five verticals; nothing else.
    expect(hs.map((s) => Math.round(s.y1))).toEqual(ys);
    for (const s of hs) {
      expect(s.x1).toBeCloseTo(39.6, 0);
      expect(s.x2).toBeCloseTo(360.4, 0);
    }
    expect(vs.map((s) => Math.round(s.x1)).sort((a, b) => a - b)).toEqual(xs);
    const short = vs.find((s) => Math.round(s.x1) === 280);
    expect(short?.y1).toBeCloseTo(80, 0);
    const [grid, ...others] = findRuledGrids(segs);
    expect(others).toEqual([]);
    expect(grid?.xs.map(Math.round)).toEqual(xs);
    expect(grid?.ys.map(Math.round)).toEqual(ys);
    // The header row's last two cells are one.
    expect(grid?.cells.find((c) => c.r === 0 && c.c === 2)).toMatchObject({ colSpan: 2, rowSpan: 1 });
    expect(grid?.cells).toHaveLength(11);
  });

  it('keeps the ruling of a slightly skewed scan', () => {
    const { img } = page();
    // Shear the page by 0.3° (a 320 pt rule drifts 1.7 pt, 7 px, from end to end).
    const out = { ...img, data: new Uint8Array(img.data.length).fill(250) };
    const slope = Math.tan((0.3 * Math.PI) / 180);
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const sy = Math.round(y - x * slope);
        if (sy >= 0 && sy < img.height) out.data[y * img.width + x] = img.data[sy * img.width + x]!;
      }
    }
    const segs = toSegments(findImageRules(out, K), K);
    const [grid] = findRuledGrids(segs);
    expect(grid?.xs).toHaveLength(5);
    expect(grid?.ys).toHaveLength(4);
  });

  it('paints the rules white and leaves the text', () => {
    const { img } = page();
    const rules = findImageRules(img, K);
    eraseRules(img, rules, K);
    expect(findImageRules(img, K)).toEqual([]);
    // The 口 next to the border kept its ink.
    const at = (x: number, y: number) => img.data[pt(y) * img.width + pt(x)]!;
    expect(at(206.5, 104)).toBeLessThan(60);
  });
});

describe('PGM', () => {
  it('round-trips, skips header comments and reduces 16-bit samples', () => {
    const img = { width: 3, height: 2, data: Uint8Array.from([0, 128, 255, 10, 20, 30]) };
    expect(parsePgm(toPgm(img))).toEqual(img);
    const commented = new TextEncoder().encode('P5\n# made by hand\n2 1\n255\n');
    expect(parsePgm(Uint8Array.from([...commented, 5, 6]))).toMatchObject({ width: 2, height: 1, data: Uint8Array.from([5, 6]) });
    const wide = new TextEncoder().encode('P5 2 1 65535 ');
    expect(parsePgm(Uint8Array.from([...wide, 0xff, 0xff, 0x80, 0x00])).data).toEqual(Uint8Array.from([255, 128]));
  });

  it('rejects what is not a whole binary PGM with a typed error', () => {
    expect(() => parsePgm(new TextEncoder().encode('P2 2 1 255 0 0'))).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
    expect(() => parsePgm(new TextEncoder().encode('P5 2 2 255 \x00'))).toThrow(/不完整/);
    expect(() => parsePgm(new TextEncoder().encode('P5 -2 2 255 '))).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
  });

  it('whitens inside boxes, or everything outside them', () => {
    const img = { width: 4, height: 2, data: new Uint8Array(8) };
    whiten(img, [{ x1: 1, y1: 0, x2: 3, y2: 1 }]);
    expect([...img.data]).toEqual([0, 255, 255, 0, 0, 0, 0, 0]);
    const out = { width: 4, height: 2, data: new Uint8Array(8) };
    whiten(out, [{ x1: 1, y1: 0, x2: 3, y2: 1 }], true);
    expect([...out.data]).toEqual([255, 0, 0, 255, 255, 255, 255, 255]);
  });
});
