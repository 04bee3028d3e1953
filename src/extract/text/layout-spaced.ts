import { Decimal } from 'decimal.js';
import { parseNumber } from '../../model/decimal.js';
import type { TableCell } from '../../model/layout.js';
import { loc } from '../../model/loc.js';
import type { Line } from '../pdf/lines.js';
import type { PageTable } from '../pdf/tables.js';
import { DECIMAL } from './layout-header.js';
import { CODE, type Head, type Token, amountWord, labelText, near, stack } from './layout-order.js';
import { splitByCatalog } from './wrapped-names.js';

/**
 * A table on a character grid whose columns neither the grid nor the order of its words decides
 * (blank cells left blank, columns set per block), handed to the reader of tables copied without
 * their layout (src/interpret/tables/spaced.ts), which places each row's figures by the table's
 * standard columns and its sums, and leaves unread what they do not decide. The grid still tells
 * what copied text does not: which header words stack into one cell ("本年收入合" over "计"), which
 * lines are one row, and the order of a row's figures set on two lines (poppler may set some of a
 * row's figures on a line above its code and name: they are read with the next row that starts, in
 * the order of their character columns, where the two lines together hold no more figures than the
 * header names amounts).
 */

const TOTAL = /^(?:合\s*计|总\s*计|小\s*计|本年.{0,6}合计)$/;
/** The 类/款/项 heads some layouts print on the total row. */
const CODE_HEAD = /^(?:类|款|项)$/;

interface Row {
  labels: Token[];
  figures: Token[];
}

/** The table as rows of words for the spaced reader, or null where its lines are not one such table. */
export function readAsSpaced(t: PageTable, lines: readonly Line[]): { table: PageTable; byColumns: boolean } | null {
  const rows = lines.map((l) => l.items.map((i) => ({ text: i.str, x1: i.x, x2: i.x + i.width, line: l.no })));
  const first = rows.findIndex((r) => r.some((w) => DECIMAL.test(w.text)));
  if (first <= 0) return null;
  let head = rows.slice(0, first);
  const numberLine = head.find((r) => r.some((w) => w.text === '栏次'));
  // Lines of words alone between the column numbers (栏次) and the first figures: the first row's
  // name wrapped above its line, where the catalog says so (wrapped-names.ts); else header words.
  const lead = numberLine ? head.slice(head.indexOf(numberLine) + 1) : [];
  let heads = stack(head.filter((r) => r !== numberLine));
  if (!heads) return null;
  const width = heads.filter((h) => amountWord(h.text)).length;
  if (width < 2) return null;

  const codeHeads: Token[] = [];
  const body: Row[] = [];
  // Lines of words alone given to the row above them, by its index (wrapped-names.ts).
  const tails = new Map<number, Token[][]>();
  let pool: Token[] = [];
  const flushPool = () => {
    if (pool.length) body.push({ labels: [], figures: pool });
    pool = [];
  };
  for (const r of rows.slice(first)) {
    const k = r.findIndex((w) => DECIMAL.test(w.text));
    const figures = k < 0 ? [] : r.slice(k);
    // A word after a figure: two tables side by side, or a row the writer set across another.
    if (figures.some((w) => !DECIMAL.test(w.text))) return null;
    const labels = (k < 0 ? r : r.slice(0, k)).filter((w) => !(CODE_HEAD.test(w.text) && codeHeads.push(w)));
    if (!labels.length) {
      if (figures.length) pool.push(...figures);
      continue;
    }
    const joined = labels.map((w) => w.text).join('');
    if (CODE.test(labels[0]?.text ?? '') || TOTAL.test(joined)) {
      let own = figures;
      if (pool.length && pool.length + figures.length <= width) own = [...pool, ...figures].sort((a, b) => a.x1 - b.x1);
      else flushPool();
      pool = [];
      body.push({ labels, figures: own });
      continue;
    }
    const last = body[body.length - 1];
    if (pool.length || !last) return null;
    // A name's next line, with the figures of its row where the line before held none.
    if (figures.length && last.figures.length) return null;
    last.labels.push(...labels);
    if (figures.length) {
      last.figures = figures;
      // The line of the row's figures: the lines before it are the row's own.
      tails.delete(body.length - 1);
    } else tails.set(body.length - 1, [...(tails.get(body.length - 1) ?? []), labels]);
  }
  if (pool.length) return null;
  if (splitByCatalog(body, tails, lead)) {
    head = head.slice(0, head.length - lead.length);
    heads = stack(head.filter((r) => r !== numberLine));
    if (!heads || heads.filter((h) => amountWord(h.text)).length !== width) return null;
  }

  const file = t.rows[0]?.[0]?.location.file ?? '';
  const byColumns = placeByColumns(heads.filter((h) => amountWord(h.text)), body);
  if (byColumns) return { table: gridOf(t, file, heads, byColumns), byColumns: true };
  const cell = (text: string, at: Token | undefined, row: number, col: number): TableCell => ({
    text,
    colSpan: 1,
    rowSpan: 1,
    location: loc(file, text, { page: t.page, line: at?.line ?? null, cell: { table: 0, row, col } }),
  });
  const out: TableCell[][] = [[...heads.map((h, k) => cell(h.text, h.at, 1, k + 1)), ...codeHeads.map((w, k) => cell(w.text, w, 1, heads.length + k + 1))]];
  if (numberLine) out.push(numberLine.map((w, k) => cell(w.text, w, 2, k + 1)));
  for (const b of body) {
    const r = out.length + 1;
    const label = labelText(b.labels);
    const code = /^(\d+) (.*)$/.exec(label);
    const texts = code ? [code[1] as string, code[2] as string] : label ? [label] : [];
    out.push([...texts.map((x, k) => cell(x, b.labels[0], r, k + 1)), ...b.figures.map((w, k) => cell(w.text, w, r, texts.length + k + 1))]);
  }
  return { table: { ...t, rows: out, rowHeights: out.map(() => 1), rivers: undefined }, byColumns: false };
}

