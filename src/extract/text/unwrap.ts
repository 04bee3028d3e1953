/**
 * Text copied out of a PDF (or exported with a fixed line width) breaks every paragraph at the
 * page width, often mid-word and mid-number ("…占\n15.16%"). Sentences must be whole before claims
 * are read, so the text reader joins such hard-wrapped lines back into paragraphs. No library does
 * this for Chinese text: the width is measured in display columns (CJK = 2) and inferred per document.
 */

import { stripMarkup } from './markup.js';

/** Display width of a line: full-width characters count 2, others 1. */
export function displayWidth(s: string): number {
  // Indexed, not for-of: this runs over every line of every text document.
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
    w += c > 0xff ? 2 : 1;
  }
  return w;
}

const MIN_LONG = 40;
const WINDOW = 8;
const MAX_PAGE = 300;
const TABLE_BORDER = /^\s*\+[-=:+]+\s*$/;

/**
 * The width at which the document's paragraphs were hard-wrapped, or null when they were not:
 * a document is hard-wrapped when most long lines end within a few columns of the same width and
 * almost none run past it.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  // counts[w]: long lines of display width w (w ≤ MAX_PAGE); a page is at most a few hundred
  // columns wide, longer lines are whole paragraphs.
  const counts = new Uint32Array(MAX_PAGE + 1);
  let long = 0;
  for (const l of lines) {
    // Even all full-width, a line this short cannot reach MIN_LONG columns.
    // Table lines (tabs, pipes, grid borders) say nothing of how paragraphs were wrapped.
    // So are rows laid out in columns (a table, chart or form set with runs of spaces).
    if (l.length * 2 < MIN_LONG || l.includes('\t') || l.includes('|') || TABLE_BORDER.test(l) || isFieldRow(l)) continue;
    const w = displayWidth(stripMarkup(l).trim());
    if (w < MIN_LONG) continue;
    long++;
    if (w <= MAX_PAGE) counts[w] = (counts[w] as number) + 1;
  }
  if (long < 8) return null;
  // The window of WINDOW widths holding the most lines, sliding over the counts once.
  let best = 0;
  let bestTop = 0;
  let n = 0;
  for (let top = 0; top <= MAX_PAGE; top++) {
    n += counts[top] as number;
    if (top >= WINDOW) n -= counts[top - WINDOW] as number;
    if (counts[top] && n >= best) {
      best = n;
      bestTop = top;
    }
  }
  let beyond = long;
  for (let w = 0; w <= Math.min(MAX_PAGE, bestTop + 4); w++) beyond -= counts[w] as number;
  return best >= 8 && best >= long * 0.4 && beyond <= long * 0.1 ? bestTop : null;
}

/**
 * The wrap width of each line: the document's where it has one. Where it has none and the text has
 * page breaks, each page's own: a copy out of a PDF whose sheets and forms run past the prose width
 * (their columns set one space apart) has no one width, yet its explanation pages are wrapped at one.
 */
export function lineWrapWidths(lines: readonly { text: string; page: number | null }[]): (number | null)[] {
  const whole = wrapWidth(lines.map((l) => l.text));
  if (whole != null || !lines.some((l) => l.page != null)) return lines.map(() => whole);
  const pages = new Map<number | null, string[]>();
  for (const l of lines) {
    const p = pages.get(l.page);
    if (p) p.push(l.text);
    else pages.set(l.page, [l.text]);
  }
  const order = [...pages.keys()];
  const measured = order.map((page) => wrapWidth(pages.get(page) as string[]));
  // A page with too few long lines to measure (a section's last lines, a glossary's tail) takes the
  // width of the nearest page measured before it (or after), when none of its lines runs past it.
  const widths = new Map(
    order.map((page, k) => {
      const own = measured[k] ?? null;
      if (own != null) return [page, own];
      const near = measured.slice(0, k).reverse().find((w) => w != null) ?? measured.slice(k + 1).find((w) => w != null) ?? null;
      const fits = near != null && (pages.get(page) as string[]).every((t) => t.includes('\t') || isFieldRow(t) || displayWidth(stripMarkup(t).trim()) <= near + 4);
      return [page, fits ? near : null];
    }),
  );
  return lines.map((l) => widths.get(l.page) ?? null);
}

