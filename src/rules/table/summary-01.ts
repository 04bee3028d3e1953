import type { Disclosure, PublicTable } from '../../model/disclosure.js';
import { ROW_KEYS } from '../../model/tables.js';
import { T01, docOf, swap } from './fragments.js';
import { type Identity, cellRef, classesIdentity, findRow, identityRule, rowLabel, sameIdentity, sumIdentity, tableOfDoc } from './support.js';

/** Within-table identities of 公开01表 收入支出决算总表. */
const AUTH = '财政部《部门决算报表》编制说明（公开01表 收入支出决算总表）';

function t01(doc: Disclosure): PublicTable {
  return tableOfDoc(doc, '01') as PublicTable;
}

const amount = (t: PublicTable, key: string) => cellRef('01', findRow(t, key), 'amount');

const INCOME_ROWS = [
  ROW_KEYS.incGeneral,
  ROW_KEYS.incFund,
  ROW_KEYS.incCapital,
  ROW_KEYS.incSuperior,
  ROW_KEYS.incBusiness,
  ROW_KEYS.incOperating,
  ROW_KEYS.incAffiliated,
  ROW_KEYS.incOther,
];

export const incomeTotal01 = identityRule({
  id: 'table.01.income-total',
  title: '公开01表本年收入合计等于各项收入之和',
  authority: AUTH,
  description: '公开01表“本年收入合计”应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入及上级补助、事业、经营、附属单位上缴、其他收入八行之和（按打印精度容许尾差）。',
  tables: ['01'],
  build(doc): Identity[] {
    const t = t01(doc);
    const keys: string[] = INCOME_ROWS.filter((k) => findRow(t, k));
    if (!findRow(t, ROW_KEYS.incGeneral) && findRow(t, 'inc.fiscal')) keys.unshift('inc.fiscal');
    return sumIdentity('table.01.income-total', '本年收入合计 = 各项收入之和', amount(t, ROW_KEYS.incTotal), keys.map((k) => {
      const r = findRow(t, k);
      return { ref: amount(t, k), short: r ? rowLabel(r) : k };
    }));
  },
  cases: [
    { name: '荣成市公开01表', text: docOf(T01), expect: 'pass' },
    {
      name: '本年收入合计打印为283.67',
      text: docOf(swap(T01, '<b>本年收入合计</b>\t<b>27</b>\t<b>238.67</b>', '<b>本年收入合计</b>\t<b>27</b>\t<b>283.67</b>').replace('<b>总计</b>\t<b>31</b>\t<b>238.67</b>', '<b>总计</b>\t<b>31</b>\t<b>283.67</b>').replace('<b>本年支出合计</b>\t<b>58</b>\t<b>238.67</b>', '<b>本年支出合计</b>\t<b>58</b>\t<b>283.67</b>').replace('<b>总计</b>\t<b>62</b>\t<b>238.67</b>', '<b>总计</b>\t<b>62</b>\t<b>283.67</b>')),
      expect: 'fail',
      mentions: '283.67',
    },
  ],
});

export const incomeGrand01 = identityRule({
  id: 'table.01.income-grand',
  title: '公开01表收入总计等于本年收入合计加结余和结转',
  authority: AUTH,
  description: '公开01表收入方“总计”应等于本年收入合计 + 使用非财政拨款结余 + 年初结转和结余。',
  tables: ['01'],
  build(doc) {
    const t = t01(doc);
    return sumIdentity('table.01.income-grand', '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', amount(t, ROW_KEYS.incGrand), [
      { ref: amount(t, ROW_KEYS.incTotal), short: '本年收入合计' },
      { ref: amount(t, ROW_KEYS.incUseNonFiscalBalance), short: '使用非财政拨款结余' },
      { ref: amount(t, ROW_KEYS.incOpening), short: '年初结转和结余' },
    ]);
  },
  cases: [
    { name: '荣成市公开01表', text: docOf(T01), expect: 'pass' },
    {
      name: '年初结转和结余5.00未计入收入总计',
      text: docOf(swap(T01, '年初结转和结余\t29\t0.00', '年初结转和结余\t29\t5.00')),
      expect: 'fail',
      mentions: '5.00',
    },
  ],
});

