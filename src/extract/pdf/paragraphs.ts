import { CONVERTER_MARKER } from '../../model/layout.js';
import type { Line } from './lines.js';

/**
 * Printed paragraphs from a page's body lines. A printed paragraph wraps at the right margin and
 * starts with an indent, after a wider gap, or after a line that stopped short; lines with a column
 * gap (a tab) and numbered headings stand alone. Each paragraph keeps its source lines so that every
 * figure is located on the line it is printed on.
 */
export interface PageMetrics {
  /** Left and right edge of the body text on the page. */
  left: number;
  right: number;
  /** Usual gap between the lines of one paragraph (bottom of one to top of the next). */
  leading: number;
  /** Body text size of the document: larger lines are headings. */
  body: number;
}

export interface Para {
  page: number;
  lines: Line[];
  /** The first line starts indented (a new paragraph, not a continuation from the previous page). */
  indented: boolean;
  /** The last line stops short of the right margin (the paragraph ends there). */
  short: boolean;
  size: number;
}

// A new heading, numbered item or part: never the continuation of the line above.
export const STARTS_ITEM = /^(?:第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[①-⑳]|注[：:]|图\s*\d|表\s*\d)/;

/**
 * An indent, in font sizes. Usual first-line indents are two characters, but a paragraph typed with
 * a leading space is indented by a quarter of one; wrapped lines start exactly at the margin.
 */
const INDENT = 0.2;

/** The body's margins and leading on one page, from its lines. */
export function pageMetrics(lines: readonly Line[], body: number): PageMetrics {
  if (!lines.length) return { left: 0, right: 0, leading: 0, body };
  const lefts = lines.map((l) => l.x).sort((a, b) => a - b);
  // The leftmost edge most lines share (a stray outdented line does not move the margin).
  const left = lefts[Math.floor(lefts.length * 0.1)] as number;
  const long = lines.filter((l) => l.text.length >= 10).map((l) => l.right).sort((a, b) => a - b);
  const right = long.length ? (long[Math.floor(long.length * 0.9)] as number) : Math.max(...lines.map((l) => l.right));
  const gaps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1] as Line;
    const b = lines[k] as Line;
    if (Math.abs(a.size - b.size) < 0.5) gaps.push(b.top - a.bottom);
  }
  gaps.sort((a, b) => a - b);
  return { left, right, leading: Math.max(0, gaps[Math.floor(gaps.length / 2)] ?? 0), body };
}

/** Splits a run of body lines (between tables, on one page) into paragraphs. */
export function paragraphsOf(lines: readonly Line[], m: PageMetrics, page: number): Para[] {
  const out: Para[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (!cur.length) return;
    const first = cur[0] as Line;
    const last = cur[cur.length - 1] as Line;
    out.push({ page, lines: cur, indented: first.x - m.left > INDENT * first.size, short: endsParagraph(last, m), size: first.size });
    cur = [];
  };
  for (const l of lines) {
    const prev = cur[cur.length - 1];
    if (prev && startsNew(prev, l, m)) flush();
    cur.push(l);
  }
  flush();
  return out;
}

/**
 * Whether a line ends its paragraph by stopping short of the right margin. A wrapped line may stop
 * a few characters short when the next unit could not be broken ("1511.89万元。" moves whole to the
 * next line), so a small shortfall ends the paragraph only after a sentence end.
 */
export function endsParagraph(l: Line, m: PageMetrics): boolean {
  const shortfall = m.right - l.right;
  if (shortfall <= 1.5 * l.size) return false;
  return shortfall > 5 * l.size || /[。；！？：:;!?]$/.test(plain(l.text));
}

function startsNew(prev: Line, l: Line, m: PageMetrics): boolean {
  if (Math.abs(prev.size - l.size) > 0.12 * Math.max(prev.size, l.size)) return true;
  if (prev.text.includes('\t') || l.text.includes('\t')) return true;
  if (l.top - prev.bottom > m.leading + 0.6 * l.size) return true;
  // A heading set larger than the body and wrapped over two lines is one heading.
  if (prev.size > m.body * 1.1 && l.size > m.body * 1.1) return false;
  if (endsParagraph(prev, m) && !noRoomForNextWord(prev, l, m)) return true;
  if (roomForNextWord(prev, l)) return true;
  // After a sentence end at the margin, a short line that ends no sentence is a title of its own. (A
  // line a few characters short wrapped before a word that did not fit: "…完成年初预算的" | "100%。".)
  if (/[。！？!?]$/.test(plain(prev.text)) && m.right - l.right > 5 * l.size && !/[。；！？：:;!?）)”」%]$/.test(plain(l.text))) return true;
  const indent = l.x - m.left;
  // An indented line opens a paragraph, unless the whole paragraph is indented alike (a quotation, a list body).
  if (indent > INDENT * l.size && Math.abs(l.x - prev.x) > INDENT * l.size) return true;
  // ("…决算数与预算数持平。其中：" at the margin | "一是社会保障和就业支出…": an item of a list said 一是, 二是…
  // after a sentence or a colon; after a comma it goes on the sentence.)
  if (/^[一二三四五六七八九十]{1,3}是/.test(plain(l.text)) && /[。；;：:]$/.test(plain(prev.text))) return true;
  return STARTS_ITEM.test(plain(l.text));
}

/**
 * Whether the line above stopped with room left for the next line's first unbreakable word: then it
 * did not wrap, and ends its paragraph, however short the lines around it (a title over one body line,
 * where no line reaches the margin the page's metrics are taken from). The room is measured against
 * the next line's own right end, which the text block certainly reaches, not against the page's right
 * margin (a narrower block of text wraps at its own margin). The word is taken as wide as one font
 * size a character, which no glyph exceeds, and one character more is allowed for punctuation that
 * closes the next line hanging past the margin (LibreOffice and Word set 。 there): a wrapped line
 * left less room than its next word, and so is never cut.
 */
function roomForNextWord(prev: Line, l: Line): boolean {
  const word = firstWord(plain(l.text));
  return word.length > 0 && l.right - prev.right > (word.length + 1) * l.size;
}

/**
 * Whether a line that ends a sentence a little short of the margin ("…达1576家。" 1.8 characters short)
 * left less room than the next line's first unbreakable word ("“多"), which starts flush left: the
 * line wrapped there, and the sentence after it goes on the same paragraph.
 */
function noRoomForNextWord(prev: Line, l: Line, m: PageMetrics): boolean {
  const room = m.right - prev.right;
  if (room > 5 * prev.size || Math.abs(l.x - m.left) > INDENT * l.size) return false;
  const word = firstWord(plain(l.text));
  // Ideographs, full-width forms and CJK quotes take a font size; Latin letters and figures about half.
  const width = [...word].reduce((w, ch) => w + (/[\u2e80-\uffef“”‘’]/.test(ch) ? l.size : 0.5 * l.size), 0);
  return word.length > 0 && width > room;
}

/**
 * A line's first unit a line cannot be broken in: a run of Latin letters and figures (with the
 * signs written inside a number) or one character, with the opening brackets no line may end with
 * before it and the punctuation no line may start with after it.
 */
function firstWord(text: string): string {
  return /^[（(「『“‘《〈【]*(?:[A-Za-z0-9.,%‰+\-/]+|.)[。，、；：？！）)」』”’%,.;:?!]*/u.exec(text)?.[0] ?? '';
}

/** A line's text without converter markers ("[bookmark: _Toc…]" printed from converted text). */
const plain = (t: string) => t.replace(CONVERTER_MARKER, '').trim();
