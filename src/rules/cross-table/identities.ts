import { Decimal } from '../../model/decimal.js';
import type { Disclosure, PublicTable, TableRow } from '../../model/disclosure.js';
import { ROW_KEYS, type TableId } from '../../model/tables.js';
import { T07_DATA, T08_DATA } from '../table/classified.js';
import { T01, T02, T03, T04, T05, T06, T07, T08, T09, docOf, swap } from '../table/fragments.js';
import { type Identity, absentRef, cellRef, findRow, identityRule, leIdentity, rowLabel, sameIdentity, sumIdentity, tableOfDoc } from '../table/support.js';

/**
 * Identities between tables (表间勾稽). Each is checked with the same interval arithmetic and the
 * same culprit policy as the within-table identities: a cell already named by a table finding is not
 * reported again here.
 */
const T = (doc: Disclosure, id: TableId) => tableOfDoc(doc, id) as PublicTable;
const AUTH = '财政部《部门决算报表》编制说明（表间勾稽关系）；《关于做好2024年度部门决算公开工作的通知》';

/** 01 with 10.00 more 一般公共预算财政拨款收入 and 卫生健康支出: consistent in itself, not with 02–04. */
export const T01_PLUS10 = T01.replace('一、一般公共预算财政拨款收入\t1\t238.67', '一、一般公共预算财政拨款收入\t1\t248.67')
  .replace('九、卫生健康支出\t40\t214.25', '九、卫生健康支出\t40\t224.25')
  .replaceAll('<b>238.67</b>', '<b>248.67</b>');
/** 05 with 10.00 more project spending on 2101505, carried up to 合计: consistent in itself. */
export const T05_PLUS10 = T05.replace('2101505\t医疗保障政策管理\t81.29\t0.00\t81.29', '2101505\t医疗保障政策管理\t91.29\t0.00\t91.29')
  .replace('21015\t医疗保障管理事务\t207.55\t126.26\t81.29', '21015\t医疗保障管理事务\t217.55\t126.26\t91.29')
  .replace('210\t卫生健康支出\t214.25\t132.96\t81.29', '210\t卫生健康支出\t224.25\t132.96\t91.29')
  .replace('\t\t238.67\t157.38\t81.29', '\t\t248.67\t157.38\t91.29');

const inc01 = (t: PublicTable, key: string) => cellRef('01', findRow(t, key, 'income'), 'amount');

export const total0201 = identityRule({
  id: 'cross-table.02-01.total',
  title: '公开02表合计等于公开01表本年收入合计',
  category: 'cross-table',
  authority: AUTH,
  description: '公开02表（收入决算表）合计行的“本年收入合计”应等于公开01表的“本年收入合计”。',
  tables: ['02', '01'],
  build: (doc) => sameIdentity('cross-table.02-01.total', '02表合计 = 01表本年收入合计', cellRef('02', findRow(T(doc, '02'), 'total'), 'total'), inc01(T(doc, '01'), ROW_KEYS.incTotal)),
  cases: [
    { name: '荣成市公开01、02表', text: docOf(T01, T02), expect: 'pass' },
    { name: '01表本年收入合计为248.67', text: docOf(T01_PLUS10, T02), expect: 'fail', mentions: '248.67' },
  ],
});

