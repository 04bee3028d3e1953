import type { TableCell } from '../../model/layout.js';
import { loc } from '../../model/loc.js';
import type { Box } from '../../model/location.js';
import type { PositionedItem } from './items.js';
import { type Line, buildLines, joinItems, joinWrapped } from './lines.js';
import { type PageTable, continues, markRelayable, matchRivers } from './tables.js';

/**
 * Tables printed without borders (a spreadsheet printed without gridlines, a web page whose tables
 * have no borders, a 三线表 with horizontal rules only), read from the alignment of their text as a
 * reader's eye reads them: columns are the vertical strips of white space ("rivers") that run down
 * the whole table between the figures of its rows, rows are the table's lines, a cell's wrapped lines
 * joined to its row where they overlap it or follow it closer than rows follow each other. Written
 * here because no Node library reads tables from text positions (pdfplumber and camelot are Python).
 */

/** A figure: an amount, a count or a rate, negative with a sign or in brackets ("(20" wrapped from "(20分)" is not). */
const NUMBER = /^([-−]?[\d,，]+(\.\d+)?%?|[(（][\d,，]+(\.\d+)?%?[)）])$/;
/** Lines of a table run, and lines with figures among them, needed before lines are read as a table. */
const MIN_ROWS = 3;
const MIN_FIGURE_LINES = 2;
/** A gap wider than this many font sizes may part two cells (a Latin word space is about 0.3). */
const PIECE_GAP = 0.45;
/** Rows of a table follow each other closer than this many font sizes (a title above it stands further off). */
const ROW_GAP = 1.2;

/** A horizontal rule drawn on the page outside ruled grids (the top, header and bottom rules of a 三线表). */
export interface HRule {
  x1: number;
  x2: number;
  y: number;
}

/**
 * Whether a rule is drawn between line a and line b below it, under both: rows a rule parts are two
 * rows, however close (a header rule under wrapped header lines).
 */
function ruledBetween(rules: readonly HRule[], a: Line, b: Line): boolean {
  return rules.some((r) => r.y >= a.bottom - 1 && r.y <= b.top + 1 && r.x1 < Math.min(a.right, b.right) && r.x2 > Math.max(a.x, b.x));
}

/** A run of text inside a line, parted from its neighbours by more than a word space. */
export interface Piece {
  items: PositionedItem[];
  x1: number;
  x2: number;
  numeric: boolean;
  /** Number of the page line it stands on. */
  line: number;
}

/** Splits a line into pieces at gaps wider than a word space. */
export function piecesOf(line: Line): Piece[] {
  const out: Piece[] = [];
  let cur: PositionedItem[] = [];
  let right = -Infinity;
  const flush = () => {
    if (!cur.length) return;
    const text = cur.map((i) => i.str).join('').replace(/\s+/g, '');
    out.push({ items: cur, x1: (cur[0] as PositionedItem).x, x2: right, numeric: NUMBER.test(text), line: line.no });
    cur = [];
    right = -Infinity;
  };
  for (const it of line.items) {
    if (cur.length && it.x - right > PIECE_GAP * Math.max(line.size, 1)) flush();
    cur.push(it);
    right = Math.max(right, it.x + it.width);
  }
  flush();
  return out;
}

const hasFigure = (pieces: readonly Piece[]) => pieces.some((p) => p.numeric);

/** The table that ends the previous page, and the foot of the text area there: a table it runs on into. */
export interface Carry {
  table: PageTable;
  foot: number;
}

/**
 * Finds the tables on a page's lines; the lines left over are the page's text. A few rows at the top
 * of the page (a repeated header and a total row) are a table too when they continue `carry`.
 */
/**
 * Where the lines come from: a PDF's page, or a text laid out on a character grid (pdftotext -layout,
 * read by src/extract/text/layout-table.ts), whose words stand a space or two apart whatever their columns.
 */
export interface UnruledSource {
  onGrid?: boolean;
}

export function findUnruledTables(lines: readonly Line[], page: number, file: string, carry?: Carry, rules: readonly HRule[] = [], source: UnruledSource = {}): { tables: PageTable[]; rest: Line[] } {
  const pieces = lines.map(piecesOf);
  const tables: PageTable[] = [];
  const rest: Line[] = [];
  let k = 0;
  for (const run of tableRuns(lines, pieces, rules)) {
    if (run.enough) {
      rest.push(...lines.slice(k, run.start));
      const minGap = PIECE_GAP * median(lines.slice(run.start, run.end).map((l) => l.size));
      for (const [a, b] of sections(lines, pieces, run.start, run.end, minGap, rules)) tables.push(tableOf(lines.slice(a, b), pieces.slice(a, b), page, file, rules, source));
      k = run.end;
      continue;
    }
    const t = carry && run.start === 0 ? continuation(carry, lines.slice(run.start, run.end), pieces.slice(run.start, run.end), page, file, rules) : null;
    if (!t) continue;
    rest.push(...lines.slice(k, run.start));
    tables.push(t);
    k = run.end;
  }
  rest.push(...lines.slice(k));
  return { tables, rest };
}

