import type { TableBlock, TableCell } from '../../model/layout.js';
import { loc } from '../../model/loc.js';
import type { Location } from '../../model/location.js';
import type { PositionedItem } from './items.js';
import { buildLines, joinWrapped } from './lines.js';
import type { Box, RuledGrid } from './ruling.js';

/**
 * A table laid out on one page before it becomes a TableBlock: its cells with their text and the
 * column boundaries, so that a table continued on the next page can be matched column by column.
 */
export interface PageTable {
  page: number;
  /** The page of its last part, once continued over a page break. */
  lastPage?: number;
  /** Bottom edge of its last part. */
  lastBottom(): number;
  box: Box;
  xs: number[];
  rows: TableCell[][];
  /** Height of each row: a row too tall for the space left on the previous page starts this one. */
  rowHeights: number[];
  /**
   * A table read from text alignment (no borders): the white space each inner border of `xs` stands
   * in. Any x in it parts the columns as well, so parts of a table over pages are matched by it.
   */
  rivers?: [number, number][];
}

/** Cells whose last line runs to the cell's right border: their text may wrap on (over a page break too). */
const runsToEdge = new WeakSet<TableCell>();
/** Cells whose last line sits on the cell's bottom border: no room was left below it in the row. */
const fillsRow = new WeakSet<TableCell>();

/**
 * Cells read without borders, with how to lay their texts again on finer columns: [from, end) of
 * `to`, one cell per column a text stands in, or one cell where a text runs across a border.
 */
const relayers = new WeakMap<TableCell, (to: readonly number[], from: number, end: number) => TableCell[]>();

/** Lets a cell read without borders be parted where a continuation's finer columns part its texts. */
export function markRelayable(cell: TableCell, relay: (to: readonly number[], from: number, end: number) => TableCell[]): void {
  relayers.set(cell, relay);
}

/** Gives `to` the edge marks of `from` (a cell copied, re-indexed or joined keeps where its text ends). */
function carryMarks(from: TableCell, to: TableCell): void {
  if (runsToEdge.has(from)) runsToEdge.add(to);
  if (fillsRow.has(from)) fillsRow.add(to);
}

/** Where an item's text is read from: the page line it stands on (for locations). */
export type LineOf = (item: PositionedItem) => number;

/**
 * Puts the items that fall inside a ruled grid into its cells. An item drawn across a column border
 * (one run holding two cells' text) is cut at the border, character by character.
 */
export function fillGrid(grid: RuledGrid, items: readonly PositionedItem[], page: number, file: string, lineOf: LineOf): PageTable {
  const byCell = new Map<number, PositionedItem[]>();
  grid.cells.forEach((_, k) => byCell.set(k, []));
  // Pieces of a run cut at a border stand on the run's line.
  const original = new Map<PositionedItem, PositionedItem>();
  for (const it of items) {
    for (const piece of splitAtBorders(it, grid.xs)) {
      original.set(piece, it);
      const k = cellAt(grid, piece);
      if (k >= 0) byCell.get(k)?.push(piece);
    }
  }
  const nr = grid.ys.length - 1;
  const rows: TableCell[][] = Array.from({ length: nr }, () => []);
  grid.cells.forEach((cell, k) => {
    const its = byCell.get(k) ?? [];
    const lines = buildLines(its);
    const text = joinWrapped(lines.map((l) => l.text.replace(/\t+/g, ' '))).text;
    const last = lines[lines.length - 1];
    const first = its.length ? Math.min(...its.map((i) => lineOf(original.get(i) ?? i))) : null;
    const location: Location = loc(file, text, { page, line: first, cell: { table: 0, row: cell.r + 1, col: cell.c + 1 } });
    // The ruled cell: what a reviewer sees framed on the page.
    location.box = { ...cell.box };
    if (its.some((i) => i.source === 'ocr')) location.via = 'ocr';
    const tc: TableCell = { text, colSpan: cell.colSpan, rowSpan: cell.rowSpan, location };
    // The text's own right margin is that of its widest line where it wrapped: the border stands a
    // cell padding further off, which a line cut short by a unit that did not fit may add to.
    const margin = lines.length > 1 ? Math.max(...lines.map((l) => l.right)) : cell.box.x2;
    if (last && (cell.box.x2 - last.right < 2 * last.size + 2 || margin - last.right < 2 * last.size)) runsToEdge.add(tc);
    // Less than a line's height below the last line: the row ended with this cell's text (a line
    // more would have needed another 1.2 sizes or so of pitch).
    if (last && cell.box.y2 - last.bottom < 1.1 * last.size + 2) fillsRow.add(tc);
    // A cell of several lines: no line more at their own pitch, with below it the padding left above
    // the first, would have fitted (a browser's cell padding and line height leave more than a line's
    // height below a row it cut at the page end).
    const top = lines[0];
    if (last && top && lines.length > 1) {
      const pitch = (last.top - top.top) / (lines.length - 1);
      if (cell.box.y2 - last.bottom < pitch + Math.max(0, top.top - cell.box.y1) + 1) fillsRow.add(tc);
    }
    (rows[cell.r] as TableCell[]).push(tc);
  });
  for (const r of rows) r.sort((a, b) => (a.location.cell?.col ?? 0) - (b.location.cell?.col ?? 0));
  const kept = rows.flatMap((r, k) => (r.length ? [k] : []));
  return {
    page,
    box: grid.box,
    lastBottom: () => grid.box.y2,
    xs: grid.xs,
    rows: kept.map((k) => rows[k] as TableCell[]),
    rowHeights: kept.map((k) => (grid.ys[k + 1] as number) - (grid.ys[k] as number)),
  };
}