export const fiscal0201 = identityRule({
  id: 'cross-table.02-01.fiscal',
  title: '公开02表财政拨款收入等于公开01表三类财政拨款收入之和',
  category: 'cross-table',
  authority: AUTH,
  description: '公开02表合计行的“财政拨款收入”应等于公开01表一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入三行之和。',
  tables: ['02', '01'],
  build(doc) {
    const t1 = T(doc, '01');
    return sumIdentity('cross-table.02-01.fiscal', '02表财政拨款收入 = 01表第1–3行之和', cellRef('02', findRow(T(doc, '02'), 'total'), 'fiscal'), [
      { ref: inc01(t1, ROW_KEYS.incGeneral), short: '01表一般公共预算财政拨款收入' },
      { ref: inc01(t1, ROW_KEYS.incFund), short: '政府性基金预算财政拨款收入' },
      { ref: inc01(t1, ROW_KEYS.incCapital), short: '国有资本经营预算财政拨款收入' },
    ]);
  },
  cases: [
    { name: '荣成市公开01、02表', text: docOf(T01, T02), expect: 'pass' },
    { name: '01表一般公共预算财政拨款收入为248.67', text: docOf(T01_PLUS10, T02), expect: 'fail', mentions: '248.67' },
  ],
});

const SOURCES = [
  ['superior', ROW_KEYS.incSuperior, '上级补助收入'],
  ['business', ROW_KEYS.incBusiness, '事业收入'],
  ['operating', ROW_KEYS.incOperating, '经营收入'],
  ['affiliated', ROW_KEYS.incAffiliated, '附属单位上缴收入'],
  ['other', ROW_KEYS.incOther, '其他收入'],
] as const;

export const sources0201 = identityRule({
  id: 'cross-table.02-01.sources',
  title: '公开02表各项非财政拨款收入等于公开01表同名收入',
  category: 'cross-table',
  authority: AUTH,
  description: '公开02表合计行的上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入应分别等于公开01表的同名收入行。',
  tables: ['02', '01'],
  build(doc) {
    const t2 = findRow(T(doc, '02'), 'total');
    const t1 = T(doc, '01');
    return SOURCES.flatMap(([col, key, name]) => sameIdentity('cross-table.02-01.sources', `${name}：02表 = 01表`, cellRef('02', t2, col), inc01(t1, key)));
  },
  cases: [
    { name: '荣成市公开01、02表', text: docOf(T01, T02), expect: 'pass' },
    {
      name: '01表事业收入5.00（一般公共预算相应减少），02表事业收入0.00',
      text: docOf(swap(swap(T01, '五、事业收入\t5\t0.00', '五、事业收入\t5\t5.00'), '一、一般公共预算财政拨款收入\t1\t238.67', '一、一般公共预算财政拨款收入\t1\t233.67'), T02),
      expect: 'fail',
      mentions: '5.00',
    },
  ],
});

export const total0301 = identityRule({
  id: 'cross-table.03-01.total',
  title: '公开03表合计等于公开01表本年支出合计',
  category: 'cross-table',
  authority: AUTH,
  description: '公开03表（支出决算表）合计行的“本年支出合计”应等于公开01表的“本年支出合计”。',
  tables: ['03', '01'],
  build: (doc) => sameIdentity('cross-table.03-01.total', '03表合计 = 01表本年支出合计', cellRef('03', findRow(T(doc, '03'), 'total'), 'total'), cellRef('01', findRow(T(doc, '01'), ROW_KEYS.expTotal, 'expense'), 'amount')),
  cases: [
    { name: '荣成市公开01、03表', text: docOf(T01, T03), expect: 'pass' },
    { name: '01表本年支出合计为248.67', text: docOf(T01_PLUS10, T03), expect: 'fail', mentions: '248.67' },
  ],
});

