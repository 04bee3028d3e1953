import { type ParagraphBlock, boxAt, placeAt } from '../../model/layout.js';
import type { Box } from '../../model/location.js';

/** Where a sentence or figure stands: the page (PDF) and the line on it, and in a PDF its box on the page. */
export interface Place {
  page: number | null;
  line: number | null;
  box?: Box;
}

/**
 * Finds the sentences and figures of a paragraph joined from several source lines (hard-wrapped
 * text, a sentence broken across pages) on the lines they were printed on, and in a PDF where on the
 * page they stand. The claims reader works on a normalised copy of the text, so they are found again
 * in the original by their characters, whitespace aside. Null for a paragraph on one line without
 * positions: its location says it all.
 */
export function sourceLines(b: ParagraphBlock): SourceLines | null {
  return b.breaks?.length || b.spans?.length ? new SourceLines(b) : null;
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
    return this.placeOf(k, text.replace(/\s+/g, '').length);
  }

  /** The page and line a figure of the current sentence stands on, found by its printed text. */
  figure(raw: string): Place | null {
    const key = raw.replace(/\s+/g, '');
    const k = key ? this.index().indexOf(key, this.figureCursor) : -1;
    if (k < 0) return null;
    this.figureCursor = k + key.length;
    return this.placeOf(k, key.length);
  }

  /** The place of `n` characters of the text without whitespace, from its `k`th on. */
  private placeOf(k: number, n: number): Place {
    const at = this.at as number[];
    const from = at[k] as number;
    const place: Place = placeAt(this.b, from);
    const to = (at[Math.min(k + Math.max(n, 1), at.length) - 1] as number) + 1;
    const box = boxAt(this.b, from, to);
    if (box) place.box = box;
    return place;
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