/** The lines of a page outside the tables it shows by itself (no continuation looked for): cheap, no cells built. */
export function linesOutsideTables(lines: readonly Line[], rules: readonly HRule[] = []): Line[] {
  const pieces = lines.map(piecesOf);
  const inside = new Uint8Array(lines.length);
  for (const run of tableRuns(lines, pieces, rules)) if (run.enough) inside.fill(1, run.start, run.end);
  return lines.filter((_, k) => !inside[k]);
}

/**
 * A run split where tables of different column layouts follow each other without a gap (sheets
 * stacked in one spreadsheet, each under its title line): at lines of one piece without figures,
 * into parts with rows of figures of their own, and neighbouring parts whose columns part at the
 * same white space joined again (a group label inside one table). [start, end) indices.
 */
export function sections(lines: readonly Line[], pieces: readonly Piece[][], start: number, end: number, minGap: number, rules: readonly HRule[] = []): [number, number][] {
  const cuts: [number, number][] = [];
  let from = start;
  let figures = 0;
  // Only a row may start a part: a lone line that overlaps or hangs on the line above is in its row.
  const rowStarts = new Set(groupRows(lines.slice(start, end), pieces.slice(start, end), rules).map((g) => g.lines[0]));
  for (let k = start; k < end; k++) {
    const ps = pieces[k] as Piece[];
    // A part starts at a lone text line once the part before holds rows of figures of its own.
    // A table's title opens the next table after a single row of figures too (a table's last row,
    // under its repeated header at the page top).
    const title = figures > 0 && TABLE_TITLE.test(lines[k]?.text.trim() ?? '');
    if (k > from && ps.length === 1 && !hasFigure(ps) && (figures >= MIN_FIGURE_LINES || title) && rowStarts.has(lines[k] as Line)) {
      cuts.push([from, k]);
      from = k;
      figures = 0;
    }
    if (hasFigure(ps)) figures++;
  }
  // A table opening under its title at the page foot holds its header and a row or two of figures
  // there: the rest is on the next page, and it is no part of the table above.
  const titled = figures > 0 && TABLE_TITLE.test(lines[from]?.text.trim() ?? '');
  if (figures >= MIN_FIGURE_LINES || titled || !cuts.length) cuts.push([from, end]);
  else (cuts[cuts.length - 1] as [number, number])[1] = end;
  if (cuts.length === 1) return cuts;
  const out: [number, number][] = [cuts[0] as [number, number]];
  for (const cut of cuts.slice(1)) {
    const last = out[out.length - 1] as [number, number];
    const [a, b] = [riversOfPart(pieces, last[0], last[1], minGap), riversOfPart(pieces, cut[0], cut[1], minGap)];
    const both = riversOfPart(pieces, last[0], cut[1], minGap);
    // Laid on one grid, the figures of one part would run across two or more gaps of the other.
    const lost = a.length - matchRivers(both, a).size + (b.length - matchRivers(both, b).size);
    // A part that opens with a table's title ("项目支出绩效自评表") is the next table, however its
    // columns fall: a group label inside a table names rows, not a table.
    if (lost < 2 && !TABLE_TITLE.test(lines[cut[0]]?.text.trim() ?? '')) last[1] = cut[1];
    else out.push([...cut]);
  }
  return out;
}

/**
 * A table's title on a line of its own: a name ending in 表, maybe with its year or unit in brackets
 * ("项目支出绩效自评表", "部门整体支出绩效自评表（2024年度）"); no row label of a table ends so.
 */
