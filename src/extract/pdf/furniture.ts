import type { Line } from './lines.js';

/**
 * Running headers and footers and page numbers. They are printed on every page at the same place,
 * so they are found by position (the top or bottom band of the page) and by repetition across pages
 * (digits aside: "第3页" and "第4页" are the same furniture), and kept out of the body and tables.
 */
export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

export interface FurnitureLine {
  page: number;
  kind: 'header' | 'footer';
  line: Line;
}

/** Fraction of the page height at the top and at the bottom where running headers and footers sit. */
const BAND = 0.12;
/** How many lines at each end of a page are looked at. */
const EDGE_LINES = 2;

// "— 3 —", "- 3 -", "第3页", "第 3 页 共 25 页", "3 / 25", "Page 3 of 25", "3"
const PAGE_NUMBER =
  /^\s*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4})\s*$/i;

/** Whether a line's text is a page number in one of the usual forms (a lone number included). */
export function isPageNumberText(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

const TABLE_CAPTION = /单位[：:]|决算(报)?表|公开\s*\d+\s*表|续表/;

const NUMBERED_OR_SENTENCE = /^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．](?!\d)|[。；;]$/;

const key = (t: string) => t.replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * Finds the furniture of a document: in the top or bottom band of a page, among the first or last
 * lines, a page number (a lone number only at the very foot or head), or a text that repeats in the
 * same band on several pages. `lines` must hold the body lines only (table cells left out).
 */
export function findFurniture(pages: readonly PageLines[]): FurnitureLine[] {
  const candidates: { page: number; kind: 'header' | 'footer'; line: Line; key: string; edge: boolean }[] = [];
  for (const p of pages) {
    const ls = p.lines;
    for (let k = 0; k < Math.min(EDGE_LINES, ls.length); k++) {
      const l = ls[k] as Line;
      if (l.bottom <= p.height * BAND) candidates.push({ page: p.page, kind: 'header', line: l, key: key(l.text), edge: k === 0 });
    }
    for (let k = Math.max(0, ls.length - EDGE_LINES); k < ls.length; k++) {
      const l = ls[k] as Line;
      if (l.top >= p.height * (1 - BAND) && !candidates.some((c) => c.line === l)) {
        candidates.push({ page: p.page, kind: 'footer', line: l, key: key(l.text), edge: k === ls.length - 1 });
      }
    }
  }
  const pagesWith = new Map<string, Set<number>>();
  for (const c of candidates) {
    const k = `${c.kind}:${c.key}`;
    if (!pagesWith.has(k)) pagesWith.set(k, new Set());
    pagesWith.get(k)?.add(c.page);
  }
  // Repeated on at least three pages, or on most pages of a short document.
  const enough = Math.min(3, Math.max(2, Math.ceil(pages.length / 2)));
  return candidates
    .filter((c) => {
      const t = c.line.text.trim();
      if (/^\d{1,4}$/.test(t)) return c.edge;
      if (isPageNumberText(t)) return true;
      // A unit or table-title line repeats above every table page, but it belongs to the table.
      if (TABLE_CAPTION.test(t)) return false;
      // A numbered item or a sentence is the body's, however alike its words on other pages ("3.项目实施
      // （自评得9分）…" opening the page of each project's report, its digits aside): a running head is a title.
      if (NUMBERED_OR_SENTENCE.test(t)) return false;
      return (pagesWith.get(`${c.kind}:${c.key}`)?.size ?? 0) >= enough && pages.length >= 2;
    })
    .map((c) => ({ page: c.page, kind: c.kind, line: c.line }));
}
