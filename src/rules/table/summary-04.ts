import type { Disclosure, PublicTable } from '../../model/disclosure.js';
import { type Comparison, compareSummed, sumOf, tolText } from '../arith.js';
import { isZero } from '../../model/claims.js';
import { Decimal, type Figure, fmt } from '../../model/decimal.js';
import { ROW_KEYS } from '../../model/tables.js';
import { T04, docOf, swap } from './fragments.js';
import { defineRule, insufficient } from '../rule.js';
import { type CellRef, type Identity, cellRef, classesIdentity, findRow, identityRule, isSkip, needTable, rowLabel, sameIdentity, sumIdentity, tableOfDoc } from './support.js';

/** Within-table identities of 公开04表 财政拨款收入支出决算总表. */
const AUTH = '财政部《部门决算报表》编制说明（公开04表 财政拨款收入支出决算总表）';
const COLS = [
  ['total', '合计'],
  ['general', '一般公共预算财政拨款'],
  ['fund', '政府性基金预算财政拨款'],
  ['capital', '国有资本经营预算财政拨款'],
] as const;

const t04 = (doc: Disclosure) => tableOfDoc(doc, '04') as PublicTable;
const inc = (t: PublicTable, key: string) => cellRef('04', findRow(t, key, 'income'), 'amount');
const exp = (t: PublicTable, key: string, col: string) => cellRef('04', findRow(t, key, 'expense'), col);

export const rowSum04 = identityRule({
  id: 'table.04.row-sum',
  title: '公开04表每行合计等于三类财政拨款之和',
  authority: AUTH,
  description: '公开04表支出方每一行的“合计”应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款三栏之和。',
  tables: ['04'],
  build(doc) {
    const t = t04(doc);
    return t.rows
      .filter((r) => r.side === 'expense')
      .flatMap((r): Identity[] =>
        sumIdentity('table.04.row-sum', '本行合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款', cellRef('04', r, 'total'), COLS.slice(1).map(([c, l]) => ({ ref: cellRef('04', r, c), short: l }))),
      );
  },
  cases: [
    { name: '荣成市公开04表', text: docOf(T04), expect: 'pass' },
    {
      name: '住房保障支出合计打印为11.63',
      text: docOf(swap(T04, '十九、住房保障支出\t51\t11.36', '十九、住房保障支出\t51\t11.63')),
      expect: 'fail',
      mentions: '11.63',
    },
  ],
});

/**
 * Whether the income side's parts cannot be summed soundly: a part is not read while the side has a
 * row whose name was not understood ("一、一般公共预算财", a wrapped name cut in a copy), which may be
 * that part. The identity is then left unchecked (insufficient data) rather than summed without it.
 */
function partsUnread(t: PublicTable, keys: readonly string[]): boolean {
  return keys.some((k) => !findRow(t, k, 'income')) && t.rows.some((r) => r.side === 'income' && r.key.startsWith('inc.name:'));
}

export const incomeTotal04 = identityRule({
  id: 'table.04.income-total',
  title: '公开04表本年收入合计等于三类财政拨款收入之和',
  authority: AUTH,
  description: '公开04表“本年收入合计”应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款三行之和。',
  tables: ['04'],
  build(doc) {
    const t = t04(doc);
    if (partsUnread(t, [ROW_KEYS.incGeneral, ROW_KEYS.incFund, ROW_KEYS.incCapital])) return [];
    return sumIdentity('table.04.income-total', '本年收入合计 = 三类财政拨款收入之和', inc(t, ROW_KEYS.incTotal), [
      { ref: inc(t, ROW_KEYS.incGeneral), short: '一般公共预算财政拨款' },
      { ref: inc(t, ROW_KEYS.incFund), short: '政府性基金预算财政拨款' },
      { ref: inc(t, ROW_KEYS.incCapital), short: '国有资本经营预算财政拨款' },
    ]);
  },
  cases: [
    { name: '荣成市公开04表', text: docOf(T04), expect: 'pass' },
    {
      name: '政府性基金预算财政拨款收入12.00未计入合计',
      text: docOf(swap(T04, '二、政府性基金预算财政拨款\t2\t0.00', '二、政府性基金预算财政拨款\t2\t12.00')),
      expect: 'fail',
      mentions: '12.00',
    },
    {
      name: '一般公共预算财政拨款行的名称读不全（“一、一般公”，不足以认定是哪一行）：不按其余两行求和，留作数据不足',
      text: docOf(swap(T04, '一、一般公共预算财政拨款\t1\t238.67', '一、一般公\t1\t238.67')),
      expect: 'insufficient',
    },
    {
      name: '名称在窄栏中截断为“一、一般公共预算财”：只是一般公共预算财政拨款行的开头，照此行求和',
      text: docOf(swap(T04, '一、一般公共预算财政拨款\t1\t238.67', '一、一般公共预算财\t1\t238.67')),
      expect: 'pass',
    },
  ],
});