/**
 * Whether a line is a row laid out in columns rather than a line of prose: text laid out on a
 * character grid (`pdftotext -layout`) sets the cells of a table, a form or a chart's labels at their
 * columns with runs of spaces between them, where prose has a single space or none. A narrow gap (two
 * or three spaces) between two or three long runs of words is a justified line of prose, not columns.
 */
export function isFieldRow(line: string): boolean {
  // A run of spaces before a unit or a closing mark ("占总收入 0  %;") is a typist's, not a column gap.
  const t = line.trim().replace(/ {2,}(?=[%％，。；、,;:：)）]|万元|元)/g, ' ');
  if (!/\S {2,}\S/.test(t)) return false;
  const fields = t.split(/ {2,}/);
  const justified = !/ {4,}/.test(t) && fields.length <= 3 && fields.every((f) => displayWidth(f) >= 16 && /[\u4e00-\u9fa5]{4}/.test(f));
  return !justified;
}

// A line that starts a new heading, list item or part never continues the previous one.
export const STARTS_ITEM = /^(?:#|第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[①-⑳]|图\s*\d|表\s*\d)/;

/** A step of a breadcrumb path: " > ", "＞", "»", ">>". */
const BREADCRUMB_STEP = /\s[>＞»]\s|>>|＞/g;

/** Whether `line` was cut at the wrap width and `next` carries on its sentence. */
export function continuesOnNext(line: string, next: string, width: number): boolean {
  const t = stripMarkup(line).trim();
  const n = stripMarkup(next).trim();
  // Never into a table: tab rows, pipe rows, grid borders.
  if (!t || !n || next.includes('\t') || /^[|+]/.test(n)) return false;
  // Nor out of or into a row laid out in columns.
  if (isFieldRow(line) || isFieldRow(next)) return false;
  // Nor out of a web page's breadcrumb ("您现在的位置: 首页 > 专题专栏 > … > 决算情况说明"), whatever its width.
  if ((t.match(BREADCRUMB_STEP)?.length ?? 0) >= 2) return false;
  // The first line of a numbered paragraph is indented in print, so it ends a few columns short;
  // it still wraps when it stops mid-phrase, without closing punctuation.
  const slack = STARTS_ITEM.test(t) && !/[。；：，、,;:）)]$/.test(t) ? 2 * WINDOW : WINDOW;
  if (displayWidth(t) < width - slack) return false;
  // A numbered heading that happens to be long ("六、一般公共预算财政拨款基本支出决算情况说明").
  if (STARTS_ITEM.test(t) && !/[，。；：,;:（）()]/.test(t) && /(说明|情况|概况|解释|职责|职能|设置|构成)$/.test(t)) return false;
  // A new paragraph starts indented or with its number; a full line ending in 。 may still wrap.
  if (/^[\s\u3000]/.test(next)) return false;
  // After a closed sentence, a short line that closes nothing is a title ("2024 年度某局整体支出" over
  // "绩效自评报告"): a paragraph's last line ends its sentence.
  // (Not a piece that leaves a quote or bracket open, "“多级多点多": cut mid-phrase, it goes on.)
  const open = (s: string, a: RegExp, b: RegExp) => (s.match(a)?.length ?? 0) > (s.match(b)?.length ?? 0);
  const unclosed = open(n, /[“「《]/g, /[”」》]/g) || open(n, /[（(]/g, /[）)]/g);
  if (/[。！？!?]$/.test(t) && displayWidth(n) < width - WINDOW && !unclosed && !/[。；：，、！？,;:!?）)”」%]$/.test(n)) return false;
  return !STARTS_ITEM.test(n);
}

