/**
 * Similarity of two short Chinese definitions: Dice coefficient over character bigrams after removing
 * the boilerplate that every definition shares (反映/指/主要用于, punctuation). Hand-written because
 * it is ten lines and no dependency is needed for bigram sets.
 */
export function definitionSimilarity(a: string, b: string): number {
  const x = bigramsOf(a);
  const y = bigramsOf(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

export function normalizeDefinition(s: string): string {
  return s
    .replace(/^(主要用于|主要)?(反映|是指|指)/, '')
    .replace(/(主要用于|反映|是指)/g, '')
    .replace(/除(上述|以上)(各)?(项目|科目|款|项)?(以外|之外)的?/g, '')
    .replace(/[\s　，。、；：:,.;“”"（）()]/g, '')
    .replace(/方面的?支出$/, '支出');
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

// Catalog definitions are compared against every glossary entry of every document: memoise.
const memo = new Map<string, Set<string>>();
function bigramsOf(s: string): Set<string> {
  let hit = memo.get(s);
  if (!hit) {
    hit = bigrams(normalizeDefinition(s));
    if (memo.size > 10_000) memo.clear();
    memo.set(s, hit);
  }
  return hit;
}