export const openingParts04 = identityRule({
  id: 'table.04.opening-parts',
  title: '公开04表年初财政拨款结转和结余等于三类之和',
  authority: AUTH,
  description: '公开04表“年初财政拨款结转和结余”应等于其下一般公共预算、政府性基金预算、国有资本经营预算财政拨款三行之和。',
  tables: ['04'],
  build(doc) {
    const t = t04(doc);
    if (partsUnread(t, [ROW_KEYS.incOpeningGeneral, ROW_KEYS.incOpeningFund, ROW_KEYS.incOpeningCapital])) return [];
    return sumIdentity('table.04.opening-parts', '年初财政拨款结转和结余 = 三类之和', inc(t, ROW_KEYS.incOpening), [
      { ref: inc(t, ROW_KEYS.incOpeningGeneral), short: '一般公共预算财政拨款' },
      { ref: inc(t, ROW_KEYS.incOpeningFund), short: '政府性基金预算财政拨款' },
      { ref: inc(t, ROW_KEYS.incOpeningCapital), short: '国有资本经营预算财政拨款' },
    ]);
  },
  cases: [
    { name: '荣成市公开04表', text: docOf(T04), expect: 'pass' },
    {
      name: '年初一般公共预算结转7.10未计入年初结转和结余',
      text: docOf(swap(T04, '一般公共预算财政拨款\t29\t0.00', '一般公共预算财政拨款\t29\t7.10')),
      expect: 'fail',
      mentions: '7.10',
    },
  ],
});

export const incomeGrand04 = identityRule({
  id: 'table.04.income-grand',
  title: '公开04表收入总计等于本年收入合计加年初结转和结余',
  authority: AUTH,
  description: '公开04表收入方“总计”应等于本年收入合计 + 年初财政拨款结转和结余。',
  tables: ['04'],
  build(doc) {
    const t = t04(doc);
    return sumIdentity('table.04.income-grand', '收入总计 = 本年收入合计 + 年初财政拨款结转和结余', inc(t, ROW_KEYS.incGrand), [
      { ref: inc(t, ROW_KEYS.incTotal), short: '本年收入合计' },
      { ref: inc(t, ROW_KEYS.incOpening), short: '年初财政拨款结转和结余' },
    ]);
  },
  cases: [
    { name: '荣成市公开04表', text: docOf(T04), expect: 'pass' },
    {
      name: '收入总计打印为283.67',
      text: docOf(swap(swap(T04, '总计\t32\t238.67', '总计\t32\t283.67'), '总计\t64\t238.67\t238.67', '总计\t64\t283.67\t238.67')),
      expect: 'fail',
      mentions: '283.67',
    },
  ],
});

export const expenseGrand04 = identityRule({
  id: 'table.04.expense-grand',
  title: '公开04表支出总计等于本年支出合计加年末结转和结余',
  authority: AUTH,
  description: '公开04表支出方“总计”的每一栏应等于本年支出合计 + 年末财政拨款结转和结余。',
  tables: ['04'],
  build(doc) {
    const t = t04(doc);
    return COLS.flatMap(([c, l]) =>
      sumIdentity('table.04.expense-grand', `${l}栏：支出总计 = 本年支出合计 + 年末财政拨款结转和结余`, exp(t, ROW_KEYS.expGrand, c), [
        { ref: exp(t, ROW_KEYS.expTotal, c), short: '本年支出合计' },
        { ref: exp(t, ROW_KEYS.expClosing, c), short: '年末财政拨款结转和结余' },
      ]),
    );
  },
  cases: [
    { name: '荣成市公开04表', text: docOf(T04), expect: 'pass' },
    {
      name: '年末结转2.00未计入支出总计',
      text: docOf(swap(T04, '年末财政拨款结转和结余\t60\t0.00\t0.00', '年末财政拨款结转和结余\t60\t2.00\t2.00')),
      expect: 'fail',
      mentions: '240.67',
    },
  ],
});

