import type { Measure } from './layout-pairs.js';
import { type Token, stack } from './layout-order.js';

/** A word a table's body holds and its header never does: a figure, a code, a column's number. */
const BODY_WORD = /^(?:[-−]?[\d,]+(?:\.\d+)?|[(（][\d,]+(?:\.\d+)?[)）])$/;

/**
 * The header cells of a table copied as rows of words, where its lines stand on a character grid: a
 * narrow column's header set over two or three lines ("附属单" / "位上缴" / "收入") is one cell,
 * its words joined top to bottom by the columns they share (`stack`). Only the lines above the first
 * line holding a figure or a code are header lines, so no row of the body joins a header; a header
 * whose words do not stack one to one gives none (null), as does a header with no word wrapped: the
 * lines as printed already name every column.
 */
export function stackedHeads(lines: readonly string[], measure: Measure): string[] | null {
  const fields = lines.map((l) => [...l.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], at: m.index ?? 0 })));
  const body = fields.findIndex((f) => f.some((w) => w.text.split(' ').some((x) => BODY_WORD.test(x))));
  const end = body < 0 ? 0 : body;
  let from = 0;
  // Lines of one field over the header (the unit's name, a caption) span the columns under them.
  while (from < end && (fields[from] as unknown[]).length < 2) from++;
  if (end - from < 2) return null;
  const rows: Token[][] = [];
  for (let k = from; k < end; k++) {
    const line = lines[k] as string;
    rows.push(
      (fields[k] as { text: string; at: number }[]).map((w) => {
        const x1 = measure(line.slice(0, w.at));
        return { text: w.text.replace(/\s+/g, ''), x1, x2: x1 + measure(w.text), line: k + 1 };
      }),
    );
  }
  const heads = stack(rows);
  const words = rows.reduce((n, r) => n + r.length, 0);
  return heads && heads.length < words ? heads.map((h) => h.text) : null;
}