const TABLE_TITLE = /^[\u4e00-\u9fa5“”"]{2,40}表(?:\s*[（(][^（()）]{1,20}[)）])?$/;

/** The white space between the columns of the figures of lines [a, b), as wide as a column gap at least. */
function riversOfPart(pieces: readonly Piece[][], a: number, b: number, minGap: number): [number, number][] {
  const spans = cover(
    pieces
      .slice(a, b)
      .filter(hasFigure)
      .flat()
      .map((p) => [p.x1, p.x2] as [number, number]),
    minGap,
  );
  return spans.slice(1).map((sp, k) => [(spans[k] as [number, number])[1], sp[0]] as [number, number]);
}

/**
 * A few rows at the top of a page laid on the columns of the table they continue: too few rows of
 * figures to find columns of their own (a repeated header and a total row, a long text wrapped over
 * the whole page). They continue it when they start at its left edge and their pieces keep to its
 * columns.
 */
function continuation(carry: Carry, run: readonly Line[], pieces: readonly Piece[][], page: number, file: string, rules: readonly HRule[]): PageTable | null {
  if (!isTabular(run[0] as Line) && !run.some(isTabular)) return null;
  const { xs, rivers } = carry.table;
  const flat = pieces.flat();
  const crossing = flat.filter((p) => xs.slice(1, -1).some((x) => p.x1 < x - ALIGN && p.x2 > x + ALIGN)).length;
  if (crossing > 0.2 * flat.length) return null;
  const foot = headerFoot(carry.table, run);
  const [ownXs, ownRivers] = rivers ? clearOfFigures(xs, rivers, pieces) : [[...xs], []];
  const part = tableOn(ownXs, ownRivers, run, pieces, page, file, foot ? [...rules, foot] : rules);
  part.xs[0] = Math.min(...run.map((l) => l.x));
  part.xs[part.xs.length - 1] = Math.max(part.xs[part.xs.length - 1] as number, ...run.map((l) => l.right));
  return continues(carry.table, part, carry.foot) ? part : null;
}

/**
 * Carried column borders moved off the figures of a continuation: where a figure runs across a border
 * into the white space it stands in (a target under a sheet's head whose columns were set by other
 * figures), the border goes to the part of that white space the continuation's figures leave free,
 * when some is left; otherwise it stays. Borders and their white space, copied.
 */
function clearOfFigures(xs: readonly number[], rivers: readonly [number, number][], pieces: readonly Piece[][]): [number[], [number, number][]] {
  const out = [...xs];
  const spaces = rivers.map((r) => [...r] as [number, number]);
  const figures = pieces.filter(hasFigure).flat();
  spaces.forEach((river, k) => {
    const x = out[k + 1] as number;
    if (!figures.some((p) => p.x1 < x - ALIGN && p.x2 > x + ALIGN)) return;
    // The stretches of the white space no figure line's piece covers; the border moves the least.
    const free: [number, number][] = [];
    let from = river[0];
    for (const [a, b] of cover(figures.filter((p) => p.x2 > river[0] && p.x1 < river[1]).map((p) => [p.x1, p.x2] as [number, number]), 0)) {
      if (a - from >= 2 * ALIGN) free.push([from, a]);
      from = Math.max(from, b);
    }
    if (river[1] - from >= 2 * ALIGN) free.push([from, river[1]]);
    const off = (f: [number, number]) => Math.max(f[0] - x, x - f[1], 0);
    const best = free.sort((a, b) => off(a) - off(b))[0];
    if (!best) return;
    out[k + 1] = (best[0] + best[1]) / 2;
    spaces[k] = best;
  });
  return [out, spaces];
}

/** Rows of a table's head a browser repeats at the top of each page it runs over, at most. */
const MAX_HEAD_ROWS = 6;

/**
 * Where the first lines of a continuation repeat the first rows of the table it continues (a
 * browser's repeated header), a rule under them: the row below starts there, however close. A cell
 * carried on from the page before has no top padding, so its text may follow the header closer than
 * rows part elsewhere and would read as the header row's wrapped lines (a 预期目标 cell filling the
 * page under the repeated 项目资金 row). The repeat is told by its characters, row for line, in any order.
 */
export function headerFoot(table: PageTable, run: readonly Line[]): HRule | null {
  const chars = (s: string) => [...s.replace(/\s+/g, '')].sort().join('');
  const heads = new Set<string>();
  let text = '';
  for (const row of table.rows.slice(0, MAX_HEAD_ROWS)) {
    text += row.map((c) => c.text).join('');
    heads.add(chars(text));
  }
  let foot = -1;
  let seen = '';
  run.forEach((l, k) => {
    seen += l.text;
    if (k + 1 < run.length && seen.replace(/\s+/g, '') && heads.has(chars(seen))) foot = k;
  });
  if (foot < 0) return null;
  const above = run.slice(0, foot + 1);
  const below = run[foot + 1] as Line;
  const bottom = Math.max(...above.map((l) => l.bottom));
  // A header cell still running beside the next line: no edge between them to draw.
  if (bottom > below.top + 1) return null;
  const lines = [...above, below];
  return { x1: Math.min(...lines.map((l) => l.x)), x2: Math.max(...lines.map((l) => l.right)), y: (bottom + below.top) / 2 };
}

/** Whether a line holds several cells: a column gap (a tab in its text) between pieces. */
const isTabular = (l: Line) => l.text.includes('\t');

/** Gap from the bottom of one line to the top of the next (negative where they overlap). */
const gap = (a: Line, b: Line) => b.top - a.bottom;

/**
 * Whether line b may belong to the same table as line a above it: near, and in the same type size.
 * A rule drawn between them (a 三线表's header rule) stands in space of its own above and below.
 */
function near(a: Line, b: Line, rules: readonly HRule[]): boolean {
  const size = Math.min(a.size, b.size);
  const room = ruledBetween(rules, a, b) ? 2 * ROW_GAP : ROW_GAP;
  return gap(a, b) <= room * size && Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);
}

/**
 * Runs of lines that may be tables, [start, end) indices: lines with column gaps and the lines near
 * them (header lines, a name's wrapped line). `enough` where it holds at least three lines and two of
 * figures beside other cells, as a table does (fewer only where it goes on from the previous page). A
 * line of text as wide as the table without a column gap is a paragraph, never part of it.
 */
