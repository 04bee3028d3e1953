import type { Block, ParagraphBlock, TableCell } from '../../model/layout.js';
import type { Location } from '../../model/location.js';
import { readTextLayout } from './read-text.js';

/**
 * A table typed or pasted as text, each row a paragraph of cells parted by tabs (Excel's cells pasted
 * into Word as unformatted text, a text file opened in Word or Writer and saved, a web page's <pre>):
 * no table element holds it, so the Word and HTML readers see paragraphs. The text reader reads tab-separated rows; each run of
 * such paragraphs is read by it, and every place moved back to the paragraph it stands in.
 */
export function readTabRows(blocks: readonly Block[], file: string): Block[] {
  if (!blocks.some((b) => b.kind === 'paragraph' && b.text.includes('\t'))) return blocks as Block[];
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    const run = tabRun(blocks, i);
    if (run.length < MIN_ROWS) {
      out.push(blocks[i] as Block);
      i++;
      continue;
    }
    const read = readTextLayout(run.map((b) => b.text).join('\n'), file, 'text').blocks;
    // Only where the text reader finds a table in them: otherwise they stay the paragraphs they were.
    if (!read.some((b) => b.kind === 'table')) out.push(...run);
    else out.push(...read.map((b) => placed(b, run)));
    i += run.length;
  }
  return out;
}

/** Rows a run must hold to be read as a table (a header and two rows). */
const MIN_ROWS = 3;
/** Cells parted by tabs: words or figures on both sides of a tab. */
const TAB_ROW = /\S\t+\S/;

/** The paragraphs from `i` on that are rows of cells parted by tabs, on consecutive lines. */
function tabRun(blocks: readonly Block[], i: number): ParagraphBlock[] {
  const run: ParagraphBlock[] = [];
  for (let k = i; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.kind !== 'paragraph' || b.heading != null || !TAB_ROW.test(b.text)) break;
    const last = run[run.length - 1];
    // (An empty paragraph between two rows counts a line of its own.)
    if (last && (b.location.line ?? 0) - (last.location.line ?? 0) > 2) break;
    run.push(b);
  }
  return run;
}

/** A block the text reader made of a run, its places those of the run's paragraphs. */
function placed(b: Block, run: readonly ParagraphBlock[]): Block {
  const at = (l: Location): Location => {
    const p = l.line != null ? run[l.line - 1] : undefined;
    return { ...l, line: p ? p.location.line : (run[0] as ParagraphBlock).location.line, page: null };
  };
  if (b.kind === 'paragraph') {
    const { breaks: _breaks, ...rest } = b;
    return { ...rest, location: at(b.location) };
  }
  return { ...b, rows: b.rows.map((r) => r.map((c): TableCell => ({ ...c, location: at(c.location) }))), location: at(b.location) };
}