/** The cell covering each (row, column) slot of a grid: spanned cells cover several. */
const slotsOf = new WeakMap<RuledGrid, Int32Array>();

function slots(grid: RuledGrid): Int32Array {
  let out = slotsOf.get(grid);
  if (out) return out;
  const nc = grid.xs.length - 1;
  out = new Int32Array(Math.max(0, (grid.ys.length - 1) * nc)).fill(-1);
  grid.cells.forEach((c, k) => {
    for (let r = c.r; r < c.r + c.rowSpan; r++) for (let q = c.c; q < c.c + c.colSpan; q++) out[r * nc + q] = k;
  });
  slotsOf.set(grid, out);
  return out;
}

/** Index of the track strictly holding v (between bounds[i] and bounds[i + 1]), or -1. */
function track(bounds: readonly number[], v: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  if (!(v > (bounds[0] as number) && v < (bounds[hi] as number))) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] as number) <= v) lo = mid;
    else hi = mid;
  }
  return v > (bounds[lo] as number) && v < (bounds[hi] as number) ? lo : -1;
}

function cellAt(grid: RuledGrid, it: PositionedItem): number {
  const cx = it.x + it.width / 2;
  const cy = it.y + it.height / 2;
  // Most items stand well inside a cell: found by row and column (a table has hundreds of cells).
  const r = track(grid.ys, cy);
  const q = track(grid.xs, cx);
  if (r >= 0 && q >= 0) {
    const k = slots(grid)[r * (grid.xs.length - 1) + q] ?? -1;
    const b = grid.cells[k]?.box;
    if (b && cx > b.x1 && cx < b.x2 && cy > b.y1 && cy < b.y2) return k;
  }
  // Otherwise the nearest cell: an item on a border or just outside the grid.
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  grid.cells.forEach((c, k) => {
    const dx = cx < c.box.x1 ? c.box.x1 - cx : cx > c.box.x2 ? cx - c.box.x2 : 0;
    const dy = cy < c.box.y1 ? c.box.y1 - cy : cy > c.box.y2 ? cy - c.box.y2 : 0;
    const d = dx + dy;
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  });
  return bestD <= Math.max(it.height, 2) ? best : -1;
}