export function tableRuns(lines: readonly Line[], pieces: readonly Piece[][], rules: readonly HRule[] = []): { start: number; end: number; enough: boolean }[] {
  const out: { start: number; end: number; enough: boolean }[] = [];
  let k = 0;
  while (k < lines.length) {
    if (!isTabular(lines[k] as Line)) {
      k++;
      continue;
    }
    let start = k;
    let end = k + 1;
    while (end < lines.length && near(lines[end - 1] as Line, lines[end] as Line, rules)) end++;
    // Untabbed lines at the end belong to the table only when they hang on its last row (a wrapped name).
    while (end - 1 > k && !isTabular(lines[end - 1] as Line) && !hangsOn(lines[end - 2] as Line, lines[end - 1] as Line)) end--;
    const left = Math.min(...lines.slice(start, end).map((l) => l.x));
    const right = Math.max(...lines.slice(start, end).map((l) => l.right));
    const floor = out[out.length - 1]?.end ?? 0;
    // A line as wide as the table that overlaps the line below it is a cell's text beside a label
    // centred on it (a long 项目名称 between "项目" and "名称"): running text never overlaps a table.
    while (start > floor && near(lines[start - 1] as Line, lines[start] as Line, rules) && (!isParagraphLine(lines[start - 1] as Line, left, right) || overlaps(lines[start - 1] as Line, lines[start] as Line))) start--;
    // Rows of figures are lines with a column gap: lone figures under one another, each a line of
    // its own between lines of text, are a list (a page of one cell a line), not a table's columns.
    const figures = pieces.slice(start, end).filter((ps, i) => hasFigure(ps) && isTabular(lines[start + i] as Line)).length;
    out.push({ start, end, enough: end - start >= MIN_ROWS && (figures >= MIN_FIGURE_LINES || (figures > 0 && opensAtFoot(lines, start, end))) });
    k = end;
  }
  return out;
}

/**
 * Whether lines [start, end) open a table under its title at the foot of the page: its title stands
 * a few lines above (with its year and unit lines between), and nothing but a page number or a
 * footer line follows. The page holds its header and the first row or two of figures; the rest is on
 * the next page.
 */
function opensAtFoot(lines: readonly Line[], start: number, end: number): boolean {
  if (lines.length - end > 2 || lines.slice(end).some((l) => isTabular(l) || l.text.replace(/\s+/g, '').length > 12)) return false;
  return lines.slice(Math.max(0, start - 4), start).some((l) => TABLE_TITLE.test(l.text.trim()));
}

/** A line of running text: no column gap, and as wide as the table or wider. */
function isParagraphLine(l: Line, left: number, right: number): boolean {
  return !isTabular(l) && l.right - l.x >= 0.8 * (right - left);
}

/** Whether line b continues the row of line a: it overlaps a, or follows it closer than a line of text. */
function hangsOn(a: Line, b: Line): boolean {
  return gap(a, b) < 0.5 * Math.min(a.size, b.size);
}

/** Whether two lines overlap by more than a fifth of a size (one line's descenders do not count). */
const overlaps = (a: Line, b: Line) => gap(a, b) < -0.2 * Math.min(a.size, b.size);

/** A table row while it is built: its lines, and whether it holds figures. */
interface RowGroup {
  lines: Line[];
  pieces: Piece[][];
  figures: boolean;
}

/**
 * Groups a run's lines into rows. A line with figures starts a row of its own (two lines of figures
 * are two rows). Lines without figures are first chained to each other where they overlap or wrap
 * (a header cell over three lines, a long target text), then each chain joins the row of figures it
 * overlaps or follows closer than rows follow each other (a name wrapped above and below its figures,
 * centred in its row), or stays a row of its own (a header row).
 */
export function groupRows(lines: readonly Line[], pieces: readonly Piece[][], rules: readonly HRule[] = []): RowGroup[] {
  const tight = tightGap(lines, pieces);
  const edge = rowEdge(lines, pieces);
  const joins = (a: Line, b: Line, above: readonly Line[]) => (gap(a, b) < tight || overlaps(a, b)) && !ruledBetween(rules, a, b) && !edge(above, [b]);
  const padded = paddedRows(lines, pieces, edge);
  const groups: RowGroup[] = [];
  lines.forEach((line, k) => {
    const ps = pieces[k] as Piece[];
    const figures = hasFigure(ps);
    const last = groups[groups.length - 1];
    const prev = last?.lines[last.lines.length - 1];
    // Lines that overlap are one row whatever they hold: rows are stacked, cells of one row centred
    // on different numbers of lines are not ("93.21" over "分" beside a one-line "总分").
    // Where rows stand a padding apart, a line at a wrapped line's distance below a row goes on in it,
    // figures or not (a date wrapped after its year, "2023" over "年7月31日前", is no row of figures).
    const wrapped = padded && last && prev && !edge(last.lines, [line]) && !ruledBetween(rules, prev, line);
    if (last && prev && ((!figures && !last.figures && joins(prev, line, last.lines)) || overlaps(prev, line) || wrapped)) {
      last.lines.push(line);
      last.pieces.push(ps);
      last.figures ||= figures;
      return;
    }
    groups.push({ lines: [line], pieces: [ps], figures });
  });
  // Chains of text join the row of figures next to them, above on a tie (a cell spanning rows is
  // printed in its first row).
  const out: RowGroup[] = [];
  groups.forEach((g, k) => {
    if (g.figures) {
      out.push(g);
      return;
    }
    const above = out[out.length - 1];
    const below = groups[k + 1];
    const [first, end] = [g.lines[0] as Line, g.lines[g.lines.length - 1] as Line];
    const aboveLast = above?.lines[above.lines.length - 1] as Line | undefined;
    const belowFirst = below?.lines[0];
    const dAbove = above?.figures && aboveLast && !ruledBetween(rules, aboveLast, first) && !edge(above.lines, g.lines) ? gap(aboveLast, first) : Infinity;
    const dBelow = below?.figures && belowFirst && !ruledBetween(rules, end, belowFirst) && !edge(g.lines, below.lines) ? gap(end, belowFirst) : Infinity;
    const ok = (d: number) => d < tight || d < -0.2 * (g.lines[0] as Line).size;
    if (above && ok(dAbove) && dAbove <= dBelow) {
      above.lines.push(...g.lines);
      above.pieces.push(...g.pieces);
    } else if (below && ok(dBelow)) {
      below.lines.unshift(...g.lines);
      below.pieces.unshift(...g.pieces);
    } else out.push(g);
  });
  for (const g of out) {
    const order = g.lines.map((_, k) => k).sort((a, b) => (g.lines[a] as Line).top - (g.lines[b] as Line).top);
    g.lines = order.map((k) => g.lines[k] as Line);
    g.pieces = order.map((k) => g.pieces[k] as Piece[]);
  }
  return out;
}