export const balance04 = identityRule({
  id: 'table.04.balance',
  title: '公开04表收入总计等于支出总计',
  authority: AUTH,
  description: '公开04表收入方“总计”与支出方“总计”（合计栏）必须相等。',
  tables: ['04'],
  build(doc) {
    const t = t04(doc);
    return sameIdentity('table.04.balance', '收入总计 = 支出总计', inc(t, ROW_KEYS.incGrand), exp(t, ROW_KEYS.expGrand, 'total'));
  },
  cases: [
    { name: '荣成市公开04表', text: docOf(T04), expect: 'pass' },
    {
      name: '收入方年初结转5.00计入总计243.67，支出方未变',
      text: docOf(swap(swap(T04, '年初财政拨款结转和结余\t28\t0.00', '年初财政拨款结转和结余\t28\t5.00'), '总计\t32\t238.67', '总计\t32\t243.67').replace('一般公共预算财政拨款\t29\t0.00', '一般公共预算财政拨款\t29\t5.00')),
      expect: 'fail',
      mentions: '243.67',
    },
  ],
});

/** A fund's own income rows: its 本年收入 and its 年初结转和结余 (each fund has one of each on the income side). */
const FUND_ROWS = [
  ['general', ROW_KEYS.incGeneral, ROW_KEYS.incOpeningGeneral],
  ['fund', ROW_KEYS.incFund, ROW_KEYS.incOpeningFund],
  ['capital', ROW_KEYS.incCapital, ROW_KEYS.incOpeningCapital],
] as const;

/**
 * The opening balance of one fund as a part: its own row (a blank cell there is a zero, left out of the
 * sum); where the form prints no rows under 年初财政拨款结转和结余, that row when it is blank or zero (every
 * fund's share of nothing is nothing). `undefined` when the fund's opening balance is not known.
 */
function openingOf(t: PublicTable, key: string): CellRef | null | undefined {
  if (findRow(t, key, 'income')) return inc(t, key);
  if (!findRow(t, ROW_KEYS.incOpening, 'income')) return undefined;
  const whole = inc(t, ROW_KEYS.incOpening);
  return whole === null ? null : !whole.unread && isZero(whole.fig) ? whole : undefined;
}

