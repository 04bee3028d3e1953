import { lineAt, type ParagraphBlock } from '../../../model/layout.js';

/**
 * The source line each sentence of a paragraph starts on. Paragraphs joined from several lines
 * (hard-wrapped text) keep their breaks; sentences are found again in the original text by their
 * first characters, whitespace aside, since the claims reader works on a normalised copy.
 */
export function sentenceLines(b: ParagraphBlock): (sentence: string) => number | null {
  const first = b.location.line ?? null;
  if (!b.breaks?.length) return () => first;
  let compact = '';
  const at: number[] = [];
  for (let i = 0; i < b.text.length; i++) {
    const ch = b.text[i] as string;
    if (/\s/.test(ch)) continue;
    compact += ch;
    at.push(i);
  }
  let cursor = 0;
  return (sentence) => {
    const key = sentence.replace(/\s+/g, '').slice(0, 12);
    if (!key) return first;
    let k = compact.indexOf(key, cursor);
    if (k < 0) k = compact.indexOf(key);
    if (k < 0) return first;
    cursor = k + 1;
    return lineAt(b, at[k] as number);
  };
}