/**
 * The pitch of a cell's wrapped lines: the nearest two texts of one column stand one above the other,
 * top to top, when it recurs (two pairs at least); undefined when no text of the run wraps so.
 */
function wrapPitch(lines: readonly Line[], pieces: readonly Piece[][]): number | undefined {
  const size = median(lines.map((l) => l.size));
  const steps: number[] = [];
  pieces.forEach((ps, k) => {
    for (const p of ps) {
      const d = nearestAbove(lines, pieces, k, p);
      if (d !== undefined && d >= 0.8 * size) steps.push(d);
    }
  });
  const least = Math.min(...steps);
  return steps.filter((d) => d <= least + 0.1 * size).length >= 2 ? least : undefined;
}

/** Top-to-top distance from piece p of line k up to the nearest text above it in its column (overlapping it across), if any. */
function nearestAbove(lines: readonly Line[], pieces: readonly Piece[][], k: number, p: Piece): number | undefined {
  const top = (lines[k] as Line).top;
  let best: number | undefined;
  for (let j = k - 1; j >= 0; j--) {
    const d = top - (lines[j] as Line).top;
    if (d <= 0 || (best !== undefined && d >= best)) continue;
    if ((pieces[j] as Piece[]).some((q) => Math.min(q.x2, p.x2) - Math.max(q.x1, p.x1) > 0)) best = d;
  }
  return best;
}

/**
 * Whether white space wider than the gap between a cell's wrapped lines runs across the whole table
 * between lines `above` and lines `below` (under all of them): an edge between rows. Inside a row its
 * tallest cell's lines follow each other at the wrapping pitch, so no wider space crosses it; rows
 * printed without borders stand a cell's padding further apart, however close that is. Without
 * wrapped lines to measure (or rows set as close as them) nothing is told.
 */
function rowEdge(lines: readonly Line[], pieces: readonly Piece[][]): (above: readonly Line[], below: readonly Line[]) => boolean {
  const pitch = wrapPitch(lines, pieces);
  const size = median(lines.map((l) => l.size));
  if (pitch === undefined) return () => false;
  const wrapGap = pitch - size;
  return (above, below) => {
    const bottom = Math.max(...above.map((l) => l.bottom));
    const top = Math.min(...below.map((l) => l.top));
    return top - bottom > wrapGap + 0.15 * size;
  };
}

/**
 * Whether the run's rows of figures stand apart by more than its wrapped lines do (a cell's padding):
 * between nearly every two lines of figures, one after the other, white space wider than a wrapped
 * line's gap runs across the table somewhere (a row edge). Only then is a line without an edge above
 * it no row of its own. Rows set as close as wrapped lines (a spreadsheet's) leave none.
 */
function paddedRows(lines: readonly Line[], pieces: readonly Piece[][], edge: (above: readonly Line[], below: readonly Line[]) => boolean): boolean {
  let pairs = 0;
  let edged = 0;
  let from = -1;
  let seen = false;
  lines.forEach((line, k) => {
    if (from >= 0 && edge(lines.slice(from, k), [line])) seen = true;
    if (!hasFigure(pieces[k] as Piece[])) return;
    if (from >= 0 && !overlaps(lines[from] as Line, line)) {
      pairs++;
      if (seen) edged++;
    }
    from = k;
    seen = false;
  });
  return edged >= 3 && edged >= 0.8 * pairs;
}

/**
 * The gap below which two lines are one row: three quarters of the usual gap between two lines of
 * figures (rows), so that a wrapped cell's lines, set closer than rows, join. A table whose rows are
 * set as close as wrapped lines leaves wrapped lines rows of their own: nothing tells them apart.
 */
