import type { TableBlock } from '../../model/layout.js';
import { readHalves } from './layout-halves.js';
import type { Measure } from './layout-pairs.js';
import { readTwoSided } from './layout-two-sided.js';
import { type SourceLine, endsTable } from './spaced-table.js';

/**
 * A table under its unit line on a character grid (pdftotext -layout) whose layout the grid does not
 * keep, read whole by a reader of its shape that verifies it by its own sums: a two-sided summary
 * (收入 | 支出, layout-two-sided.ts), a classification printed in two halves (layout-halves.ts). The
 * table runs from the line after the unit line up to a note, a title, a unit line or prose
 * (spaced-table.ts), over page breaks. Null where no such reader takes it: the other readers try.
 */
export function readWholeTable(source: readonly SourceLine[], start: number, measure: Measure, file: string, tableNo: number): { table: TableBlock; next: number } | null {
  let end = start;
  while (end < source.length && !endsTable((source[end] as SourceLine).text)) end++;
  const lines = source.slice(start, end);
  if (!lines.some((l) => l.text.trim())) return null;
  const table = readTwoSided(lines, measure, file, tableNo) ?? readHalves(lines, measure, file, tableNo);
  return table ? { table, next: end } : null;
}