/** Each 类 of a classified table against the same 类 on the expense side of 01/04. */
function classIdentities(rule: string, what: string, a: { id: TableId; t: PublicTable; col: string }, b: { id: TableId; t: PublicTable; col: string }): Identity[] {
  const classesA = a.t.rows.filter((r) => r.code && r.code.length === 3);
  const classesB = b.t.rows.filter((r) => r.side === 'expense' && r.key.startsWith('exp.class:'));
  if (!classesA.length || !classesB.length) return [];
  const out: Identity[] = [];
  for (const r of classesA) {
    const other = classesB.find((x) => x.key === `exp.class:${r.code}`);
    const ra = cellRef(a.id, r, a.col);
    if (!ra) continue;
    const absent = new Decimal(ra.fig.value).isZero() || !classesMakeTotal(b.t, classesB, b.col) ? null : absentRef(b.id, b.t, `${r.code} ${r.name}`, b.col);
    const rb = other ? cellRef(b.id, other, b.col) : absent;
    out.push(...sameIdentity(rule, `${rowLabel(r)}：${what}`, ra, rb));
  }
  for (const x of classesB) {
    const code = x.key.slice('exp.class:'.length);
    if (classesA.some((r) => r.code === code)) continue;
    const rb = cellRef(b.id, x, b.col);
    if (!rb || new Decimal(rb.fig.value).isZero() || !classesMakeTotal(a.t, classesA, a.col)) continue;
    out.push(...sameIdentity(rule, `${rowLabel(x)}：${what}`, absentRef(a.id, a.t, rowLabel(x), a.col), rb));
  }
  return out;
}

/**
 * Whether the class rows read make up the table's total (its 合计, a summary's 本年支出合计): only then
 * does a class the table does not list prove it printed none. A summary copied with its labels cut
 * over lines has classes read under no class's name; the sum check reports a class truly left out.
 */
function classesMakeTotal(t: PublicTable, classes: readonly TableRow[], col: string): boolean {
  const total = t.rows.find((r) => r.key === 'total' || (r.key === ROW_KEYS.expTotal && r.side === 'expense'))?.cells[col];
  if (!total) return false;
  const sum = classes.reduce((s, r) => s.plus(r.cells[col]?.value ?? 0), new Decimal(0));
  // Each class printed rounded to the cent: the sum may stray by half a cent a class.
  return sum.minus(total.value).abs().lessThanOrEqualTo(new Decimal('0.005').times(classes.length + 1));
}

export const class0301 = identityRule({
  id: 'cross-table.03-01.class',
  title: '公开03表各类支出等于公开01表同类支出',
  category: 'cross-table',
  authority: AUTH,
  description: '公开03表每个支出功能分类“类”的本年支出合计应等于公开01表支出方同一类的金额；一方列示而另一方未列示的非零类同样报告。',
  tables: ['03', '01'],
  build: (doc) => classIdentities('cross-table.03-01.class', '03表 = 01表', { id: '03', t: T(doc, '03'), col: 'total' }, { id: '01', t: T(doc, '01'), col: 'amount' }),
  cases: [
    { name: '荣成市公开01、03表', text: docOf(T01, T03), expect: 'pass' },
    { name: '01表卫生健康支出为224.25', text: docOf(T01_PLUS10, T03), expect: 'fail', mentions: '224.25' },
    {
      name: '01表未列卫生健康支出而本年支出合计仍含它（各类之和不足）：缺行由01表的求和报告',
      text: docOf(T01.replace('九、卫生健康支出\t40\t214.25', '\t40\t'), T03),
      expect: 'pass',
    },
    {
      name: '01表未列卫生健康支出，各类之和即其本年支出合计：03表的214.25在01表没有',
      text: docOf(T01.replace('九、卫生健康支出\t40\t214.25', '\t40\t').replace('<b>本年支出合计</b>\t<b>58</b>\t<b>238.67</b>', '<b>本年支出合计</b>\t<b>58</b>\t<b>24.42</b>'), T03),
      expect: 'fail',
      mentions: '214.25',
    },
  ],
});

