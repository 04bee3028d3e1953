/**
 * Rewrites of a regular expression's source that keep where it can match, used to make a cheaper
 * pattern of the same one. Written by hand: no library rewrites a pattern's groups. Both walk the
 * source the same way, escapes and character classes copied as they are (a '(' there opens nothing).
 */

/** What to do with a group opened at position i: write `text` instead and go on after `next`; null keeps it. */
type AtGroup = (source: string, i: number) => { text: string; next: number } | null;

/**
 * The source walked once, each group's opening given to `atGroup`; null when `stopAt` holds for an escape.
 * What is kept is copied a stretch at a time, up to each group rewritten: a check runs these once per
 * pattern (hundreds of sources, some thousands of characters long) in unoptimised code, where a
 * string grown a character at a time took ~4 ms of every process.
 */
function rewriteGroups(source: string, atGroup: AtGroup, stopAt: (escaped: string) => boolean = () => false): string | null {
  let out = '';
  // Where the source not yet copied to `out` begins.
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      if (!inClass && stopAt(source[i + 1] ?? '')) return null;
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      const r = atGroup(source, i);
      if (r) {
        out += source.slice(from, i) + r.text;
        i = r.next;
        from = i + 1;
      }
    }
  }
  return out + source.slice(from);
}

/**
 * A pattern's source with its lookbehinds ((?<=…), (?<!…)) taken out: it matches wherever the
 * pattern does (an assertion only ever rules a match out), so it may stand as a cheaper pre-test. A
 * lookbehind is tried at every position of the text, before any word the pattern holds narrows
 * where it can match.
 */
export function withoutLookbehinds(source: string): string {
  const lookbehind = (s: string, i: number) => s[i + 1] === '?' && s[i + 2] === '<' && (s[i + 3] === '=' || s[i + 3] === '!');
  return rewriteGroups(source, (s, i) => (lookbehind(s, i) ? { text: '', next: closingParen(s, i) } : null)) as string;
}

/**
 * The pattern with its capturing groups made non-capturing. The scan only needs where a line can
 * match, and groups that capture nothing match exactly the same text in the same order; V8 runs
 * some patterns several times faster without them (template.instruction's, six times). A pattern
 * with a back-reference (\1, \k<name>) needs its groups and is left as it is.
 */
export function withoutCaptures(source: string): string {
  return rewriteGroups(source, (s, i) => (s[i + 1] !== '?' ? { text: '(?:', next: i } : null), (e) => /[1-9]/.test(e) || e === 'k') ?? source;
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

/** A literal text as a pattern that matches just it (a printed figure or name put into a regular expression). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
