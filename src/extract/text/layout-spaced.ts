import type { TableCell } from '../../model/layout.js';
import { loc } from '../../model/loc.js';
import type { Line } from '../pdf/lines.js';
import type { PageTable } from '../pdf/tables.js';
import { DECIMAL } from './layout-header.js';
import { CODE, type Token, amountWord, labelText, stack } from './layout-order.js';

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
export function readAsSpaced(t: PageTable, lines: readonly Line[]): PageTable | null {
  const rows = lines.map((l) => l.items.map((i) => ({ text: i.str, x1: i.x, x2: i.x + i.width, line: l.no })));
  const first = rows.findIndex((r) => r.some((w) => DECIMAL.test(w.text)));
  if (first <= 0) return null;
  const head = rows.slice(0, first);
  const numberLine = head.find((r) => r.some((w) => w.text === '栏次'));
  const heads = stack(head.filter((r) => r !== numberLine));
  if (!heads) return null;
  const width = heads.filter((h) => amountWord(h.text)).length;
  if (width < 2) return null;

  const codeHeads: Token[] = [];
  const body: Row[] = [];
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
    if (figures.length) last.figures = figures;
  }
  if (pool.length) return null;

  const file = t.rows[0]?.[0]?.location.file ?? '';
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
  return { ...t, rows: out, rowHeights: out.map(() => 1), rivers: undefined };
}