export const income0104 = identityRule({
  id: 'cross-table.01-04.income',
  title: '公开01表财政拨款收入等于公开04表对应收入',
  category: 'cross-table',
  authority: AUTH,
  description: '公开01表第1–3行（一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入）应分别等于公开04表收入方对应三行。',
  tables: ['01', '04'],
  build(doc) {
    const t1 = T(doc, '01');
    const t4 = T(doc, '04');
    return [
      [ROW_KEYS.incGeneral, '一般公共预算财政拨款'],
      [ROW_KEYS.incFund, '政府性基金预算财政拨款'],
      [ROW_KEYS.incCapital, '国有资本经营预算财政拨款'],
    ].flatMap(([k, n]) => sameIdentity('cross-table.01-04.income', `${n}收入：01表 = 04表`, inc01(t1, k as string), cellRef('04', findRow(t4, k as string, 'income'), 'amount')));
  },
  cases: [
    { name: '荣成市公开01、04表', text: docOf(T01, T04), expect: 'pass' },
    { name: '01表一般公共预算财政拨款收入为248.67', text: docOf(T01_PLUS10, T04), expect: 'fail', mentions: '248.67' },
  ],
});

const exp04 = (t: PublicTable, key: string, col: string) => cellRef('04', findRow(t, key, 'expense'), col);

export const total0504 = identityRule({
  id: 'cross-table.05-04.total',
  title: '公开05表合计等于公开04表一般公共预算本年支出合计',
  category: 'cross-table',
  authority: AUTH,
  description: '公开05表合计行的“小计”应等于公开04表“本年支出合计”行的一般公共预算财政拨款栏。',
  tables: ['05', '04'],
  build: (doc) => sameIdentity('cross-table.05-04.total', '05表合计 = 04表本年支出合计（一般公共预算栏）', cellRef('05', findRow(T(doc, '05'), 'total'), 'total'), exp04(T(doc, '04'), ROW_KEYS.expTotal, 'general')),
  cases: [
    { name: '荣成市公开04、05表', text: docOf(T04, T05), expect: 'pass' },
    { name: '05表合计为248.67', text: docOf(T04, T05_PLUS10), expect: 'fail', mentions: '248.67' },
  ],
});

export const class0504 = identityRule({
  id: 'cross-table.05-04.class',
  title: '公开05表各类支出等于公开04表一般公共预算同类支出',
  category: 'cross-table',
  authority: AUTH,
  description: '公开05表每个“类”的小计应等于公开04表支出方同一类的一般公共预算财政拨款栏。',
  tables: ['05', '04'],
  build: (doc) => classIdentities('cross-table.05-04.class', '05表 = 04表一般公共预算栏', { id: '05', t: T(doc, '05'), col: 'total' }, { id: '04', t: T(doc, '04'), col: 'general' }),
  cases: [
    { name: '荣成市公开04、05表', text: docOf(T04, T05), expect: 'pass' },
    { name: '05表卫生健康支出为224.25', text: docOf(T04, T05_PLUS10), expect: 'fail', mentions: '224.25' },
  ],
});

export const basic0506 = identityRule({
  id: 'cross-table.05-06.basic',
  title: '公开05表基本支出等于公开06表人员经费与公用经费之和',
  category: 'cross-table',
  authority: AUTH,
  description: '公开05表合计行的“基本支出”应等于公开06表的合计（人员经费合计 + 公用经费合计）。',
  tables: ['05', '06'],
  build(doc) {
    const t6 = T(doc, '06');
    const basic = cellRef('05', findRow(T(doc, '05'), 'total'), 'basic');
    const total = cellRef('06', findRow(t6, 'total'), 'amount');
    if (total) return sameIdentity('cross-table.05-06.basic', '05表基本支出 = 06表合计', basic, total);
    return sumIdentity('cross-table.05-06.basic', '05表基本支出 = 06表人员经费合计 + 公用经费合计', basic, [
      { ref: cellRef('06', findRow(t6, 'personnel.total'), 'amount'), short: '06表人员经费合计' },
      { ref: cellRef('06', findRow(t6, 'public.total'), 'amount'), short: '公用经费合计' },
    ]);
  },
  cases: [
    { name: '157.38 = 146.15 + 11.23', text: docOf(T05, T06), expect: 'pass' },
    {
      name: '06表基本工资、工资福利支出、人员经费合计同增10.00',
      text: docOf(T05, swap(swap(swap(T06, '30101\t基本工资\t40.00', '30101\t基本工资\t50.00'), '301\t工资福利支出\t144.97', '301\t工资福利支出\t154.97'), '人员经费合计\t\t146.15', '人员经费合计\t\t156.15')),
      expect: 'fail',
      mentions: '167.38',
    },
  ],
});

