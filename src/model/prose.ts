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
  const prose = doc.lines.filter((l) => !l.location.cell && l.text.trim());
  let text = '';
  const starts: number[] = [];
  // Where each kept character stands in its line's own text (a paragraph of wrapped lines keeps
  // where each source line starts: the line of a character is found from there).
  const origin: number[][] = [];
  for (const l of prose) {
    starts.push(text.length);
    const own: number[] = [];
    for (let i = 0; i < l.text.length; i++) {
      if (/\s/.test(l.text[i] as string)) continue;
      text += l.text[i];
      own.push(i);
    }
    origin.push(own);
  }
  const at = (offset: number): Location => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = prose[lo]!;
    const i = origin[lo]![offset - (starts[lo] as number)];
    return i == null ? line.location : locationAt(line, i);
  };
  return { text, at, lineStarts: starts };
}
