import type { Disclosure } from '../../model/disclosure.js';
import { isCellSoup } from '../../model/cell-soup.js';
import type { Location } from '../../model/location.js';
import { locationAt } from '../../model/layout.js';
import { withoutCaptures } from '../../model/regex-source.js';

/**
 * The document's lines joined by '\n', with where each line starts. A dozen rules each look for one
 * pattern in every line (thousands of cells and paragraphs): one scan of the joined text finds the
 * few lines that can match, instead of one `exec` call per line per pattern.
 */
interface Joined {
  text: string;
  /** starts[i]: offset of line i in text; one more entry past the end (text.length + 1). */
  starts: number[];
}

// Per document (keyed by the Disclosure object): nothing is kept from one document to the next.
const JOINED = new WeakMap<Disclosure, Joined>();

function joined(doc: Disclosure): Joined {
  let j = JOINED.get(doc);
  if (!j) {
    const starts: number[] = [];
    let at = 0;
    for (const l of doc.lines) {
      starts.push(at);
      at += l.text.length + 1;
    }
    starts.push(at);
    j = { text: doc.lines.map((l) => l.text).join('\n'), starts };
    JOINED.set(doc, j);
  }
  return j;
}

// The global, multiline twin of each pattern, by its source: rules write their pattern as a literal
// inside check(), a new RegExp object for every document.
const SCANNERS = new Map<string, RegExp>();

// The same, by the pattern object: a pattern kept in a constant needs no key string made per call.
const SCANNER_OF = new WeakMap<RegExp, RegExp>();

function scannerOf(re: RegExp): RegExp {
  const known = SCANNER_OF.get(re);
  if (known) return known;
  const flags = `${re.flags.replace(/[gmy]/g, '')}gm`;
  const key = `${flags}/${re.source}`;
  let g = SCANNERS.get(key);
  if (!g) {
    g = new RegExp(re.flags.includes('v') ? re.source : withoutCaptures(re.source), flags);
    SCANNERS.set(key, g);
  }
  SCANNER_OF.set(re, g);
  return g;
}

type Line = Disclosure['lines'][number];

/**
 * Calls `visit` for every line of the document in which the pattern matches, in order, with the
 * line's first match (as `re.exec` on the line gives it).
 *
 * Exactly the lines a per-line `re.exec` finds: a line that matches on its own also matches inside
 * the joined text at the same position, or an earlier match of the scan runs into it — either way
 * the scan touches it. (`^`/`$` hold at the '\n' with the m flag, and the patterns' lookarounds read
 * no '\n', so a line break next to a line never stops a match there.) Each touched line is then
 * matched on its own, so a match the scan ran across a line break (`\s*` takes '\n') is only a
 * candidate, never a hit.
 */
function scanLines(doc: Disclosure, re: RegExp, visit: (line: Line, match: RegExpExecArray) => void, via: RegExp = re): void {
  const { text, starts } = joined(doc);
  const lines = doc.lines;
  const g = scannerOf(via);
  g.lastIndex = 0;
  let line = 0; // the line holding the scan's position
  let m: RegExpExecArray | null;
  while (line < lines.length && (m = g.exec(text)) !== null) {
    const end = m.index + Math.max(m[0].length - 1, 0);
    while ((starts[line + 1] as number) <= m.index) line++;
    for (; line < lines.length && (starts[line] as number) <= end; line++) {
      const l = lines[line] as Line;
      const own = re.exec(l.text);
      // Table cells read across their columns are not wording: no rule of wording reads them.
      if (own && !isCellSoup(l.text)) visit(l, own);
    }
    // Every line up to the match's end is decided: go on from the start of the next one.
    g.lastIndex = starts[line] ?? text.length + 1;
  }
}

/** A line in which a pattern matched: its text, the match, and where the match stands. */
export interface LineHit {
  text: string;
  match: string;
  /** The match's own line and page: in a paragraph wrapped over several lines, not its first. */
  location: Location;
  /** The line itself: the same object for every hit in it, and `locationAt(source, k)` places its kth character. */
  source: Line;
}

/** Every line of the document with the given pattern, and the pattern's first match in it. */
export function linesMatching(doc: Disclosure, re: RegExp): LineHit[] {
  const out: LineHit[] = [];
  scanLines(doc, re, (l, m) => out.push({ text: l.text, match: m[0], location: locationAt(l, m.index), source: l }));
  return out;
}

/**
 * `linesMatching` for a pattern the joined-text scan is slow on (many alternatives, each tried at
 * every position): the text is scanned with `via`, a pattern that matches in every line where `re`
 * does (its alternatives' rarest characters, their context checked behind them), and only the lines
 * it touches are given to `re`. The same hits, in the same order.
 */
export function linesMatchingVia(doc: Disclosure, re: RegExp, via: RegExp): LineHit[] {
  const out: LineHit[] = [];
  scanLines(doc, re, (l, m) => out.push({ text: l.text, match: m[0], location: locationAt(l, m.index), source: l }), via);
  return out;
}

/**
 * `linesMatching` for a pattern the joined-text scan is slow on (a back-reference tried at every
 * position): only lines where `mayMatch`, a cheaper test that holds wherever the pattern matches, are
 * given to the pattern. The same hits, in the same order.
 */
export function linesMatchingWhere(doc: Disclosure, re: RegExp, mayMatch: (text: string) => boolean): LineHit[] {
  const out: LineHit[] = [];
  for (const l of doc.lines) {
    if (!mayMatch(l.text)) continue;
    const m = re.exec(l.text);
    if (m && !isCellSoup(l.text)) out.push({ text: l.text, match: m[0], location: locationAt(l, m.index), source: l });
  }
  return out;
}

/**
 * `linesMatching` for a pattern every match of which holds `literal` (a word with no line break):
 * only the lines holding the word are given to the pattern. A pattern that opens with a lookbehind
 * or a class ("(?<=[（(，,…])务用车") is tried at every position of the joined text; the word is
 * found at once. The same hits, in the same order.
 */
export function linesMatchingAround(doc: Disclosure, re: RegExp, literal: string): LineHit[] {
  const { text, starts } = joined(doc);
  const lines = doc.lines;
  const out: LineHit[] = [];
  let line = 0;
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, starts[line + 1] as number)) {
    while ((starts[line + 1] as number) <= at) line++;
    const l = lines[line] as Line;
    const m = re.exec(l.text);
    if (m && !isCellSoup(l.text)) out.push({ text: l.text, match: m[0], location: locationAt(l, m.index), source: l });
  }
  return out;
}

/**
 * The lines of the document (the same objects, in order) in which the pattern matches; `via`, when
 * given, is scanned for instead (see linesMatchingVia).
 */
export function linesWith(doc: Disclosure, re: RegExp, via: RegExp = re): Line[] {
  const out: Line[] = [];
  scanLines(doc, re, (l) => out.push(l), via);
  return out;
}

/** The number a heading or a contents entry starts with: 第一部分, 一、, （一）, 1. (not 1.5). */
export const HEADING_NUMBER = /^(?:第[一二三四五六七八九十\d]{1,3}部分|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．.](?!\d))/;