/** Approximate advance of a character in font sizes: CJK and full-width forms are square; figures half; , . and spaces a quarter; other Latin about half. */
function advance(ch: string): number {
  if (/[\u2e80-\uffef]/.test(ch)) return 1;
  if (/[\s,.:;'|!]/.test(ch)) return 0.27;
  return 0.53;
}

/** A figure's characters: a run of them is one figure, which stands in one cell whole. */
const FIGURE_CHAR = /[0-9,.%\-−+()（）]/;

/**
 * Cuts a run drawn across column borders into the pieces each cell holds. Where each character stands
 * is estimated: CJK characters take one em each (the run's height, when that fits its width), the
 * rest of the width is shared out among the others by their usual advances. A figure is never cut:
 * it goes whole to the cell its middle stands in (a label filling its cell, run on with the figures
 * after it in one run, left the first digit of '73,160.00' with the label).
 */
function splitAtBorders(it: PositionedItem, xs: readonly number[]): PositionedItem[] {
  const margin = Math.max(it.height, 1) * 0.3;
  const inner = xs.filter((x) => x > it.x + margin && x < it.x + it.width - margin);
  if (!inner.length) return [it];
  const chars = [...it.str];
  const isWide = (c: string) => /[\u2e80-\uffef]/.test(c);
  const wide = chars.filter(isWide).length;
  const narrow = chars.reduce((a, c) => a + (isWide(c) ? 0 : advance(c)), 0);
  const em = it.height;
  // The width left to the narrow characters once the wide ones have their em each.
  const rest = it.width - wide * em;
  const widths =
    em > 0 && wide > 0 && rest >= 0 && (narrow > 0 ? rest / narrow < 1.2 * em : rest < 0.5 * em)
      ? chars.map((c) => (isWide(c) ? em : narrow > 0 ? (advance(c) * rest) / narrow : 0))
      : (() => {
          const total = chars.reduce((a, c) => a + advance(c), 0) || 1;
          return chars.map((c) => (advance(c) * it.width) / total);
        })();
  // Units: a figure (a run of figure characters) or one other character, each with its left edge and width.
  const units: { text: string; x: number; w: number }[] = [];
  let x = it.x;
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k] as string;
    const w = widths[k] as number;
    const prev = units[units.length - 1];
    const figure = /[0-9]/.test(ch) || (FIGURE_CHAR.test(ch) && prev != null && /[0-9]$/.test(prev.text));
    if (figure && prev && /[0-9,.%\-−+(（]$/.test(prev.text) && FIGURE_CHAR.test(prev.text[0] as string)) {
      prev.text += ch;
      prev.w += w;
    } else units.push({ text: ch, x, w });
    x += w;
  }
  const out: PositionedItem[] = [];
  let cur = '';
  let curX = it.x;
  let border = 0;
  for (const u of units) {
    while (inner[border] != null && u.x + u.w / 2 > (inner[border] as number)) {
      if (cur.trim()) out.push({ ...it, str: cur, x: curX, width: u.x - curX });
      cur = '';
      curX = u.x;
      border++;
    }
    cur += u.text;
  }
  if (cur.trim()) out.push({ ...it, str: cur, x: curX, width: it.x + it.width - curX });
  return out;
}

const normText = (t: string) => t.replace(/\s+/g, '');
const isHeaderLike = (row: readonly TableCell[]) => !row.some((c) => /\d\.\d/.test(c.text));

/**
 * Whether `next` (at the top of the next page) continues `prev` (at the bottom of its page): the
 * same outer borders, give or take a few points. Inner column borders may differ (a table whose
 * upper rows have fewer cells than its lower rows): the parts are laid on the union of both.
 */
export function continues(prev: PageTable, next: PageTable, pageBottom: number): boolean {
  if (next.page !== (prev.lastPage ?? prev.page) + 1) return false;
  // The first part runs down to the foot of the text area, or stops where the next row did not fit
  // (the first row after the header rows the next part repeats).
  if (nextSheet(prev, next.rows)) return false;
  const skip = repeatedHeader(prev, next.rows);
  const needed = next.rowHeights[skip] ?? next.rowHeights[0] ?? 0;
  if (pageBottom - prev.lastBottom() > needed + 24) return false;
  const edge = (xs: readonly number[], k: number) => xs[k < 0 ? xs.length + k : k] as number;
  const sameLeft = Math.abs(edge(prev.xs, 0) - edge(next.xs, 0)) <= COLUMN_SLACK * 2;
  // Without borders the right edge is where the longest text of the last column ends, on each page
  // its own: the parts are one table when their columns part at the same white space.
  // A part that repeats the table's head is its part however its columns fall: its rows may have
  // figures in columns the part before had none in (a sheet's indicator rows under its head).
  if (prev.rivers && next.rivers) return sameLeft && (2 * matchRivers(prev.rivers, next.rivers).size >= Math.max(prev.rivers.length, next.rivers.length, 1) || repeatsHead(prev, next.rows));
  return sameLeft && Math.abs(edge(prev.xs, -1) - edge(next.xs, -1)) <= COLUMN_SLACK * 2;
}

/** Inner borders of two tables read without borders that stand in the same white space: index in b → index in a. */
export function matchRivers(a: readonly [number, number][], b: readonly [number, number][]): Map<number, number> {
  const out = new Map<number, number>();
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    const [lo, hi] = b[j] as [number, number];
    while (i < a.length && (a[i] as [number, number])[1] + COLUMN_SLACK < lo) i++;
    const r = a[i];
    if (r && r[0] - COLUMN_SLACK <= hi) out.set(j, i++);
  }
  return out;
}

