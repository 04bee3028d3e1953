/**
 * Figures set a line or two off the row they belong to, as a layout writer sets a cell's figures
 * centred against a name wrapped over lines of its own: which row a figure goes with, and every way
 * of placing the figures the lines leave open, for the table's sums to decide.
 */

/** The lines a row covers (its name's words, its code or line number). */
export interface Span {
  first: number;
  last: number;
}

/**
 * The rows a figure on line `k` may belong to: the row whose lines it stands on (the last one
 * opened there); else the nearest row above or below it; both where they are as near.
 */
export function rowsNear(k: number, rows: readonly Span[]): number[] {
  const inside = rows.flatMap((r, n) => (r.first <= k && k <= r.last ? [n] : []));
  if (inside.length) return [inside[inside.length - 1] as number];
  const before = rows.flatMap((r, n) => (r.last < k ? [n] : [])).pop();
  const after = rows.findIndex((r) => r.first > k);
  const dBefore = before != null ? k - (rows[before] as Span).last : Infinity;
  const dAfter = after >= 0 ? (rows[after] as Span).first - k : Infinity;
  if (dBefore === Infinity && dAfter === Infinity) return [];
  return dBefore < dAfter ? [before as number] : dAfter < dBefore ? [after] : [before as number, after];
}

/**
 * Whether a row's lines run on without a blank line among them: a layout writer parts rows with a
 * blank line where it parts any, never the lines of one cell; a word past a blank line went with a
 * row not its own.
 */
export function unbroken(span: Span, blank: (k: number) => boolean): boolean {
  for (let k = span.first + 1; k < span.last; k++) if (blank(k)) return false;
  return true;
}

/** How many ways are tried at most: more open placements than that leave the table unread. */
const MOST_WAYS = 4096;

/**
 * The one reading every way of placing the figures gives, where each figure goes with one of its
 * rows (`options`, per figure) and `read` gives a reading that verifies (its sums hold) or null.
 * Null where no way verifies, where two verifying ways differ (`same`), or where the ways are too
 * many to try: the lines do not decide.
 */
export function onlyReading<T>(options: readonly (readonly number[])[], read: (pick: readonly number[]) => T | null, same: (a: T, b: T) => boolean): T | null {
  if (options.some((o) => !o.length)) return null;
  const ways = options.reduce((a, o) => a * o.length, 1);
  if (ways > MOST_WAYS) return null;
  let found: T | null = null;
  for (let way = 0; way < ways; way++) {
    let rest = way;
    const pick = options.map((o) => {
      const r = o[rest % o.length] as number;
      rest = Math.floor(rest / o.length);
      return r;
    });
    const got = read(pick);
    if (got == null) continue;
    if (found != null && !same(found, got)) return null;
    found = got;
  }
  return found;
}
