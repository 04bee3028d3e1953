// Which variants `npm run perturb` makes of a document: for each kind, `perDoc` places drawn by a
// seeded RNG from every place the kind can strike in the prose lines, each rewritten once.
import { Random } from '../../test/fuzz/random.js';
import { type DocContext, KINDS, type KindId, accountYear, isProse } from './kinds.js';

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

/** Up to `perDoc` variants of `text` per kind, the same for the same seed, in line order within a kind. */
export function planVariants(doc: string, text: string, kinds: readonly KindId[], perDoc: number, seed: number): Variant[] {
  const lines = text.split('\n');
  const ctx: DocContext = { year: accountYear(text) };
  return kinds.flatMap((id) => {
    const kind = KINDS[id];
    // A place needs text before it on its line: a figure that opens a line may be the tail of a number
    // hard-wrapped from the line above.
    const places = lines.flatMap((line, i) => (isProse(line) ? kind.spans(line, ctx).filter((s) => s.start > 0).map((s) => ({ i, s })) : []));
    const rng = new Random(hash32(`${seed}\u0000${doc}\u0000${id}`));
    // A partial Fisher–Yates shuffle: the first `perDoc` places of a seeded permutation.
    const n = Math.min(perDoc, places.length);
    for (let k = 0; k < n; k++) {
      const j = rng.int(k, places.length - 1);
      [places[k], places[j]] = [places[j]!, places[k]!];
    }
    return places
      .slice(0, n)
      .sort((a, b) => a.i - b.i || a.s.start - b.s.start)
      .map(({ i, s }) => {
        const before = lines[i]!;
        const from = before.slice(s.start, s.end);
        const to = kind.rewrite(from, rng, ctx);
        return { doc, kind: id, line: i + 1, column: s.start, from, to, before, after: before.slice(0, s.start) + to + before.slice(s.end) };
      });
  });
}

/** The document's text with the variant's line changed. */
export function applyVariant(text: string, v: Variant): string {
  const lines = text.split('\n');
  if (lines[v.line - 1] !== v.before) throw new Error(`${v.doc}:${v.line} is not the line the variant was made from`);
  lines[v.line - 1] = v.after;
  return lines.join('\n');
}
