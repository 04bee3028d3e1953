import { Decimal } from 'decimal.js';
import { parseNumber } from '../../model/decimal.js';
import type { TableCell } from '../../model/layout.js';
import { loc } from '../../model/loc.js';
import type { Line } from '../pdf/lines.js';
import type { PageTable } from '../pdf/tables.js';
import { AMOUNT_HEAD, DECIMAL, LABEL } from './layout-header.js';
import { splitByCatalog } from './wrapped-names.js';

/**
 * A table on a character grid read by the order of its words where their columns do not tell. A
 * layout writer sets the words of one stretch of text a single space apart whatever stood between
 * them ("20805 行政事业单位养老支出 13.06", "238.67 157.38"), and may set the lines of one part of a
 * page on columns of their own: the grid then puts figures in columns not their own. Yet where every
 * row prints a figure in every column (a blank printed as 0.00), the k-th figure of a row is in the
 * k-th column of figures whatever its character column; and where one header row names as many
 * amounts as that, the k-th names the k-th. The table is then read as label, figures: a row with
 * fewer figures than columns (a blank cell left blank), a word after a figure (two tables side by
 * side), or a header that does not count out leaves it unread.
 */

export const CODE = /^\d{3}(?:\d{2}){0,2}$/;
export const amountWord = (w: string) => AMOUNT_HEAD.test(w) && !LABELS.test(w);
/** Label headers one under the other in one cell ("项目" over "科目代码"). */
export const LABELS = new RegExp(`^(?:${LABEL.source.slice(1, -1)})+$`);

/** A word of the table with where it stands. */
export interface Token {
  text: string;
  x1: number;
  x2: number;
  /** The line it stands on (1-based grid line). */
  line: number;
}

/** A row of the body: its label words and its figures, in order. */
interface BodyRow {
  labels: Token[];
  figures: Token[];
}

/**
 * The table read by order from its lines, or null where the order does not decide (see above). The
 * lines are the grid lines the table covers, in order, header lines first.
 */
export function readByOrder(t: PageTable, lines: readonly Line[]): PageTable | null {
  const rows = lines.map((l) => l.items.map((i) => ({ text: i.str, x1: i.x, x2: i.x + i.width, line: l.no })));
  const first = rows.findIndex((r) => r.some((w) => DECIMAL.test(w.text)));
  if (first <= 0) return null;

  // The body: label words, then figures only. A line of label words alone starting a row (a code and
  // a name whose figures the writer set on the next line) takes the next line's figures; one not
  // starting a row goes on with the name of the row before it.
  const body: BodyRow[] = [];
  let open: BodyRow | null = null;
  // Lines of words alone given to the row above them, by its index (wrapped-names.ts).
  const tails = new Map<number, Token[][]>();
  for (const r of rows.slice(first)) {
    const k = r.findIndex((w) => DECIMAL.test(w.text));
    const labels = k < 0 ? r : r.slice(0, k);
    const figures = k < 0 ? [] : r.slice(k);
    if (figures.some((w) => !DECIMAL.test(w.text))) return null;
    if (!r.length) continue;
    if (!figures.length) {
      if (open) {
        open.labels.push(...labels);
        continue;
      }
      if (CODE.test(labels[0]?.text ?? '') || !body.length) {
        open = { labels, figures: [] };
        body.push(open);
      } else {
        (body[body.length - 1] as BodyRow).labels.push(...labels);
        tails.set(body.length - 1, [...(tails.get(body.length - 1) ?? []), labels]);
      }
      continue;
    }
    if (open && !CODE.test(labels[0]?.text ?? '')) {
      open.labels.push(...labels);
      open.figures = figures;
      open = null;
      continue;
    }
    if (open) return null;
    body.push({ labels, figures });
  }
  if (open) return null;
  splitByCatalog(body, tails);
  const width = Math.max(...body.map((b) => b.figures.length));
  // Every row a figure in every column: a row with fewer has blank cells the order does not place.
  if (width < 1 || body.some((b) => b.figures.length !== width)) return null;

  // The header: column numbers (栏次) on a line of their own; the other words stacked into cells, a
  // word under the one word of a line above it overlaps going on with it ("本年收入合" / "计").
  const headLines = rows.slice(0, first);
  const numberLine = headLines.find((r) => r.some((w) => w.text === '栏次'));
  const numbers = numberLine?.filter((w) => /^\d+$/.test(w.text)) ?? [];
  if (numberLine && (numbers.length !== width || numberLine.some((w) => w.text !== '栏次' && !/^\d+$/.test(w.text)))) return null;
  const lines2 = headLines.filter((r) => r !== numberLine);
  const heading = headerOf(lines2, width);
  if (!heading) return null;
  const { leaves, group, heads } = heading;
  // Where the first column is a total of the others (合计, 小计) every row must add up (to the rounding
  // of its figures): a header stacked wrong would name a column with another's figures, and then rows
  // do not add up.
  if (/^(?:本年.{0,4})?(?:合计|小计)$/.test((leaves[0] as Head).text) && width > 1 && body.some((b) => !addsUp(b.figures))) return null;
  const label = [...heads].reverse().find((h) => LABEL.test(h.text) && h.text.length > 1);

  const file = t.rows[0]?.[0]?.location.file ?? '';
  const out: TableCell[][] = [];
  const cell = (text: string, at: Token | undefined, row: number, col: number, span = 1): TableCell => ({
    text,
    colSpan: span,
    rowSpan: 1,
    location: loc(file, text, { page: t.page, line: at?.line ?? null, cell: { table: 0, row, col } }),
  });
  if (group) out.push([cell('项目', label?.at, 1, 1), cell(group.text, group.at, 1, 2, width)]);
  out.push([cell(label?.text ?? '项目', label?.at, out.length + 1, 1), ...leaves.map((h, k) => cell(h.text, h.at, out.length + 1, k + 2))]);
  if (numbers.length) out.push([cell('栏次', numbers[0], out.length + 1, 1), ...numbers.map((w, k) => cell(w.text, w, out.length + 1, k + 2))]);
  for (const b of body) {
    const r = out.length + 1;
    out.push([cell(labelText(b.labels), b.labels[0] ?? b.figures[0], r, 1), ...b.figures.map((w, k) => cell(w.text, w, r, k + 2))]);
  }
  const xs = Array.from({ length: width + 2 }, (_, k) => t.box.x1 + (k * (t.box.x2 - t.box.x1)) / (width + 1));
  return { ...t, xs, rows: out, rowHeights: out.map(() => 1), rivers: undefined };
}