/** A line that opens with an amount or a rate and goes on as a sentence ("449.52万元。决算数…", "15.16%；"). */
const FIGURE_LED = /^[-−]?\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元|%|％)(?=.*[，。；,;])/;
/** Words a figure follows: the sentence goes on with an amount or a rate ("支出决算为" / "449.52万元"). */
const LEADS_TO_FIGURE = /[为占计达比]$/;

/**
 * Puts back in order two lines of a hard-wrapped paragraph that a layout writer set the wrong way
 * round. `pdftotext -layout` orders the lines of a page by the tops of their glyph boxes; a PDF whose
 * fonts give some lines boxes of another height (broken font metrics) gets a line set above the one
 * it follows: "449.52万元。决算数小于预算数…" printed above "…年初预算为450.52万元，支出决算为", the
 * two set apart from the lines around them by a blank line above and below (the boxes' odd heights
 * leave gaps). Such a pair is swapped back when its lower line reaches the wrap width in mid-sentence
 * (it goes on into the upper one), the line before the pair cannot go on into the upper line (page
 * numbers and blank lines between aside, it is missing, ends its paragraph short of the wrap width,
 * or closes its sentence or clause), and the pair says which comes first by one of:
 * - the upper line is a continuation (not indented, no number) and the lower the indented first line
 *   of its paragraph;
 * - the upper line opens with a figure and the lower does not, and the lower ends on a word a figure
 *   follows ("…支出决算为") where the line before the pair does not (then that line may run to the
 *   wrap width).
 * Lines keep their own line numbers.
 */
export function unswapLines<T extends { text: string }>(lines: readonly T[], width: number | null): T[] {
  const out = [...lines];
  if (!width) return out;
  const raw = (k: number) => (out[k] as T).text;
  const text = (k: number) => stripMarkup(raw(k)).trim();
  const prose = (k: number) => !!text(k) && !isFieldRow(raw(k)) && !raw(k).includes('\t');
  for (let k = 1; k + 1 < out.length; k++) {
    // The pair stands apart, a blank line above and below it: the gap the box of another height left.
    if (!prose(k) || !prose(k + 1) || text(k - 1) || (k + 2 < out.length && text(k + 2))) continue;
    const x = text(k);
    const y = text(k + 1);
    // The lower line runs on into the upper one; the upper starts no item of its own.
    if (STARTS_ITEM.test(x) || !/[\u4e00-\u9fa5，、,]$/.test(y) || displayWidth(y) < width - 2 * WINDOW) continue;
    let p = k - 1;
    while (p >= 0 && (!text(p) || isPageNumber(raw(p)) || /^[-—–]?\s*\d{1,4}\s*[-—–]?$/.test(text(p)))) p--;
    const before = p >= 0 && prose(p) ? text(p) : '';
    const ended = !before || displayWidth(before) < width - 2 * WINDOW || /[。；！？;!?]$/.test(before);
    const opens = /^[\s\u3000]+\S/.test(raw(k + 1)) && !/^[\s\u3000]/.test(raw(k)) && !STARTS_ITEM.test(y);
    const figure = FIGURE_LED.test(x) && !FIGURE_LED.test(y) && !STARTS_ITEM.test(y);
    if (!((opens && ended) || (figure && (ended || (LEADS_TO_FIGURE.test(y) && !LEADS_TO_FIGURE.test(before)))))) continue;
    [out[k], out[k + 1]] = [out[k + 1] as T, out[k] as T];
    k++;
  }
  return out;
}

// Page numbers a PDF's text layer leaves between the lines of a page break: "- 3 -", "— 12 —",
// "第 3 页", "第3页 共25页", "3 / 25". A bare number is not one (it may be a table cell).
const PAGE_NUMBER = /^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$/i;

/** Whether a line is a page number left by a page break. */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line);
}
