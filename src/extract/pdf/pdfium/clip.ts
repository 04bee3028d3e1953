import type { Pdfium } from './wasm.js';

/** A box in page space: left, bottom, right, top. */
export type ClipBox = readonly [number, number, number, number];

/**
 * The box a text object's clipping path leaves visible, in page space, or undefined where it has none:
 * the intersection of the boxes of each of its paths (a curve's control points bound it, so a glyph
 * outside the box is outside the path too). Empty paths (PDFium keeps a clip of text as a path of no
 * points) bound nothing.
 */
export function clipBoxOf(pdfium: Pdfium, obj: number, scratch: number): ClipBox | undefined {
  const { fn } = pdfium;
  const clip = fn.FPDFPageObj_GetClipPath(obj);
  if (!clip) return undefined;
  let box: [number, number, number, number] | undefined;
  const paths = fn.FPDFClipPath_CountPaths(clip);
  for (let p = 0; p < paths; p++) {
    const segments = fn.FPDFClipPath_CountPathSegments(clip, p);
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let s = 0; s < segments; s++) {
      const seg = fn.FPDFClipPath_GetPathSegment(clip, p, s);
      if (!seg || !fn.FPDFPathSegment_GetPoint(seg, scratch, scratch + 4)) continue;
      const f32 = pdfium.heap().f32;
      const x = f32[scratch >> 2] as number;
      const y = f32[(scratch + 4) >> 2] as number;
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x);
      y2 = Math.max(y2, y);
    }
    if (x1 > x2) continue;
    box = box ? [Math.max(box[0], x1), Math.max(box[1], y1), Math.min(box[2], x2), Math.min(box[3], y2)] : [x1, y1, x2, y2];
  }
  return box;
}

/** Where a glyph's middle stands above its baseline, in ems: CJK faces draw from about −0.12 to 0.88. */
const MIDDLE = 0.38;

/**
 * Whether more than half of a glyph's height is clipped away: its middle, up the glyph's own vertical
 * from its origin, outside the clip box across the line (below or above it for upright text, beside it
 * for text turned a quarter). Such a glyph is not legible where it stands. A tool that cuts a page
 * through a line of text (wkhtmltopdf splits a table row over two pages) draws the line on both pages,
 * each clipped to its page: the line is read on the page that shows more of it, once. Glyphs cut
 * along the line (a spreadsheet's cell clipping a long label) are left to the readers.
 */
export function clippedAway(x: number, y: number, c: number, d: number, fontSize: number, clip: ClipBox): boolean {
  const up = Math.hypot(c, d);
  if (!up || !fontSize) return false;
  const mx = x + c * fontSize * MIDDLE;
  const my = y + d * fontSize * MIDDLE;
  // Upright (or upside down): the vertical is along y.
  if (Math.abs(c) < 1e-3 * up) return my < clip[1] || my > clip[3];
  // Turned a quarter: the vertical is along x.
  if (Math.abs(d) < 1e-3 * up) return mx < clip[0] || mx > clip[2];
  return false;
}

type Point = [number, number];

/**
 * A path's subpaths as its clip lets them be seen, in page space (`ctm` applied): segments across or
 * along the page kept to the part inside the box, a rectangle to its intersection with it, anything
 * else kept whole unless its box is wholly outside. A tool that cuts a page through a table (above)
 * draws the whole table on each page: without this the cell borders running on past the cut would
 * make rows the page does not show.
 */
export function clipSubpaths(subpaths: readonly Point[][], ctm: readonly number[], clip: ClipBox, stroke: boolean): Point[][] {
  const [a, b, c, d, e, f] = ctm as [number, number, number, number, number, number];
  const out: Point[][] = [];
  for (const sub of subpaths) {
    const pts = sub.map(([x, y]): Point => [a * x + c * y + e, b * x + d * y + f]);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const box: ClipBox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    if (box[2] < clip[0] - EDGE || box[0] > clip[2] + EDGE || box[3] < clip[1] - EDGE || box[1] > clip[3] + EDGE) continue;
    if (box[0] >= clip[0] - EDGE && box[2] <= clip[2] + EDGE && box[1] >= clip[1] - EDGE && box[3] <= clip[3] + EDGE) {
      out.push(pts);
      continue;
    }
    // A filled rectangle is cut to what shows; a stroked one edge by edge (the cut is no drawn edge).
    const rect = !stroke && pts.length >= 4 && pts.every(([x, y]) => (near(x, box[0]) || near(x, box[2])) && (near(y, box[1]) || near(y, box[3])));
    if (rect) {
      const [x1, y1, x2, y2] = [Math.max(box[0], clip[0]), Math.max(box[1], clip[1]), Math.min(box[2], clip[2]), Math.min(box[3], clip[3])];
      out.push([[x1, y1], [x2, y1], [x2, y2], [x1, y2], [x1, y1]]);
      continue;
    }
    if (!pts.every((p, k) => k === 0 || near(p[0], (pts[k - 1] as Point)[0]) || near(p[1], (pts[k - 1] as Point)[1]))) {
      out.push(pts);
      continue;
    }
    for (let k = 1; k < pts.length; k++) {
      const seg = clipAxisSegment(pts[k - 1] as Point, pts[k] as Point, clip);
      if (seg) out.push(seg);
    }
  }
  return out;
}

/** Within this of the clip's edge, in points, a mark is on it. */
const EDGE = 0.5;
const near = (p: number, q: number) => Math.abs(p - q) < 0.01;

/** The part of a segment along x or y inside the box, or undefined where none is. */
function clipAxisSegment(p: Point, q: Point, clip: ClipBox): Point[] | undefined {
  if (near(p[1], q[1])) {
    if (p[1] < clip[1] - EDGE || p[1] > clip[3] + EDGE) return undefined;
    const [x1, x2] = [Math.max(Math.min(p[0], q[0]), clip[0]), Math.min(Math.max(p[0], q[0]), clip[2])];
    return x2 > x1 ? [[x1, p[1]], [x2, p[1]]] : undefined;
  }
  if (p[0] < clip[0] - EDGE || p[0] > clip[2] + EDGE) return undefined;
  const [y1, y2] = [Math.max(Math.min(p[1], q[1]), clip[1]), Math.min(Math.max(p[1], q[1]), clip[3])];
  return y2 > y1 ? [[p[0], y1], [p[0], y2]] : undefined;
}
