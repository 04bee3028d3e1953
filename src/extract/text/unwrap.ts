/**
 * Text copied out of a PDF (or exported with a fixed line width) breaks every paragraph at the
 * page width, often mid-word and mid-number ("…占\n15.16%"). Sentences must be whole before claims
 * are read, so the text reader joins such hard-wrapped lines back into paragraphs. No library does
 * this for Chinese text: the width is measured in display columns (CJK = 2) and inferred per document.
 */

import { stripMarkup } from './markup.js';

/** Display width of a line: full-width characters count 2, others 1. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

const MIN_LONG = 40;
const WINDOW = 8;
const MAX_PAGE = 300;

/**
 * The width at which the document's paragraphs were hard-wrapped, or null when they were not:
 * a document is hard-wrapped when most long lines end within a few columns of the same width and
 * almost none run past it.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const hist = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    if (l.includes('\t') || l.includes('|')) continue;
    const w = displayWidth(stripMarkup(l).trim());
    if (w < MIN_LONG) continue;
    long++;
    // A page is at most a few hundred columns wide; longer lines are whole paragraphs. Bounding the
    // histogram also bounds the window search below, whatever the size of the file.
    if (w <= MAX_PAGE) hist.set(w, (hist.get(w) ?? 0) + 1);
  }
  if (long < 8) return null;
  let best = 0;
  let bestTop = 0;
  for (const top of hist.keys()) {
    let n = 0;
    for (const [w, c] of hist) if (w <= top && w > top - WINDOW) n += c;
    if (n > best || (n === best && top > bestTop)) {
      best = n;
      bestTop = top;
    }
  }
  let beyond = 0;
  for (const [w, c] of hist) if (w > bestTop + 4) beyond += c;
  return best >= 8 && best >= long * 0.4 && beyond <= long * 0.1 ? bestTop : null;
}

// A line that starts a new heading, list item or part never continues the previous one.
const STARTS_ITEM = /^(?:#|第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[①-⑳]|图\s*\d|表\s*\d)/;

/** Whether `line` was cut at the wrap width and `next` carries on its sentence. */
export function continuesOnNext(line: string, next: string, width: number): boolean {
  const t = stripMarkup(line).trim();
  const n = stripMarkup(next).trim();
  if (!t || !n || next.includes('\t') || next.startsWith('|')) return false;
  if (displayWidth(t) < width - WINDOW) return false;
  // A numbered heading that happens to be long ("六、一般公共预算财政拨款基本支出决算情况说明").
  if (STARTS_ITEM.test(t) && !/[，。；：,;:（）()]/.test(t) && /(说明|情况|概况|解释|职责|职能|设置|构成)$/.test(t)) return false;
  // A new paragraph starts indented or with its number; a full line ending in 。 may still wrap.
  if (/^[\s\u3000]/.test(next)) return false;
  return !STARTS_ITEM.test(n);
}
