// Which variants `npm run perturb` makes of a document: for each kind, `perDoc` places drawn by a
// seeded RNG from every place the kind can strike in the prose lines, each rewritten once.
import { Random } from '../../test/fuzz/random.js';
import { type DocContext, KINDS, type KindId, type Span, accountYear, isProse } from './kinds.js';

/** One variant: the document with one line changed at one place. */
export interface Variant {
  doc: string;
  kind: KindId;
  /** 1-based line of the text file (as the checker's locations count them). */
  line: number;
  /** 0-based character offset of the change in that line. */
  column: number;
  from: string;
  to: string;
  before: string;
  after: string;
  /** With --pairs: a second slip of another kind on the same line, after the first. */
  also?: { kind: KindId; column: number; from: string; to: string };
}

/**
 * A 32-bit FNV-1a hash: each (seed, document, kind) draws from its own RNG, so adding a document or
 * a kind leaves the other variants as they were and two runs can be diffed.
 */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The first `n` items of a seeded permutation of `items` (a partial Fisher–Yates shuffle, in place). */
function drawn<T>(items: T[], n: number, rng: Random): T[] {
  const m = Math.min(n, items.length);
  for (let k = 0; k < m; k++) {
    const j = rng.int(k, items.length - 1);
    [items[k], items[j]] = [items[j]!, items[k]!];
  }
  return items.slice(0, m);
}

/** Up to `perDoc` variants of `text` per kind, the same for the same seed, in line order within a kind. */
export function planVariants(doc: string, text: string, kinds: readonly KindId[], perDoc: number, seed: number): Variant[] {
  const lines = text.split('\n');
  const ctx: DocContext = { year: accountYear(text) };
  return kinds.flatMap((id) => {
    const kind = KINDS[id];
    const rng = new Random(hash32(`${seed}\u0000${doc}\u0000${id}`));
    return drawn(placesOf(lines, id, ctx), perDoc, rng)
      .sort((a, b) => a.i - b.i || a.s.start - b.s.start)
      .map(({ i, s }) => {
        const before = lines[i]!;
        const from = before.slice(s.start, s.end);
        const to = kind.rewrite(from, rng, ctx);
        return { doc, kind: id, line: i + 1, column: s.start, from, to, before, after: before.slice(0, s.start) + to + before.slice(s.end) };
      });
  });
}

/** Every place a kind can strike in the prose lines (a table kind: in the table rows): (0-based line, span). */
function placesOf(lines: readonly string[], id: KindId, ctx: DocContext): { i: number; s: Span }[] {
  // A place needs text before it on its line: a figure that opens a line may be the tail of a number
  // hard-wrapped from the line above.
  // A table kind strikes the amount cells of table rows, wherever on the row they stand.
  const kind = KINDS[id];
  if (kind.where === 'table') return lines.flatMap((line, i) => kind.spans(line, ctx).map((s) => ({ i, s })));
  return lines.flatMap((line, i) => (isProse(line) ? kind.spans(line, ctx).filter((s) => s.start > 0).map((s) => ({ i, s })) : []));
}

/**
 * Up to `perDoc` variants of `text` with TWO slips each, of two different kinds on one line (spans apart):
 * what a real line with two slips does to the reading, which one slip at a time never shows (a share
 * fold that took a second broken figure for the first one's consequence). Drawn by the seeded RNG from
 * every such pair of places; `kind` and `column` are the first slip's, `also` the second's.
 */
export function planPairs(doc: string, text: string, kinds: readonly KindId[], perDoc: number, seed: number): Variant[] {
  const lines = text.split('\n');
  const ctx: DocContext = { year: accountYear(text) };
  const byLine = new Map<number, { kind: KindId; s: Span }[]>();
  for (const kind of kinds) for (const { i, s } of placesOf(lines, kind, ctx)) byLine.set(i, [...(byLine.get(i) ?? []), { kind, s }]);
  const pairs: { i: number; a: { kind: KindId; s: Span }; b: { kind: KindId; s: Span } }[] = [];
  for (const [i, ps] of [...byLine].sort((x, y) => x[0] - y[0])) {
    const sorted = [...ps].sort((x, y) => x.s.start - y.s.start || x.s.end - y.s.end);
    sorted.forEach((a, k) => {
      for (const b of sorted.slice(k + 1)) if (a.kind !== b.kind && a.s.end <= b.s.start) pairs.push({ i, a, b });
    });
  }
  const rng = new Random(hash32(`${seed}\u0000${doc}\u0000pairs`));
  return drawn(pairs, perDoc, rng)
    .sort((x, y) => x.i - y.i || x.a.s.start - y.a.s.start || x.b.s.start - y.b.s.start)
    .map(({ i, a, b }) => {
      const before = lines[i]!;
      const fromA = before.slice(a.s.start, a.s.end);
      const fromB = before.slice(b.s.start, b.s.end);
      const toA = KINDS[a.kind].rewrite(fromA, rng, ctx);
      const toB = KINDS[b.kind].rewrite(fromB, rng, ctx);
      const after = before.slice(0, a.s.start) + toA + before.slice(a.s.end, b.s.start) + toB + before.slice(b.s.end);
      return { doc, kind: a.kind, line: i + 1, column: a.s.start, from: fromA, to: toA, before, after, also: { kind: b.kind, column: b.s.start, from: fromB, to: toB } };
    });
}

/** The document's text with the variant's line changed. */
export function applyVariant(text: string, v: Variant): string {
  const lines = text.split('\n');
  if (lines[v.line - 1] !== v.before) throw new Error(`${v.doc}:${v.line} is not the line the variant was made from`);
  lines[v.line - 1] = v.after;
  return lines.join('\n');
}