/**
 * Lays a continuation read without borders on the columns of the part before it where they part at
 * the same white space (its borders, drawn from other texts, stand elsewhere in the same gaps).
 */
function snapColumns(prev: PageTable, next: PageTable): void {
  if (!prev.rivers || !next.rivers) return;
  const pairs = matchRivers(prev.rivers, next.rivers);
  const xs = [...next.xs];
  const rivers = next.rivers.map((r) => [...r] as [number, number]);
  for (const [j, i] of pairs) {
    const [a, b] = [prev.rivers[i] as [number, number], next.rivers[j] as [number, number]];
    xs[j + 1] = prev.xs[i + 1] as number;
    rivers[j] = [Math.max(a[0], b[0]), Math.min(a[1], b[1])];
  }
  const right = Math.max(prev.xs[prev.xs.length - 1] as number, xs[xs.length - 1] as number);
  prev.xs[prev.xs.length - 1] = right;
  xs[xs.length - 1] = right;
  xs[0] = prev.xs[0] as number;
  next.xs = xs;
  next.rivers = rivers;
}

/** The white space of each inner border of xs, from the parts' rivers (a border of one part only keeps its own). */
function riversAt(xs: readonly number[], ...parts: (readonly [number, number][])[]): [number, number][] {
  return xs.slice(1, -1).map((x) => {
    for (const rs of parts) for (const r of rs) if (r[0] - COLUMN_SLACK <= x && x <= r[1] + COLUMN_SLACK) return [...r] as [number, number];
    return [x, x] as [number, number];
  });
}

const COLUMN_SLACK = 3;

/** Column borders of both parts, near ones taken as one. */
function unionColumns(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) {
    if (!out.length || x - (out[out.length - 1] as number) > COLUMN_SLACK) out.push(x);
  }
  return out;
}

/** The cells of rows laid on the columns `xs` re-indexed onto the columns `to`. */
function reindex(rows: readonly TableCell[][], xs: readonly number[], to: readonly number[]): TableCell[][] {
  // The nearest border of `to` (sorted), the leftmost of two as near.
  const at = (x: number) => {
    let lo = 0;
    let hi = to.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((to[mid] as number) < x) lo = mid;
      else hi = mid;
    }
    return Math.abs((to[hi] as number) - x) < Math.abs((to[lo] as number) - x) ? hi : lo;
  };
  return rows.map((row) =>
    row.flatMap((c) => {
      const col0 = (c.location.cell?.col ?? 1) - 1;
      const c0 = at(xs[col0] as number);
      const c1 = at(xs[Math.min(col0 + c.colSpan, xs.length - 1)] as number);
      // A row laid on the coarser columns of its own page (a header row at the foot of a page, read on
      // the columns of the rows above it) holds in one cell texts that the rows below part into columns.
      const relay = relayers.get(c);
      const parts = c1 - c0 > 1 ? relay?.(to, c0, c1) : undefined;
      if (parts && parts.filter((p) => p.text.trim()).length > 1) {
        for (const p of parts) p.location.cell = { table: 0, row: 0, col: (p.location.cell?.col ?? c0 + 1) };
        carryMarks(c, parts[parts.length - 1] as TableCell);
        return parts;
      }
      const out = { ...c, colSpan: Math.max(1, c1 - c0), location: { ...c.location, cell: { table: 0, row: 0, col: c0 + 1 } } };
      carryMarks(c, out);
      if (relay) relayers.set(out, relay);
      return [out];
    }),
  );
}

/**
 * Appends a continuation to a table: both parts laid on the same columns, and the header rows it
 * repeats (the same texts as the first part's leading rows, without figures) dropped.
 */
export function appendContinuation(prev: PageTable, next: PageTable): void {
  snapColumns(prev, next);
  const xs = unionColumns(prev.xs, next.xs);
  if (prev.rivers && next.rivers) prev.rivers = riversAt(xs, prev.rivers, next.rivers);
  if (xs.length !== prev.xs.length) {
    prev.rows = reindex(prev.rows, prev.xs, xs);
    prev.xs = xs;
  }
  // Rows left empty at the top of the page (a border drawn twice, an empty repeated header row).
  const rows = next.rows.filter((r, k) => k >= next.rows.findIndex((x) => x.some((c) => c.text.trim())));
  const skip = repeatedHeader(prev, rows);
  const mapped = reindex(rows.slice(skip), next.xs, xs);
  const last = prev.rows[prev.rows.length - 1];
  const first = mapped[0];
  if (last && first && isSplitRow(last, first, prev.rows)) {
    joinSplitRow(last, first);
    mapped.shift();
  }
  prev.rows.push(...mapped);
  prev.lastPage = next.page;
  prev.lastBottom = () => next.box.y2;
}

