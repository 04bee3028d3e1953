/**
 * Table grids from the ruling lines a PDF draws. A PDF has no tables, only text and strokes; where
 * borders are drawn, they say exactly where each cell is and which cells are merged (a border that
 * is missing between two grid cells merges them). No library available to Node does this for the
 * stroke data pdfjs gives (pdfplumber and camelot are Python), so it is written here.
 */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One cell of a ruled grid: its top-left grid position, spans and box. */
export interface GridCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface RuledGrid {
  box: Box;
  /** Column boundaries left to right and row boundaries top to bottom. */
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

/** Lines closer than this (points) are the same line (double borders, hairline offsets). */
const SNAP = 2;
/** Rows or columns narrower than this are artefacts of doubled borders. */
const MIN_TRACK = 4;

/** Finds the ruled grids of a page: sets of crossing horizontal and vertical rules. */
export function findRuledGrids(rules: readonly Segment[]): RuledGrid[] {
  const hs = mergeCollinear(rules.filter((s) => Math.abs(s.y1 - s.y2) < 1).map((s) => norm(s)), 'h');
  const vs = mergeCollinear(rules.filter((s) => Math.abs(s.x1 - s.x2) < 1).map((s) => norm(s)), 'v');
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i] as Segment;
    for (let j = 0; j < vs.length; j++) {
      const v = vs[j] as Segment;
      if (v.x1 >= h.x1 - SNAP && v.x1 <= h.x2 + SNAP && h.y1 >= v.y1 - SNAP && h.y1 <= v.y2 + SNAP) parent[find(i)] = find(hs.length + j);
    }
  }
  const comps = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((s, i) => {
    const root = find(i);
    if (!comps.has(root)) comps.set(root, { h: [], v: [] });
    const comp = comps.get(root) as { h: Segment[]; v: Segment[] };
    (i < hs.length ? comp.h : comp.v).push(s);
  });
  const grids: RuledGrid[] = [];
  for (const { h, v } of comps.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const grid = gridOf(h, v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.box.y1 - b.box.y1);
}

function norm(s: Segment): Segment {
  return { x1: Math.min(s.x1, s.x2), y1: Math.min(s.y1, s.y2), x2: Math.max(s.x1, s.x2), y2: Math.max(s.y1, s.y2) };
}

/**
 * Joins touching pieces of the same line (borders drawn cell by cell). Pieces must touch along the
 * line, not only sit at about the same position: two tables on a page whose borders fall within a
 * point of each other (x 297.4 below, 298.1 above) keep their own borders.
 */
function mergeCollinear(segs: Segment[], dir: 'h' | 'v'): Segment[] {
  const pos = (s: Segment) => (dir === 'h' ? s.y1 : s.x1);
  const start = (s: Segment) => (dir === 'h' ? s.x1 : s.y1);
  const end = (s: Segment) => (dir === 'h' ? s.x2 : s.y2);
  const sorted = [...segs].sort((a, b) => pos(a) - pos(b) || start(a) - start(b));
  const out: Segment[] = [];
  const open: Segment[] = [];
  for (const s of sorted) {
    // Pieces may come in any order along the line (a scan's rules differ by fractions of a point):
    // either may extend the other at both ends.
    const same = open.find((o) => Math.abs(pos(o) - pos(s)) <= SNAP / 2 && start(s) <= end(o) + SNAP && end(s) >= start(o) - SNAP);
    if (same) {
      if (dir === 'h') {
        same.x1 = Math.min(same.x1, s.x1);
        same.x2 = Math.max(same.x2, s.x2);
      } else {
        same.y1 = Math.min(same.y1, s.y1);
        same.y2 = Math.max(same.y2, s.y2);
      }
      continue;
    }
    const copy = { ...s };
    out.push(copy);
    // Only lines at about the same position can still absorb pieces.
    for (let k = open.length - 1; k >= 0; k--) if (pos(s) - pos(open[k] as Segment) > SNAP) open.splice(k, 1);
    open.push(copy);
  }
  return out;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - (last[last.length - 1] as number) <= SNAP) last.push(v);
    else out.push([v]);
  }
  const centres = out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
  // Doubled borders leave tracks a point or two wide: they are not rows or columns.
  return centres.filter((c, i) => i === 0 || c - (centres[i - 1] as number) >= MIN_TRACK);
}

