import type { GrayImage } from './pgm.js';
import type { Segment } from './ruling.js';

/**
 * Table ruling seen in a page image (a scan): long thin dark runs, horizontal and vertical, given as
 * the same segments the text layer's strokes give (points, top-left origin, y down), so that scanned
 * tables go through the same grid finder (ruling.ts). Text must not become ruling: a CJK stroke such
 * as 一 is at most an em long, so a run counts only when it is much longer than a character, or when
 * both its ends meet ruling already found (the short rules of a table's header rows).
 */

/** Points per pixel of the image (72 / dpi). */
export interface ImageScale {
  k: number;
}

/** A lone rule is this long at least: over four body characters (10.5 pt) and two of a 22 pt heading. */
const LONG_PT = 48;
/** A rule that meets other rules at both ends is this long at least (a cell of one short line). */
const SHORT_PT = 8;
/** Thicker marks are filled areas or bold strokes, not rules (a 2 pt border, blurred by scanning). */
const MAX_THICK_PT = 2.5;
/** Breaks in a line up to this length are bridged (scanner noise, JPEG, light grey lines). */
const GAP_PT = 0.75;
/** Share of a run's length that must be dark: text rows bridged by the gap allowance are patchy. */
const MIN_FILL = 0.8;
/** A page with more candidate lines than this is a picture (a halftone, a photo), not ruled tables. */
const MAX_LINES = 5000;

/** A dark run along one line of pixels: `pos` is the row (horizontal) or column (vertical), `a..b` its extent. */
interface Piece {
  pos: number;
  a: number;
  b: number;
}

/** Pieces on neighbouring lines of pixels that make one rule: its extent, mean position and ink. */
interface Band {
  a: number;
  b: number;
  /** Sum of piece length × position, and of piece lengths (for the mean position and thickness). */
  moment: number;
  ink: number;
  last: number;
  lastA: number;
  lastB: number;
}

interface Line {
  pos: number;
  a: number;
  b: number;
  /** Mean thickness in pixels. */
  thick: number;
}

/** A rule found in the image, in pixels: its row (horizontal) or column (vertical), extent and thickness. */
export interface PixelRule {
  dir: 'h' | 'v';
  /** Centre row or column (fractional: the mean over the rule's thickness). */
  pos: number;
  /** First and last pixel along the rule. */
  a: number;
  b: number;
  /** Mean thickness in pixels. */
  thick: number;
}

/** Horizontal and vertical ruling lines of a grey page image, in pixels. */
export function findImageRules(img: GrayImage, scale: ImageScale): PixelRule[] {
  const { k } = scale;
  const px = (pt: number, min: number) => Math.max(min, Math.round(pt / k));
  const gap = px(GAP_PT, 1);
  const minLen = px(SHORT_PT, 4);
  const maxThick = px(MAX_THICK_PT, 2);
  const { h, v } = darkRuns(img, darkThreshold(img), gap, minLen);
  const hs = joinLines(linesOf(h, maxThick), gap);
  const vs = joinLines(linesOf(v, maxThick), gap);
  if (hs.length + vs.length > MAX_LINES) return [];
  const kept = accept(hs, vs, px(LONG_PT, minLen), gap);
  return [...kept.h.map((l) => ({ dir: 'h' as const, ...l })), ...kept.v.map((l) => ({ dir: 'v' as const, ...l }))];
}

/** The rules as segments in points (top-left origin, y down), as the text layer's strokes are given. */
export function toSegments(rules: readonly PixelRule[], scale: ImageScale): Segment[] {
  const { k } = scale;
  return rules.map((l) =>
    l.dir === 'h'
      ? { x1: l.a * k, y1: (l.pos + 0.5) * k, x2: (l.b + 1) * k, y2: (l.pos + 0.5) * k }
      : { x1: (l.pos + 0.5) * k, y1: l.a * k, x2: (l.pos + 0.5) * k, y2: (l.b + 1) * k },
  );
}

/**
 * Paints the rules over with the paper's white, in place. Tesseract reads narrow ruled cells far
 * better without their borders: with them, it takes borders for characters (|, 1, 一) and its page
 * layout analysis drops whole cells.
 */
