/**
 * Similarity of two short Chinese definitions: Dice coefficient over character bigrams after removing
 * the boilerplate that every definition shares (反映/指/主要用于, punctuation). Hand-written because
 * it is ten lines and no dependency is needed for bigram sets.
 */
export function definitionSimilarity(a: string, b: string): number {
  const x = bigramsOf(a);
  const y = bigramsOf(b);
  if (!x.length || !y.length) return 0;
  // Both sorted: the shared bigrams are counted in one merge pass.
  let common = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const d = (x[i] as number) - (y[j] as number);
    if (d === 0) {
      common++;
      i++;
      j++;
    } else if (d < 0) i++;
    else j++;
  }
  return (2 * common) / (x.length + y.length);
}

/**
 * definitionSimilarity of one text to each of a fixed list of definitions, through an index from
 * bigram to the definitions that have it: a glossary entry counts its shared bigrams with all of
 * them in one pass over its own bigrams, instead of one merge per definition.
 */
export class DefinitionIndex {
  private readonly sizes: number[];
  private readonly postings = new Map<number, number[]>();

  constructor(definitions: readonly string[]) {
    this.sizes = definitions.map((d, k) => {
      const y = bigramsOf(d);
      for (const g of y) {
        const list = this.postings.get(g);
        if (list) list.push(k);
        else this.postings.set(g, [k]);
      }
      return y.length;
    });
  }

  /** Similarity of `a` to every definition, in the order given to the constructor. */
  similarities(a: string): number[] {
    const x = bigramsOf(a);
    const common = new Array<number>(this.sizes.length).fill(0);
    for (const g of x) for (const k of this.postings.get(g) ?? []) common[k] = (common[k] as number) + 1;
    return this.sizes.map((size, k) => (!x.length || !size ? 0 : (2 * (common[k] as number)) / (x.length + size)));
  }
}

export function normalizeDefinition(s: string): string {
  return s
    .replace(/^(主要用于|主要)?(反映|是指|指)/, '')
    .replace(/(主要用于|反映|是指)/g, '')
    .replace(/除(上述|以上)(各)?(项目|科目|款|项)?(以外|之外)的?/g, '')
    .replace(/[\s　，。、；：:,.;“”"（）()]/g, '')
    .replace(/方面的?支出$/, '支出');
}

/**
 * The distinct bigrams of a string, each as one number (two UTF-16 units side by side), sorted.
 * A glossary entry is compared with every catalog definition: numbers compare without hashing
 * two-character strings.
 */
function bigrams(s: string): Int32Array {
  const codes: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) codes.push((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
  codes.sort((p, q) => p - q);
  const out: number[] = [];
  for (const c of codes) if (out[out.length - 1] !== c) out.push(c);
  return Int32Array.from(out);
}

// Catalog definitions are compared against every glossary entry of every document: memoise.
const memo = new Map<string, Int32Array>();
function bigramsOf(s: string): Int32Array {
  let hit = memo.get(s);
  if (!hit) {
    hit = bigrams(normalizeDefinition(s));
    if (memo.size > 10_000) memo.clear();
    memo.set(s, hit);
  }
  return hit;
}