function tightGap(lines: readonly Line[], pieces: readonly Piece[][]): number {
  const gaps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const [a, b] = [lines[k - 1] as Line, lines[k] as Line];
    // Lines that overlap are cells of one row set at different heights, not two rows.
    if (hasFigure(pieces[k - 1] as Piece[]) && hasFigure(pieces[k] as Piece[]) && !overlaps(a, b)) gaps.push(gap(a, b));
  }
  const size = median(lines.map((l) => l.size));
  if (gaps.length < 2) return evenPitch(lines, size) ? 0.75 * Math.min(...lineGaps(lines)) : 0.5 * size;
  return Math.min(0.75 * median(gaps), ROW_GAP * size);
}

/** Gaps between each two lines that follow without overlapping. */
function lineGaps(lines: readonly Line[]): number[] {
  return lines.slice(1).flatMap((b, k) => (overlaps(lines[k] as Line, b) ? [] : [gap(lines[k] as Line, b)]));
}

/**
 * Whether every line follows the one above it at one pitch, top to top (a spreadsheet's rows of one
 * height, one line each): a short table there has too few rows of figures to measure rows by, and
 * nothing in it is set closer than a row, so each line is a row (its title, unit and header lines
 * were otherwise taken for one row's wrapped lines, and a note under the table for its last row's).
 */
function evenPitch(lines: readonly Line[], size: number): boolean {
  if (lines.length < MIN_ROWS || lines.slice(1).some((b, k) => overlaps(lines[k] as Line, b))) return false;
  const steps = lines.slice(1).map((b, k) => b.top - (lines[k] as Line).top);
  return Math.max(...steps) - Math.min(...steps) <= 0.15 * size;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : 0;
}

/**
 * Column borders of a run, and the white space each inner border stands in: the strips no piece of a
 * line with figures covers (rivers). Lines without figures (headers, wrapped names) may cross them (a
 * header over two columns); a piece of such a line standing wholly inside a river is a column only
 * headers fill. A border stands where the fewest header pieces cross its river (a header label wider
 * than the figures under it, left-aligned with them, puts it at the river's right end).
 */
export function columnsOf(lines: readonly Line[], pieces: readonly Piece[][], source: UnruledSource = {}): { xs: number[]; rivers: [number, number][] } {
  const defining = pieces.filter(hasFigure);
  const byFigures = defining.length >= MIN_FIGURE_LINES;
  const base = byFigures ? defining.flat() : pieces.flat();
  const minGap = PIECE_GAP * median(lines.map((l) => l.size));
  let spans = cover(base.map((p) => [p.x1, p.x2] as [number, number]), minGap);
  const used = new Set(base);
  const others = pieces.flat().filter((p) => !used.has(p));
  const inRiver = others.filter((p) => riverHolding(spans, p.x1, p.x2));
  // A label in a river that nearly touches the figures beside it is no column of its own: figures
  // as wide as their column (right-aligned to its edge) leave the label of the next column, set at
  // its left edge, in the white space; spanned over, it would close the river and join two columns.
  // (Not on a character grid: there every word stands a space or two from the next, in a column or not.)
  const leaning = byFigures && !source.onGrid ? inRiver.filter((p) => touchesSpan(spans, p, minGap)) : [];
  const own = inRiver.filter((p) => !leaning.includes(p));
  if (byFigures && own.length) spans = cover([...spans, ...own.map((p) => [p.x1, p.x2] as [number, number])], minGap);
  const xs = [Math.min(...lines.map((l) => l.x))];
  const rivers: [number, number][] = [];
  for (let k = 1; k < spans.length; k++) {
    const river: [number, number] = [(spans[k - 1] as [number, number])[1], (spans[k] as [number, number])[0]];
    rivers.push(river);
    // The label heads the column its left edge opens: the border stands just before it.
    const label = leaning.filter((p) => p.x1 >= river[0] && p.x2 <= river[1]);
    xs.push(label.length ? Math.max(river[0], Math.min(...label.map((p) => p.x1)) - 0.5) : borderIn(river, others));
  }
  const lineOf = new Map<Piece, number>();
  pieces.forEach((ps, k) => {
    for (const p of ps) lineOf.set(p, k);
  });
  for (const x of alignedStarts(base, spans, lineOf)) {
    const k = xs.findIndex((b) => b > x);
    xs.splice(k < 0 ? xs.length : k, 0, x);
    rivers.splice(k < 0 ? rivers.length : k - 1, 0, [x, x]);
  }
  xs.push(Math.max(...lines.map((l) => l.right)));
  return { xs, rivers };
}

/** Edge positions closer than this (points) are one alignment. */
const ALIGN = 1.5;

/**
 * Borders no white space shows: where texts or figures of several rows start at one x that a piece
 * of other rows runs across (tables of different column layouts stacked in one grid, as sheets one
 * after another in one spreadsheet: a cell of one spans two columns of the next). A text may cross
 * it only from a block of rows apart from the aligned ones (names indented under longer names
 * alternate with them, and are no column); figures crossing it that end where the aligned ones end
 * are longer figures of one right-aligned column, not a span.
 */