export function eraseRules(img: GrayImage, rules: readonly PixelRule[], scale: ImageScale): void {
  const { width, height, data } = img;
  // The blurred edge of a scanned line reaches about half a point past its dark core.
  const margin = Math.max(1, Math.round(0.5 / scale.k));
  for (const l of rules) {
    const across = l.dir === 'h' ? height : width;
    const along = l.dir === 'h' ? width : height;
    const lo = Math.max(0, Math.floor(l.pos - l.thick / 2) - margin);
    const hi = Math.min(across - 1, Math.ceil(l.pos + l.thick / 2) + margin);
    const a = Math.max(0, l.a - margin);
    const b = Math.min(along - 1, l.b + margin);
    for (let t = lo; t <= hi; t++) {
      if (l.dir === 'h') data.fill(255, t * width + a, t * width + b + 1);
      else for (let u = a; u <= b; u++) data[u * width + t] = 255;
    }
  }
}

/**
 * Grey level below which a pixel is ink. Set from the page itself (paper of a scan is rarely white,
 * ink rarely black): most pixels are paper, the darkest few are ink, and a line printed in grey is
 * still well below the paper. Faint marks close to the paper are left out.
 */
export function darkThreshold(img: GrayImage): number {
  const hist = new Uint32Array(256);
  const { data } = img;
  // Every 7th pixel is plenty for a histogram and keeps a 7000 px page cheap.
  for (let i = 0; i < data.length; i += 7) hist[data[i] as number]!++;
  let paper = 255;
  for (let v = 255; v >= 0; v--) if ((hist[v] as number) > (hist[paper] as number)) paper = v;
  const total = hist.reduce((a, b) => a + b, 0);
  let ink = 0;
  for (let v = 0, seen = 0; v < 256; v++) {
    seen += hist[v] as number;
    // The darkest 0.2 %: the core of text strokes even on a sparse page.
    if (seen >= total * 0.002) {
      ink = v;
      break;
    }
  }
  return paper - Math.max(40, 0.35 * (paper - ink));
}

/**
 * Dark runs of every row and every column in one pass over the rows (columns are followed with
 * per-column state rather than read down, which would stride through memory).
 */
function darkRuns(img: GrayImage, threshold: number, gap: number, minLen: number): { h: Piece[]; v: Piece[] } {
  const { width, height, data } = img;
  const h: Piece[] = [];
  const v: Piece[] = [];
  const start = new Int32Array(width).fill(-1);
  const last = new Int32Array(width);
  const ink = new Int32Array(width);
  const close = (out: Piece[], pos: number, a: number, b: number, dark: number) => {
    const len = b - a + 1;
    if (len >= minLen && dark >= MIN_FILL * len) out.push({ pos, a, b });
  };
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let hs = -1;
    let hl = 0;
    let hd = 0;
    for (let x = 0; x < width; x++) {
      if ((data[row + x] as number) >= threshold) continue;
      if (hs >= 0 && x - hl - 1 <= gap) {
        hd++;
      } else {
        if (hs >= 0) close(h, y, hs, hl, hd);
        hs = x;
        hd = 1;
      }
      hl = x;
      const s = start[x] as number;
      if (s >= 0 && y - (last[x] as number) - 1 <= gap) {
        ink[x]!++;
      } else {
        if (s >= 0) close(v, x, s, last[x] as number, ink[x] as number);
        start[x] = y;
        ink[x] = 1;
      }
      last[x] = y;
    }
    if (hs >= 0) close(h, y, hs, hl, hd);
  }
  for (let x = 0; x < width; x++) if ((start[x] as number) >= 0) close(v, x, start[x] as number, last[x] as number, ink[x] as number);
  return { h, v };
}

/**
 * Joins the pieces of neighbouring pixel lines into lines of ruling. A rule a few pixels thick gives
 * a piece on each of its rows; a slightly skewed rule gives a staircase of overlapping pieces. A band
 * whose mean thickness (ink over length) exceeds `maxThick` is a filled area or a bold stroke.
 */