/** Index of the boundary nearest to a position. */
function nearest(lines: readonly number[], at: number): number {
  let best = 0;
  lines.forEach((x, k) => {
    if (Math.abs(x - at) < Math.abs((lines[best] as number) - at)) best = k;
  });
  return best;
}

/**
 * Row boundaries with the open ends of a row cut by a page break closed. A browser that breaks a row
 * over pages draws the side borders of each part but no rule where the page cuts it: the vertical
 * rules run on past the last horizontal one (or start above the first). Where two or more of them end
 * (or start) together, that is the edge of the row's part.
 */
function openEnds(ys: number[], v: readonly Segment[]): number[] {
  if (!ys.length) return ys;
  const out = [...ys];
  const first = ys[0] as number;
  const last = ys[ys.length - 1] as number;
  const bottoms = v.map((s) => s.y2).filter((y) => y - last >= MIN_TRACK);
  const tops = v.map((s) => s.y1).filter((y) => first - y >= MIN_TRACK);
  const shared = (ends: number[], pick: (...ys: number[]) => number) => {
    if (ends.length < 2) return null;
    const edge = pick(...ends);
    return ends.filter((y) => Math.abs(y - edge) <= SNAP).length >= 2 ? edge : null;
  };
  const bottom = shared(bottoms, Math.max);
  const top = shared(tops, Math.min);
  if (bottom != null) out.push(bottom);
  if (top != null) out.unshift(top);
  return out;
}

function gridOf(h: Segment[], v: Segment[]): RuledGrid | null {
  const xs = cluster(v.map((s) => s.x1));
  const ys = openEnds(cluster(h.map((s) => s.y1)), v);
  if (xs.length < 2 || ys.length < 2) return null;
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  // A single framed box (a text frame, a stamp) is not a table.
  if (nr * nc < 2) return null;
  // Every rule is a border at the boundary nearest to it, also one a few points off it whose own
  // track was too narrow to be a column (a table stacked on another with columns 2.3 pt apart).
  const vAt = v.map((s) => nearest(xs, s.x1));
  const hAt = h.map((s) => nearest(ys, s.y1));
  const hasV = (k: number, r: number) => {
    const mid = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    return v.some((s, i) => vAt[i] === k && s.y1 <= mid && s.y2 >= mid);
  };
  const hasH = (k: number, c: number) => {
    const mid = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
    return h.some((s, i) => hAt[i] === k && s.x1 <= mid && s.x2 >= mid);
  };
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !hasV(c + 1, r)) union(id(r, c), id(r, c + 1));
      if (r + 1 < nr && !hasH(r + 1, c)) union(id(r, c), id(r + 1, c));
    }
  }
  const groups = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const g = find(id(r, c));
      const cur = groups.get(g);
      if (!cur) groups.set(g, { r0: r, c0: c, r1: r, c1: c });
      else {
        cur.r0 = Math.min(cur.r0, r);
        cur.c0 = Math.min(cur.c0, c);
        cur.r1 = Math.max(cur.r1, r);
        cur.c1 = Math.max(cur.c1, c);
      }
    }
  }
  // Groups whose bounding boxes overlap (a non-rectangular merge from a missing border) become one cell.
  const rects = [...groups.values()];
  const covered = new Map<number, (typeof rects)[number]>();
  const cells: GridCell[] = [];
  for (const g of rects.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
    let overlaps = false;
    for (let r = g.r0; r <= g.r1 && !overlaps; r++) for (let c = g.c0; c <= g.c1; c++) if (covered.has(id(r, c))) overlaps = true;
    if (overlaps) continue;
    for (let r = g.r0; r <= g.r1; r++) for (let c = g.c0; c <= g.c1; c++) covered.set(id(r, c), g);
    cells.push({
      r: g.r0,
      c: g.c0,
      rowSpan: g.r1 - g.r0 + 1,
      colSpan: g.c1 - g.c0 + 1,
      box: { x1: xs[g.c0] as number, y1: ys[g.r0] as number, x2: xs[g.c1 + 1] as number, y2: ys[g.r1 + 1] as number },
    });
  }
  return {
    box: { x1: xs[0] as number, y1: ys[0] as number, x2: xs[nc] as number, y2: ys[nr] as number },
    xs,
    ys,
    cells,
  };
}