function alignedStarts(base: readonly Piece[], spans: readonly [number, number][], lineOf: ReadonlyMap<Piece, number>): number[] {
  const sorted = [...base].sort((a, b) => a.x1 - b.x1);
  const out: number[] = [];
  let k = 0;
  while (k < sorted.length) {
    let end = k + 1;
    while (end < sorted.length && (sorted[end] as Piece).x1 - (sorted[k] as Piece).x1 <= ALIGN) end++;
    const aligned = sorted.slice(k, end);
    const x = (sorted[k] as Piece).x1 - 0.5;
    k = end;
    if (aligned.length < 2 || spans.some(([a]) => Math.abs(a - x) <= ALIGN + 0.5)) continue;
    const across = base.filter((p) => p.x1 < x - ALIGN && p.x2 > x + ALIGN);
    if (!across.length) continue;
    const figures = across.filter(figureLike);
    const sameEnd = figures.filter((c) => aligned.some((a) => Math.abs(a.x2 - c.x2) <= ALIGN)).length;
    if (figures.length && 2 * sameEnd >= figures.length) continue;
    const texts = across.filter((p) => !figureLike(p));
    if (!texts.length || apart(texts, aligned, lineOf)) out.push(x);
  }
  return out;
}

/** Whether two sets of pieces stand in separate blocks of rows, one wholly above the other. */
function apart(a: readonly Piece[], b: readonly Piece[], lineOf: ReadonlyMap<Piece, number>): boolean {
  const rows = (ps: readonly Piece[]) => ps.map((p) => lineOf.get(p) ?? 0);
  const [ra, rb] = [rows(a), rows(b)];
  return Math.max(...ra) < Math.min(...rb) || Math.min(...ra) > Math.max(...rb);
}

/**
 * A figure or a value with its unit or comparison ("100.00%", "<=30%", "=1辆", ">=1138种"), or the
 * dash that stands for none in a column of figures.
 */
function figureLike(p: Piece): boolean {
  const t = p.items.map((i) => i.str).join('').trim();
  return (/\d/.test(t) && (t.match(/[\u4e00-\u9fff]/g) ?? []).length <= 2) || /^[-—–－/]{1,2}$/.test(t);
}


/** Where in a river a border crosses the fewest pieces: its middle, or either end. */
function borderIn([lo, hi]: [number, number], pieces: readonly Piece[]): number {
  const crossings = (x: number) => pieces.reduce((n, p) => n + (p.x1 < x && p.x2 > x ? 1 : 0), 0);
  const candidates = [(lo + hi) / 2, hi - 0.5, lo + 0.5];
  let best = candidates[0] as number;
  let fewest = crossings(best);
  for (const x of candidates.slice(1)) {
    const n = crossings(x);
    if (n < fewest) [best, fewest] = [x, n];
  }
  return best;
}

/** Merges x-intervals into the covered spans, sorted; gaps narrower than minGap are covered. */
export function cover(intervals: readonly [number, number][], minGap: number): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a - last[1] < minGap) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whether a piece standing in a river comes nearer than a column gap to the covered span on either side of it. */
function touchesSpan(spans: readonly [number, number][], p: Piece, minGap: number): boolean {
  return spans.some(([a, b]) => (p.x1 >= b && p.x1 - b < minGap) || (p.x2 <= a && a - p.x2 < minGap));
}

/** Whether [x1, x2] lies in the white space between two covered spans (or beside them all). */
function riverHolding(spans: readonly [number, number][], x1: number, x2: number): boolean {
  // The first span ending after x1 (spans are sorted and apart) must start at or after x2.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as [number, number])[1] <= x1) lo = mid + 1;
    else hi = mid;
  }
  const next = spans[lo];
  return !next || next[0] >= x2;
}