export const fund0704 = identityRule({
  id: 'cross-table.07-04.fund',
  title: '公开07表与公开04表政府性基金栏一致',
  category: 'cross-table',
  authority: AUTH,
  description: '公开07表合计行的年初结转和结余、本年收入、本年支出、年末结转和结余应分别等于公开04表政府性基金预算财政拨款的对应数。',
  tables: ['07', '04'],
  build(doc) {
    const r7 = findRow(T(doc, '07'), 'total');
    const t4 = T(doc, '04');
    return [
      ...sameIdentity('cross-table.07-04.fund', '年初结转和结余：07表 = 04表政府性基金', cellRef('07', r7, 'opening'), cellRef('04', findRow(t4, ROW_KEYS.incOpeningFund, 'income'), 'amount')),
      ...sameIdentity('cross-table.07-04.fund', '本年收入：07表 = 04表政府性基金预算财政拨款收入', cellRef('07', r7, 'income'), cellRef('04', findRow(t4, ROW_KEYS.incFund, 'income'), 'amount')),
      ...sameIdentity('cross-table.07-04.fund', '本年支出：07表 = 04表本年支出合计（政府性基金栏）', cellRef('07', r7, 'total'), exp04(t4, ROW_KEYS.expTotal, 'fund')),
      ...sameIdentity('cross-table.07-04.fund', '年末结转和结余：07表 = 04表（政府性基金栏）', cellRef('07', r7, 'closing'), exp04(t4, ROW_KEYS.expClosing, 'fund')),
    ];
  },
  cases: [
    { name: '荣成市公开04、07表（均为零）', text: docOf(T04, T07), expect: 'pass' },
    { name: '07表本年支出45.00，04表政府性基金栏为0.00', text: docOf(T04, T07_DATA), expect: 'fail', mentions: '45.00' },
  ],
});

export const capital0804 = identityRule({
  id: 'cross-table.08-04.capital',
  title: '公开08表合计等于公开04表国有资本经营预算本年支出',
  category: 'cross-table',
  authority: AUTH,
  description: '公开08表合计行的本年支出应等于公开04表“本年支出合计”行的国有资本经营预算财政拨款栏。',
  tables: ['08', '04'],
  build: (doc) => sameIdentity('cross-table.08-04.capital', '08表合计 = 04表本年支出合计（国有资本经营栏）', cellRef('08', findRow(T(doc, '08'), 'total'), 'total'), exp04(T(doc, '04'), ROW_KEYS.expTotal, 'capital')),
  cases: [
    { name: '荣成市公开04、08表（均为零）', text: docOf(T04, T08), expect: 'pass' },
    { name: '08表合计6.00，04表国有资本经营栏为0.00', text: docOf(T04, T08_DATA), expect: 'fail', mentions: '6.00' },
  ],
});

export const row0503 = identityRule({
  id: 'cross-table.05-03.row',
  title: '公开05表各行不超过公开03表同一科目',
  category: 'cross-table',
  authority: AUTH,
  description: '一般公共预算财政拨款支出是全部支出的一部分：公开05表每一科目的小计、基本支出、项目支出不应大于公开03表同一科目的本年支出合计、基本支出、项目支出。',
  tables: ['05', '03'],
  build(doc) {
    const t3 = T(doc, '03');
    return T(doc, '05').rows.flatMap((r): Identity[] => {
      const other = findRow(t3, r.key);
      if (!other) return [];
      return (['total', 'basic', 'project'] as const).flatMap((c) => leIdentity('cross-table.05-03.row', `${rowLabel(r)}：05表 ≤ 03表`, cellRef('05', r, c), cellRef('03', other, c)));
    });
  },
  cases: [
    { name: '荣成市公开03、05表', text: docOf(T03, T05), expect: 'pass' },
    { name: '05表 2101505 项目支出91.29 大于 03表81.29', text: docOf(T03, T05_PLUS10), expect: 'fail', mentions: '91.29' },
  ],
});

