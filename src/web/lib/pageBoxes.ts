// Where a finding's figures stand on a rendered PDF page. The server sends a location's box when it
// knows it; otherwise we look for the finding's numbers and short quotes among the page's text items
// (pdf.js getTextContent) and box the matching part of each item. Pure functions: no pdf.js, no DOM.

/** The fields of a pdf.js TextItem that matter here. */
export interface PageTextItem {
  str: string;
  /** pdf.js text matrix [a, b, c, d, e, f] in PDF user space. */
  transform: number[];
  /** Width in user-space units (before the viewport's scale). */
  width: number;
}

/** The fields of a pdf.js PageViewport that matter here. */
export interface ViewportLike {
  transform: number[];
  viewBox: number[];
  convertToViewportRectangle(rect: number[]): number[];
}

/** A rectangle in viewport (CSS) pixels, origin top-left of the rendered page. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PointsBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What to look for on a page for one finding. */
export interface FindingNeedles {
  numbers: string[];
  quotes: string[];
}

/** pdf.js Util.transform: the product of two affine matrices. */
function multiply(m1: number[], m2: number[]): number[] {
  const [a1 = 0, b1 = 0, c1 = 0, d1 = 0, e1 = 0, f1 = 0] = m1;
  const [a2 = 0, b2 = 0, c2 = 0, d2 = 0, e2 = 0, f2 = 0] = m2;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/**
 * A digit string in one canonical spelling so that "1,234.50", "1234.5" and "１２３４.５" compare equal:
 * full-width digits folded, separators, sign and leading zeros dropped, trailing decimal zeros dropped.
 * String work only; figures are never turned into floats.
 */
export function canonicalNumber(s: string): string {
  let t = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
  t = t.replace(/[^\d.]/g, '');
  const [int = '', frac = ''] = t.split('.', 2);
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i || '0'}.${f}` : i || '0';
}

// A figure as printed: with thousands separators (ASCII or full-width comma) or without.
const NUMBER_IN_TEXT = /[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?/g;

/** Spans [start, end) of `text` whose figure equals `target` (both compared canonically). */
export function findNumber(text: string, target: string): Array<[number, number]> {
  const want = canonicalNumber(target);
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(NUMBER_IN_TEXT)) {
    if (canonicalNumber(m[0]) === want) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * A figure worth searching for: one that is unlikely to be found by chance. Zeros and one- or
 * two-digit integers (row numbers, 1, 12) would light up half the page.
 */
function distinctive(canonical: string): boolean {
  if (/^0(\.0*)?$/.test(canonical)) return false;
  return canonical.includes('.') || canonical.length >= 3;
}

/** Quotes longer than this are whole lines or sentences; their figures are searched instead. */
const MAX_QUOTE = 24;

/** A four-digit year (2024) is in nearly every line of a disclosure: never evidence of where a finding is. */
const YEAR = /^(19|20)\d\d$/;

/**
 * What to search for: the finding's own figures (expected, actual), quotes that are single cells, and
 * short non-numeric quotes. Figures inside a quoted whole line are used only when nothing else is
 * known, since a line carries many unrelated figures.
 */
export function needlesFor(finding: { expected: string | null; actual: string | null; locations: { text: string }[] }, locationTexts?: string[]): FindingNeedles {
  const numbers = new Set<string>();
  const quotes = new Set<string>();
  const addNumbersOf = (s: string | null) => {
    if (!s) return;
    for (const m of s.matchAll(NUMBER_IN_TEXT)) {
      const c = canonicalNumber(m[0]);
      if (distinctive(c) && !YEAR.test(c)) numbers.add(c);
    }
  };
  addNumbersOf(finding.expected);
  addNumbersOf(finding.actual);
  const lines: string[] = [];
  for (const text of locationTexts ?? finding.locations.map((l) => l.text)) {
    const compact = text.replace(/\s+/g, '');
    if (!compact) continue;
    if (/^[\d０-９,，.．%％-]+$/.test(compact)) addNumbersOf(compact);
    else if (compact.length >= 2 && compact.length <= MAX_QUOTE) quotes.add(compact);
    else lines.push(text);
  }
  if (numbers.size === 0 && quotes.size === 0) for (const line of lines) addNumbersOf(line);
  return { numbers: [...numbers], quotes: [...quotes] };
}

/** The viewport rectangle of characters [start, end) of a text item, assuming evenly wide characters. */
export function itemRect(item: PageTextItem, viewport: ViewportLike, start = 0, end = item.str.length): Rect {
  const tx = multiply(viewport.transform, item.transform);
  const fontHeight = Math.hypot(tx[2] ?? 0, tx[3] ?? 0);
  const scale = Math.hypot(viewport.transform[0] ?? 0, viewport.transform[1] ?? 0);
  const fullWidth = item.width * scale;
  const len = Math.max(item.str.length, 1);
  return {
    left: (tx[4] ?? 0) + (fullWidth * start) / len,
    top: (tx[5] ?? 0) - fontHeight,
    width: Math.max((fullWidth * (end - start)) / len, 2),
    height: fontHeight,
  };
}

/** A server-sent box (PDF points from the top-left of the unrotated page) in viewport pixels. */
export function pointsBoxToRect(box: PointsBox, viewport: ViewportLike): Rect {
  const [x0 = 0, , , yTop = 0] = viewport.viewBox;
  // Top-left-origin points to PDF user space (origin bottom-left), then through the viewport,
  // which also applies the page's rotation.
  const [ax = 0, ay = 0, bx = 0, by = 0] = viewport.convertToViewportRectangle([x0 + box.x1, yTop - box.y1, x0 + box.x2, yTop - box.y2]);
  return { left: Math.min(ax, bx), top: Math.min(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) };
}

/** Beyond this many hits a needle is too common to be evidence; show only the first ones. */
const MAX_HITS_PER_NEEDLE = 8;

/** Rectangles of every text item (or part of one) that matches one of the needles. */
export function matchNeedles(items: PageTextItem[], needles: FindingNeedles, viewport: ViewportLike): Rect[] {
  const rects: Rect[] = [];
  for (const n of needles.numbers) {
    let hits = 0;
    for (const item of items) {
      for (const [s, e] of findNumber(item.str, n)) {
        if (hits++ >= MAX_HITS_PER_NEEDLE) break;
        rects.push(itemRect(item, viewport, s, e));
      }
    }
  }
  for (const q of needles.quotes) {
    let hits = 0;
    for (const item of items) {
      // Compare without spaces: PDF text often spaces out Chinese characters ("收 入 决 算").
      const compact = item.str.replace(/\s+/g, '');
      if (!compact || !compact.includes(q) || hits++ >= MAX_HITS_PER_NEEDLE) continue;
      const at = compact.indexOf(q);
      // Map the compact offsets back onto the original string to box just the quote.
      const origIndex: number[] = [];
      for (let i = 0; i < item.str.length; i++) if (!/\s/.test(item.str[i] ?? '')) origIndex.push(i);
      const start = origIndex[at] ?? 0;
      const end = (origIndex[at + q.length - 1] ?? item.str.length - 1) + 1;
      rects.push(itemRect(item, viewport, start, end));
    }
  }
  return rects;
}