/** A row placed: its label, and per column of amounts its figure or none. */
interface Placed {
  label: string;
  at: Token | undefined;
  cells: (Token | undefined)[];
}

/**
 * The rows' figures placed in the columns of amounts by where they stand: each row's figures, in
 * order, in the columns whose headers' middles are nearest theirs, where that is clearly nearer than
 * any other placement (a layout writer shifts a block of lines by a few characters, never by a
 * column's width). Taken only where the sums then hold throughout: a row's total (合计, 小计) the sum
 * of its other columns, and in every column a 类 the sum of its 款, a 款 of its 项, the total row
 * of the 类. Else null: the reader of rows of words places them by the sums alone, or leaves them.
 */
function placeByColumns(columns: readonly Head[], body: readonly Row[]): Placed[] | null {
  const width = columns.length;
  if (width > 8 || columns.some((c, k) => k > 0 && c.x1 < (columns[k - 1] as Head).x2)) return null;
  const mid = columns.map((c) => (c.x1 + c.x2) / 2);
  const out: Placed[] = [];
  for (const b of body) {
    const figs = b.figures;
    if (figs.length > width) return null;
    let best: { cost: number; cols: number[] } | null = null;
    let second = Infinity;
    const visit = (i: number, from: number, cols: number[], cost: number) => {
      if (i === figs.length) {
        if (!best || cost < best.cost) {
          second = Math.min(second, best?.cost ?? Infinity);
          best = { cost, cols: [...cols] };
        } else second = Math.min(second, cost);
        return;
      }
      const w = figs[i] as Token;
      for (let c = from; c <= width - (figs.length - i); c++) visit(i + 1, c + 1, [...cols, c], cost + Math.abs((w.x1 + w.x2) / 2 - (mid[c] as number)));
    };
    visit(0, 0, [], 0);
    const chosen = best as { cost: number; cols: number[] } | null;
    if (!chosen || (figs.length && second - chosen.cost < MARGIN)) return null;
    const cells: (Token | undefined)[] = Array.from({ length: width }, () => undefined);
    chosen.cols.forEach((c, i) => (cells[c] = figs[i]));
    out.push({ label: labelText(b.labels), at: b.labels[0] ?? figs[0], cells });
  }
  return sumsHold(columns, out) ? out : null;
}

