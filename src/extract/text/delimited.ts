import { displayWidth } from './unwrap.js';

/**
 * Tables whose cells are parted by a run of spaces of one length ("301    工资福利支出    90.00"), as
 * some converters write a table's tabs: a delimiter, not a character grid. Its columns do not stand
 * one under another (a long name pushes the rest of its line right), so the reader of grids
 * (layout-table.ts) cannot find them; the run is a tab, and a run of n times its length is n tabs (a
 * blank cell between them: "合计        1,000.00"). A block is taken as such only where that is
 * plain: three lines or more in a row, each with cells parted so (a short line of one cell may stand
 * between two of them: a table's part row), and figures in most of them; every
 * run of two spaces or more inside a line a multiple of the shortest, and most of them the shortest
 * itself; no sentence; and the figures not standing on common edges (a grid with runs of one length by
 * chance stays a grid).
 */

/** An amount or a rate as tables print it, with its decimals (1,234.56 / -3.20 / (3.20) / 5.10%): not a code. */
const FIGURE = /^(?:[-−]?[\d,，]*\d\.\d+%?|[(（][\d,，]*\d\.\d+%?[)）])$/;
/** A run of two spaces or more between two words. */
const INNER_GAP = /(?<=\S) {2,}(?=\S)/g;

interface Parsed {
  indent: string;
  gaps: number[];
  cells: string[];
}

function parse(text: string): Parsed | null {
  if (text.includes('\t') || /[。；;]|，.*，/.test(text)) return null;
  const indent = /^ */.exec(text)?.[0] ?? '';
  const body = text.slice(indent.length).replace(/\s+$/, '');
  const gaps = [...body.matchAll(INNER_GAP)].map((m) => m[0].length);
  if (!gaps.length) return null;
  return { indent, gaps, cells: body.split(/ {2,}/) };
}

/** A line of one short cell: no tab, no run of spaces inside it, no sentence. */
function loneCell(text: string): boolean {
  const t = text.trim();
  return t !== '' && !text.includes('\t') && !/ {2,}/.test(t) && displayWidth(t) <= 24 && !/[。；;，,：:]/.test(t);
}

/** Right edges (display columns) of the figure cells of a line. */
function figureEdges(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
    if (FIGURE.test(m[0])) out.push(displayWidth(text.slice(0, (m.index ?? 0) + m[0].length)));
  }
  return out;
}

/** Whether the block's lines are delimited by runs of one length, and that length. */
function delimiter(block: readonly { text: string; p: Parsed }[]): number | null {
  if (block.length < 3) return null;
  const gaps = block.flatMap((b) => b.p.gaps);
  const unit = Math.min(...gaps);
  if (gaps.some((g) => g % unit !== 0)) return null;
  if (gaps.filter((g) => g === unit).length < (2 / 3) * gaps.length) return null;
  const withFigures = block.filter((b) => b.p.cells.some((c) => FIGURE.test(c.trim())));
  if (withFigures.length < block.length / 2) return null;
  // Figures on common right edges from line to line, as many edges as a line has figures: laid out on a grid.
  const edges = withFigures.map((b) => figureEdges(b.text));
  const count = new Map<number, number>();
  for (const e of edges.flat()) count.set(e, (count.get(e) ?? 0) + 1);
  const columns = Math.max(...edges.map((es) => es.length));
  const onEdges = [...count.values()].sort((a, b) => b - a).slice(0, columns).reduce((a, b) => a + b, 0);
  if (onEdges > 0.5 * edges.flat().length) return null;
  return unit;
}

/** The lines with every block delimited by runs of spaces of one length rewritten with tabs. */
export function delimitBySpaces<T extends { text: string }>(lines: readonly T[]): T[] {
  const out = [...lines];
  let k = 0;
  while (k < lines.length) {
    const block: { text: string; p: Parsed; k: number }[] = [];
    let j = k;
    const lone: number[] = [];
    for (; j < lines.length; j++) {
      const text = (lines[j] as T).text;
      const p = parse(text);
      if (p) {
        block.push({ text, p, k: j });
        continue;
      }
      // A row of one cell between rows so parted ("收入" over the income rows): in the block, as it is.
      if (block.length && loneCell(text) && parse((lines[j + 1] as T | undefined)?.text ?? '')) {
        lone.push(j);
        continue;
      }
      break;
    }
    const unit = delimiter(block);
    if (unit) {
      for (const k of lone) out[k] = { ...(lines[k] as T), text: (lines[k] as T).text.replace(/\s+$/, '') };
      for (const b of block) {
        const text = b.p.indent + b.text.slice(b.p.indent.length).replace(/\s+$/, '').replace(INNER_GAP, (run) => '\t'.repeat(run.length / unit));
        out[b.k] = { ...(lines[b.k] as T), text };
      }
    }
    k = Math.max(j, k + 1);
  }
  return out;
}