/**
 * How many leading rows of a continuation repeat header rows of the table it continues: rows without
 * figures with the same texts as a run of the table's rows. The run is looked for from the end, as a
 * part may hold the end of one table and the start of another drawn right below it (sheets stacked
 * without a gap), whose header is the one repeated.
 */
function repeatedHeader(prev: PageTable, rows: readonly TableCell[][]): number {
  const lead = rows.findIndex((x) => x.some((c) => c.text.trim()));
  if (lead < 0) return 0;
  const first = rows[lead] as TableCell[];
  if (!isHeaderLike(first)) return 0;
  const key = rowKey(first);
  for (let j = prev.rows.length - 1; j >= 0; j--) {
    if (rowKey(prev.rows[j] as TableCell[]) !== key) continue;
    let n = 0;
    while (lead + n < rows.length && j + n < prev.rows.length && isHeaderLike(rows[lead + n] as TableCell[]) && rowKey(rows[lead + n] as TableCell[]) === rowKey(prev.rows[j + n] as TableCell[])) n++;
    return lead + n;
  }
  return 0;
}

/**
 * Whether the rows at the top of a page repeat the head of the table they continue, as a browser
 * repeats a table's header rows on each page: its first two rows or more, one of them of several cells.
 */
function repeatsHead(prev: PageTable, rows: readonly TableCell[][]): boolean {
  const lead = rows.findIndex((x) => x.some((c) => c.text.trim()));
  if (lead < 0) return false;
  let n = 0;
  while (lead + n < rows.length && n < prev.rows.length && isHeaderLike(rows[lead + n] as TableCell[]) && !hasFigure(rows[lead + n] as TableCell[]) && rowKey(rows[lead + n] as TableCell[]) === rowKey(prev.rows[n] as TableCell[]) && rowKey(prev.rows[n] as TableCell[]) !== '') n++;
  return n >= 2 && rows.slice(lead, lead + n).some((r) => r.filter((c) => normText(c.text)).length >= 2);
}

/**
 * Whether the rows at the top of a page open another table of the same form rather than repeat the
 * header of the one before (the next 项目支出绩效自评表 under the same title): they repeat its first
 * header rows and then, still in the header, differ ("项目名称 | 2023年租赁…" against "项目名称 |
 * 关于提前下达…"). A browser repeats a table's whole header, so a repeat that stops before the header
 * ends, at a row of the header, is none.
 */
function nextSheet(prev: PageTable, rows: readonly TableCell[][]): boolean {
  const lead = rows.findIndex((x) => x.some((c) => c.text.trim()));
  const skip = repeatedHeader(prev, rows);
  if (lead < 0 || skip <= lead) return false;
  const key = rowKey(rows[lead] as TableCell[]);
  let j = prev.rows.length - 1;
  while (j >= 0 && rowKey(prev.rows[j] as TableCell[]) !== key) j--;
  const n = skip - lead;
  const theirs = prev.rows[j + n];
  const ours = rows[skip];
  return theirs != null && ours != null && isHeaderLike(theirs) && isHeaderLike(ours) && !hasFigure(theirs) && !hasFigure(ours) && rowKey(theirs) !== rowKey(ours) && rowKey(ours) !== '' && sameLabel(theirs, ours);
}

/** Two header rows that open with the same label and differ after it ("项目名称 | A" and "项目名称 | B"). */
function sameLabel(a: readonly TableCell[], b: readonly TableCell[]): boolean {
  const first = (row: readonly TableCell[]) => normText(row.find((c) => normText(c.text))?.text ?? '');
  return first(a) !== '' && first(a) === first(b);
}

const FIGURE = /^[-−(（]?[\d,，]+(\.\d+)?%?[)）]?$/;
const hasFigure = (row: readonly TableCell[]) => row.some((c) => FIGURE.test(normText(c.text)));
const colOf = (c: TableCell) => c.location.cell?.col ?? 0;

/** The width two ruled cells share, as a share of the wider one's (0 where either has no box). */
function sharedWidth(p: TableCell, q: TableCell): number {
  const [a, b] = [p.location.box, q.location.box];
  if (!a || !b) return 0;
  const w = Math.max(a.x2 - a.x1, b.x2 - b.x1);
  return w > 0 ? Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) / w : 0;
}

