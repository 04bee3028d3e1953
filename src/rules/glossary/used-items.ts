import type { Disclosure } from '../../model/disclosure.js';
import type { TableId } from '../../model/tables.js';

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

/** The tables whose rows are 支出功能分类 items (02 收入, 03 支出, 05 一般公共预算, 07 政府性基金, 08 国有资本经营). */
const FUNCTION_TABLES: TableId[] = ['02', '03', '05', '07', '08'];

/**
 * Every 项 code the document is seen to use: the union over all function-classification tables it
 * prints and the explanation's detail lines (an item of the 政府性基金 or of 非财政拨款 spending is in
 * 07 or 03, not in 05). `unknown` names the tables printed or attached whose items could not be read:
 * any item may be used there.
 */
export function allUsedItemCodes(doc: Disclosure): { codes: Set<string>; sources: string[]; unknown: TableId[] } {
  const codes = new Set<string>();
  const sources: string[] = [];
  const unknown: TableId[] = [];
  for (const id of FUNCTION_TABLES) {
    const t = doc.tables.find((x) => x.id === id);
    if (!t) {
      if (doc.coverage.tablesUnread.some((u) => u.id === id) || doc.coverage.tablesReferenced.includes(id)) unknown.push(id);
      continue;
    }
    const rows = t.rows.filter((r) => r.key !== 'total');
    // Rows read without their codes (names only): which items they are is not known.
    if (rows.some((r) => !r.code && Object.values(r.cells).some((f) => f != null))) unknown.push(id);
    for (const r of rows) if (r.code && /^\d{7}$/.test(r.code)) codes.add(r.code);
    sources.push(`公开${id}表`);
  }
  for (const c of doc.claims) {
    const m = /^fc:(\d{7})$/.exec(c.subject.key);
    if (m) codes.add(m[1] as string);
  }
  sources.push('情况说明');
  return { codes, sources, unknown };
}
