/**
 * `text.replace(pattern, '')` for a pattern anchored at the text's end (`$`, no m flag, no
 * lookbehind) whose every character is one `mayTake` accepts (a class of one character).
 *
 * Such a pattern, tried from every position of a long line, fails at each but the last few: most of
 * its time went there. A match can only start inside the run of acceptable characters the text ends
 * with, so the pattern is run on that run alone; its first match there is the same match as in the
 * whole text, and what is before the run is kept as it is.
 */
export function withoutTrailing(text: string, pattern: RegExp, mayTake: RegExp): string {
  let start = text.length;
  while (start > 0 && mayTake.test(text[start - 1] as string)) start--;
  if (start === 0) return text.replace(pattern, '');
  return text.slice(0, start) + text.slice(start).replace(pattern, '');
}