/**
 * The cell of `row` standing over (or under) `c` in the other half of a row cut by a page break: the
 * one of the same columns, else the one whose ruled box covers most of the width of `c`'s and `c`'s
 * covers most of its own. A browser lays each page's part of a table out anew, so a column's borders
 * may stand a few points apart on the two pages ('按照完成比例' 457.9–475.9 over '赋分' 460.9–479.6):
 * on the union of both pages' borders the two cells start or end at different columns. A cell much
 * wider or narrower than `c` (a sheet's name row spanning all columns under an indicator's 一级 cell)
 * is none.
 */
function cellOver(row: readonly TableCell[], c: TableCell): TableCell | undefined {
  return row.find((x) => colOf(x) === colOf(c) && x.colSpan === c.colSpan) ?? row.find((x) => sharedWidth(x, c) >= 0.75);
}

/** A classification code in a cell of its own, in the leading (code) columns: "208", "20805", "2080505". */
const isCode = (c: TableCell) => colOf(c) <= 3 && /^\d{2,7}$/.test(normText(c.text));
/** An amount, a count or a rate: a figure that is not a classification code. */
const hasAmount = (row: readonly TableCell[]) => row.some((c) => !isCode(c) && FIGURE.test(normText(c.text)));
/**
 * A row that begins an entry of its own: a classification code (in its own cell or leading the name,
 * "210卫生健康支出") or a total label. It is never the rest of the row above it.
 */
const startsRow = (row: readonly TableCell[]) =>
  row.some((c) => {
    const t = normText(c.text);
    return isCode(c) || (colOf(c) <= 3 && /^\d{3}(?:\d{2}){0,2}(?!\d)[\u4e00-\u9fa5]/.test(t)) || /^(合计|总计|小计|本年.*合计)$/.test(t);
  });

/**
 * A row a word processor broke over the page end ("十三、交通运" | "输支出"): one of the two halves
 * holds figures, the other only the rest of the text of cells the first half already started. A row of
 * text only (a header "一级" | "指标", a long 目标 cell running over several pages) is broken when every
 * cell that goes on in the second half was cut in the first: its text ran to the cell's right border
 * and down to the row's bottom border, so the page end, not the writer, ended it. Otherwise the row
 * ending a page and the row starting the next are two rows: a second half that begins an entry of its
 * own (a code, a total) never goes on the first.
 */
function isSplitRow(a: readonly TableCell[], b: readonly TableCell[], before: readonly TableCell[][]): boolean {
  // Before a code is looked for: the rest of a cut figure ("00" of "204.00") is no code.
  if (figureCutInTwo(a, b, before)) return true;
  if (startsRow(b)) return false;
  if (hasAmount(a) && hasAmount(b)) return false;
  if (figuresBelowName(a, b, before)) return true;
  if (hasFigure(a) && hasFigure(b)) return false;
  if (restOfCutRow(a, b, before)) return true;
  const textOnly = !hasFigure(a) && !hasFigure(b);
  const [full, part] = hasFigure(b) ? [b, a] : [a, b];
  const texts = part.filter((c) => normText(c.text));
  if (!texts.length) return false;
  const firsts: TableCell[] = [];
  const each = texts.every((c) => {
    const other = cellOver(full, c);
    if (other == null || normText(other.text) === '') return false;
    const [first, second] = full === a ? [other, c] : [c, other];
    // The broken half's text ran to the cell border: it was cut by the page end, not finished.
    if (!runsToEdge.has(first)) return false;
    firsts.push(first);
    // Text goes on text ("交通运" + "输支出"); a figure only when the rest completes it ("100" + "%").
    const a0 = normText(first.text);
    const b0 = normText(second.text);
    return FIGURE.test(a0) ? FIGURE.test(a0 + b0) && !FIGURE.test(b0) : !FIGURE.test(b0);
  });
  // A row of text only was cut by the page end when its text reached the row's bottom border in a
  // cell that goes on: cells centred in the row ("上年完" | "成情况" beside "指标/值设" | "定依据")
  // leave room below their own last line.
  return each && (!textOnly || firsts.some((c) => fillsRow.has(c)));
}

