import { type CatalogItem, defaultCatalog, normalizeItemName } from '../../catalog/catalog.js';
import { CODE, type Token } from './layout-order.js';

/**
 * Names wrapped in their cells on a character grid (pdftotext -layout), where the lines of a name
 * stand about the line of its code and figures: a writer that sets a cell's text at the top of its
 * row puts a long name's first line beside its code and the rest below it; one that centres it
 * (LibreOffice) puts as many lines above the code's line as below, and a two-line name has none of
 * it on that line; one that sets it at the bottom, all of it below a bare code line (the Putuo
 * print). The lines of words alone between two coded rows may so be the first row's, the second's,
 * or part each, and neither the grid nor the order of the words tells which.
 *
 * The readers give each such line to the row above it (a name running on below its row's line).
 * Here the classification catalog decides otherwise where it alone can: the lines between coded rows
 * are split between them in every way, and a split is taken only where it is the one way that gives
 * every row concerned exactly its code's standard name. Where any row concerned has no code the
 * catalog knows, or no way or two ways fit, the lines stay with the row above, as printed (the
 * checker's name rule then says that a wrap may explain a name it does not know).
 */

/** A row of the body: its label words (code, then name) and its figures. */
export interface LabelledRow {
  labels: Token[];
}

/** How many of a row's first words make its code ("208", "05", "01" set apart), as labelText reads them. */
export function codeWords(labels: readonly Token[]): number {
  let k = 0;
  let code = '';
  while (k < labels.length && /^\d+$/.test(labels[k]?.text ?? '') && CODE.test(code + (labels[k] as Token).text)) code += (labels[k++] as Token).text;
  return k;
}

/** At most this many ways of splitting a run of rows are tried; more leave the lines where they are. */
const MOST_WAYS = 4096;

const standardName = (code: string): CatalogItem | undefined => {
  const c = defaultCatalog();
  return /^2/.test(code) ? c.functionItem(code) : c.economicItem(code);
};

const isStandard = (item: CatalogItem, name: string) => {
  const n = normalizeItemName(name);
  return n === normalizeItemName(item.name) || item.aliases.some((a) => normalizeItemName(a) === n);
};

/**
 * Splits the lines of words alone between coded rows by the catalog (see above). `body`: the rows,
 * each with its own label words followed by the lines given to it (`tails`: per row index, the lines
 * of words alone after it, in order, which are the last words of its labels); `lead`: lines of words
 * alone above the first row (in no row yet). Changes the rows' labels where the catalog decides and
 * says whether the lead lines were taken (a name's first lines, no header).
 */
export function splitByCatalog(body: readonly LabelledRow[], tails: ReadonlyMap<number, readonly Token[][]>, lead: readonly Token[][] = []): boolean {
  if (!tails.size && !lead.length) return false;
  const n = body.length;
  // Each row's own words, without the lines given to it.
  const own = body.map((r, i) => {
    const given = (tails.get(i) ?? []).reduce((a, l) => a + l.length, 0);
    return r.labels.slice(0, r.labels.length - given);
  });
  const codes = own.map((ws) => {
    const k = codeWords(ws);
    return k ? ws.slice(0, k).map((w) => w.text).join('') : null;
  });
  // The lines in each gap: gap g after row g (-1 before the first).
  const gap = (g: number): readonly Token[][] => (g < 0 ? lead : (tails.get(g) ?? []));
  // Gap -1 all goes to the first row, the last gap all to the last row; the others split anywhere.
  const free = (g: number) => g >= 0 && g < n - 1 && gap(g).length > 0;
  let leadTaken = false;
  // Runs of rows joined by gaps that split freely, decided one run at a time.
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n - 1 && free(j)) j++;
    // Rows i..j, free gaps i..j-1.
    const concerned = (k: number) => gap(k - 1).length > 0 || gap(k).length > 0;
    const rows = Array.from({ length: j - i + 1 }, (_, d) => i + d).filter(concerned);
    const gaps = Array.from({ length: j - i }, (_, d) => i + d);
    const ways = gaps.reduce((a, g) => a * (gap(g).length + 1), 1);
    const items = rows.map((k) => (codes[k] ? standardName(codes[k] as string) : undefined));
    if (rows.length && ways <= MOST_WAYS && items.every(Boolean)) {
      // split[g]: how many of gap g's lines go to row g (below it); the rest go to row g + 1 (above it).
      const splitOf = (way: number) => {
        const s = new Map<number, number>([[-1, 0]]);
        if (i > 0) s.set(i - 1, gap(i - 1).length);
        let rest = way;
        for (const g of gaps) {
          const m = gap(g).length + 1;
          s.set(g, rest % m);
          rest = Math.floor(rest / m);
        }
        s.set(j, gap(j).length);
        return s;
      };
      const labelsOf = (k: number, s: Map<number, number>): Token[] => {
        const above = gap(k - 1).slice(s.get(k - 1) ?? gap(k - 1).length).flat();
        const below = gap(k).slice(0, s.get(k) ?? gap(k).length).flat();
        const c = codeWords(own[k] as Token[]);
        return [...(own[k] as Token[]).slice(0, c), ...above, ...(own[k] as Token[]).slice(c), ...below];
      };
      const nameOf = (ws: readonly Token[]) => ws.slice(codeWords(ws)).map((w) => w.text).join('');
      let found: Map<number, number> | null = null;
      let count = 0;
      for (let way = 0; way < ways && count < 2; way++) {
        const s = splitOf(way);
        if (rows.every((k, d) => isStandard(items[d] as CatalogItem, nameOf(labelsOf(k, s))))) {
          found = s;
          count++;
        }
      }
      if (count === 1 && found) {
        for (let k = i; k <= j; k++) (body[k] as LabelledRow).labels = labelsOf(k, found);
        if (i === 0 && lead.length) leadTaken = true;
      }
    }
    i = j + 1;
  }
  return leadTaken;
}
