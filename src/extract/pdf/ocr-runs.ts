import type { PositionedItem } from './items.js';
import type { OcrLine, OcrWord } from './ocr-tsv.js';

/**
 * Turns tesseract's words into runs as a PDF text layer would have them. chi_sim reports nearly
 * every CJK character as its own word and often splits a figure ("2," "060.90"), so the words of a
 * line are joined without spaces, and a new run starts only at a gap too wide to be inside a phrase
 * (a table column, a tab stop) or at a space between two figures: two figures are never glued into one.
 */

/** Fraction of the em at which a gap between two figures is a space, not a split inside a figure. */
const FIGURE_GAP_EM = 0.3;
/** Fraction of the em past which any gap starts a new run (a column gap). */
const COLUMN_GAP_EM = 0.8;
/** A CJK glyph's ink box is about this share of the em; digits and Latin letters about half of that. */
const CJK_INK = 0.87;
const LATIN_INK = 0.65;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const QUOTES_ONLY = /^[“”"'‘’]+$/;
const LEADING_CLOSER = /^[”’]+/;
const MARK_BEFORE_FIGURE = /^[“”"'‘’。，、]+(?=\d)/;
/** Confidence under which a word of quote marks alone is noise. */
const NOISE_CONF = 50;
const FIGURE_END = /[0-9.,%]$/;
const FIGURE_START = /^[-0-9.,]/;
const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z0-9]/;

/** Drops the vertical bars a table's ruling is read as; they are never text of a disclosure. */
export function stripRulingArtefacts(text: string): string {
  if (!/[|｜¦]/.test(text)) return text;
  const s = text.replace(/[|｜¦]/g, '');
  // A ruling line is often read with a stray quote mark glued to it ("“|").
  return /^[“”"'‘’]+$/.test(s) ? '' : s;
}

/**
 * OCR-only fixes that cannot change a value: full-width digits and separators inside a figure to
 * ASCII, and thousands separators read as points. No character is ever guessed into a digit (O→0,
 * l→1) and no "。" into a decimal point: a figure that was misread stays misread, and its confidence
 * says so.
 */
export function normaliseFigures(text: string): string {
  return (
    text
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/(?<=\d)．(?=\d)/g, '.')
      // "2，060.90": a full-width comma is a thousands separator only where a decimal part follows.
      .replace(/(?<=\d)，(?=\d{3}(?:[,，]\d{3})*\.\d)/g, ',')
      // "1.222.68": a figure has one decimal point, so points before whole groups of three are separators.
      .replace(/(?<![\d.,])(\d{1,3})((?:\.\d{3})+)(\.\d{1,2})(?![\d.,])/g, (_m, head: string, groups: string, dec: string) => `${head}${groups.replace(/\./g, ',')}${dec}`)
      .replace(/(?<=\d)％/g, '%')
  );
}

/**
 * chi_sim reads an opening parenthesis as an angle bracket ("卫生健康支出〈类)"): an angle bracket closed
 * by a parenthesis within a few characters was that parenthesis, of the closer's width.
 */
export function mendBrackets(text: string): string {
  if (!text.includes('〈')) return text;
  return text.replace(/〈(?=[^〈〉<>()（）]{1,12}([)）]))/g, (_m, closer: string) => (closer === ')' ? '(' : '（'));
}

/** Scale from image pixels to PDF points. */
export interface PixelScale {
  /** Points per pixel (72 / dpi). */
  k: number;
}

/** A vertical ruling line of the page image, in pixels: column `x` from row `top` to row `bottom`. */
export interface Wall {
  x: number;
  top: number;
  bottom: number;
}

/**
 * Runs of one page, in reading order of tesseract's lines, left to right inside a line. A run never
 * crosses a wall (a table's column border): text filling a narrow cell up to its border is closer to
 * the next cell's figure than a column gap, and only the word boxes say exactly where it ends.
 */
