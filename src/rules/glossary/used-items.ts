import type { Disclosure } from '../../model/disclosure.js';

/** Function-classification 项 codes the document uses: rows of tables 05/03/02 and the explanation's detail lines. */
export function usedItemCodes(doc: Disclosure): { codes: Set<string>; from: string } {
  const codes = new Set<string>();
  for (const id of ['05', '03', '02'] as const) {
    const t = doc.tables.find((x) => x.id === id);
    if (!t) continue;
    for (const r of t.rows) if (r.code && /^\d{7}$/.test(r.code)) codes.add(r.code);
    if (codes.size) return { codes, from: `公开${id}表` };
  }
  for (const c of doc.claims) {
    const m = /^fc:(\d{7})$/.exec(c.subject.key);
    if (m) codes.add(m[1] as string);
  }
  return { codes, from: '情况说明中的科目明细' };
}
