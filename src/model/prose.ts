import { compactOf } from './compact-text.js';
import type { Disclosure } from './disclosure.js';
import { locationAt } from './layout.js';
import type { Location } from './location.js';

/** The document's prose as one string, and the line each offset of it came from. */
export interface JoinedProse {
  /** Every paragraph line outside tables, whitespace removed, joined with nothing between. */
  text: string;
  /** The location of the line the character at `offset` came from. */
  at(offset: number): Location;
  /** The offset in `text` where each prose line begins, in order. */
  lineStarts: readonly number[];
}

/**
 * The prose (no table cells) joined into one string. A PDF print breaks a sentence over two or three
 * lines anywhere, even inside a figure, so wordings are matched on the joined text; whitespace goes
 * too ("实有人数 31 人"). Sentences still end at their own 。.
 */
export function joinedProse(doc: Disclosure): JoinedProse {
  // Several rules ask for it: built once per set of lines.
  const hit = JOINED.get(doc.lines);
  if (hit) return hit;
  const prose = doc.lines.filter((l) => !l.location.cell && l.text.trim());
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const l of prose) {
    starts.push(length);
    const kept = l.text.replace(/\s/g, '');
    parts.push(kept);
    length += kept.length;
  }
  const text = parts.join('');
  // Where each kept character stands in its line's own text (a paragraph of wrapped lines keeps
  // where each source line starts: the line of a character is found from there); worked out for a
  // line only when a place on it is asked for.
  const origins = new Map<number, number[]>();
  const originOf = (k: number): number[] => {
    let own = origins.get(k);
    if (!own) {
      own = compactOf(prose[k]!.text).at;
      origins.set(k, own);
    }
    return own;
  };
  const at = (offset: number): Location => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = prose[lo]!;
    const i = originOf(lo)[offset - (starts[lo] as number)];
    return i == null ? line.location : locationAt(line, i);
  };
  const joined = { text, at, lineStarts: starts };
  JOINED.set(doc.lines, joined);
  return joined;
}

const JOINED = new WeakMap<Disclosure['lines'], JoinedProse>();

/** A sentence of the joined prose: its text, up to and with its 。！？, and where it starts in the prose. */
export interface ProseSentence {
  raw: string;
  start: number;
}

/**
 * The joined prose cut after each 。！？ (what `text.split(/(?<=[。！？])/)` gives, with each piece's
 * offset). Two rules read the prose sentence by sentence: cut once per document, by code unit (the
 * split's lookbehind was tried at every position of the prose).
 */
export function proseSentences(doc: Disclosure): readonly ProseSentence[] {
  const prose = joinedProse(doc);
  let out = SENTENCES.get(prose);
  if (!out) {
    const text = prose.text;
    out = [];
    let start = 0;
    for (let i = 0; i + 1 < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x3002 && c !== 0xff01 && c !== 0xff1f) continue;
      out.push({ raw: text.slice(start, i + 1), start });
      start = i + 1;
    }
    out.push({ raw: text.slice(start), start });
    SENTENCES.set(prose, out);
  }
  return out;
}

const SENTENCES = new WeakMap<JoinedProse, ProseSentence[]>();
