/**
 * Text with its whitespace dropped, and the way back: converters scatter spaces and line breaks inside
 * Chinese words ("收 入 合 计"), so readers match on the compact text and report places in the printed one.
 */

// Runs of characters other than whitespace (the same \s as before): a line is taken a run at a time
// instead of testing a pattern on each of its characters.
const NON_SPACE_RUN = /\S+/g;

/** Text without whitespace, and where each of its characters stands in the text. */
export function compactOf(text: string): { compact: string; at: number[] } {
  const at: number[] = [];
  let compact = '';
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(text); m; m = NON_SPACE_RUN.exec(text)) {
    const run = m[0];
    compact += run;
    for (let i = m.index, end = m.index + run.length; i < end; i++) at.push(i);
  }
  return { compact, at };
}

/** Where the `k`th character of the compact text stands in `text` (its end when there is none). */
export function unsqueezedOffset(text: string, k: number): number {
  return compactOf(text).at[k] ?? text.length;
}

/** Whether a UTF-16 unit is whitespace as \s has it. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