/**
 * The rest of a row of figures that the page end cut (a sheet's indicator row, "完成监 | 2024 | … |
 * 100% | 10" above "督检查时间 | 年12月15日前 | …"): the second half is no row of its own, as it holds
 * no figure in the columns where the table's rows above carry theirs, and only text going on in cells
 * the first half had filled; and the first half was cut, not finished: a text cell it goes on ran to
 * its right border and down to the row's bottom border on the page before.
 */
function restOfCutRow(a: readonly TableCell[], b: readonly TableCell[], before: readonly TableCell[][]): boolean {
  if (!hasAmount(a)) return false;
  const figureCols = new Set(before.flatMap((r) => r.filter((c) => !isCode(c) && FIGURE.test(normText(c.text))).map(colOf)));
  const filled = b.filter((c) => normText(c.text));
  if (!filled.length) return false;
  let cut = false;
  for (const c of filled) {
    const t = normText(c.text);
    if (figureCols.has(colOf(c)) && MEASURE.test(t)) return false;
    const above = cellOver(a, c);
    if (!above || !normText(above.text)) return false;
    // (A figure printed against its cell's right border ran to it by alignment, not by being cut.)
    cut ||= runsToEdge.has(above) && fillsRow.has(above) && !MEASURE.test(normText(above.text));
  }
  return cut;
}

/**
 * A row whose figures the page end cut in two, in cells too narrow for them ("100." | "00%",
 * "15.5" | "4"): every cell of the second half goes on the cell above it (text on text, digits
 * completing a figure), and some figure of the first half cannot be a printed figure by itself: it
 * ends in its decimal point or a thousands separator. Both halves hold figures, so nothing else tells
 * the row from two rows (a leading zero does not: "04", "05" are codes of 款 printed apart).
 */