export function linesToItems(lines: readonly OcrLine[], scale: PixelScale, walls: readonly Wall[] = [], opts: { table?: boolean } = {}): PositionedItem[] {
  const items: PositionedItem[] = [];
  for (const line of lines) items.push(...lineToItems(line, scale, walls));
  // A table cell's figure is never quoted nor follows a stop: a mark in front of one is chi_sim
  // reading the blank between two cells (“214.25, 。207.55).
  if (opts.table) for (const it of items) it.str = it.str.replace(MARK_BEFORE_FIGURE, '');
  return items.filter((it) => it.str !== '');
}

interface Run {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  conf: number;
}

function lineToItems(line: OcrLine, scale: PixelScale, walls: readonly Wall[]): PositionedItem[] {
  const words = line.words
    .map((w) => ({ ...w, text: normaliseFigures(stripRulingArtefacts(w.text)) }))
    // chi_sim reads a blank stretch (an empty cell, a painted-over border) as a lone quote mark of low confidence.
    .filter((w) => w.text !== '' && !(QUOTES_ONLY.test(w.text) && w.conf < NOISE_CONF));
  if (words.length === 0) return [];
  const em = lineEm(words);
  const runs: Run[] = [];
  let cur: Run | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as OcrWord;
    const next = words[i + 1];
    // chi_sim sometimes reports a box far wider than its glyphs, running over the next words: cut it there.
    const right = next && w.left + w.width > next.left ? Math.max(w.left + 1, next.left) : w.left + w.width;
    const conf = w.conf < 0 ? 100 : w.conf;
    const prev = words[i - 1];
    if (cur && prev) {
      const gap = w.left - cur.right;
      const betweenFigures = FIGURE_END.test(cur.text) && FIGURE_START.test(w.text);
      const split = (betweenFigures ? gap > FIGURE_GAP_EM * em : gap > COLUMN_GAP_EM * em) || walled(prev, w, walls);
      if (!split) {
        const space = !betweenFigures && gap > 0.15 * em && ASCII_WORD_END.test(cur.text) && ASCII_WORD_START.test(w.text);
        cur.text += (space ? ' ' : '') + w.text;
        cur.right = Math.max(cur.right, right);
        cur.top = Math.min(cur.top, w.top);
        cur.bottom = Math.max(cur.bottom, w.top + w.height);
        cur.conf = Math.min(cur.conf, conf);
        continue;
      }
    }
    // No text starts with a closing quote mark: one in front of a run is chi_sim reading the blank before it.
    const text = w.text.replace(LEADING_CLOSER, '');
    if (text === '') continue;
    cur = { text, left: w.left, right, top: w.top, bottom: w.top + w.height, conf };
    runs.push(cur);
  }
  return runs.map((r) => ({
    str: mendBrackets(normaliseFigures(r.text)),
    x: r.left * scale.k,
    y: r.top * scale.k,
    width: (r.right - r.left) * scale.k,
    height: (r.bottom - r.top) * scale.k,
    source: 'ocr',
    // A run is as doubtful as its weakest word.
    confidence: Math.round(r.conf * 10) / 10,
  }));
}

/** Whether a wall stands between two words: between their centres, beside both. */
function walled(a: OcrWord, b: OcrWord, walls: readonly Wall[]): boolean {
  const from = a.left + a.width / 2;
  const to = b.left + b.width / 2;
  const mid = (Math.max(a.top, b.top) + Math.min(a.top + a.height, b.top + b.height)) / 2;
  return walls.some((w) => w.x > from && w.x < to && w.top <= mid && w.bottom >= mid);
}

/** The line's em in pixels, from its CJK glyphs when it has any, else from its digits and letters. */
function lineEm(words: readonly OcrWord[]): number {
  const cjk = words.filter((w) => CJK.test(w.text)).map((w) => w.height / CJK_INK);
  const all = cjk.length > 0 ? cjk : words.map((w) => w.height / LATIN_INK);
  return Math.max(1, median(all));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
