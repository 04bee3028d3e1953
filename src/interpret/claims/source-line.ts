import { type ParagraphBlock, placeAt } from '../../model/layout.js';

/** Where a sentence or figure stands: the page (PDF) and the line on it. */
export interface Place {
  page: number | null;
  line: number | null;
}

/**
 * Finds the sentences and figures of a paragraph joined from several source lines (hard-wrapped
 * text, a sentence broken across pages) on the lines they were printed on. The claims reader works
 * on a normalised copy of the text, so they are found again in the original by their characters,
 * whitespace aside. Null for a paragraph on one line: its location says it all.
 */
export function sourceLines(b: ParagraphBlock): SourceLines | null {
  return b.breaks?.length ? new SourceLines(b) : null;
}

export class SourceLines {
  private compact = '';
  private at: number[] | null = null;
  private sentenceStart = 0;
  private figureCursor = 0;

  constructor(private readonly b: ParagraphBlock) {}

  /** The page and line a sentence starts on; later calls search from the previous sentence on. */
  sentence(text: string): Place {
    const key = text.replace(/\s+/g, '').slice(0, 12);
    const compact = this.index();
    let k = key ? compact.indexOf(key, this.sentenceStart) : -1;
    if (k < 0 && key) k = compact.indexOf(key);
    if (k < 0) return { page: this.b.location.page ?? null, line: this.b.location.line ?? null };
    this.sentenceStart = k;
    this.figureCursor = k;
    return this.lineOf(k);
  }

  /** The page and line a figure of the current sentence stands on, found by its printed text. */
  figure(raw: string): Place | null {
    const key = raw.replace(/\s+/g, '');
    const k = key ? this.index().indexOf(key, this.figureCursor) : -1;
    if (k < 0) return null;
    this.figureCursor = k + key.length;
    return this.lineOf(k);
  }

  private lineOf(k: number): Place {
    return placeAt(this.b, (this.at as number[])[k] as number);
  }

  /** The text without whitespace, and where each of its characters stands in the original. */
  private index(): string {
    if (this.at) return this.compact;
    const text = this.b.text;
    const at: number[] = [];
    const parts: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0) continue;
      parts.push(text[i] as string);
      at.push(i);
    }
    this.at = at;
    this.compact = parts.join('');
    return this.compact;
  }
}
