import { lineAt, type ParagraphBlock } from '../../../model/layout.js';

/** Finds sentences and figures of a paragraph on the source lines they were printed on. */
export interface SourceLines {
  /** The line a sentence starts on; later calls search from the previous sentence on. */
  sentence(text: string): number | null;
  /** The line a figure of the current sentence stands on, found by its printed text. */
  figure(raw: string): number | null;
}

/**
 * Paragraphs joined from several lines (hard-wrapped text, a sentence broken across pages) keep
 * their breaks. The claims reader works on a normalised copy of the text, so sentences and figures
 * are found again in the original by their characters, whitespace aside.
 */
export function sourceLines(b: ParagraphBlock): SourceLines {
  const first = b.location.line ?? null;
  if (!b.breaks?.length) return { sentence: () => first, figure: () => first };
  let compact = '';
  const at: number[] = [];
  for (let i = 0; i < b.text.length; i++) {
    const ch = b.text[i] as string;
    if (/\s/.test(ch)) continue;
    compact += ch;
    at.push(i);
  }
  let sentenceStart = 0;
  let figureCursor = 0;
  const lineOf = (k: number) => lineAt(b, at[k] as number);
  return {
    sentence(text) {
      const key = text.replace(/\s+/g, '').slice(0, 12);
      let k = key ? compact.indexOf(key, sentenceStart) : -1;
      if (k < 0 && key) k = compact.indexOf(key);
      if (k < 0) return first;
      sentenceStart = k;
      figureCursor = k;
      return lineOf(k);
    },
    figure(raw) {
      const key = raw.replace(/\s+/g, '');
      const k = key ? compact.indexOf(key, figureCursor) : -1;
      if (k < 0) return null;
      figureCursor = k + key.length;
      return lineOf(k);
    },
  };
}