/**
 * Whether a total and the sum of its parts agree within the rounding of the figures printed: half a
 * printed unit each (0.005 for two decimals), as the checker's own sums allow (column-sums.ts).
 */
export function near(total: Decimal, sum: Decimal, cells: readonly (Token | undefined)[]): boolean {
  const tol = cells.reduce((a, w) => a.plus(w ? new Decimal(0.5).div(new Decimal(10).pow(parseNumber(w.text)?.decimals ?? 0)) : 0), new Decimal(0));
  return total.minus(sum).abs().lte(tol);
}

/** Whether a row's first figure is the sum of the others. */
function addsUp(figures: readonly Token[]): boolean {
  const [total, ...parts] = figures.map((w) => new Decimal(parseNumber(w.text)?.value ?? 'NaN'));
  return total != null && !total.isNaN() && near(total, parts.reduce((a, b) => a.plus(b), new Decimal(0)), figures);
}

/** A header cell: its words top to bottom joined, and its first word. */
export interface Head {
  text: string;
  at: Token;
  /** Where the cell's words stand, left and right. */
  x1: number;
  x2: number;
}

/**
 * The header over `width` columns of figures: the names of amounts heading them in order, a group
 * over them all, the label cells. Where one line names exactly `width` amounts they are the leaves,
 * and at most one name of amounts above them a group; else the header's words are stacked into
 * cells and the cells name exactly `width` amounts. Any other word leaves it unread.
 */
function headerOf(lines: readonly Token[][], width: number): { leaves: Head[]; group: Head | undefined; heads: Head[] } | null {
  const amounts = lines.map((r) => r.filter((w) => amountWord(w.text)));
  const leafLines = amounts.flatMap((a, k) => (a.length === width ? [k] : []));
  if (leafLines.length === 1) {
    const k = leafLines[0] as number;
    const leaves = (amounts[k] as Token[]).map((w) => ({ text: w.text, at: w, x1: w.x1, x2: w.x2 }));
    const extra = amounts.filter((_, j) => j !== k).flat();
    if (extra.length > 1 || extra.some((w) => w.line > (leaves[0] as Head).at.line)) return null;
    const group = extra[0] && { text: extra[0].text, at: extra[0], x1: extra[0].x1, x2: extra[0].x2 };
    const labels = stack(lines.map((r) => r.filter((w) => !amountWord(w.text))));
    if (!labels || labels.some((h) => !LABELS.test(h.text))) return null;
    return { leaves, group, heads: labels };
  }
  const heads = stack(lines);
  // Any word of the header neither a label nor a name of amounts might head a column the reader does not know.
  if (!heads || heads.some((h) => !amountWord(h.text) && !LABELS.test(h.text))) return null;
  const leaves = heads.filter((h) => amountWord(h.text));
  return leaves.length === width ? { leaves, group: undefined, heads } : null;
}

/**
 * Header words stacked into cells, left to right: a word under one word of the line above it
 * overlaps goes on with it ("本年收入合" / "计"). A word over several words of the next line, or under
 * several of the line above, leaves the stacking undecided.
 */
export function stack(lines: readonly Token[][]): Head[] | null {
  const stacks: { words: Token[]; x1: number; x2: number }[] = [];
  for (const r of lines) {
    const placed: [Token, (typeof stacks)[number] | undefined][] = [];
    for (const w of r) {
      const over = stacks.filter((s) => s.x1 < w.x2 && w.x1 < s.x2);
      if (over.length > 1) return null;
      placed.push([w, over[0]]);
    }
    if (placed.some((p) => p[1] && placed.filter((q) => q[1] === p[1]).length > 1)) return null;
    for (const [w, s] of placed) {
      if (s) {
        s.words.push(w);
        [s.x1, s.x2] = [Math.min(s.x1, w.x1), Math.max(s.x2, w.x2)];
      } else stacks.push({ words: [w], x1: w.x1, x2: w.x2 });
    }
  }
  return stacks.map((s) => ({ text: s.words.map((w) => w.text).join(''), at: s.words[0] as Token, x1: s.x1, x2: s.x2 })).sort((a, b) => a.x1 - b.x1);
}

/**
 * A row's label: its words joined, a code split over 类/款/项 columns ("201 06 01") joined into one
 * code, the code a space apart from the name. A wrapped name's parts join without a space.
 */
export function labelText(labels: readonly Token[]): string {
  const words = labels.map((w) => w.text);
  let k = 0;
  let code = '';
  while (k < words.length && /^\d+$/.test(words[k] as string) && CODE.test(code + (words[k] as string))) code += words[k++] as string;
  const name = words.slice(k).join('');
  return code && name ? `${code} ${name}` : code || name;
}
