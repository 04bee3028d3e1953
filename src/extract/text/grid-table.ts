import type { TableBlock, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { stripMarkup } from './markup.js';
import { displayWidth } from './unwrap.js';

/**
 * Pandoc's grid tables, as `pandoc -t markdown` writes DOCX tables with merged or multi-line cells:
 *
 *   +------+-------------+        borders: '+' at every column edge
 *   | 项目 | 决算数      |        a cell may run over several lines,
 *   +======+=============+        and may span columns (fewer '|' on its lines)
 *
 * Column edges are the '+' of the widest border, measured in display columns (CJK = 2), as pandoc
 * pads them; a cell's text is its lines joined. No markdown library reads these into cells with
 * spans, so they are read here.
 */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

export function isGridBorder(line: string): boolean {
  return BORDER.test(line);
}

/** Reads a grid table starting at a border line; returns the table and the index after it. */
export function readGridTable(lines: readonly string[], start: number, file: string, tableNo: number): { table: TableBlock; next: number } {
  let end = start;
  while (end < lines.length && (isGridBorder(lines[end] as string) || /^\s*\|/.test(lines[end] as string))) end++;
  const block = lines.slice(start, end);
  // Column edges: every '+' position seen on any border (a spanning row's border has fewer).
  const edges = new Set<number>();
  for (const l of block) if (isGridBorder(l)) for (const p of plusPositions(l)) edges.add(p);
  const cols = [...edges].sort((a, b) => a - b);

  const rows: TableCell[][] = [];
  let pending: { text: string[]; from: number; to: number; line: number }[] | null = null;
  const flush = () => {
    if (!pending?.length) return;
    const r = rows.length + 1;
    let col = 1;
    rows.push(
      pending.map((c) => {
        const t = stripMarkup(c.text.filter(Boolean).join('')).trim();
        const span = Math.max(1, c.to - c.from);
        const cell: TableCell = { text: t, colSpan: span, rowSpan: 1, location: loc(file, t, { line: c.line, cell: { table: tableNo, row: r, col } }) };
        col += span;
        return cell;
      }),
    );
    pending = null;
  };
  for (let i = 0; i < block.length; i++) {
    const l = block[i] as string;
    if (isGridBorder(l)) {
      flush();
      continue;
    }
    const segments = cellSegments(l, cols);
    if (!pending || pending.length !== segments.length || pending.some((p, k) => p.from !== segments[k]?.from)) {
      flush();
      pending = segments.map((s) => ({ text: [s.text], from: s.from, to: s.to, line: start + i + 1 }));
    } else {
      segments.forEach((s, k) => (pending as NonNullable<typeof pending>)[k]?.text.push(s.text));
    }
  }
  flush();
  const first = stripMarkup((lines[start + 1] ?? '').replace(/\|/g, ' ')).trim();
  return { table: { kind: 'table', rows, shape: 'grid', location: loc(file, first, { line: start + 1 }) }, next: end };
}

function plusPositions(border: string): number[] {
  const out: number[] = [];
  let w = 0;
  for (const ch of border) {
    if (ch === '+') out.push(w);
    w += displayWidth(ch);
  }
  return out;
}

/** The cells of one content line: text between '|'s, with the column edges each '|' stands at. */
function cellSegments(line: string, cols: readonly number[]): { text: string; from: number; to: number }[] {
  const bars: number[] = [];
  const texts: string[] = [];
  let w = 0;
  let cur = '';
  for (const ch of line) {
    if (ch === '|') {
      bars.push(w);
      texts.push(cur);
      cur = '';
    } else cur += ch;
    w += displayWidth(ch);
  }
  const edgeOf = (pos: number) => {
    let best = 0;
    for (let k = 0; k < cols.length; k++) if (Math.abs((cols[k] as number) - pos) < Math.abs((cols[best] as number) - pos)) best = k;
    return best;
  };
  const out: { text: string; from: number; to: number }[] = [];
  for (let k = 1; k < bars.length; k++) out.push({ text: (texts[k] as string).trim(), from: edgeOf(bars[k - 1] as number), to: edgeOf(bars[k] as number) });
  return out;
}
