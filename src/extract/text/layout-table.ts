import type { PositionedItem } from '../pdf/items.js';
import { type Line, makeLine } from '../pdf/lines.js';
import { type PageTable, appendContinuation, continues } from '../pdf/tables.js';
import { findUnruledTables } from '../pdf/unruled.js';
import { AMOUNT_HEAD, DECIMAL, realignHeader } from './layout-header.js';
import { LABELS, amountWord, readByOrder } from './layout-order.js';
import type { Measure } from './layout-pairs.js';
import { readAsSpaced } from './layout-spaced.js';
import type { SourceLine } from './spaced-table.js';

/** Tables read by the order of their words: placed by that reading, not by the grid. */
const ordered = new WeakSet<PageTable>();
/** Tables handed on as rows of words, for the reader of tables copied without layout to place. */
const spaced = new WeakSet<PageTable>();
/** The lines each table was read from, which a part over the page break may be read with. */
const tableLines = new WeakMap<PageTable, readonly Line[]>();

/** A table read from its words (layout-spaced.ts) kept with its lines, which a part over the page break may join. */
function keepWords(words: { table: PageTable; byColumns: boolean }, own: readonly Line[]): void {
  (words.byColumns ? ordered : spaced).add(words.table);
  tableLines.set(words.table, own);
}

/** Whether a table found is to be read as rows of words (layout-spaced.ts), not as a grid. */
export function isSpaced(t: PageTable): boolean {
  return spaced.has(t);
}

/**
 * Tables in text laid out on a character grid, as `pdftotext -layout` (poppler) writes a PDF page:
 * every line of the page is a line of text, its fields set at the character column where they stood,
 * runs of spaces for the white space between them and for blank cells, long names wrapped onto the
 * next line. Read as the PDF reader reads a page without table borders (src/extract/pdf/unruled.ts):
 * each word becomes a positioned item, x its character column and y its line, and the same code finds
 * the columns in the white space running down the rows of figures, the rows, wrapped names, and tables
 * continued over a page break (a form feed). One mechanism for a PDF and for its text.
 *
 * Only a block whose figures stand on common edges over many lines is taken as such a table: prose
 * with a double space, and text copied without its layout (single spaces, blank cells missing; read
 * by spaced-table.ts), are left to the other readers.
 */

/** A table found in the text: source line indices [start, end) it covers, and the table. */
export interface LayoutTable {
  start: number;
  end: number;
  table: PageTable;
}

/** A figure word: an amount, a count or a rate. */
const FIGURE = /^([-−]?[\d,，]+(\.\d+)?%?|[(（][\d,，]+(\.\d+)?%?[)）])$/;
/** Two fields parted by a run of spaces: a line laid out in columns. */
const GAP = /\S {2,}\S/;

/**
 * Lines that stand apart from a table however close they are: its title, unit line (金额单位 anywhere
 * in it), reporting unit (编制单位：…), number, note.
 */
const APART = /^(?:.{0,40}表|(?:金额)?单位[：:].*|(?:编制|填报)单位(?:名称)?\s*[：:].*|.*金额单位\s*[：:]\s*(?:万元|元|千元|亿元).*|公开\s*\d+\s*表|[（(]?\d{4}\s*年度?[)）]?|注\s*\d*\s*[：:].*)$/;

/** Width of text on the grid: characters, or display columns (CJK two), whichever the text's columns use. */
const chars: Measure = (s) => [...s].length;
const display: Measure = (s) => {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return w;
};

/** The words of a line with their columns under a measure. */
function words(text: string, measure: Measure): { str: string; x: number; width: number }[] {
  const out: { str: string; x: number; width: number }[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const i = m.index ?? 0;
    out.push({ str: m[0], x: measure(text.slice(0, i)), width: measure(m[0]) });
  }
  return out;
}

/**
 * Which measure lines the text's figures up: each figure word of a line laid out in columns scores
 * where its left or right edge is that of a figure on one of the next few such lines.
 */
function alignment(lines: readonly string[], measure: Measure): number {
  const edges = lines.map((l) => words(l, measure).filter((w) => FIGURE.test(w.str)).flatMap((w) => [`l${w.x}`, `r${w.x + w.width}`]));
  let score = 0;
  edges.forEach((es, k) => {
    const near = new Set(edges.slice(k + 1, k + 6).flat());
    for (const e of es) if (near.has(e)) score++;
  });
  return score;
}

