import type { Disclosure, PublicTable } from '../../model/disclosure.js';
import { T09, docOf, swap } from './fragments.js';
import { cellRef, findRow, identityRule, sumIdentity, tableOfDoc } from './support.js';

/** Identities of 公开09表 财政拨款“三公”经费支出决算表. */
const AUTH = '财政部《部门决算报表》编制说明（公开09表 财政拨款“三公”经费支出决算表）';
const GROUPS = [
  ['budget', '预算数'],
  ['actual', '决算数'],
] as const;

const t09 = (doc: Disclosure) => tableOfDoc(doc, '09') as PublicTable;
const c = (t: PublicTable, key: string) => cellRef('09', findRow(t, 'total'), key);

/** T09 with its last column (决算数 公务接待费) left to another page, as a sheet printed wider than its page. */
const T09_RIGHT_COLUMN_ELSEWHERE = T09.split('\n')
  .map((l) => (l.includes('\t') ? l.split('\t').slice(0, -1).join('\t') : l))
  .join('\n');

export const total09 = identityRule({
  id: 'table.09.total',
  title: '公开09表“三公”经费合计等于三项之和',
  authority: AUTH,
  description: '公开09表预算数、决算数各自的“合计”应等于因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费。',
  tables: ['09'],
  build(doc) {
    const t = t09(doc);
    return GROUPS.flatMap(([g, l]) =>
      sumIdentity('table.09.total', `${l}：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费`, c(t, `${g}.total`), [
        { ref: c(t, `${g}.abroad`), short: '因公出国（境）费' },
        { ref: c(t, `${g}.vehicle`), short: '公务用车购置及运行维护费' },
        { ref: c(t, `${g}.reception`), short: '公务接待费' },
      ]),
    );
  },
  cases: [
    { name: '荣成市公开09表', text: docOf(T09), expect: 'pass' },
    { name: '决算数合计打印为0.49', text: docOf(swap(T09, '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94', '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.49')), expect: 'fail', mentions: '0.49' },
    // A sheet wider than its page printed without fit to width: 决算数's 公务接待费 column stands on
    // the next page, not in this table. Unknown, not blank: 0.94 ≠ 0.00 + 0.00 would be false.
    { name: '决算数公务接待费一栏未印在本表', text: docOf(T09_RIGHT_COLUMN_ELSEWHERE), expect: 'pass' },
    // The column there, its cell blank: a blank is zero, and the total is checked.
    { name: '决算数公务接待费一栏空白', text: docOf(swap(T09, '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94\t0.00\t0.00\t0.00\t0.00\t0.94', '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94\t0.00\t0.00\t0.00\t0.00\t')), expect: 'fail', mentions: '0.94' },
  ],
});

export const vehicle09 = identityRule({
  id: 'table.09.vehicle',
  title: '公开09表公务用车小计等于购置费与运行维护费之和',
  authority: AUTH,
  description: '公开09表预算数、决算数各自的“公务用车购置及运行维护费 小计”应等于公务用车购置费 + 公务用车运行维护费。',
  tables: ['09'],
  build(doc) {
    const t = t09(doc);
    return GROUPS.flatMap(([g, l]) =>
      sumIdentity('table.09.vehicle', `${l}：公务用车购置及运行维护费小计 = 购置费 + 运行维护费`, c(t, `${g}.vehicle`), [
        { ref: c(t, `${g}.vehiclePurchase`), short: '公务用车购置费' },
        { ref: c(t, `${g}.vehicleOps`), short: '公务用车运行维护费' },
      ]),
    );
  },
  cases: [
    { name: '荣成市公开09表', text: docOf(T09), expect: 'pass' },
    {
      name: '预算数运行维护费2.40未计入小计',
      text: docOf(swap(T09, '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94', '0.94\t0.00\t0.00\t0.00\t2.40\t0.94\t0.94')),
      expect: 'fail',
      mentions: '2.40',
    },
  ],
});

export const rules09 = [total09, vehicle09];
