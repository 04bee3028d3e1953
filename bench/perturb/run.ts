// The measurement itself, apart from the command line: plan the variants of each document, check the
// originals and the variants with the `check` given (a process pool, or the library in-process in the
// tests) and judge each variant against its original.
import { type Class, type Flag, type Judgement, type Slim, judge } from './classify.js';
import type { KindId } from './kinds.js';
import { type Variant, applyVariant, planPairs, planVariants } from './plan.js';
import type { Check } from './pool.js';

export interface Doc {
  /** The document's name as the JSON gives it (a path relative to the repository where it is inside it). */
  doc: string;
  /** The path checked: its extension chooses the reader. */
  file: string;
  text: string;
}

export interface Outcome extends Variant, Omit<Judgement, 'class'> {
  /** FAILED: the variant's check threw (`failed` says why). */
  class: Class | 'FAILED';
  failed?: string;
}

export interface PerturbRun {
  seed: number;
  perDoc: number;
  kinds: KindId[];
  /** Two slips a variant (on one line) instead of one. */
  pairs?: boolean;
  docs: { doc: string; errors: number; warnings: number; infos: number; variants: number; failed?: string }[];
  variants: Outcome[];
}

export interface PerturbOptions {
  seed: number;
  perDoc: number;
  kinds: readonly KindId[];
  /** Two slips of different kinds on one line each variant, `perDoc` variants a document (not a kind). */
  pairs?: boolean;
  check: Check;
  /** Called after each variant is judged, with how many are judged and how many there are. */
  progress?: (done: number, total: number) => void;
}

/** Plans, checks and judges every variant of `docs`; the result's order depends only on the inputs and the seed. */
export async function runPerturb(docs: readonly Doc[], o: PerturbOptions): Promise<PerturbRun> {
  const plan = o.pairs ? planPairs : planVariants;
  const planned = docs.map((d) => ({ d, variants: plan(d.doc, d.text, o.kinds, o.perDoc, o.seed) }));
  const total = planned.reduce((n, p) => n + p.variants.length, 0);
  let done = 0;
  const results = await Promise.all(
    planned.map(async ({ d, variants }) => {
      let base: Slim[];
      try {
        base = await o.check(d.file, d.text);
      } catch (e) {
        done += variants.length;
        const failed = e instanceof Error ? e.message : String(e);
        return { summary: { doc: d.doc, errors: 0, warnings: 0, infos: 0, variants: 0, failed }, outcomes: [] as Outcome[] };
      }
      const outcomes = await Promise.all(
        variants.map(async (v): Promise<Outcome> => {
          try {
            const j = judge(base, await o.check(d.file, applyVariant(d.text, v)), v.line);
            return { ...v, ...j };
          } catch (e) {
            return { ...v, class: 'FAILED', flags: [] as Flag[], added: [], addedInfo: [], lost: [], failed: e instanceof Error ? e.message : String(e) };
          } finally {
            o.progress?.(++done, total);
          }
        }),
      );
      const count = (s: Slim['severity']) => base.filter((f) => f.severity === s).length;
      return { summary: { doc: d.doc, errors: count('error'), warnings: count('warning'), infos: count('info'), variants: outcomes.length }, outcomes };
    }),
  );
  return { seed: o.seed, perDoc: o.perDoc, kinds: [...o.kinds], ...(o.pairs ? { pairs: true } : {}), docs: results.map((r) => r.summary), variants: results.flatMap((r) => r.outcomes) };
}