export const fundBalance04 = defineRule({
  id: 'table.04.fund-balance',
  title: '公开04表各类财政拨款收支各自平衡',
  category: 'table',
  severity: 'error',
  authority: AUTH,
  description:
    '公开04表中每一类财政拨款（一般公共预算、政府性基金预算、国有资本经营预算）各自平衡：支出方“总计”行该类一栏 = 收入方该类本年收入 + 该类年初结转和结余。合计栏收支平衡、各行合计无误时，仍可能把一类的钱列进另一类的栏：两类一多一少、差额相抵，本规则把这一处错配作为一个问题报告（合计栏本身不平衡时由其他恒等式报告，这里不重复）。',
  cases: [
    { name: '荣成市公开04表', text: docOf(T04), expect: 'pass' },
    {
      name: '支出方把10.00从一般公共预算栏移到政府性基金栏（每行合计与各栏合计都不变），收入方却没有政府性基金收入',
      text: docOf(
        swap(
          swap(swap(T04, '九、卫生健康支出\t41\t214.25\t214.25\t0.00', '九、卫生健康支出\t41\t214.25\t204.25\t10.00'), '本年支出合计\t59\t238.67\t238.67\t0.00', '本年支出合计\t59\t238.67\t228.67\t10.00'),
          '总计\t64\t238.67\t238.67\t0.00',
          '总计\t64\t238.67\t228.67\t10.00',
        ),
      ),
      expect: 'fail',
      mentions: '228.67',
    },
    {
      name: '政府性基金有年初结转5.00和支出5.00：各类各自平衡',
      text: docOf(
        swap(
          swap(
            swap(swap(swap(swap(T04, '年初财政拨款结转和结余\t28\t0.00', '年初财政拨款结转和结余\t28\t5.00'), '政府性基金预算财政拨款\t30\t0.00', '政府性基金预算财政拨款\t30\t5.00'), '总计\t32\t238.67', '总计\t32\t243.67'), '九、卫生健康支出\t41\t214.25\t214.25\t0.00', '九、卫生健康支出\t41\t219.25\t214.25\t5.00'),
            '本年支出合计\t59\t238.67\t238.67\t0.00',
            '本年支出合计\t59\t243.67\t238.67\t5.00',
          ),
          '总计\t64\t238.67\t238.67\t0.00',
          '总计\t64\t243.67\t238.67\t5.00',
        ),
      ),
      expect: 'pass',
    },
    {
      name: '支出方总计一栏多出10.00、合计栏也不平衡：由合计栏的恒等式报告，本规则不重复',
      text: docOf(swap(T04, '总计\t64\t238.67\t238.67\t0.00', '总计\t64\t248.67\t238.67\t10.00')),
      expect: 'pass',
    },
  ],
  check(ctx) {
    const t = needTable(ctx.doc, '04');
    if (isSkip(t)) return t;
    const funds: FundSide[] = [];
    for (const [c, incomeKey, openingKey] of FUND_ROWS) {
      const label = COLS.find(([k]) => k === c)?.[1] ?? c;
      // Without the fund's income row or its opening balance the sum is not the fund's: left unchecked.
      if (!findRow(t, incomeKey, 'income')) return insufficient(`公开04表未读到“${label}”收入行`);
      const opening = openingOf(t, openingKey);
      if (opening === undefined) return insufficient(`公开04表未读到${label}的年初结转和结余`);
      const grand = exp(t, ROW_KEYS.expGrand, c);
      const income = inc(t, incomeKey);
      const cells = [grand, income, opening].filter((x): x is CellRef => x !== null);
      if (cells.some((x) => x.unread)) return insufficient(`公开04表${label}一栏或其收入行未读取`);
      // A blank cell in a printed row is a zero.
      const parts = [income, opening].filter((x): x is CellRef => x !== null).map((x) => x.fig);
      const total = grand?.fig ?? blankOf(t, parts[0]?.decimals ?? 2);
      funds.push({ label, grand, income, opening, comparison: compareSummed(total, parts, sumOf(parts)), total, parts });
    }
    const broken = funds.filter((f) => f.comparison.agreement === 'break');
    // One fund out alone means a total-column identity fails too (they are reported there); two or more
    // whose gaps cancel are one misallocation between the funds' columns.
    if (broken.length < 2) return;
    const net = broken.reduce((n, f) => n.plus(f.comparison.difference), new Decimal(0));
    const slack = broken.reduce((n, f) => n.plus(f.comparison.tolerance), new Decimal(0));
    if (net.abs().gt(slack)) return;
    const say = (f: FundSide) =>
      `${f.label}栏总计${f.grand?.fig.raw ?? '（空）'}，其本年收入${f.income?.fig.raw ?? '0'} + 年初结转和结余${f.opening?.fig.raw ?? '0'} = ${fmt(sumOf(f.parts))}（${f.comparison.difference.gt(0) ? '多' : '少'}${fmt(f.comparison.difference.abs())}）`;
    ctx.report({
      message: `公开04表支出方各类财政拨款的划分与收入方不符：${broken.map(say).join('；')}。合计栏收支平衡，差额相抵，应是把一类财政拨款的支出或结转列进了另一类的栏`,
      expected: broken.map((f) => `${f.label} ${fmt(sumOf(f.parts))}`).join('；'),
      actual: broken.map((f) => `${f.label} ${f.total.raw}`).join('；'),
      difference: broken.map((f) => `${f.label} ${fmt(f.comparison.difference)}`).join('；'),
      tolerance: tolText(slack),
      locations: broken.flatMap((f) => [f.grand, f.income, f.opening].filter((x): x is CellRef => x !== null).map((x) => x.fig.location)),
    });
  },
});

/** A blank cell as the zero it prints (its place is the table's: a blank has none of its own). */
function blankOf(t: PublicTable, decimals: number): Figure {
  return { value: '0', decimals, kind: 'amount', unit: null, raw: '（空）', location: t.location };
}

interface FundSide {
  label: string;
  grand: CellRef | null;
  income: CellRef | null;
  opening: CellRef | null;
  comparison: Comparison;
  total: Figure;
  parts: Figure[];
}

export const expenseClasses04 = identityRule({
  id: 'table.04.expense-classes',
  title: '公开04表本年支出合计等于各功能类支出之和',
  authority: AUTH,
  description: '公开04表“本年支出合计”的每一栏应等于支出方各功能类同一栏之和。',
  tables: ['04'],
  build(doc) {
    const t = t04(doc);
    return COLS.flatMap(([c, l]) => classesIdentity('table.04.expense-classes', `${l}栏：本年支出合计 = 各功能类支出之和`, t, exp(t, ROW_KEYS.expTotal, c), c));
  },
  cases: [
    { name: '荣成市公开04表', text: docOf(T04), expect: 'pass' },
    {
      name: '卫生健康支出两栏均打印为241.25',
      text: docOf(swap(T04, '九、卫生健康支出\t41\t214.25\t214.25', '九、卫生健康支出\t41\t241.25\t241.25')),
      expect: 'fail',
      mentions: '241.25',
    },
  ],
});

export const rules04 = [rowSum04, incomeTotal04, openingParts04, incomeGrand04, expenseGrand04, balance04, fundBalance04, expenseClasses04];
