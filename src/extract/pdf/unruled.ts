import type { TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import type { PositionedItem } from './items.js';
import { COLUMN_GAP, type Line, joinItems } from './lines.js';
import type { PageTable } from './tables.js';

/**
 * Tables printed without borders: a run of lines whose text falls into columns separated by wide gaps,
 * with figures in them. Columns are found from positions, as a reader's eye finds them: figures are
 * right-aligned (clustered by right edge), names left-aligned (by left edge). Written here because no
 * Node library reads tables from text positions.
 */
interface Seg {
  items: PositionedItem[];
  text: string;
  x1: number;
  x2: number;
  numeric: boolean;
}

const NUMBER = /^[-−(（]?[\d,，]+(\.\d+)?%?[)）]?$/;
/** Lines of a table run and figures needed before lines are read as a table. */
const MIN_ROWS = 3;
const SLACK = 6;

export function findUnruledTables(lines: readonly Line[], page: number, file: string): { tables: PageTable[]; rest: Line[] } {
  const tables: PageTable[] = [];
  const rest: Line[] = [];
  let k = 0;
  while (k < lines.length) {
    let end = k;
    while (end < lines.length && (lines[end] as Line).text.includes('\t')) end++;
    const run = lines.slice(k, end);
    if (run.length >= MIN_ROWS && run.filter((l) => segments(l).some((s) => s.numeric)).length >= 2) {
      tables.push(tableOf(run, page, file));
      k = end;
      continue;
    }
    rest.push(...(end > k ? run : [lines[k] as Line]));
    k = Math.max(end, k + 1);
  }
  return { tables, rest };
}

function segments(l: Line): Seg[] {
  const out: Seg[] = [];
  let cur: PositionedItem[] = [];
  const flush = () => {
    if (!cur.length) return;
    const text = joinItems(cur);
    out.push({ items: cur, text, x1: (cur[0] as PositionedItem).x, x2: Math.max(...cur.map((i) => i.x + i.width)), numeric: NUMBER.test(text.replace(/\s+/g, '')) });
    cur = [];
  };
  for (const it of l.items) {
    const prev = cur[cur.length - 1];
    if (prev && it.x - (prev.x + prev.width) > COLUMN_GAP * Math.max(Math.min(prev.height, it.height), 1)) flush();
    cur.push(it);
  }
  flush();
  return out;
}

function tableOf(run: readonly Line[], page: number, file: string): PageTable {
  const segs = run.map(segments);
  // Column anchors: right edges of figures, left edges of texts.
  const cols: { x1: number; x2: number; right: number | null; left: number | null }[] = [];
  for (const s of segs.flat()) {
    const col = cols.find((c) => (s.numeric && c.right != null && Math.abs(c.right - s.x2) <= SLACK) || (!s.numeric && c.left != null && Math.abs(c.left - s.x1) <= SLACK));
    if (col) {
      col.x1 = Math.min(col.x1, s.x1);
      col.x2 = Math.max(col.x2, s.x2);
    } else cols.push({ x1: s.x1, x2: s.x2, right: s.numeric ? s.x2 : null, left: s.numeric ? null : s.x1 });
  }
  // Anchors whose spans overlap are one column (a header word over a figure column).
  cols.sort((a, b) => a.x1 - b.x1);
  const merged: { x1: number; x2: number }[] = [];
  for (const c of cols) {
    const last = merged[merged.length - 1];
    if (last && c.x1 < last.x2 - 1) last.x2 = Math.max(last.x2, c.x2);
    else merged.push({ x1: c.x1, x2: c.x2 });
  }
  const xs = [...merged.map((c) => c.x1), (merged[merged.length - 1] as { x2: number }).x2];
  const rows: TableCell[][] = segs.map((lineSegs, r) => {
    const line = run[r] as Line;
    const texts = merged.map(() => '');
    for (const s of lineSegs) {
      let best = 0;
      let bestOverlap = -Infinity;
      merged.forEach((c, k) => {
        const overlap = Math.min(c.x2, s.x2) - Math.max(c.x1, s.x1);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = k;
        }
      });
      texts[best] = texts[best] ? `${texts[best]} ${s.text}` : s.text;
    }
    return texts.map((text, c) => {
      const location = loc(file, text, { page, line: line.no, cell: { table: 0, row: r + 1, col: c + 1 } });
      if (line.ocr) location.via = 'ocr';
      return { text: text.replace(/\t+/g, ' '), colSpan: 1, rowSpan: 1, location };
    });
  });
  const first = run[0] as Line;
  const last = run[run.length - 1] as Line;
  const box = { x1: xs[0] as number, y1: first.top, x2: xs[xs.length - 1] as number, y2: last.bottom };
  const rowHeights = run.map((l, k) => (run[k + 1]?.top ?? l.bottom) - l.top);
  return { page, box, lastBottom: () => box.y2, xs, rows, rowHeights };
}
