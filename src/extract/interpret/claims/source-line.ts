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
  // Built on first use: most joined paragraphs state no figure at all.
  let compact = '';
  let at: number[] | null = null;
  const index = () => {
    at = [];
    const parts: string[] = [];
    for (let i = 0; i < b.text.length; i++) {
      const c = b.text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0) continue;
      parts.push(b.text[i] as string);
      at.push(i);
    }
    compact = parts.join('');
  };
  let sentenceStart = 0;
  let figureCursor = 0;
  const lineOf = (k: number) => lineAt(b, (at as number[])[k] as number);
  return {
    sentence(text) {
      if (!at) index();
      const key = text.replace(/\s+/g, '').slice(0, 12);
      let k = key ? compact.indexOf(key, sentenceStart) : -1;
      if (k < 0 && key) k = compact.indexOf(key);
      if (k < 0) return first;
      sentenceStart = k;
      figureCursor = k;
      return lineOf(k);
    },
    figure(raw) {
      if (!at) index();
      const key = raw.replace(/\s+/g, '');
      const k = key ? compact.indexOf(key, figureCursor) : -1;
      if (k < 0) return null;
      figureCursor = k + key.length;
      return lineOf(k);
    },
  };
}
