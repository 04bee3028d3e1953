/**
 * Header cells wrapped over lines of a copy that sets each line's words by the flow of its text, not
 * over their columns (a narrow Chromium print: "本年支出 基本支 项目支 上缴上" over "合计 出 出 级支出").
 * Joined line by line the header holds no column's name whole ("基本支项目支上缴上合计出出级支出"),
 * but a wrapped cell is still a word's end on one line, the whole words of the lines after it and a
 * word's start on the last: "基本支" / "出" is 基本支出, "对附属单" / "位补助支" holds 附属单位.
 */

/** The words of each header line, as printed (split at spaces). */
export type HeaderWords = readonly (readonly string[])[];

/** The header's words, line by line. */
export function headerWords(lines: readonly string[]): string[][] {
  return lines.map((l) => l.split(/\s+/).filter(Boolean));
}

/**
 * Whether `key` stands in the header as a cell wrapped over consecutive lines: the end of a word on
 * one line, then whole words of the next lines, then the start of a word on the line after them.
 */
export function wrappedKey(words: HeaderWords, key: string): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    for (const w of words[i] as readonly string[]) {
      for (let n = 1; n < key.length && n <= w.length; n++) {
        if (w.endsWith(key.slice(0, n)) && goesOn(words, i + 1, key.slice(n))) return true;
      }
    }
  }
  return false;
}

/** Whether `rest` goes on from line `i`: a word's start there, or a whole word and the rest below. */
function goesOn(words: HeaderWords, i: number, rest: string): boolean {
  const line = words[i];
  if (!line) return false;
  if (line.some((w) => w.startsWith(rest))) return true;
  return line.some((w) => w.length < rest.length && rest.startsWith(w) && goesOn(words, i + 1, rest.slice(w.length)));
}

/** The literal keywords of a column's pattern (/基本支出/, /合计|小计/): none where it is no plain alternation. */
export function keywordsOf(re: RegExp): string[] {
  const parts = re.source.split('|');
  return parts.every((p) => /^[\p{Script=Han}]{2,}$/u.test(p)) ? parts : [];
}
