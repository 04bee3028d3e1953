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
import { type ClassRule, cssClasses, type Decls, declsOf, divBoxes, PAGE_ROOT, placeIn, px, styleRules, transformScale } from './placed-style.js';

/** An element that may hold a run of text. */
const OPEN = /<(p|div|span)\b([^>]*)>/gi;
const CLOSE: Record<string, RegExp> = { p: /<\/p\s*>/i, div: /<\/div\s*>/i, span: /<\/span\s*>/i };
/**
 * How far after its opening tag a run's closing tag is looked for: a run is a line's piece, a few hundred
 * characters with its inline tags, and the bound keeps a page of unclosed elements from costing the square of its length.
 */
const RUN_WINDOW = 4000;

export interface Run {
  start: number;
  end: number;
  /** Where its text starts and its closing tag starts. */
  open: number;
  close: number;
  left: number;
  top: number;
  /** Font size, when the page's style sheets give it (a converter may leave a class undefined). */
  size: number | null;
  /** How much its transform scales what it holds (pdf2htmlEX sets type four times larger and scales it back). */
  scale: number;
  text: string;
  /** The element it is a line of: pdftohtml sets several lines of a paragraph in one element, broken by <br>. */
  element: number;
  /** Several lines whose spacing is not given: where each stands is not known, and nothing is joined to it. */
  opaque: boolean;
  page: number;
}

/**
 * The page with the pieces of each converted line joined into one element, and a paragraph's lines wrapped
 * at the page's right margin joined into one (line numbers kept).
 */
export function joinPlacedRuns(html: string): string {
  if (!/position\s*:\s*absolute/i.test(html)) return html;
  const { runs, boxed, pageStarts } = placedRuns(html);
  const body = commonSize(runs);
  // Next to each other in the source, on one page: nothing between them but the boxes they stand in (pdf2htmlEX's clip boxes).
  const adjacent = (a: Run, b: Run) => a.element === b.element || (/^(?:\s|<\/?div\b[^>]*>)*$/.test(html.slice(a.end, b.start)) && pageOf(pageStarts, a.start) === pageOf(pageStarts, b.start));
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
  for (const e of boxed) if (wrappedInBox(e, runs, body)) cuts.push(...e.breaks);
  const right = new Map<number, number>();
  // The margin: the furthest a long line surely reaches (its marks set narrow), so a line whose marks make it look
  // longer than it is does not put the margin beyond the lines wrapped there.
  for (const l of lines) if (ems(textOf(l)) >= MIN_WRAPPED_EMS) right.set(l.page, Math.max(right.get(l.page) ?? 0, rightOf(l, body, 0)));
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1] as Line;
    const b = lines[k] as Line;
    const last = a.runs[a.runs.length - 1] as Run;
    const first = b.runs[0] as Run;
    if (adjacent(last, first) && wrapsInto(a, b, right.get(a.page) ?? 0, body)) cuts.push([last.close, first.open]);
  }
  const edits: Edit[] = [...cuts.map(([from, to]): Edit => [from, to, `<!--${'\n'.repeat(count(html, from, to))}-->`]), ...gapsAndBackgrounds(html, runs, pageStarts)];
  if (!edits.length) return html;
  edits.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  // A cut leaves a comment that keeps the line count, so every location after it stays where it was in the file.
  for (const [from, to, text] of edits) {
    out += html.slice(at, from) + text;
    at = to;
  }
  return out + html.slice(at);
}

/** A change to the page: the source from `[0]` to `[1]` replaced by `[2]`. */
type Edit = [number, number, string];

/** The least width of an empty gap span, in ems of its line, that parts two words (less is letter spacing). */
const GAP_EMS = 0.2;

/**
 * pdf2htmlEX's gaps and page backgrounds. A line's gap is an empty inline block of a width ('<span class="_ _3"></span>',
 * '._3{width:12px}'; a negative margin is kerning): read as nothing, the words and figures on either side ran into one
 * ('1,222.68608.04'); it is given a space. The page's rulings and shading are drawn as a background image
 * ('<img class="bi">') under the lines that print its text: on a page whose text is read, it is no picture of the document.
 */