/** How much nearer (characters) the placement taken must be than any other. */
const MARGIN = 2;

const value = (w: Token | undefined) => new Decimal(w ? (parseNumber(w.text)?.value ?? 'NaN') : 0);

function sumsHold(columns: readonly Head[], rows: readonly Placed[]): boolean {
  const width = columns.length;
  if (/^(?:本年.{0,4})?(?:合计|小计)$/.test((columns[0] as Head).text)) {
    for (const r of rows) {
      const parts = r.cells.slice(1).reduce((a, w) => a.plus(value(w)), new Decimal(0));
      if (!near(value(r.cells[0]), parts, r.cells)) return false;
    }
  }
  const codeOf = (r: Placed) => /^(\d{3}(?:\d{2}){0,2})(?: |$)/.exec(r.label)?.[1];
  const coded = rows.filter((r) => codeOf(r));
  const total = rows.find((r) => !codeOf(r) && (TOTAL.test(r.label) || !r.label));
  const classes = coded.filter((r) => codeOf(r)?.length === 3);
  const families: [Placed, Placed[]][] = coded.map((r) => {
    const code = codeOf(r) as string;
    return [r, coded.filter((k) => (codeOf(k) as string).length === code.length + 2 && (codeOf(k) as string).startsWith(code))];
  });
  if (total && classes.length) families.push([total, classes]);
  for (const [parent, kids] of families) {
    if (!kids.length) continue;
    for (let c = 0; c < width; c++) {
      const cells = [parent.cells[c], ...kids.map((k) => k.cells[c])];
      if (!near(value(parent.cells[c]), kids.reduce((a, k) => a.plus(value(k.cells[c])), new Decimal(0)), cells)) return false;
    }
  }
  // Codes below a total must all be heads of families or leaves under one: a 款 without its 类 row is a part.
  return coded.every((r) => (codeOf(r) as string).length === 3 || coded.some((p) => (codeOf(r) as string).startsWith(codeOf(p) as string) && (codeOf(p) as string).length === (codeOf(r) as string).length - 2));
}

/** The table placed by columns, as a grid: the header of amounts over its columns, blank cells blank. */
function gridOf(t: PageTable, file: string, heads: readonly Head[], rows: readonly Placed[]): PageTable {
  const columns = heads.filter((h) => amountWord(h.text));
  const label = [...heads].reverse().find((h) => !amountWord(h.text) && /科目名称|项目/.test(h.text));
  const cell = (text: string, at: Token | undefined, row: number, col: number): TableCell => ({
    text,
    colSpan: 1,
    rowSpan: 1,
    location: loc(file, text, { page: t.page, line: at?.line ?? null, cell: { table: 0, row, col } }),
  });
  const out: TableCell[][] = [[cell(label?.text.endsWith('科目名称') ? '科目名称' : '项目', label?.at, 1, 1), ...columns.map((h, k) => cell(h.text, h.at, 1, k + 2))]];
  for (const r of rows) {
    const n = out.length + 1;
    out.push([cell(r.label, r.at, n, 1), ...r.cells.map((w, k) => cell(w?.text ?? '', w ?? r.at, n, k + 2))]);
  }
  const xs = Array.from({ length: columns.length + 2 }, (_, k) => t.box.x1 + (k * (t.box.x2 - t.box.x1)) / (columns.length + 1));
  return { ...t, xs, rows: out, rowHeights: out.map(() => 1), rivers: undefined };
}
