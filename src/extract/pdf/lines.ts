import type { PositionedItem } from './items.js';

/**
 * Lines of a page rebuilt from positioned items (text layer or OCR alike): items whose vertical
 * centres agree form a line, read left to right. A PDF stores runs in drawing order, which is not
 * reading order (a producer may draw a paragraph's last line first), so order comes from positions.
 */
export interface Line {
  items: PositionedItem[];
  /** The line's text: CJK joined without spaces, a space at a word gap, a tab at a column gap. */
  text: string;
  x: number;
  right: number;
  top: number;
  bottom: number;
  /** Typical font size (box height) of its items. */
  size: number;
  /** 1-based number of the line on its page, counting every line of the page top to bottom. */
  no: number;
  /** Whether any of its text was recognised by OCR. */
  ocr: boolean;
}

/** A gap wider than this many font sizes separates columns (a tab). */
export const COLUMN_GAP = 1.5;

/** Groups items into lines, top to bottom, and numbers them from 1. */
export function buildLines(items: readonly PositionedItem[]): Line[] {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => centre(a) - centre(b) || a.x - b.x);
  const groups: PositionedItem[][] = [];
  let cur: PositionedItem[] = [];
  let curCentre = 0;
  let curSize = 0;
  for (const it of sorted) {
    const c = centre(it);
    if (cur.length && Math.abs(c - curCentre) <= 0.45 * Math.min(curSize, it.height || curSize)) {
      cur.push(it);
      // The running centre follows the line's bulk, not its first item (a superscript, a bracket).
      curCentre = (curCentre * (cur.length - 1) + c) / cur.length;
      continue;
    }
    if (cur.length) groups.push(cur);
    cur = [it];
    curCentre = c;
    curSize = it.height || 1;
  }
  if (cur.length) groups.push(cur);
  return groups.map((g, k) => makeLine(g, k + 1));
}

/** A line from items already known to stand on one line (a part of a numbered line, a cell's line). */
export function makeLine(items: readonly PositionedItem[], no: number): Line {
  const sorted = dedupe([...items].sort((a, b) => a.x - b.x));
  // The size of the bulk of the line's characters, not of its items: where figures are set in a Latin
  // font of another height than the Chinese around them (XeLaTeX's fonts: 9.96 against 7.91), a line of
  // many short figures would otherwise take the figures' size and part from the lines around it.
  const sizes = sorted.flatMap((i) => Array<number>(Math.max(1, [...i.str.trim()].length)).fill(i.height)).sort((a, b) => a - b);
  let x = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  let ocr = false;
  for (const i of sorted) {
    x = Math.min(x, i.x);
    right = Math.max(right, i.x + i.width);
    top = Math.min(top, i.y);
    bottom = Math.max(bottom, i.y + i.height);
    ocr ||= i.source === 'ocr';
  }
  const joined = joinItemsAt(sorted);
  const line: Line = { items: sorted, text: joined.text, x, right, top, bottom, size: sizes[Math.floor(sizes.length / 2)] ?? 1, no, ocr };
  joins.set(line, joined);
  return line;
}

/**
 * Each line's join as `makeLine` made it: a paragraph's spans (`joinedLine`) are where the line's
 * items stand in that same join, which was made a second time for every line of running text.
 * Lines and their items are not changed once made; a line made otherwise is joined anew.
 */
const joins = new WeakMap<Line, { text: string; spans: ItemSpan[] }>();

/** `joinItemsAt` of a line's items, as made with the line. */
export function joinedLine(line: Line): { text: string; spans: ItemSpan[] } {
  return joins.get(line) ?? joinItemsAt(line.items);
}

function centre(i: PositionedItem): number {
  return i.y + i.height / 2;
}

/** Text drawn twice a fraction of a point apart (fake bold) is read once. */
function dedupe(items: PositionedItem[]): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (prev && prev.str === it.str && Math.abs(prev.x - it.x) < 0.3 * Math.max(it.height, 1) && Math.abs(prev.y - it.y) < 0.3 * Math.max(it.height, 1)) continue;
    out.push(it);
  }
  return out;
}

const LATIN_END = /[A-Za-z0-9.,%)\]:;!?'"-]$/;
const LATIN_START = /^[A-Za-z0-9(\[$'"-]/;

/** Joins items of one line left to right: nothing between CJK runs, a space at a word gap, a tab at a column gap. */
export function joinItems(items: readonly PositionedItem[]): string {
  return joinItemsAt(items).text;
}

/** Where an item's text stands in the joined text of its line: characters `from` to `to`. */
export interface ItemSpan {
  item: PositionedItem;
  from: number;
  to: number;
}

/** `joinItems`, also saying where each item's text ended up in the joined text. */
export function joinItemsAt(items: readonly PositionedItem[]): { text: string; spans: ItemSpan[] } {
  let out = '';
  let prev: PositionedItem | null = null;
  const spans: ItemSpan[] = [];
  for (const it of items) {
    const s = it.str.replace(/\s+/g, ' ');
    if (prev) {
      const size = Math.max(Math.min(prev.height, it.height), 1);
      const gap = it.x - (prev.x + prev.width);
      if (gap > COLUMN_GAP * size) out = `${out.trimEnd()}\t`;
      else if (gap > 0.8 * size || (gap > 0.15 * size && LATIN_END.test(out) && LATIN_START.test(s.trimStart()))) {
        if (!out.endsWith(' ')) out += ' ';
      }
    }
    const add = out.endsWith('\t') || out.endsWith(' ') ? s.trimStart() : s;
    spans.push({ item: it, from: out.length + add.length - add.trimStart().length, to: out.length + add.trimEnd().length });
    out += add;
    prev = it;
  }
  const text = out.trim();
  const lead = out.length - out.trimStart().length;
  const clamp = (v: number) => Math.min(Math.max(v - lead, 0), text.length);
  return { text, spans: spans.map((sp) => ({ ...sp, from: clamp(sp.from), to: clamp(sp.to) })).filter((sp) => sp.to > sp.from) };
}

/**
 * Joins the lines of a wrapped paragraph or cell: a line break inside Chinese text or a number is no
 * space in the text; between two Latin words it was one.
 */
export function joinWrapped(parts: readonly string[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (text && /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(t)) text += ' ';
    offsets.push(text.length);
    text += t;
  }
  return { text, offsets };
}