function figureCutInTwo(a: readonly TableCell[], b: readonly TableCell[], before: readonly TableCell[][] = []): boolean {
  const filled = b.filter((c) => normText(c.text));
  if (!filled.length) return false;
  let cut = false;
  for (const c of filled) {
    const above = cellOver(a, c);
    const raw = normText(above?.text ?? '');
    const a0 = raw.replace(TARGET_SIGN, '');
    const b0 = normText(c.text);
    if (!raw) return false;
    // A target's sign alone above its figure (">=" | "90%", "<" | "=450元/天/人"): no cell ends there.
    if (!a0) {
      if (!/^[=＝]?[\d.]/.test(b0)) return false;
      cut = true;
      continue;
    }
    const figures = /^[-−(（]?[\d,，.]+/.test(a0) && /^[\d,，.%]/.test(b0);
    if (figures) {
      // (A date cut after its century, "20" | "24年12月15日前", is cut where no date is.)
      if (CUT_DATE.test(a0 + b0) && /^\d{2}$/.test(a0)) {
        cut = true;
        continue;
      }
      if (!MEASURE.test(a0 + b0)) return false;
      // Cut where no printed figure ends ("98." | "33分") or begins ("1" | "00%": no figure but a code
      // starts with 0 and a digit, and a code has no % nor unit).
      // A cell of a unit alone ("95" | "%") is no figure either.
      cut ||= /\d[.,，]$/.test(a0) || (/^0\d/.test(b0) && /[%.]|[\u4e00-\u9fa5]/.test(b0)) || /^%$/.test(b0) || shortOfDecimals(a0, b0, before.slice(0, -1), colOf(c));
    } else if (UNIT_ALONE.test(b0) && MEASURE.test(a0)) cut = true;
    else if (FIGURE.test(b0) || FIGURE.test(a0)) return false;
    // A label of the standard forms cut in two ("年" | "度资金总额", "其" | "中：当年财政拨款").
    else cut ||= FORM_LABEL.test(a0 + b0) && !FORM_LABEL.test(a0);
  }
  return cut;
}

/**
 * A figure cut after fewer decimals than every other figure of its column prints ("207.5" | "5" in a
 * column of "13.06", "0.00"): a cell too narrow for "207.55" wrapped it, and the page end fell
 * between its lines. Whole with the rest it has the column's decimals.
 */
function shortOfDecimals(a0: string, b0: string, before: readonly TableCell[][], col: number): boolean {
  const decimals = (t: string) => /\.(\d+)$/.exec(t)?.[1]?.length ?? 0;
  if (!/^[-−]?[\d,，]+\.\d+$/.test(a0) || !/^\d+$/.test(b0)) return false;
  const column = before.flatMap((r) => r.filter((x) => colOf(x) === col).map((x) => normText(x.text))).filter((t) => /^[-−]?[\d,，]+\.\d+$/.test(t));
  const d = decimals(column[0] ?? '');
  return column.length >= 3 && d > decimals(a0) && column.every((t) => decimals(t) === d) && decimals(a0 + b0) === d;
}

/** Row labels of the standard self-evaluation sheet, whole: a row's label is one of them or not cut. */
const FORM_LABEL =
  /^(?:年度资金总额|其中[:：]?当年财政拨款|上年结转资金|其他资金|总分|(?:产出|效益|成本|满意度|数量|质量|时效|(?:社会|经济|生态)效益|可持续影响|服务对象满意度)指标|(?:经济|社会|生态环境)成本(?:指标)?)(?:[（(]\d+(?:\.\d+)?分[)）])?$/;
/** A unit alone, as the rest of a figure's cell ("≤5" | "万元/年"): no cell of figures holds it by itself. */
const UNIT_ALONE = /^(?=[^/])(?:亿|万)?(?:元|人次|人|个|次|家|份|天|辆|件|项|户|%)?(?:\/[\u4e00-\u9fa5]{1,2})*$/;

/** A measure as a self-evaluation sheet prints it: a figure with its unit ("98.33分", "0.15万元", "100%"). */
const MEASURE = /^[-−(（]?[\d,，]+(\.\d+)?(?:%|[\u4e00-\u9fa5]{1,3})?[)）]?$/;
const CUT_DATE = /^(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[前后底末]?$/;
/** A target's sign before its figure ("=0.15万元", "≥95%"). */
const TARGET_SIGN = /^[=＝≥≤>＜<＞]+/;

/**
 * A row cut before its figures: the first half a name (and code) without any amount, in a table whose
 * rows all have amounts; the second half amounts without a name or code, in the cells the first left
 * empty. Neither half is a row by itself.
 */
function figuresBelowName(a: readonly TableCell[], b: readonly TableCell[], before: readonly TableCell[][]): boolean {
  if (hasAmount(a) || !hasAmount(b)) return false;
  const filled = (row: readonly TableCell[]) => row.filter((c) => normText(c.text));
  if (!filled(a).length) return false;
  // The second half holds amounts only, each under an empty cell of the first.
  for (const c of filled(b)) {
    if (isCode(c) || !FIGURE.test(normText(c.text))) return false;
    if (a.some((x) => colOf(x) === colOf(c) && normText(x.text))) return false;
  }
  // Every row of the table from its first row of amounts has amounts: a row without any is cut.
  const start = before.findIndex(hasAmount);
  return start >= 0 && before.slice(start, -1).every(hasAmount);
}

function joinSplitRow(a: TableCell[], b: readonly TableCell[]): void {
  for (let k = 0; k < a.length; k++) {
    const c = a[k] as TableCell;
    const more = b.find((x) => colOf(x) === colOf(c)) ?? b.find((x) => sharedWidth(x, c) >= 0.75);
    if (!more || !normText(more.text)) continue;
    // A figure under an empty cell is that cell's text, where it is printed (the next page).
    if (!normText(c.text)) {
      a[k] = { ...more, colSpan: c.colSpan, location: { ...more.location, cell: c.location.cell } };
      continue;
    }
    const text = joinWrapped([c.text, more.text]).text;
    const joined = { ...c, text, location: { ...c.location, text } };
    // The joined text ends where its second half ends: it may go on over the next page break too.
    carryMarks(more, joined);
    a[k] = joined;
  }
}

/**
 * A row's texts in order, run together: two parts may lay the same row on different columns, and a
 * part read without borders may part its texts otherwise (two header texts a narrow gap apart in one
 * cell on one page, in two on the next: "全年预算数 全年执行数" | "全年预算数", "全年执行数").
 */
function rowKey(row: readonly TableCell[]): string {
  return row.map((c) => normText(c.text)).join('');
}

/** The finished block: rows numbered top to bottom, the table's ordinal in the file set on every cell. */
export function toTableBlock(t: PageTable, ordinal: number, file: string): TableBlock {
  const rows = t.rows.map((row, r) =>
    row.map((c) => ({ ...c, location: { ...c.location, cell: { table: ordinal, row: r + 1, col: c.location.cell?.col ?? 1 } } })),
  );
  const firstRow = rows[0] ?? [];
  const text = firstRow.map((c) => c.text.trim()).join('\t');
  const first = firstRow[0]?.location;
  return { kind: 'table', rows, shape: 'grid', location: loc(file, text, { page: first?.page ?? t.page, line: first?.line ?? null }) };
}
