/**
 * A pattern's source with its lookbehinds ((?<=…), (?<!…)) taken out: it matches wherever the
 * pattern does (an assertion only ever rules a match out), so it may stand as a cheaper pre-test. A
 * lookbehind is tried at every position of the text, before any word the pattern holds narrows
 * where it can match.
 */
export function withoutLookbehinds(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(' && source[i + 1] === '?' && source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!')) {
      i = closingParen(source, i);
    } else out += ch;
  }
  return out;
}

/** Where the group opened at `open` closes (escapes and classes skipped). */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced pattern: ${source}`);
}