export const expenseGrand01 = identityRule({
  id: 'table.01.expense-grand',
  title: '公开01表支出总计等于本年支出合计加结余分配和年末结转',
  authority: AUTH,
  description: '公开01表支出方“总计”应等于本年支出合计 + 结余分配 + 年末结转和结余。',
  tables: ['01'],
  build(doc) {
    const t = t01(doc);
    return sumIdentity('table.01.expense-grand', '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', amount(t, ROW_KEYS.expGrand), [
      { ref: amount(t, ROW_KEYS.expTotal), short: '本年支出合计' },
      { ref: amount(t, ROW_KEYS.expDistribution), short: '结余分配' },
      { ref: amount(t, ROW_KEYS.expClosing), short: '年末结转和结余' },
    ]);
  },
  cases: [
    { name: '荣成市公开01表', text: docOf(T01), expect: 'pass' },
    {
      name: '年末结转和结余3.50未计入支出总计',
      text: docOf(swap(T01, '年末结转和结余\t60\t0.00', '年末结转和结余\t60\t3.50')),
      expect: 'fail',
      mentions: '3.50',
    },
  ],
});

export const balance01 = identityRule({
  id: 'table.01.balance',
  title: '公开01表收入总计等于支出总计',
  authority: AUTH,
  description: '公开01表收入方“总计”与支出方“总计”必须相等（收支平衡）。',
  tables: ['01'],
  build(doc) {
    const t = t01(doc);
    return sameIdentity('table.01.balance', '收入总计 = 支出总计', cellRef('01', findRow(t, ROW_KEYS.incGrand), 'amount'), cellRef('01', findRow(t, ROW_KEYS.expGrand), 'amount'));
  },
  cases: [
    { name: '荣成市公开01表', text: docOf(T01), expect: 'pass' },
    {
      name: '年初结转和结余5.00计入收入总计243.67，支出方未变',
      text: docOf(swap(swap(T01, '年初结转和结余\t29\t0.00', '年初结转和结余\t29\t5.00'), '<b>总计</b>\t<b>31</b>\t<b>238.67</b>', '<b>总计</b>\t<b>31</b>\t<b>243.67</b>')),
      expect: 'fail',
      mentions: '243.67',
    },
  ],
});

export const expenseClasses01 = identityRule({
  id: 'table.01.expense-classes',
  title: '公开01表本年支出合计等于各功能类支出之和',
  authority: AUTH,
  description: '公开01表“本年支出合计”应等于支出方按支出功能分类列示的各类（一般公共服务支出……）之和。',
  tables: ['01'],
  build(doc) {
    const t = t01(doc);
    return classesIdentity('table.01.expense-classes', '本年支出合计 = 各功能类支出之和', t, amount(t, ROW_KEYS.expTotal), 'amount');
  },
  cases: [
    { name: '荣成市公开01表', text: docOf(T01), expect: 'pass' },
    {
      name: '卫生健康支出打印为241.25',
      text: docOf(swap(T01, '九、卫生健康支出\t40\t214.25', '九、卫生健康支出\t40\t241.25')),
      expect: 'fail',
      mentions: '241.25',
    },
    {
      // A copy that cut "九、卫生" / "健康支出" into two rows and lost the figure between them: the sum
      // falls short by a class not read, which proves no error.
      name: '卫生健康支出的名称断成两行、数字未读到',
      text: docOf(swap(T01, '\t9\t\t九、卫生健康支出\t40\t214.25', '\t9\t\t九、卫生\t40\t\n\t\t\t健康\t\t\n\t\t\t支出\t\t')),
      expect: 'insufficient',
    },
  ],
});

export const rules01 = [incomeTotal01, incomeGrand01, expenseGrand01, balance01, expenseClasses01];
