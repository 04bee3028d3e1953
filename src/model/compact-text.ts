/**
 * Text with its whitespace dropped, and the way back: converters scatter spaces and line breaks inside
 * Chinese words ("收 入 合 计"), so readers match on the compact text and report places in the printed one.
 */

/** Text without whitespace, and where each of its characters stands in the text. */
export function compactOf(text: string): { compact: string; at: number[] } {
  const at: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] as string)) continue;
    compact += text[i];
    at.push(i);
  }
  return { compact, at };
}

/** Where the `k`th character of the compact text stands in `text` (its end when there is none). */
export function unsqueezedOffset(text: string, k: number): number {
  return compactOf(text).at[k] ?? text.length;
}