function linesOf(pieces: Piece[], maxThick: number): Line[] {
  pieces.sort((p, q) => p.pos - q.pos || p.a - q.a);
  const done: Band[] = [];
  let open: Band[] = [];
  for (const p of pieces) {
    const still: Band[] = [];
    for (const b of open) (b.last >= p.pos - 1 ? still : done).push(b);
    open = still;
    const len = p.b - p.a + 1;
    const band = open.find((b) => b.last === p.pos - 1 && Math.min(b.lastB, p.b) - Math.max(b.lastA, p.a) + 1 >= 0.3 * Math.min(len, b.lastB - b.lastA + 1));
    if (band) {
      band.a = Math.min(band.a, p.a);
      band.b = Math.max(band.b, p.b);
      band.moment += p.pos * len;
      band.ink += len;
      band.lastA = p.a;
      band.lastB = p.b;
      band.last = p.pos;
    } else {
      open.push({ a: p.a, b: p.b, moment: p.pos * len, ink: len, last: p.pos, lastA: p.a, lastB: p.b });
    }
  }
  done.push(...open);
  return done.flatMap((b) => {
    const thick = b.ink / (b.b - b.a + 1);
    return thick <= maxThick ? [{ pos: b.moment / b.ink, a: b.a, b: b.b, thick }] : [];
  });
}

/**
 * Joins lines that are parts of one rule: bands side by side where a row of the rule broke (a light
 * pixel, a skewed step), or overlapping ones a pixel apart; sorted by position.
 */
function joinLines(lines: Line[], gap: number): Line[] {
  lines.sort((p, q) => p.pos - q.pos);
  const out: Line[] = [];
  for (const l of lines) {
    // Every earlier line this one touches joins it: a full row of the rule bridges the broken pieces
    // of its neighbouring row.
    let cur = { ...l };
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i] as Line;
      const near = Math.max(o.thick, cur.thick) + 1;
      if (cur.pos - o.pos > 4 * near) break;
      if (Math.abs(cur.pos - o.pos) > near || cur.a > o.b + gap || cur.b < o.a - gap) continue;
      cur = merge(o, cur);
      out.splice(i, 1);
    }
    out.push(cur);
  }
  return out.sort((p, q) => p.pos - q.pos);
}

/** One line from two parts of it: extent of both, position and thickness weighted by length. */
function merge(p: Line, q: Line): Line {
  const lp = p.b - p.a + 1;
  const lq = q.b - q.a + 1;
  return { pos: (p.pos * lp + q.pos * lq) / (lp + lq), thick: (p.thick * lp + q.thick * lq) / (lp + lq), a: Math.min(p.a, q.a), b: Math.max(p.b, q.b) };
}

/**
 * The lines kept as ruling: long ones, then shorter ones whose two ends meet kept lines of the other
 * direction (twice, so a short rule between two short rules of a header is kept too).
 */
function accept(hs: Line[], vs: Line[], long: number, gap: number): { h: Line[]; v: Line[] } {
  const h = hs.filter((l) => l.b - l.a + 1 >= long);
  const v = vs.filter((l) => l.b - l.a + 1 >= long);
  // An end meets a perpendicular line when it reaches into it: within half its thickness and the gap
  // allowance. A character's stroke stops short of a cell's border (cells have padding), so it does not.
  const meets = (end: number, pos: number, others: Line[]) =>
    others.some((o) => Math.abs(o.pos - end) <= o.thick / 2 + gap + 1 && pos >= o.a - gap && pos <= o.b + gap);
  const ends = (l: Line, others: Line[]) => meets(l.a, l.pos, others) && meets(l.b, l.pos, others);
  for (let round = 0; round < 2; round++) {
    const hKept = new Set(h);
    const vKept = new Set(v);
    const hNew = hs.filter((l) => !hKept.has(l) && ends(l, v));
    const vNew = vs.filter((l) => !vKept.has(l) && ends(l, h));
    if (!hNew.length && !vNew.length) break;
    h.push(...hNew);
    v.push(...vNew);
  }
  return { h, v };
}