/** Index of the column holding x: the last border at or left of it. */
function columnAt(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((xs[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The cells of one row: the pieces of its lines put in the columns they stand in. A piece over
 * several columns (a header over a group of columns) makes one cell spanning them.
 */
function rowCells(g: RowGroup, xs: readonly number[], r: number, page: number, file: string): TableCell[] {
  return layPieces(g.pieces.flat(), xs, 0, xs.length - 1, g, r, page, file);
}

/**
 * Cells of columns [from, end) of `xs` holding the given pieces where they stand; a piece over several
 * columns makes one cell spanning them.
 */
function layPieces(pieces: readonly Piece[], xs: readonly number[], from: number, end: number, g: RowGroup, r: number, page: number, file: string): TableCell[] {
  const held: Piece[][] = Array.from({ length: end - from }, () => []);
  const linked = new Uint8Array(end - from);
  const clamp = (c: number) => Math.min(end - 1, Math.max(from, c)) - from;
  const startsIn = new Map(pieces.map((p) => [p, clamp(columnAt(xs, p.x1 + 1))]));
  for (const p of pieces) {
    let a = startsIn.get(p) as number;
    let b = Math.max(a, clamp(columnAt(xs, p.x2 - 1)));
    // A piece run over a border into a column where another text of its line starts stands apart
    // from that text (white space parts them): it is no text over both columns but one set across a
    // border laid a little off (a header label wider than the figures under it, "目标值" running
    // into the column of "业绩值"); it goes to the column holding most of it.
    if (b > a && pieces.some((q) => q !== p && q.line === p.line && (startsIn.get(q) as number) > a && (startsIn.get(q) as number) <= b)) {
      const share = (c: number) => Math.min(p.x2, xs[from + c + 1] as number) - Math.max(p.x1, xs[from + c] as number);
      for (let c = a + 1; c <= b; c++) if (share(c) > share(a)) a = c;
      b = a;
    }
    for (let c = a; c < b; c++) linked[c] = 1;
    (held[a] as Piece[]).push(p);
  }
  const cells: TableCell[] = [];
  for (let c = 0; c < end - from; ) {
    let stop = c + 1;
    while (stop < end - from && linked[stop - 1]) stop++;
    const own = held.slice(c, stop).flat();
    const cell = cellOf(own, from + c, stop - c, g, r, page, file, xs);
    // Laid again on a continuation's finer columns when its table goes on over a page break.
    markRelayable(cell, (to, a, b) => layPieces(own, to, a, b, g, r, page, file));
    cells.push(cell);
    c = stop;
  }
  return cells;
}

/**
 * A cell's text: its pieces side by side (two texts a missing border left in one cell) each read
 * top to bottom, so that wrapped lines of one are not interleaved with those of the other.
 */
function cellText(pieces: readonly Piece[]): string {
  if (!pieces.length) return '';
  // Most cells are one piece on one line: its text as the line reads it.
  if (pieces.length === 1) return joinItems((pieces[0] as Piece).items).replace(/\t+/g, ' ');
  const sorted = [...pieces].sort((a, b) => a.x1 - b.x1);
  const blocks: Piece[][] = [];
  let right = -Infinity;
  for (const p of sorted) {
    if (p.x1 >= right) blocks.push([]);
    (blocks[blocks.length - 1] as Piece[]).push(p);
    right = Math.max(right, p.x2);
  }
  return blocks
    .map((b) => joinWrapped(buildLines(b.flatMap((p) => p.items)).map((l) => l.text.replace(/\t+/g, ' '))).text)
    .join(' ');
}

function cellOf(pieces: readonly Piece[], col: number, span: number, g: RowGroup, r: number, page: number, file: string, xs: readonly number[]): TableCell {
  const text = cellText(pieces);
  const line = pieces.length ? Math.min(...pieces.map((p) => p.line)) : (g.lines[0] as Line).no;
  const location = loc(file, text, { page, line, cell: { table: 0, row: r + 1, col: col + 1 } });
  location.box = cellBox(pieces, g, xs[col] as number, xs[col + span] as number);
  if (pieces.some((p) => p.items.some((i) => i.source === 'ocr'))) location.via = 'ocr';
  return { text, colSpan: span, rowSpan: 1, location };
}

/**
 * Where a cell without borders stands: around its text, or, empty, the width of its columns over the
 * height of its row.
 */
function cellBox(pieces: readonly Piece[], g: RowGroup, left: number, right: number): Box {
  const items = pieces.flatMap((p) => p.items);
  if (!items.length) return { x1: left, y1: Math.min(...g.lines.map((l) => l.top)), x2: right, y2: Math.max(...g.lines.map((l) => l.bottom)) };
  return {
    x1: Math.min(...items.map((i) => i.x)),
    y1: Math.min(...items.map((i) => i.y)),
    x2: Math.max(...items.map((i) => i.x + i.width)),
    y2: Math.max(...items.map((i) => i.y + i.height)),
  };
}

function tableOf(run: readonly Line[], pieces: readonly Piece[][], page: number, file: string, rules: readonly HRule[], source: UnruledSource = {}): PageTable {
  const { xs, rivers } = columnsOf(run, pieces, source);
  return tableOn(xs, rivers, run, pieces, page, file, rules);
}

/** The table of a run laid on given columns. */
function tableOn(xs: number[], rivers: [number, number][], run: readonly Line[], pieces: readonly Piece[][], page: number, file: string, rules: readonly HRule[]): PageTable {
  const groups = groupRows(run, pieces, rules);
  const rows = groups.map((g, r) => rowCells(g, xs, r, page, file));
  const top = Math.min(...run.map((l) => l.top));
  const bottom = Math.max(...run.map((l) => l.bottom));
  const box = { x1: xs[0] as number, y1: top, x2: xs[xs.length - 1] as number, y2: bottom };
  const rowTop = (g: RowGroup) => Math.min(...g.lines.map((l) => l.top));
  const rowHeights = groups.map((g, k) => {
    const next = groups[k + 1];
    return (next ? rowTop(next) : Math.max(...g.lines.map((l) => l.bottom))) - rowTop(g);
  });
  return { page, box, lastBottom: () => box.y2, xs, rows, rowHeights, rivers };
}
