/*
 * A PDF converted to HTML (poppler's pdftohtml, and the converters document-hosting and mirror sites use)
 * places every run of text by `top`/`left`, and starts a new element wherever the font changes: a title
 * comes out in pieces ("财政拨款" "“" "三公" "”" "经费支出决算表", the quotes in another font and set a little
 * higher), each its own paragraph when read in source order, and no one finds the title; and each line of a
 * paragraph is an element of its own. Pieces that follow one another on one line, and lines wrapped at the
 * page's margin, are joined here, before the page is read; nothing else is moved, so the page's tables (a
 * cell per element, their rulings lost) stay as unreadable as they are and are said to be.
 * Written by hand: no HTML library lays out absolutely positioned elements without a browser.
 */

import { STARTS_ITEM } from '../pdf/paragraphs.js';

/** An element that may hold a run of text. */
const OPEN = /<(p|div|span)\b([^>]*)>/gi;
const CLOSE: Record<string, RegExp> = { p: /<\/p\s*>/i, div: /<\/div\s*>/i, span: /<\/span\s*>/i };
/**
 * How far after its opening tag a run's closing tag is looked for: a run is a line's piece, a few hundred
 * characters with its inline tags, and the bound keeps a page of unclosed elements from costing the square of its length.
 */
const RUN_WINDOW = 4000;

type Decls = Map<string, string>;

interface Run {
  start: number;
  end: number;
  /** Where its text starts and its closing tag starts. */
  open: number;
  close: number;
  left: number;
  top: number;
  /** Font size, when the page's style sheets give it (a converter may leave a class undefined). */
  size: number | null;
  text: string;
}

/**
 * The page with the pieces of each converted line joined into one element, and a paragraph's lines wrapped
 * at the page's right margin joined into one (line numbers kept).
 */
export function joinPlacedRuns(html: string): string {
  if (!/position\s*:\s*absolute/i.test(html)) return html;
  const classes = cssClasses(html);
  const pageStarts = [...html.matchAll(PAGE)].map((m) => m.index ?? 0);
  const runs: Run[] = [];
  for (const m of html.matchAll(OPEN)) {
    const tag = (m[1] ?? '').toLowerCase();
    const decls = declsOf(m[2] ?? '', classes);
    if (!/absolute/i.test(decls.get('position') ?? '')) continue;
    const left = px(decls.get('left'));
    const top = px(decls.get('top'));
    if (left == null || top == null) continue;
    const start = m.index ?? 0;
    const open = start + m[0].length;
    const window = html.slice(open, open + RUN_WINDOW);
    const end = CLOSE[tag]?.exec(window);
    // Only an element that holds text and inline tags, no other block, is a run.
    if (!end || /<\/?(?:p|div)\b/i.test(window.slice(0, end.index))) continue;
    const close = open + end.index;
    runs.push({ start, end: close + end[0].length, open, close, left, top, size: px(decls.get('font-size')), text: plain(window.slice(0, end.index)) });
  }
  const body = commonSize(runs);
  const adjacent = (a: Run, b: Run) => /^\s*$/.test(html.slice(a.end, b.start)) && pageOf(pageStarts, a.start) === pageOf(pageStarts, b.start);
  const cuts: [number, number][] = [];
  const lines: Line[] = [];
  for (const [k, r] of runs.entries()) {
    const a = runs[k - 1];
    const line = lines[lines.length - 1];
    if (a && line && adjacent(a, r) && continues(a, r, body)) {
      cuts.push([a.close, r.open]);
      line.runs.push(r);
    } else lines.push({ runs: [r], page: pageOf(pageStarts, r.start) });
  }
  const right = new Map<number, number>();
  for (const l of lines) if (ems(textOf(l)) >= MIN_WRAPPED_EMS) right.set(l.page, Math.max(right.get(l.page) ?? 0, rightOf(l, body)));
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1] as Line;
    const b = lines[k] as Line;
    const last = a.runs[a.runs.length - 1] as Run;
    const first = b.runs[0] as Run;
    if (adjacent(last, first) && wrapsInto(a, b, right.get(a.page) ?? 0, body)) cuts.push([last.close, first.open]);
  }
  if (!cuts.length) return html;
  cuts.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    // A comment keeps the line count, so every location after it stays where it was in the file.
    out += `${html.slice(at, from)}<!--${'\n'.repeat(count(html, from, to))}-->`;
    at = to;
  }
  return out + html.slice(at);
}