/** The measure the text's columns use, or null where too few lines are laid out in columns to tell. */
export function gridMeasure(source: readonly SourceLine[]): Measure | null {
  const gapped = source.filter((l) => GAP.test(l.text)).map((l) => l.text);
  if (gapped.length < 3) return null;
  return alignment(gapped, display) > alignment(gapped, chars) ? display : chars;
}

/** Finds the tables laid out on a character grid in the text's lines. */
export function findLayoutTables(source: readonly SourceLine[], file: string): LayoutTable[] {
  const measure = gridMeasure(source);
  if (!measure) return [];

  const pages: number[][] = [];
  source.forEach((l, k) => {
    const last = pages[pages.length - 1];
    if (last && source[last[0] as number]?.page === l.page) last.push(k);
    else pages.push([k]);
  });

  const out: LayoutTable[] = [];
  let carry: { table: PageTable; foot: number } | undefined;
  let pending: LayoutTable | null = null;
  for (const [p, indices] of pages.entries()) {
    const page = source[indices[0] as number]?.page ?? p + 1;
    const lines = gridLines(source, indices, measure);
    const found0 = findUnruledTables(lines, page, file, carry, [], { onGrid: true });
    // A table the grid does not place is read by the order of its words where that decides (layout-order.ts).
    const mapped = found0.tables.map((t) => {
      const own = lines.filter((l) => inBox(l, t));
      tableLines.set(t, own);
      if (cellsPlaced(t) && (headed(t) || realignHeader(t))) return t;
      const read = readByOrder(t, own);
      if (read) keepWords({ table: read, byColumns: true }, own);
      const words = read ? null : readAsSpaced(t, own);
      if (words) keepWords(words, own);
      return read ?? words?.table ?? t;
    });
    let { tables, rest } = joinSplit(mapped, found0.rest, lines, source, (indices[indices.length - 1] as number) + 1);
    // A table that goes on over the page break: the headerless parts at the top of this page are read
    // with it by the order or the place of their words (a layout writer sets each page's columns on
    // its own, so the grid may not lay them on common columns). Where they are not, a table the grid
    // reads goes on by the grid; one read from its words is not read at all, rather than in part.
    const held: readonly Line[] | undefined = pending && pending.table.lastPage == null ? tableLines.get(pending.table) : undefined;
    const top = tables[0];
    const fromWords = pending != null && (spaced.has(pending.table) || ordered.has(pending.table));
    // Rows at the top of the page whose label fills its cell, a single space before the figures
    // ("公务用车购置及运行维护费 73,160.00 73,160.00"), are no columns the grid finds, yet rows of it.
    if (pending && held && top && carry?.table === pending.table && !rest.some((l) => l.bottom <= top.box.y1 + 0.5 && !isFolio((source[l.no - 1] as SourceLine).text) && !labelledFigures(l))) {
      const ranges = tables.map((t) => rangeOf(t, lines));
      const { end, last: j } = regionOf(0, ranges, source, (indices[indices.length - 1] as number) + 1);
      const own = lines.filter((l) => l.no - 1 < end);
      // Headerless: before its first line of figures at most a name's last lines, no header word.
      const firstFigures = own.findIndex((l) => l.items.some((i) => DECIMAL.test(i.str)));
      const lead = own.slice(0, Math.max(firstFigures, 0)).filter((l) => l.items.length);
      const both: Line[] = [...held, ...own];
      let words: { table: PageTable; byColumns: boolean } | null = null;
      if (firstFigures >= 0 && lead.length <= 2 && !lead.some((l) => l.items.some((i) => amountWord(i.str) || LABELS.test(i.str) || i.str === '栏次'))) {
        const read = readByOrder(pending.table, both);
        words = read ? { table: read, byColumns: true } : readAsSpaced(pending.table, both);
        // A table the grid reads goes on by the grid (continues, appendContinuation) unless its words place it.
        if (!fromWords && !words?.byColumns) words = null;
      }
      if (words) {
        keepWords(words, both);
        pending = { ...(pending as LayoutTable), table: words.table, end };
        tables = tables.slice(j + 1);
        rest = rest.filter((l) => l.no - 1 >= end);
        carry = { table: words.table, foot: Math.max(...lines.map((l) => l.bottom)) };
        if (!tables.length && !rest.some((l) => !isFolio((source[l.no - 1] as SourceLine).text))) continue;
        out.push(pending);
        pending = null;
      } else if (fromWords) pending = null;
    }
    // A few rows at the top of the page that go on with the table ending the page before are taken
    // with it; other tables only where their figures stand in columns. A table with a cell that
    // holds a figure beside another word is not read here at all (see `placed`), nor the table it
    // goes on from: read in part, its sums would run over rows it lacks.
    const before = (t: PageTable) => rest.some((l) => l.bottom <= t.box.y1 + 0.5 && !isFolio((source[l.no - 1] as SourceLine).text));
    const goesOn = (t: PageTable, k: number) => k === 0 && carry != null && !before(t) && continues(carry.table, t, carry.foot);
    if (pending && tables[0] && goesOn(tables[0], 0) && !cellsPlaced(tables[0])) pending = null;
    const candidates = tables.filter((t, k) => cellsPlaced(t) && (laidOut(t) || goesOn(t, k)));
    // A table whose next or previous line (blank lines aside) is a line of figures laid out in
    // columns that it does not hold is only part of a table: read in part, its sums would run over
    // rows it lacks, so none of it is read here.
    const ranges = candidates.map((t) => rangeOf(t, lines));
    const figureRow = (k: number) => {
      const text = (source[k] as SourceLine | undefined)?.text ?? '';
      return GAP.test(text) && text.trim().split(/\s+/).some((w) => FIGURE.test(w) && /\d\.\d/.test(w));
    };
    const step = (from: number, dir: 1 | -1) => {
      let k = from;
      while (indices.includes(k) && !(source[k] as SourceLine).text.trim()) k += dir;
      return indices.includes(k) ? k : -1;
    };
    const kept = candidates.filter((_, n) => {
      const r = ranges[n] as { start: number; end: number };
      const held = (k: number) => ranges.some((x) => k >= x.start && k < x.end);
      return [step(r.end, 1), step(r.start - 1, -1)].every((k) => k < 0 || held(k) || !figureRow(k));
    });
    const found = kept.map((table) => ({ table, ...rangeOf(table, lines) }));
    // The lines of a table found but not kept (prose with a double space) are left to the other readers.
    const restIdx = [...rest.map((l) => l.no - 1), ...tables.filter((t) => !kept.includes(t)).flatMap((t) => lines.filter((l) => inBox(l, t)).map((l) => l.no - 1))].filter(
      (k) => !isFolio((source[k] as SourceLine).text),
    );
    for (const t of found) {
      const first = restIdx.every((k) => k > t.start) && t === found[0];
      if (pending && first && continues(pending.table, t.table, carry?.foot ?? Infinity)) {
        appendContinuation(pending.table, t.table);
        pending.end = t.end;
        continue;
      }
      if (pending) out.push(pending);
      pending = t;
    }
    const last = found[found.length - 1];
    // A table with nothing but a folio below it on its page may go on over the page break.
    if (last && restIdx.every((k) => k < last.start)) {
      carry = { table: last.table, foot: Math.max(...lines.map((l) => l.bottom)) };
    } else {
      carry = undefined;
      if (pending) out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  // Parts over a page break are laid on common columns: the whole is held to the same test. A header
  // drifted off its columns is set over them again where its order decides (layout-header.ts).
  return out
    .map((t) => {
      if (!cellsPlaced(t.table) || headed(t.table)) return t;
      const table = realignHeader(t.table);
      return table ? { ...t, table } : t;
    })
    .filter((t) => placed(t.table));
}

/** A line that may stand inside a table: blank, or laid out in columns or short, and no title, unit line, note or folio. */
function tableish(source: readonly SourceLine[], n: number): boolean {
  const text = (source[n] as SourceLine).text;
  return !text.trim() || (!APART.test(text.trim()) && !isFolio(text) && (GAP.test(text) || [...text.trim()].length <= 30));
}

/**
 * The lines from the k-th table on that stand together as parts of one table, [start, end) source
 * indices, and the last table they take in: the table and what follows it on the page up to a line
 * of another kind (a title, a unit line, a note, a folio, prose).
 */
function regionOf(k: number, ranges: readonly { start: number; end: number }[], source: readonly SourceLine[], pageEnd: number): { start: number; end: number; last: number } {
  const start = (ranges[k] as { start: number }).start;
  let end = (ranges[k] as { end: number }).end;
  let last = k;
  for (;;) {
    while (end < pageEnd && tableish(source, end)) end++;
    const next = ranges[last + 1];
    if (!next || next.start > end) break;
    last++;
    end = Math.max(end, next.end);
  }
  // Blank lines at the end belong to what follows.
  while (end > start && !(source[end - 1] as SourceLine).text.trim()) end--;
  return { start, end, last };
}

/**
 * Parts of one table the grid split apart (at a name wrapped onto lines of its own, a blank line, a
 * row whose figures the writer set on another line, rows it left out), not all of them read as a
 * grid: read together as rows of words (layout-spaced.ts). Parts are one table where nothing stands
 * between them but lines of the table's kind: no title, unit line or note, no prose.
 */
function joinSplit(tables: readonly PageTable[], rest: readonly Line[], lines: readonly Line[], source: readonly SourceLine[], pageEnd: number): { tables: PageTable[]; rest: Line[] } {
  const ranges = tables.map((t) => rangeOf(t, lines));
  const out: PageTable[] = [];
  const taken: [number, number][] = [];
  let k = 0;
  while (k < tables.length) {
    const { start, end, last } = regionOf(k, ranges, source, pageEnd);
    const run = tables.slice(k, last + 1);
    const own = lines.filter((l) => l.no - 1 >= start && l.no - 1 < end);
    const outside = own.filter((l) => !ranges.some((r) => l.no - 1 >= r.start && l.no - 1 < r.end) && l.items.some((i) => DECIMAL.test(i.str)));
    if ((last > k || outside.length) && !run.some((t) => ordered.has(t))) {
      const box = { ...(run[0] as PageTable).box, y1: Math.min(...own.map((l) => l.top)), y2: Math.max(...own.map((l) => l.bottom)) };
      const words = readAsSpaced({ ...(run[0] as PageTable), box, lastBottom: () => box.y2 }, own);
      if (words) {
        keepWords(words, own);
        out.push(words.table);
        taken.push([start, end]);
        k = last + 1;
        continue;
      }
    }
    out.push(...run);
    k = last + 1;
  }
  return { tables: out, rest: rest.filter((l) => !taken.some(([a, b]) => l.no - 1 >= a && l.no - 1 < b)) };
}

/** A field of a line: words parted by single spaces, between runs of two spaces or more. */
interface Field {
  text: string;
  x1: number;
  x2: number;
  figure: boolean;
}

interface Entry {
  k: number;
  words: { str: string; x: number; width: number }[];
  fields: Field[];
  figure: boolean;
  apart: boolean;
  /** Blank lines between it and the line above. */
  blanks: number;
  /** Where it stands: set so that lines of one row overlap or nearly touch, rows stand apart. */
  y: number;
}

/** A row of its own begins here: a classification code, an item number, a total. */
const STARTS_ROW = /^(?:\d{3}(?:\d{2}){0,2}(?!\d)|第[一二三四五六七八九十\d]+|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[①-⑳]|合\s*计|总\s*计|小\s*计|本年.{0,6}合计)/;

const overlap = (a: Field, b: Field) => a.x1 < b.x2 && b.x1 < a.x2;

/**
 * The lines of a page as lines of positioned items. The grid keeps no heights: a wrapped line of a
 * name follows its row as closely as the next row does. Where the text itself shows that a line
 * goes on with a row (a name wrapped under its start, a header cell wrapped under its first line,
 * the figures of one row printed a line apart) the line is set close to that row, else a row's pitch
 * (a blank line a little more) below the line above.
 */
function gridLines(source: readonly SourceLine[], indices: readonly number[], measure: Measure): Line[] {
  const entries: Entry[] = [];
  let blanks = 0;
  for (const k of indices) {
    const text = (source[k] as SourceLine).text;
    if (!text.trim()) {
      blanks++;
      continue;
    }
    const ws = words(text, measure);
    const fields: Field[] = [];
    for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
      const i = m.index ?? 0;
      const x1 = measure(text.slice(0, i));
      fields.push({ text: m[0], x1, x2: x1 + measure(m[0]), figure: m[0].split(' ').every((w) => FIGURE.test(w)) });
    }
    entries.push({ k, words: ws, fields, figure: ws.some((w) => FIGURE.test(w.str)), apart: APART.test(text.trim()), blanks, y: 0 });
    blanks = 0;
  }
  const starts = (e: Entry) => STARTS_ROW.test(e.fields[0]?.text ?? '');
  const texts = (e: Entry) => e.fields.filter((f) => !f.figure);
  /** Every field of b lies under a text field of a. */
  const under = (a: Entry, b: Entry) => b.fields.every((f) => texts(a).some((t) => overlap(t, f)));
  /** Every field of b lies under a text field of a or under none of a's fields (a blank cell). */
  const underOrBlank = (a: Entry, b: Entry) => b.fields.every((f) => texts(a).some((t) => overlap(t, f)) || !a.fields.some((t) => overlap(t, f)));
  const apartFrom = (a: Entry, b: Entry) => a.fields.every((f) => !b.fields.some((g) => overlap(f, g)));
  const touches = (a: Entry, b: Entry) => b.blanks === 0 && !a.apart && !b.apart;
  /**
   * A line of words opening a row's cells above the row's figures, a cell centred in its row and
   * wrapped around the row's line: every piece stands over a cell of words of the row (or a blank
   * one), none over its figures, and the row's cells go on under its line in a column it shares.
   */
  const opensAbove = (e: Entry, row: Entry | undefined, below: Entry | undefined) => {
    if (!row || !below || !touches(e, row) || !row.figure || starts(e) || !touches(row, below) || below.figure || starts(below)) return false;
    const words = texts(row);
    const figures = row.fields.filter((f) => f.figure);
    if (!e.fields.every((f) => !figures.some((g) => overlap(f, g)))) return false;
    if (!underOrBlank(row, below)) return false;
    return words.some((w) => e.fields.some((f) => overlap(f, w)) && below.fields.some((f) => overlap(f, w)));
  };
  const opened = new Set<Entry>();
  let y = 0;
  entries.forEach((e, n) => {
    const prev = entries[n - 1];
    const next = entries[n + 1];
    const touching = prev && e.blanks === 0 && !e.apart && !prev.apart;
    // Goes on with the row above: a text line under the row's texts or blank cells, or a header
    // cell's next line under its first.
    if (touching && !e.figure && !starts(e) && (prev.figure ? underOrBlank(prev, e) && texts(e).length === e.fields.length : under(prev, e))) {
      e.y = prev.y + 1.2;
    } else if (touching && e.figure && !prev.figure && starts(prev) && !starts(e) && texts(e).length > 0 && under(prev, { ...e, fields: texts(e) })) {
      // The first line of a row's name, its code leading, above the line with its figures.
      e.y = prev.y + 1.2;
    } else if (touching && e.figure && prev.figure && prev.fields.every((f) => f.figure) && texts(e).length > 0 && apartFrom(prev, e)) {
      // Figures of one row printed a line above the rest of it, in other columns.
      e.y = prev.y + 0.4;
    } else if (touching && opened.has(prev)) {
      // The figures' line of a row whose cells opened on the line above.
      e.y = prev.y + 1.2;
    } else {
      e.y = prev ? Math.max(...entries.slice(0, n).map((x) => x.y)) + 2 + (e.blanks ? 0.2 : 0) : 0;
      if (!e.figure && !e.apart && opensAbove(e, next, entries[n + 2])) opened.add(e);
    }
    void next;
  });
  return entries.map((e) =>
    makeLine(
      e.words.map((w) => ({
        str: w.str,
        x: w.x,
        // A title or note line is set apart as a larger type would be.
        y: e.apart ? e.y - 0.3 : e.y,
        width: w.width,
        height: e.apart ? 1.6 : 1,
        source: 'text' as const,
        confidence: null,
      })),
      e.k + 1,
    ),
  );
}

function inBox(l: Line, t: PageTable): boolean {
  return l.top >= t.box.y1 - 0.5 && l.bottom <= t.box.y2 + 0.5;
}

function rangeOf(t: PageTable, lines: readonly Line[]): { start: number; end: number } {
  const inside = lines.filter((l) => inBox(l, t)).map((l) => l.no - 1);
  return { start: Math.min(...inside), end: Math.max(...inside) + 1 };
}

/** A line of words then figures only, at least one with decimals: a table's row, however spaced. */
function labelledFigures(l: Line): boolean {
  const k = l.items.findIndex((i) => FIGURE.test(i.str));
  return k > 0 && l.items.slice(k).every((i) => FIGURE.test(i.str)) && l.items.slice(k).some((i) => /\d\.\d/.test(i.str));
}

function isFolio(text: string): boolean {
  return /^\s*[-—–]?\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*[-—–]?\s*$/.test(text);
}

/**
 * Whether every figure of a table stands in a cell of its own. A layout writer sets the words of one
 * stretch of text a single space apart whatever stood between them on the page, so a figure may
 * follow a name or another figure at one space ("行政单位医疗 6.70", "238.67 157.38") and land in a
 * column not its own: which column it belongs to the grid does not tell.
 */
function placed(t: PageTable): boolean {
  if (spaced.has(t)) return true;
  return cellsPlaced(t) && headed(t);
}

/** `placed` but for the header: a part continued from the page before has none of its own. */
function cellsPlaced(t: PageTable): boolean {
  if (spaced.has(t)) return true;
  return onePerCell(t) && oneKindPerColumn(t);
}


/**
 * Whether the header stands over the columns it names: every column of figures has a header text
 * above it, and no header naming amounts stands alone over a column of names. A layout writer may
 * set a header line's start columns off from the figures under it; a column read under the wrong
 * header would be summed as another.
 */
function headed(t: PageTable): boolean {
  const first = t.rows.findIndex((r) => r.some((c) => DECIMAL.test(c.text.trim())));
  if (first < 0) return true;
  const head = t.rows.slice(0, first);
  const heads = new Map<number, string[]>();
  for (const row of head) {
    for (const c of row) {
      const col = c.location.cell?.col ?? 0;
      const text = c.text.replace(/\s+/g, '');
      if (!text || /^\d+$/.test(text)) continue;
      for (let k = col; k < col + c.colSpan; k++) heads.set(k, [...(heads.get(k) ?? []), c.colSpan === 1 ? text : '']);
    }
  }
  const kinds = new Map<number, Set<string>>();
  for (const row of t.rows.slice(first)) {
    for (const c of row) {
      const text = c.text.trim();
      const kind = DECIMAL.test(text) ? 'figure' : /[\u4e00-\u9fff]/.test(text) ? 'text' : '';
      if (kind) kinds.set(c.location.cell?.col ?? 0, new Set([...(kinds.get(c.location.cell?.col ?? 0) ?? []), kind]));
    }
  }
  for (const [col, ks] of kinds) {
    if (ks.has('figure') && !heads.get(col)?.length) return false;
    if (ks.has('text') && (heads.get(col) ?? []).some((h) => AMOUNT_HEAD.test(h) && !/名称|项目|科目/.test(h))) return false;
  }
  return true;
}

/**
 * Whether each column of the rows of figures holds one kind of thing: figures, or names, never both
 * (a layout writer may set the lines of one part of a page on columns of their own, shifted against
 * the rest: where the grids overlap, names and figures share a column), and no figure spans columns.
 */
function oneKindPerColumn(t: PageTable): boolean {
  const kinds = new Map<number, Set<string>>();
  for (const row of t.rows) {
    if (!row.some((c) => DECIMAL.test(c.text.trim()))) continue;
    for (const c of row) {
      const text = c.text.trim();
      const kind = DECIMAL.test(text) ? 'figure' : /[\u4e00-\u9fff]/.test(text) ? 'text' : '';
      if (!kind) continue;
      if (kind === 'figure' && c.colSpan > 1) return false;
      const col = c.location.cell?.col ?? 0;
      const set = kinds.get(col) ?? new Set<string>();
      set.add(kind);
      if (set.size > 1) return false;
      kinds.set(col, set);
    }
  }
  return true;
}


function onePerCell(t: PageTable): boolean {
  return t.rows.every((row) =>
    row.every((c) => {
      const tokens = c.text.trim().split(/\s+/);
      if (tokens.length > 1 && tokens.some((w) => FIGURE.test(w) && /[.,，%]/.test(w))) return false;
      return !/[^\d\s.,，%()（）-][\d,，]*\d\.\d+%?$/.test(c.text.trim()) || FIGURE.test(c.text.trim());
    }),
  );
}

/**
 * Whether a table read from the grid is laid out in columns: at least three lines of figures, and
 * most of its figures stand on the left or right edge of another figure of their column.
 */
function laidOut(t: PageTable): boolean {
  if (ordered.has(t) || spaced.has(t)) return true;
  const figures: { col: number; x1: number; x2: number; row: number }[] = [];
  t.rows.forEach((row, r) => {
    for (const c of row) {
      const b = c.location.box;
      if (b && FIGURE.test(c.text.trim())) figures.push({ col: c.location.cell?.col ?? 0, x1: b.x1, x2: b.x2, row: r });
    }
  });
  if (new Set(figures.map((f) => f.row)).size < 3) return false;
  const aligned = figures.filter((f) => figures.some((g) => g !== f && g.col === f.col && g.row !== f.row && (g.x1 === f.x1 || g.x2 === f.x2))).length;
  return aligned >= 0.6 * figures.length;
}