function gapsAndBackgrounds(html: string, runs: readonly Run[], pageStarts: readonly number[]): Edit[] {
  if (!/\bclass\s*=\s*["'](?:_|bi)\b/i.test(html)) return [];
  const widths = new Map<string, number>();
  for (const [cls, style] of cssClasses(styleRules(html))) {
    const w = /^_[\w-]+$/.test(cls) ? px(style.decls.get('width')) : null;
    if (w != null && w > 0) widths.set(cls, w);
  }
  const out: Edit[] = [];
  for (const r of runs) {
    if (r.size == null) continue;
    for (const m of html.slice(r.open, r.close).matchAll(/<span\b[^>]*\bclass\s*=\s*["']_\s+([\w-]+)["'][^>]*>(?=<\/span>)/gi)) {
      const w = widths.get(m[1] ?? '');
      if (w != null && w * r.scale >= GAP_EMS * r.size) out.push([r.open + (m.index ?? 0) + m[0].length, r.open + (m.index ?? 0) + m[0].length, ' ']);
    }
  }
  const pagesWithText = new Set(runs.filter((r) => r.text.trim()).map((r) => r.page));
  for (const m of html.matchAll(/<img\b[^>]*\bclass\s*=\s*["']bi\b[^>]*>/gi)) {
    const at = m.index ?? 0;
    if (pageStarts.length && pagesWithText.has(pageOf(pageStarts, at))) out.push([at, at + m[0].length, `<!--${'\n'.repeat(count(html, at, at + m[0].length))}-->`]);
  }
  return out;
}

/** The page's placed runs of text in source order (a line of an element of several a run of its own), its elements of several lines, and where its page frames start. */
export function placedRuns(html: string): { runs: Run[]; boxed: Boxed[]; pageStarts: number[] } {
  const rules = styleRules(html);
  const classes = cssClasses(rules);
  const pageStarts = [...html.matchAll(PAGE)].map((m) => m.index ?? 0);
  const numbered = numberedPages(html);
  const fonts = pdftohtmlFonts(rules, numbered);
  const boxes = divBoxes(html, (attrs) => declsOf(attrs, classes, () => undefined));
  const runs: Run[] = [];
  const boxed: Boxed[] = [];
  let framesBefore = 0;
  let divsBefore = 0;
  for (const m of html.matchAll(OPEN)) {
    const tag = (m[1] ?? '').toLowerCase();
    // Elements come in the page's order: the frame and box they stand in are found by moving on, not by searching.
    while ((numbered[framesBefore]?.at ?? Infinity) <= (m.index ?? 0)) framesBefore++;
    while ((boxes[divsBefore]?.at ?? Infinity) < (m.index ?? 0)) divsBefore++;
    const page = numbered[framesBefore - 1]?.page ?? null;
    const decls = declsOf(m[2] ?? '', classes, (cls) => fontOf(cls, page, fonts));
    if (!/absolute/i.test(decls.get('position') ?? '')) continue;
    // Type scaled by a transform is set at its scaled size; a turned piece is no piece of a line.
    const scale = transformScale(decls);
    if (scale == null) continue;
    const fontSize = px(decls.get('font-size'));
    const size = fontSize == null ? null : fontSize * scale;
    const placed = placeIn(boxes[divsBefore - 1]?.box ?? PAGE_ROOT, decls, size);
    if (placed == null) continue;
    const { x: left, top } = placed;
    const start = m.index ?? 0;
    const open = start + m[0].length;
    const window = html.slice(open, open + RUN_WINDOW);
    const end = CLOSE[tag]?.exec(window);
    // Only an element that holds text and inline tags, no other block, is a run.
    if (!end || /<\/?(?:p|div)\b/i.test(window.slice(0, end.index))) continue;
    const close = open + end.index;
    const lineHeight = px(decls.get('line-height'));
    const spacing = lineHeight == null ? null : lineHeight * scale;
    const inner = window.slice(0, end.index);
    const breaks = [...inner.matchAll(/<br\b[^>]*>/gi)];
    if (breaks.length) {
      const texts = plain(inner.replace(/<br\b[^>]*>/gi, '\n')).split('\n');
      boxed.push({ element: start, page: pageOf(pageStarts, start), left, top, size, texts, breaks: breaks.map((br) => [open + (br.index ?? 0), open + (br.index ?? 0) + br[0].length]) });
    }
    if (breaks.length && spacing == null) {
      runs.push({ start, end: close + end[0].length, open, close, left, top, size, scale, text: plain(inner), element: start, opaque: true, page: pageOf(pageStarts, start) });
      continue;
    }
    // Each line of the element a run of its own, set `spacing` below the one before, its ends at the <br>s.
    let from = 0;
    for (const [k, br] of [...breaks, null].entries()) {
      const to = br ? (br.index ?? 0) : inner.length;
      const first = k === 0;
      const last = br == null;
      runs.push({
        start: first ? start : open + from,
        end: last ? close + end[0].length : open + to,
        open: open + from,
        close: open + to,
        left,
        top: top + k * (spacing ?? 0),
        size,
        scale,
        text: plain(inner.slice(from, to)),
        element: start,
        opaque: false,
        page: pageOf(pageStarts, start),
      });
      if (br) from = to + br[0].length;
    }
  }
  return { runs, boxed, pageStarts };
}

/** A converted page's frame: pdftohtml's "page1-div", a "pf1" page frame, an element numbered as a page. */
const PAGE = /<div\b[^>]*(?:\bid\s*=\s*["'](?:page\d+(?:-div)?|pf[0-9a-f]+)["']|\bdata-page-no\s*=)/gi;
/** How much a converter's font size may fall short of the size a piece is set at, or two faces' sizes differ. */
const SIZE_SLACK = 0.12;
/** How much larger than the text below it a line is set to be read as a heading, never wrapped into that text. */
const HEADING_SCALE = 1.35;
/** A line shorter than this (in ems) is no wrapped line of a paragraph: a table cell, a heading, a caption. */
const MIN_WRAPPED_EMS = 10;

interface Line {
  runs: Run[];
  page: number;
}

export function pageOf(starts: readonly number[], at: number): number {
  let n = 0;
  for (const s of starts) if (s <= at) n++;
  return n;
}

function textOf(l: Line): string {
  return l.runs.map((r) => r.text).join('');
}

/** Where a line's text ends on the page (estimated from its last piece), its marks set narrow (`which` 0) or wide (1). */
function rightOf(l: Line, body: number | null, which: 0 | 1): number {
  const last = l.runs[l.runs.length - 1] as Run;
  return last.left + emRange(last.text)[which] * (last.size ?? body ?? 16);
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
  if (ems(textOf(a)) < MIN_WRAPPED_EMS || rightOf(a, body, 1) + emRange(word.trim())[1] * em < margin - 0.5 * em) return false;
  if (a.runs.some((r) => r.opaque) || b.runs.some((r) => r.opaque)) return false;
  // A heading set a third larger than the text does not run on into the text below it (a 120% print's
  // '六、一般公共预算财政拨款基本支出决算情况说明' at 28 px reaching the margin, its text at 19). Less is no sign:
  // the sizes a converter gives a paragraph's faces may differ by a quarter (Putuo's FangSong lines at 18 and 23).
  if (mainA.size != null && mainB.size != null && mainA.size > HEADING_SCALE * mainB.size) return false;
  const down = mainB.top - mainA.top;
  // The next line down: within three ems (official papers set their lines up to twice their size apart).
  if (!(down > 0.9 * em && down <= 3 * em) || startB.left > startA.left + 0.5 * em) return false;
  // A line that closes its sentence at the margin, followed by a line without a mark of a sentence, is a
  // paragraph's end and a title's line ("…故本表无数据。" / "国有资本经营预算财政拨款支出决算表").
  // A colon after a number is a title's ("附表2：收入决算表"), not a sentence's.
  if (/[。！？!?]\s*$/.test(textOf(a)) && !/[，。；,;、]|(?<![\d一二三四五六七八九十])[：:]/.test(textOf(b))) return false;
  return !STARTS_ITEM.test(textOf(b).trim());
}

/** An element of several lines (pdftohtml's <br>), with where its line breaks stand. */
export interface Boxed {
  element: number;
  page: number;
  left: number;
  top: number;
  size: number | null;
  texts: string[];
  breaks: [number, number][];
}

/**
 * Is an element of several short lines a label or cell wrapped in a narrow box ("社会保障和" "就业（类）" "支出",
 * a chart's label under its bar; "功能分类" "科目编码", a table's heading): its first line as wide as any below it (the
 * box filled line by line), none a sentence's end or an item's start, and another piece beside it on its
 * row. Its lines are one name, as the PDF's table reader reads the cell; read apart, the prose around ran
 * into its first lines ("…占2.34%社会保障和就业（类）": a class name read without its 支出). A heading's
 * lines stand alone on their row.
 */
function wrappedInBox(e: Boxed, runs: readonly Run[], body: number | null): boolean {
  const lines = e.texts.map((t) => t.trim());
  if (lines.length < 2 || lines.some((t) => !t || ems(t) >= MIN_WRAPPED_EMS)) return false;
  const first = ems(lines[0] as string);
  if (lines.slice(1).some((t) => ems(t) > first + 0.5)) return false;
  if (lines.slice(0, -1).some((t) => /[。！？；：!?;:]$/.test(t)) || lines.slice(1).some((t) => STARTS_ITEM.test(t))) return false;
  // Two figures one over the other are two (a cell's amount and its share): joined they would be another number.
  if (lines.slice(1).some((t, k) => /[\d.%％]$/.test(lines[k] as string) && /^[-+\d.]/.test(t))) return false;
  const em = e.size ?? body ?? 16;
  return runs.some((r) => r.element !== e.element && r.page === e.page && Math.abs(r.top - e.top) <= em && Math.abs(r.left - e.left) >= 2 * em);
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
  if (!a.text.trim() || !b.text.trim() || a.opaque || b.opaque || a.element === b.element) return false;
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
  const [narrow, wide] = emRange(a.text);
  // The size a converter gives may be less than the advance its glyphs are set at (pdftohtml gives 22 px for
  // a UKai heading set 24 px apart): the widest reading allows that much more.
  const gapWide = b.left - (a.left + wide * sizeA * (1 + SIZE_SLACK));
  // Some width the marks may take puts `b` within half an em of `a`'s end.
  const gapNarrow = b.left - (a.left + narrow * sizeA);
  return Math.abs(b.top - a.top) <= em && gapNarrow >= -0.5 * em && gapWide <= 0.5 * em;
}

/** The size most pieces with a known size have. */
export function commonSize(runs: readonly Run[]): number | null {
  const n = new Map<number, number>();
  for (const r of runs) if (r.size != null) n.set(r.size, (n.get(r.size) ?? 0) + 1);
  let best: number | null = null;
  for (const [size, k] of n) if (best == null || k > (n.get(best) ?? 0)) best = size;
  return best;
}

/** pdftohtml's page frames ("page3-div") by where they start, with their page numbers. */
function numberedPages(html: string): { at: number; page: string }[] {
  return [...html.matchAll(/<div\b[^>]*\bid\s*=\s*["']page(\d+)-div["']/gi)].map((m) => ({ at: m.index ?? 0, page: m[1] ?? '' }));
}

/**
 * pdftohtml's fonts by number. Its single page (-s) names a piece's font class "ft" + page number + font
 * number, and writes a font's rule once, before the page where the font is first met: page 3's "ft35" is
 * font 5, whose rule is ".ft15" before page 1. Read by its own class alone, a later page's piece has no size.
 */
function pdftohtmlFonts(rules: readonly ClassRule[], pages: readonly { at: number; page: string }[]): Map<string, Decls> {
  const out = new Map<string, Decls>();
  for (const r of rules) {
    // A sheet belongs to the page frame that follows it.
    const page = pages.find((p) => p.at > r.at)?.page;
    const digits = /^ft(\d+)$/.exec(r.cls)?.[1];
    if (page && digits?.startsWith(page) && digits.length > page.length) out.set(digits.slice(page.length), r.decls);
  }
  return out;
}

/** The rule of a class no sheet defines, when it is a pdftohtml font class of the page numbered `page`. */
function fontOf(cls: string, page: string | null, fonts: Map<string, Decls>): Decls | undefined {
  const digits = /^ft(\d+)$/.exec(cls)?.[1];
  if (!page || !digits?.startsWith(page) || digits.length === page.length) return undefined;
  return fonts.get(digits.slice(page.length));
}

/**
 * The run's text without tags and with the few entities a converter writes; radicals that stand for
 * characters ("⼗⼆、", as a PDF's font may map its glyphs) read as those characters, so an item's number is seen.
 */
function plain(inner: string): string {
  return inner
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|#160);/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, 'x')
    .replace(/[\u2e80-\u2fdf]/g, (c) => c.normalize('NFKC'));
}

/** Width in ems: a Han character or full-width mark is one em; Latin letters, figures and curly quotes half. */
function ems(s: string): number {
  let n = 0;
  for (const ch of s) n += WIDE.test(ch) ? 1 : 0.5;
  return n;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** A full-width mark a typesetter may set at half an em (two side by side, one at a line's end). */
const SQUEEZED = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/**
 * The least and most width of a text in ems, as its marks may be set: a full-width mark half or whole (a
 * browser sets "）：" in one em and a half), curly quotes half in a Latin face or whole in a Han one, other
 * figures about half, Latin letters and marks from a quarter to most of an em; a Han character one.
 */
export function emRange(s: string): [number, number] {
  let [lo, hi] = [0, 0];
  for (const ch of s) {
    const [a, b] = /[\u2018\u2019\u201c\u201d]/.test(ch) ? [0.3, 1] : SQUEEZED.test(ch) ? [0.5, 1] : WIDE.test(ch) ? [1, 1] : /\d/.test(ch) ? [0.45, 0.6] : /\s/.test(ch) ? [0.25, 0.5] : [0.25, 0.8];
    lo += a;
    hi += b;
  }
  return [lo, hi];
}

function count(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
