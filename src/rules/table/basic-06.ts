import type { Disclosure, PublicTable, TableRow } from '../../model/disclosure.js';
import { T06, docOf, swap } from './fragments.js';
import { type Identity, cellRef, findRow, identityRule, sumIdentity, tableOfDoc } from './support.js';

/** Identities of 公开06表 一般公共预算财政拨款基本支出决算明细表 (economic classification). */
const AUTH = '财政部《部门决算报表》编制说明（公开06表 一般公共预算财政拨款基本支出决算明细表）；《部门预算支出经济分类科目》';

const t06 = (doc: Disclosure) => tableOfDoc(doc, '06') as PublicTable;
const coded = (t: PublicTable) => t.rows.filter((r) => r.code && /^\d{3}(\d{2})?$/.test(r.code));

/** The rows making up one side: its 类 rows, or its 款 rows when no 类 row is printed. */
function sideParts(t: PublicTable, side: 'personnel' | 'public'): TableRow[] {
  const rows = coded(t).filter((r) => r.side === side);
  const classes = rows.filter((r) => (r.code as string).length === 3);
  if (classes.length) {
    // 款 rows of a class that is not printed still count.
    const orphan = rows.filter((r) => (r.code as string).length === 5 && !classes.some((c) => (r.code as string).startsWith(c.code as string)));
    return [...classes, ...orphan];
  }
  return rows;
}

export const hierarchy06 = identityRule({
  id: 'table.06.hierarchy',
  title: '公开06表经济分类类级等于所属款级之和',
  authority: AUTH,
  description: '公开06表中，经济分类的类（如301工资福利支出）应等于所属各款（30101基本工资……）之和。',
  tables: ['06'],
  build(doc) {
    const t = t06(doc);
    const rows = coded(t);
    return rows
      .filter((r) => (r.code as string).length === 3)
      .flatMap((p): Identity[] => {
        const kids = rows.filter((r) => (r.code as string).length === 5 && (r.code as string).startsWith(p.code as string));
        if (!kids.length) return [];
        return sumIdentity('table.06.hierarchy', '类 = 所属各款之和', cellRef('06', p, 'amount'), kids.map((k) => ({ ref: cellRef('06', k, 'amount'), short: `${k.code} ` })));
      });
  },
  cases: [
    { name: '301 = 30101 + … + 30112', text: docOf(T06), expect: 'pass' },
    { name: '30102 津贴补贴打印为55.00，301仍为144.97', text: docOf(swap(T06, '30102\t津贴补贴\t50.00', '30102\t津贴补贴\t55.00')), expect: 'fail', mentions: '55.00' },
  ],
});

export const personnel06 = identityRule({
  id: 'table.06.personnel-total',
  title: '公开06表人员经费合计等于人员经费各类之和',
  authority: AUTH,
  description: '公开06表“人员经费合计”应等于工资福利支出（301）与对个人和家庭的补助（303）之和。',
  tables: ['06'],
  build(doc) {
    const t = t06(doc);
    return sumIdentity('table.06.personnel-total', '人员经费合计 = 301 + 303', cellRef('06', findRow(t, 'personnel.total'), 'amount'), sideParts(t, 'personnel').map((r) => ({ ref: cellRef('06', r, 'amount'), short: `${r.code} ` })));
  },
  cases: [
    { name: '146.15 = 144.97 + 1.18', text: docOf(T06), expect: 'pass' },
    { name: '人员经费合计打印为164.15', text: docOf(swap(T06, '人员经费合计\t\t146.15', '人员经费合计\t\t164.15')), expect: 'fail', mentions: '164.15' },
  ],
});

export const public06 = identityRule({
  id: 'table.06.public-total',
  title: '公开06表公用经费合计等于公用经费各类之和',
  authority: AUTH,
  description: '公开06表“公用经费合计”应等于商品和服务支出（302）、资本性支出（310）等公用经费各类之和。',
  tables: ['06'],
  build(doc) {
    const t = t06(doc);
    return sumIdentity('table.06.public-total', '公用经费合计 = 302 + 310 + …', cellRef('06', findRow(t, 'public.total'), 'amount'), sideParts(t, 'public').map((r) => ({ ref: cellRef('06', r, 'amount'), short: `${r.code} ` })));
  },
  cases: [
    { name: '11.23 = 11.23 + 0.00', text: docOf(T06), expect: 'pass' },
    { name: '公用经费合计打印为12.23', text: docOf(swap(T06, '公用经费合计\t\t\t\t\t11.23', '公用经费合计\t\t\t\t\t12.23')), expect: 'fail', mentions: '12.23' },
  ],
});

export const total06 = identityRule({
  id: 'table.06.total',
  title: '公开06表合计等于人员经费与公用经费之和',
  authority: AUTH,
  description: '公开06表印有“合计”行时，应等于人员经费合计 + 公用经费合计。',
  tables: ['06'],
  build(doc) {
    const t = t06(doc);
    return sumIdentity('table.06.total', '合计 = 人员经费合计 + 公用经费合计', cellRef('06', findRow(t, 'total'), 'amount'), [
      { ref: cellRef('06', findRow(t, 'personnel.total'), 'amount'), short: '人员经费合计' },
      { ref: cellRef('06', findRow(t, 'public.total'), 'amount'), short: '公用经费合计' },
    ]);
  },
  cases: [
    { name: '合计157.38 = 146.15 + 11.23', text: docOf(swap(T06, '\n注：本表反映', '合计\t\t157.38\t\t\t\t\t\t\n\n注：本表反映')), expect: 'pass' },
    { name: '合计打印为175.38', text: docOf(swap(T06, '\n注：本表反映', '合计\t\t175.38\t\t\t\t\t\t\n\n注：本表反映')), expect: 'fail', mentions: '175.38' },
  ],
});

export const rules06 = [hierarchy06, personnel06, public06, total06];
