import { CONVERTER_MARKER } from '../../model/layout.js';

/**
 * Removes the markup that converters leave in text: DOCX-to-text `[bookmark: …]` / `[image: …]`
 * markers, PDF-to-markdown `<b>` tags and `**`, and HTML entities for spaces.
 */
export function stripMarkup(line: string): string {
  // Every line and cell passes here; each kind of markup starts with one of these characters.
  if (!MARKUP_START.test(line)) return line;
  return line
    .replace(CONVERTER_MARKER, '')
    .replace(/<\/?(?:b|strong|i|em|u|span|br)\b[^>]*>/gi, '')
    // Bold is two asterisks on each side; a longer run ("********支出2万元") masks a name, and a
    // lone pair where a figure belongs ("事业单位**个") stands for one: both are text.
    .replace(/(?<!\*)\*\*(?!\*)(.*?)(?<!\*)\*\*(?!\*)/g, '$1')
    .replace(/&nbsp;/g, ' ');
}

const MARKUP_START = /[[<*&]|PAGEREF|HYPERLINK|TOC/;

/** Markdown heading level of a line (`## 标题` → 2), or null. */
export function headingLevel(line: string): number | null {
  const m = /^(#{1,6})\s+/.exec(line);
  return m ? (m[1] as string).length : null;
}