export const threePublic0905 = identityRule({
  id: 'cross-table.09-05.three-public',
  title: '公开09表“三公”经费决算数不超过财政拨款支出',
  category: 'cross-table',
  authority: AUTH,
  description: '“三公”经费决算数是财政拨款支出的一部分：公开09表决算数合计不应大于公开05表合计（基本支出 + 项目支出）。',
  tables: ['09', '05'],
  build: (doc) => leIdentity('cross-table.09-05.three-public', '09表决算数合计 ≤ 05表合计', cellRef('09', findRow(T(doc, '09'), 'total'), 'actual.total'), cellRef('05', findRow(T(doc, '05'), 'total'), 'total')),
  cases: [
    { name: '0.94 ≤ 238.67', text: docOf(T05, T09), expect: 'pass' },
    {
      name: '09表决算数公务接待费与合计为300.00',
      text: docOf(T05, swap(T09, '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94\t0.00\t0.00\t0.00\t0.00\t0.94', '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t300.00\t0.00\t0.00\t0.00\t0.00\t300.00')),
      expect: 'fail',
      mentions: '300.00',
    },
  ],
});

// 三公 items of the economic classification and the 09 column that reports the same spending.
const THREE_PUBLIC_ITEMS = [
  ['30212', 'actual.abroad', '因公出国（境）费'],
  ['30217', 'actual.reception', '公务接待费'],
  ['30231', 'actual.vehicleOps', '公务用车运行维护费'],
  ['31013', 'actual.vehiclePurchase', '公务用车购置费'],
] as const;

export const threePublic0609 = identityRule({
  id: 'cross-table.06-09.three-public',
  title: '公开06表“三公”经济科目不超过公开09表决算数',
  category: 'cross-table',
  authority: `${AUTH}；《部门预算支出经济分类科目》（30212 因公出国（境）费用、30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置）`,
  description:
    '公开06表只含一般公共预算财政拨款的基本支出，公开09表决算数含全部财政拨款（基本支出和项目支出）的“三公”经费：06表30212因公出国（境）费用、30217公务接待费、30231公务用车运行维护费、31013公务用车购置都不应大于09表同一项的决算数（按打印精度容许尾差）。',
  tables: ['06', '09'],
  build(doc) {
    const t9 = findRow(T(doc, '09'), 'total');
    const t6 = T(doc, '06');
    return THREE_PUBLIC_ITEMS.flatMap(([code, col, name]) =>
      leIdentity('cross-table.06-09.three-public', `06表${code} ≤ 09表决算数${name}`, cellRef('06', findRow(t6, code), 'amount'), cellRef('09', t9, col)),
    );
  },
  cases: [
    { name: '06表公务接待费0.94 = 09表0.94', text: docOf(T06, T09), expect: 'pass' },
    { name: '06表公务接待费1.94大于09表0.94', text: docOf(T06.replace('30217\t公务接待费\t0.94', '30217\t公务接待费\t1.94'), T09), expect: 'fail', mentions: '1.94' },
    {
      name: '06表公务用车购置12.00而09表购置费为0',
      text: docOf(T06.replace('31002\t办公设备购置\t0.00', '31013\t公务用车购置\t12.00'), T09),
      expect: 'fail',
      mentions: '12.00',
    },
  ],
});

export const crossRules = [total0201, fiscal0201, sources0201, total0301, class0301, income0104, total0504, class0504, basic0506, fund0704, capital0804, row0503, threePublic0905, threePublic0609];