/** A converted page's frame: pdftohtml's "page1-div", a "pf1" page frame, an element numbered as a page. */
const PAGE = /<div\b[^>]*(?:\bid\s*=\s*["'](?:page\d+(?:-div)?|pf[0-9a-f]+)["']|\bdata-page-no\s*=)/gi;
/** A line shorter than this (in ems) is no wrapped line of a paragraph: a table cell, a heading, a caption. */
const MIN_WRAPPED_EMS = 10;

interface Line {
  runs: Run[];
  page: number;
}

function pageOf(starts: readonly number[], at: number): number {
  let n = 0;
  for (const s of starts) if (s <= at) n++;
  return n;
}

function textOf(l: Line): string {
  return l.runs.map((r) => r.text).join('');
}

/** Where a line's text ends on the page (estimated from its last piece). */
function rightOf(l: Line, body: number | null): number {
  const last = l.runs[l.runs.length - 1] as Run;
  return last.left + ems(last.text) * (last.size ?? body ?? 16);
}

/**
 * Does line `b` carry on the paragraph of line `a`: `a` is a long line that ends where `b`'s first word
 * would not have fitted before the page's right margin (so it was wrapped there), `b` is the next line down and starts at or left of
 * `a`'s start (a new paragraph is indented, an item starts with its number; a title follows a closed sentence).
 */
function wrapsInto(a: Line, b: Line, margin: number, body: number | null): boolean {
  const [startA, startB] = [a.runs[0] as Run, b.runs[0] as Run];
  // Heights and sizes from each line's piece in its text face: a piece in another font stands higher or lower.
  const [mainA, mainB] = [longest(a), longest(b)];
  const em = mainA.size ?? body ?? 16;
  // Wrapped: the next line's first word would not have fitted after this line's end (a word: figures and
  // letters, or a character with the brackets and marks no line may start or end with: "（项）。", "元，").
  const word = /^\s*(?:[\w.,%+-]+|[（(「『“‘〔【]*.[）)」』”’〕】，。、；：？！,.;:?!]*)/u.exec(textOf(b))?.[0] ?? '';
  if (ems(textOf(a)) < MIN_WRAPPED_EMS || rightOf(a, body) + ems(word.trim()) * em < margin - 0.5 * em) return false;
  const down = mainB.top - mainA.top;
  // The next line down: within two ems, or three when the size is only the page's common one (a converter
  // may leave a font's class undefined, and lines are often set 1.5 to 2 lines apart).
  if (down <= 0.9 * em || down > (mainA.size == null ? 3 : 2) * em || startB.left > startA.left + 0.5 * em) return false;
  // A line that closes its sentence at the margin, followed by a line without a mark of a sentence, is a
  // paragraph's end and a title's line ("…故本表无数据。" / "国有资本经营预算财政拨款支出决算表").
  if (/[。！？!?]\s*$/.test(textOf(a)) && !/[，。；：,;:、]/.test(textOf(b))) return false;
  return !STARTS_ITEM.test(textOf(b).trim());
}

/** The piece in the line's text face: the most Han characters, then the longest (figures may be set in another face). */
function longest(l: Line): Run {
  const weight = (r: Run) => [(r.text.match(/[\u4e00-\u9fff]/g) ?? []).length, ems(r.text)] as const;
  return l.runs.reduce((x, y) => {
    const [a, b] = [weight(x), weight(y)];
    return b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? y : x;
  });
}

/**
 * Does `b` carry on the line `a` ends: it starts where `a`'s text ends (its width estimated from its
 * characters: a converter gives none), give or take half an em, and stands within an em of `a`'s height (a
 * piece in another font is set higher or lower by its own ascent). Cells of a table row stand apart by more;
 * a cell's next line is below it. A converter may leave a piece's font class undefined: its em is then what
 * its width up to `b` implies, when that is a type size of the page (`body`: the size most pieces have).
 */
function continues(a: Run, b: Run, body: number | null): boolean {
  if (!a.text.trim() || !b.text.trim()) return false;
  // Two figures side by side are two cells, however close: joined they would be another number ("11.36" "0.00").
  if (/[\d.%％]\s*$/.test(a.text) && /^\s*[-\d.]/.test(b.text)) return false;
  let sizeA = a.size;
  if (sizeA == null) {
    const implied = (b.left - a.left) / ems(a.text);
    const [lo, hi] = body != null ? [0.75 * body, 1.4 * body] : [10, 32];
    if (!(implied >= lo && implied <= hi)) return false;
    sizeA = implied;
  }
  const em = Math.max(sizeA, b.size ?? sizeA);
  const gap = b.left - (a.left + ems(a.text) * sizeA);
  return Math.abs(b.top - a.top) <= em && gap >= -0.5 * em && gap <= 0.5 * em;
}

/** The size most pieces with a known size have. */
function commonSize(runs: readonly Run[]): number | null {
  const n = new Map<number, number>();
  for (const r of runs) if (r.size != null) n.set(r.size, (n.get(r.size) ?? 0) + 1);
  let best: number | null = null;
  for (const [size, k] of n) if (best == null || k > (n.get(best) ?? 0)) best = size;
  return best;
}

/** Class rules of the page's style sheets (".ft10{font-size:41px;…}"): a converter puts its fonts there. */
function cssClasses(html: string): Map<string, Decls> {
  const out = new Map<string, Decls>();
  // Each sheet's end found with indexOf, not a lazy pattern: a page of unclosed <style> elements costs its length once.
  const lower = html.toLowerCase();
  for (let at = lower.indexOf('<style'); at >= 0; ) {
    const from = lower.indexOf('>', at) + 1;
    const to = from > 0 ? lower.indexOf('</style', from) : -1;
    if (to < 0) break;
    for (const rule of html.slice(from, to).split('}')) {
      const brace = rule.lastIndexOf('{');
      if (brace < 0) continue;
      const decls = parseDecls(rule.slice(brace + 1));
      for (const sel of rule.slice(0, brace).split(',')) {
        const cls = /^\s*(?:<!--)?\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(sel)?.[1];
        if (cls) out.set(cls, new Map([...(out.get(cls) ?? []), ...decls]));
      }
    }
    at = lower.indexOf('<style', to);
  }
  return out;
}

function parseDecls(text: string): Decls {
  const out: Decls = new Map();
  for (const d of text.split(';')) {
    const k = d.indexOf(':');
    if (k > 0) out.set(d.slice(0, k).trim().toLowerCase(), d.slice(k + 1).trim());
  }
  return out;
}

/** An element's placing: its classes' rules in order, then its own style. */
function declsOf(attrs: string, classes: Map<string, Decls>): Decls {
  const out: Decls = new Map();
  const cls = /\bclass\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1] ?? '';
  for (const c of cls.split(/\s+/)) for (const [k, v] of classes.get(c) ?? []) out.set(k, v);
  for (const [k, v] of parseDecls(/\bstyle\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? /\bstyle\s*=\s*'([^']*)'/i.exec(attrs)?.[1] ?? '')) out.set(k, v);
  return out;
}

function px(v: string | undefined): number | null {
  const m = v == null ? null : /^(-?[\d.]+)\s*(px|pt)?$/i.exec(v);
  const n = m ? Number(m[1]) : Number.NaN;
  if (!m || !Number.isFinite(n)) return null;
  return m[2]?.toLowerCase() === 'pt' ? n / 0.75 : n;
}

/** The run's text without tags and with the few entities a converter writes. */
function plain(inner: string): string {
  return inner.replace(/<[^>]*>/g, '').replace(/&(nbsp|#160);/g, ' ').replace(/&[a-z]+;|&#\d+;/gi, 'x');
}

/** Width in ems: a Han character or full-width mark is one em; Latin letters, figures and curly quotes half. */
function ems(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.5;
  return n;
}

function count(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
