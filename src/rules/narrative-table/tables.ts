import { sameItemName } from '../../catalog/catalog.js';
import { budgetKind, label, samePrinted, where, whereFigure } from '../../model/claims.js';
import { Decimal, type Figure, asPrinted, dec, wan } from '../../model/decimal.js';
import { isSkip, needTable, saidEmptyCause } from '../table/support.js';
import { type Claim, type Disclosure, type PublicTable, tableOf } from '../../model/disclosure.js';
import { describeLocation, type Location } from '../../model/location.js';
import { lineSections } from '../../model/section-at.js';
import { TABLE_DEFS, type TableId } from '../../model/tables.js';
import { defineRule, insufficient, notApplicable, type Rule, type RuleContext } from '../rule.js';
import { locs } from '../arithmetic/lib.js';
import { T01, T03, T04, T04_FUND, T05, T05_NAMES, T06, T07, T07_ITEMS, T09, withTables } from './fixtures.js';

const AUTH = '《关于做好2024年度部门决算公开工作的通知》（情况说明的数字应与公开报表一致）';

interface Target {
  table: TableId;
  row: string | ((t: PublicTable) => { fig: Figure; loc: Location } | null);
  col: string;
  /** Compare the claim's budget amount instead of its actual amount. */
  budget?: boolean;
  /** Other rows the words may equally mean (总收入: 本年收入合计 or 收入总计): agreeing with any is no defect. */
  orRows?: string[];
}

function cellOf(t: PublicTable, row: string, col: string): { fig: Figure; loc: Location } | null {
  const r = t.rows.find((x) => x.key === row);
  const f = r?.cells[col];
  return f ? { fig: f, loc: f.location ?? r.location } : null;
}

/**
 * Another table printing the same row (same classification code or row key) with exactly the
 * text's value, where that value and the compared cell differ by at most one unit of the last
 * printed decimal: two tables apart by a rounding tail, the text following one of them.
 */
function agreeingTable(doc: Disclosure, compared: TableId, row: string, text: Figure, cellFig: Figure): { table: TableId; loc: Location } | null {
  // Only a classification code names the same item in two tables; other row keys are each table's own.
  if (!/^\d{3,7}$/.test(row)) return null;
  for (const t of doc.tables) {
    if (t.id === compared) continue;
    const r = t.rows.find((x) => x.key === row);
    if (!r) continue;
    for (const f of Object.values(r.cells)) {
      if (!f || !samePrinted(f, text).equal) continue;
      // The two tables' cells apart by one unit of their own last decimal at most (0 and 1.00 are not).
      const unit = new Decimal(1).div(new Decimal(10).pow(Math.min(f.decimals, cellFig.decimals)));
      if (dec(f).minus(dec(cellFig)).abs().lte(unit)) return { table: t.id, loc: f.location ?? r.location };
    }
  }
  return null;
}

/** Why the explanation cannot be compared with table `id`: not printed, only listed, or not read. */
function missing(doc: Disclosure, id: TableId) {
  const why = needTable(doc, id);
  return isSkip(why) ? why : insufficient(`未找到公开${id}表（${TABLE_DEFS[id].title}），无法将说明与报表核对`);
}

/** Compares every claim whose subject maps to a table cell; reports each disagreement once. */
function compare(ctx: RuleContext, targetOf: (c: Claim) => Target | null, tables: TableId[]) {
  const claims = ctx.doc.claims.filter((c) => targetOf(c));
  if (!claims.length) return notApplicable('说明中没有与该表对应的金额');
  const present = tables.filter((id) => tableOf(ctx.doc, id));
  if (!present.length) return missing(ctx.doc, tables[0] as TableId);
  let compared = 0;
  const seen = new Set<string>();
  for (const c of claims) {
    const tg = targetOf(c) as Target;
    const t = tableOf(ctx.doc, tg.table);
    if (!t) continue;
    const text = tg.budget ? c.budget?.amount : c.amount;
    if (!text) continue;
    const cell = typeof tg.row === 'function' ? tg.row(t) : cellOf(t, tg.row, tg.col);
    if (!cell) continue;
    compared++;
    const s = samePrinted(text, cell.fig);
    if (s.equal) continue;
    // A table that prints no unit, its figure the text's ten thousand times over: the table is in 元
    // and says so nowhere (completeness.unit-present reports that), not a figure at odds with the text.
    if (t.unit == null && (text.unit == null || text.unit === '万元') && samePrinted(text, { ...cell.fig, value: dec(cell.fig).div(10000).toString(), decimals: cell.fig.decimals + 4 }).equal) {
      const k = `${tg.table}|unit`;
      if (!seen.has(k)) {
        seen.add(k);
        ctx.report({
          severity: 'info',
          message: `公开${tg.table}表未注明金额单位，其数按元计与说明相符（${cell.fig.raw}元即${text.raw}），不作不符报告`,
          locations: locs(whereFigure(c, text), cell.loc),
          section: c.section,
        });
      }
      continue;
    }
    const others = (tg.orRows ?? []).map((r) => cellOf(t, r, tg.col)).filter((x): x is NonNullable<typeof x> => x != null);
    if (others.some((o) => samePrinted(text, o.fig).equal)) continue;
    if (tg.orRows?.length) {
      // (A finding only when the figure is neither of the totals its words may mean.)
      const names = [tg.row as string, ...tg.orRows].map((r) => ROW_NAMES[r] ?? r);
      const k = `${c.subject.key}|${text.value}|or`;
      if (seen.has(k)) continue;
      seen.add(k);
      ctx.report({
        message: others.every((o) => dec(o.fig).eq(dec(cell.fig)))
          ? `「${label(c)}」说明写${text.raw}，公开${tg.table}表的${names.join('、')}均为${cellText(cell.fig, text)}`
          : `「${label(c)}」说明写${text.raw}，既不是公开${tg.table}表的${names[0]}（${cellText(cell.fig, text)}），也不是${others.map((o, i) => `${names[i + 1]}（${cellText(o.fig, text)}）`).join('、')}`,
        expected: [cell, ...others].map((x) => `${wan(x.fig)}万元`).join(' 或 '),
        actual: `${wan(text)}万元`,
        difference: `${s.difference.toString()}万元`,
        tolerance: '0（按较粗精度舍入后应相同）',
        locations: locs(whereFigure(c, text), cell.loc, ...others.map((o) => o.loc)),
        section: c.section,
      });
      continue;
    }
    const k = `${c.subject.key}|${text.value}|${tg.budget ? 'b' : 'a'}`;
    if (seen.has(k)) continue;
    seen.add(k);
    // The tables themselves differ by a rounding tail and the text agrees with one of them: a tail.
    const other = typeof tg.row === 'string' ? agreeingTable(ctx.doc, tg.table, tg.row, text, cell.fig) : null;
    if (other) {
      ctx.report({
        severity: 'info',
        message: `「${label(c)}」说明写${text.raw}，与公开${other.table}表（${describeLocation(other.loc)}）一致；公开${tg.table}表（${describeLocation(cell.loc)}）印${cellText(cell.fig, text)}，两表之间相差尾数（尾差）`,
        expected: `${wan(cell.fig)}万元`,
        actual: `${wan(text)}万元`,
        difference: `${s.difference.toString()}万元`,
        tolerance: '两表间舍入尾差',
        locations: locs(whereFigure(c, text), cell.loc, other.loc),
        section: c.section,
      });
      continue;
    }
    ctx.report({
      message: `「${label(c)}」${tg.budget ? '预算数' : ''}说明写${text.raw}，公开${tg.table}表（${describeLocation(cell.loc)}）为${cellText(cell.fig, text)}`,
      expected: `${wan(cell.fig)}万元`,
      actual: `${wan(text)}万元`,
      difference: `${s.difference.toString()}万元`,
      tolerance: '0（按较粗精度舍入后应相同）',
      locations: locs(whereFigure(c, text), cell.loc),
      section: c.section,
    });
  }
  if (!compared) return insufficient(`公开${present.join('、')}表中没有找到说明所写事项对应的数`);
}

function rule(
  id: string,
  title: string,
  description: string,
  tables: TableId[],
  targetOf: (c: Claim) => Target | null,
  cases: Rule['cases'],
): Rule {
  return defineRule({ id, title, category: 'narrative-table', severity: 'error', authority: AUTH, description, cases, check: (ctx) => compare(ctx, targetOf, tables) });
}

const T01_MAP: Record<string, string> = {
  total: 'inc.grand',
  'income.grand': 'inc.grand',
  'expense.grand': 'exp.grand',
  'income.total': 'inc.total',
  'expense.total': 'exp.total',
  'income.opening': 'inc.opening',
  'income.useNonFiscalBalance': 'inc.useNonFiscalBalance',
  'expense.closing': 'exp.closing',
  'expense.distribution': 'exp.distribution',
  'income.general': 'inc.general',
  'income.fund': 'inc.fund',
  'income.capital': 'inc.capital',
  'income.superior': 'inc.superior',
  'income.business': 'inc.business',
  'income.operating': 'inc.operating',
  'income.affiliated': 'inc.affiliated',
  'income.other': 'inc.other',
};

const EXPL = '2024年度收、支总计均为238.67万元。';

/**
 * A table's figure as a message quotes it beside the text's: as the table printed it, with its unit when
 * that is not 万元 ("9400.00元"); with 万元 said when the text's figure was printed in another unit
 * ("说明写94000.0元，公开09表为0.94万元"), so the two are not read in one unit.
 */
function cellText(f: Figure, text: Figure | null): string {
  if (f.unit && f.unit !== '万元') return `${asPrinted(f).value}${f.unit}`;
  return text?.unit && text.unit !== '万元' ? `${f.value}万元` : f.value;
}

/** T01 with 10.00万元 carried over from last year: 本年收入合计 238.67, 收入总计 248.67. */
const T01_CARRIED = T01.replace('年初结转和结余\t29\t0.00', '年初结转和结余\t29\t10.00').replace('年末结转和结余\t60\t0.00', '年末结转和结余\t60\t10.00').replace(/<b>总计<\/b>\t<b>31<\/b>\t<b>238.67<\/b>\t<b>总计<\/b>\t<b>62<\/b>\t<b>238.67<\/b>/, '<b>总计</b>\t<b>31</b>\t<b>248.67</b>\t<b>总计</b>\t<b>62</b>\t<b>248.67</b>');

/** T01 printed in 元 with no unit line (a table's second page found by its header, its unit on the first). */
const T01_IN_YUAN_UNSTATED = T01.replace('金额单位：万元\n', '').replace(/\b(\d+)\.(\d\d)\b/g, (_, a: string, b: string) => (BigInt(a + b) * 10000n).toString().padStart(3, '0').replace(/(\d\d)$/, '.$1'));

const ROW_NAMES: Record<string, string> = { 'inc.total': '本年收入合计', 'inc.grand': '收入总计', 'exp.total': '本年支出合计', 'exp.grand': '支出总计' };

/**
 * The year's income or spending said as a whole ("决算总收入", "总支出", "收入总额", "决算收入") in the
 * department's own sections: 本年收入合计 or 收入总计, the words do not say which.
 */
const T01_EITHER: Record<string, [string, string]> = { 'income.actual': ['inc.total', 'inc.grand'], 'expense.actual': ['exp.total', 'exp.grand'] };
const OWN_SECTIONS = new Set(['explain.total', 'explain.income', 'explain.expense']);

function target01(c: Claim, fiscalYear: number | null): Target | null {
  if (T01_MAP[c.subject.key]) return { table: '01', row: T01_MAP[c.subject.key] as string, col: 'amount' };
  const either = T01_EITHER[c.subject.key];
  if (!either || !c.section || !OWN_SECTIONS.has(c.section) || (c.year != null && fiscalYear != null && c.year !== fiscalYear)) return null;
  return { table: '01', row: either[0], col: 'amount', orRows: [either[1]] };
}

export const totals01 = defineRule({
  id: 'narrative-table.totals-01',
  title: '说明的收支总计、合计与公开01表不符',
  category: 'narrative-table',
  severity: 'error',
  authority: AUTH,
  description:
    '说明中的收入（支出）总计、本年收入（支出）合计、年初（年末）结转和结余及各项收入须与公开01表（收入支出决算总表）一致；“总收入”“收入总额”“决算总收入”（支出同）未说明是本年合计还是总计，与二者之一相符即可，都不相符才报。',
  check: (ctx) => compare(ctx, (c) => target01(c, ctx.doc.facts.fiscalYear ?? null), ['01']),
  cases: [
    { name: '与01表一致', expect: 'pass', text: withTables(['一、收入支出决算总体情况说明', EXPL], T01) },
    { name: '总计与01表不符', expect: 'fail', mentions: '283.67', text: withTables(['一、收入支出决算总体情况说明', '2024年度收、支总计均为283.67万元。'], T01) },
    { name: '没有01表', expect: 'insufficient', text: withTables(['一、收入支出决算总体情况说明', EXPL]) },
    { name: '“总收入”等于本年收入合计', expect: 'pass', text: withTables(['一、收入支出决算总体情况说明', '2024年度决算总收入238.67万元，决算总支出238.67万元。'], T01_CARRIED) },
    { name: '“总收入”等于收入总计', expect: 'pass', text: withTables(['一、收入支出决算总体情况说明', '本单位2024年度总收入248.67万元，其中本年收入238.67万元。'], T01_CARRIED) },
    { name: '“收入总额”既非本年合计也非总计', expect: 'fail', mentions: '既不是', text: withTables(['一、收入支出决算总体情况说明', '2024年度收入总额283.67万元，支出总额238.67万元。'], T01_CARRIED) },
    { name: '01表未注明单位、按元印出（2386700.00即238.67万元）：不是不符', expect: 'pass', text: withTables(['一、收入支出决算总体情况说明', EXPL], T01_IN_YUAN_UNSTATED) },
    { name: '01表未注明单位，数也不是说明的一万倍：仍报不符', expect: 'fail', mentions: '283.67', text: withTables(['一、收入支出决算总体情况说明', '2024年度收、支总计均为283.67万元。'], T01_IN_YUAN_UNSTATED) },
  ],
});

export const incomeFiscal = rule(
  'narrative-table.income-fiscal-02',
  '说明的财政拨款收入与公开02表不符',
  '说明“收入决算情况”中的财政拨款收入须与公开02表合计行的财政拨款收入一致。',
  ['02', '01'],
  (c) => (c.subject.key === 'income.fiscal' && c.section !== 'explain.fiscal' ? { table: '02', row: 'total', col: 'fiscal' } : null),
  [
    { name: '一致', expect: 'pass', text: withTables(['二、收入决算情况说明', '2024年度收入合计238.67万元，其中：财政拨款收入238.67万元，占100%。'], T02()) },
    { name: '不符', expect: 'fail', mentions: '228.67', text: withTables(['二、收入决算情况说明', '2024年度收入合计238.67万元，其中：财政拨款收入228.67万元。'], T02()) },
  ],
);

function T02(): string {
  return `# 收入决算表\n\n公开02表\n\n金额单位：万元\n\n项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入\n科目代码\t科目名称\t\t\t\t\t\t\t\n栏次\t\t1\t2\t3\t4\t5\t6\t7\n合 计\t\t238.67\t238.67\t0.00\t0.00\t0.00\t0.00\t0.00\n208\t社会保障和就业支出\t238.67\t238.67\t0.00\t0.00\t0.00\t0.00\t0.00\n`;
}

const E03: Record<string, string> = {
  'expense.basic': 'basic',
  'expense.project': 'project',
  'expense.toSuperior': 'toSuperior',
  'expense.operating': 'operating',
  'expense.toAffiliated': 'toAffiliated',
};

export const expense03 = rule(
  'narrative-table.expense-03',
  '说明的基本支出、项目支出与公开03表不符',
  '说明“支出决算情况”中的基本支出、项目支出等须与公开03表（支出决算表）合计行一致。',
  ['03'],
  (c) => (E03[c.subject.key] ? { table: '03', row: 'total', col: E03[c.subject.key] as string } : null),
  [
    { name: '一致', expect: 'pass', text: withTables(['三、支出决算情况说明', '2024年度支出合计238.67万元，其中：基本支出157.38万元，占65.94%；项目支出81.29万元，占34.06%。'], T03) },
    { name: '基本支出不符', expect: 'fail', mentions: '175.38', text: withTables(['三、支出决算情况说明', '2024年度支出合计238.67万元，其中：基本支出175.38万元；项目支出81.29万元。'], T03) },
  ],
);

const F04: Record<string, [string, string]> = {
  'fiscal.total': ['inc.grand', 'amount'],
  'fiscal.income.grand': ['inc.grand', 'amount'],
  'fiscal.expense.grand': ['exp.grand', 'total'],
  'fiscal.opening': ['inc.opening', 'amount'],
  'fiscal.income': ['inc.total', 'amount'],
  'fiscal.expense': ['exp.total', 'total'],
  'fiscal.closing': ['exp.closing', 'total'],
};

export const fiscal04 = rule(
  'narrative-table.fiscal-04',
  '说明的财政拨款收支与公开04表不符',
  '说明“财政拨款收入支出决算总体情况”中的财政拨款收、支总计及其构成须与公开04表一致。',
  ['04'],
  (c) => {
    const m = F04[c.subject.key];
    return m ? { table: '04', row: m[0], col: m[1] } : null;
  },
  [
    { name: '一致', expect: 'pass', text: withTables(['四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计均为238.67万元。'], T04) },
    { name: '不符', expect: 'fail', mentions: '239.67', text: withTables(['四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计均为239.67万元。'], T04) },
  ],
);

const G05: Record<string, string> = { 'general.expense': 'total', 'general.basic': 'basic', 'general.project': 'project' };

export const general05 = rule(
  'narrative-table.general-05',
  '说明的一般公共预算财政拨款支出与公开05表不符',
  '说明中的一般公共预算财政拨款支出及其基本支出、项目支出须与公开05表合计行一致。',
  ['05'],
  (c) => (G05[c.subject.key] ? { table: '05', row: 'total', col: G05[c.subject.key] as string } : null),
  [
    { name: '一致', expect: 'pass', text: withTables(['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出238.67万元，占本年支出合计的100%。'], T05) },
    { name: '不符', expect: 'fail', mentions: '283.67', text: withTables(['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出283.67万元。'], T05) },
  ],
);

function fcCode(c: Claim): string | null {
  return /^fc:(\d+)$/.exec(c.subject.key)?.[1] ?? null;
}

export const class05 = rule(
  'narrative-table.class-05',
  '说明的类级支出与公开05表不符',
  '说明“结构情况”中各类（如卫生健康支出）的一般公共预算财政拨款支出须与公开05表对应类的小计一致。',
  ['05'],
  (c) => {
    const code = fcCode(c);
    // A class said of 政府性基金 or 国有资本经营 spending is table 07's or 08's, not 05's.
    return code && code.length === 3 && c.section?.startsWith('explain') && budgetKind(c) === 'general' && !ofAllFiscal(c) ? { table: '05', row: code, col: 'total' } : null;
  },
  [
    { name: '一致', expect: 'pass', text: withTables(['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出238.67万元，主要用于以下方面：社会保障和就业支出（类）支出13.06万元，占5.47%；卫生健康支出（类）支出214.25万元，占89.77%；住房保障支出（类）支出11.36万元，占4.76%。'], T05) },
    { name: '政府性基金的类不与05表比较', expect: 'pass', text: withTables(['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出238.67万元，主要用于以下方面：社会保障和就业支出（类）支出13.06万元；卫生健康支出（类）支出214.25万元；住房保障支出（类）支出11.36万元。', '## 八、政府性基金预算财政拨款收入支出决算情况说明', '2024年度政府性基金预算财政拨款支出30.00万元，主要用于以下方面：卫生健康支出（类）支出30.00万元。'], T05) },
    { name: '卫生健康类不符', expect: 'fail', mentions: '241.25', text: withTables(['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出238.67万元，主要用于以下方面：社会保障和就业支出（类）支出13.06万元；卫生健康支出（类）支出241.25万元；住房保障支出（类）支出11.36万元。'], T05) },
  ],
);

/**
 * A class said of 财政拨款 spending without naming 一般公共预算 (in the 财政拨款 account, or a sentence
 * saying 财政拨款支出): table 04's class row, whose 合计 holds 政府性基金 and 国有资本经营 spending too.
 */
function ofAllFiscal(c: Claim): boolean {
  if (c.section === 'explain.general' || /一般公共预算/.test(c.sentence)) return false;
  return c.section === 'explain.fiscal' || /财政拨款/.test(c.sentence);
}

export const class04 = defineRule({
  id: 'narrative-table.class-04',
  title: '说明的财政拨款类级支出与公开04表不符',
  category: 'narrative-table',
  severity: 'error',
  authority: AUTH,
  description:
    '说明中未限定为一般公共预算的“财政拨款支出”按功能分类列出的类，是全部财政拨款（含政府性基金、国有资本经营预算）的支出，须与公开04表该类的合计一致；与05表（实指一般公共预算）或03表（实指全部资金）该类一致的不报。',
  cases: [
    { name: '一致', expect: 'pass', text: withTables(['四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款支出238.67万元，主要用于：社会保障和就业支出13.06万元；卫生健康支出214.25万元；住房保障支出11.36万元。'], T04, T05) },
    {
      name: '含政府性基金的类与04表合计一致',
      expect: 'pass',
      text: withTables(['四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款支出268.67万元，主要用于：社会保障和就业支出13.06万元；卫生健康支出244.25万元；住房保障支出11.36万元。'], T04_FUND, T05),
    },
    {
      name: '写的是一般公共预算部分（与05表一致）',
      expect: 'pass',
      text: withTables(['四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款支出268.67万元，主要用于：社会保障和就业支出13.06万元；卫生健康支出214.25万元；住房保障支出11.36万元。'], T04_FUND, T05),
    },
    {
      name: '与04、05表都不符',
      expect: 'fail',
      mentions: '254.25',
      text: withTables(['四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款支出268.67万元，主要用于：社会保障和就业支出13.06万元；卫生健康支出254.25万元；住房保障支出11.36万元。'], T04_FUND, T05),
    },
  ],
  check(ctx) {
    const claims = ctx.doc.claims.filter((c) => (fcCode(c)?.length ?? 0) === 3 && c.amount && c.section?.startsWith('explain') && budgetKind(c) === 'general' && ofAllFiscal(c));
    if (!claims.length) return notApplicable('说明中没有财政拨款支出的类级金额');
    const t04 = tableOf(ctx.doc, '04');
    if (!t04) return missing(ctx.doc, '04');
    const t05 = tableOf(ctx.doc, '05');
    let compared = 0;
    for (const c of claims) {
      const code = fcCode(c) as string;
      const cell = cellOf(t04, `exp.class:${code}`, 'total');
      if (!cell || !c.amount) continue;
      compared++;
      const s = samePrinted(c.amount, cell.fig);
      if (s.equal) continue;
      // The sentence may mean the 一般公共预算 part only (table 05), or, in the account of the whole
      // spending, every source's (table 03): agreeing with either is no defect.
      const general = t05 ? cellOf(t05, code, 'total') : null;
      if (general && samePrinted(c.amount, general.fig).equal) continue;
      const t03 = tableOf(ctx.doc, '03');
      const whole = t03 ? cellOf(t03, code, 'total') : null;
      if (whole && samePrinted(c.amount, whole.fig).equal) continue;
      const others = [general && `05表一般公共预算财政拨款${general.fig.value}`, whole && `03表本年支出${whole.fig.value}`].filter(Boolean);
      ctx.report({
        message: `「${label(c)}」说明写${c.amount.raw}，公开04表（${describeLocation(cell.loc)}）该类财政拨款支出合计为${cellText(cell.fig, c.amount)}${others.length ? `，与${others.join('、')}也不一致` : ''}`,
        expected: `${wan(cell.fig)}万元`,
        actual: `${wan(c.amount)}万元`,
        difference: `${s.difference.toString()}万元`,
        tolerance: '0（按较粗精度舍入后应相同）',
        locations: locs(whereFigure(c, c.amount), cell.loc, general?.loc, whole?.loc),
        section: c.section,
      });
    }
    if (!compared) return insufficient('公开04表中没有找到说明所写的类');
  },
});

export const class03 = rule(
  'narrative-table.class-03',
  '说明的支出功能分类与公开03表不符',
  '说明“支出决算情况”（或总体情况）中按功能分类列出的类、款、项支出，未限定为财政拨款的，是部门全部资金的支出，须与公开03表（支出决算表）同一科目的本年支出合计一致。',
  ['03'],
  (c) => {
    const code = fcCode(c);
    return code && budgetKind(c) === 'whole' ? { table: '03', row: code, col: 'total' } : null;
  },
  [
    { name: '一致', expect: 'pass', text: withTables(['三、支出决算情况说明', '2024年度本年支出合计238.67万元，其中：社会保障和就业支出13.06万元，占5.47%；卫生健康支出214.25万元，占89.77%；住房保障支出11.36万元，占4.76%。'], T03) },
    { name: '卫生健康类不符', expect: 'fail', mentions: '241.25', text: withTables(['三、支出决算情况说明', '2024年度本年支出合计238.67万元，其中：社会保障和就业支出13.06万元；卫生健康支出241.25万元；住房保障支出11.36万元。'], T03) },
    {
      name: '全部资金的类不与05表比较',
      expect: 'pass',
      text: withTables(['三、支出决算情况说明', '2024年度本年支出合计238.67万元，其中：社会保障和就业支出13.06万元；卫生健康支出214.25万元；住房保障支出11.36万元。'], T03, T05.replace('210\t卫生健康支出\t214.25', '210\t卫生健康支出\t200.00')),
    },
  ],
);

/**
 * The class, 款 or 项 a claim names, as a row of `t`: by its code, else by the
 * name of its last level (说明 often names 类/款/项 without codes).
 */
function fcRow(t: PublicTable, c: Claim) {
  const code = fcCode(c);
  if (code) return t.rows.find((r) => r.key === code) ?? null;
  const name = (c.subject.names[c.subject.names.length - 1] ?? '').replace(/\s/g, '');
  return name ? (t.rows.find((r) => r.code && r.name.replace(/\s/g, '') === name) ?? null) : null;
}

export const item05 = defineRule({
  id: 'narrative-table.item-05',
  title: '说明的款项明细与公开05表不符',
  category: 'narrative-table',
  severity: 'error',
  authority: AUTH,
  description: '“具体情况”逐项写出的款/项支出（及年初预算所对应的决算数）须与公开05表同一科目编码的小计一致；说明列出而05表没有的科目也是错误（本年支出为0的科目除外：报表不列本年无支出的科目）。05表只印科目名称、未能按名称和上下级对应到科目时，说明列出而无法对应的科目为警告。',
  cases: [
    { name: '一致', expect: 'pass', text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '3、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为126.26万元，支出决算数为126.26万元，完成年初预算的100%。'], T05) },
    { name: '行政运行不符', expect: 'fail', mentions: '162.26', text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '3、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为126.26万元，支出决算数为162.26万元，完成年初预算的100%。'], T05) },
    {
      name: '政府性基金的项属07表，不与05表比较',
      expect: 'pass',
      text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '3、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为126.26万元，支出决算数为126.26万元。', '## 八、政府性基金预算财政拨款收入支出决算情况说明', '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。年初预算为0万元，支出决算为2.80万元。'], T05),
    },
    { name: '05表没有的科目', expect: 'fail', mentions: '事业运行', text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '卫生健康（类）医疗保障管理事务（款）事业运行（项）：支出决算数为58.26万元，完成预算100%。'], T05) },
    {
      name: '本年支出为0的科目，05表不列其行，不是不符',
      expect: 'pass',
      text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '1.一般公共服务支出(类)财政事务(款)信息化建设(项):支出决算数为0.00万元，比上年决算减少14.27万元，下降100.00%。', '2.卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。支出决算数为126.26万元。'], T05),
    },
    {
      name: '05表只印名称（缩进分级，无编码）：按名称和上级行对应到科目',
      expect: 'pass',
      text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。支出决算数为126.26万元。'], T05_NAMES),
    },
    {
      name: '05表只印名称，对应到科目后金额不符',
      expect: 'fail',
      mentions: '162.26',
      text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。支出决算数为162.26万元。'], T05_NAMES),
    },
    {
      name: '05表只印名称且有行未能对应到科目：无法核对，不称缺失',
      expect: 'fail',
      severity: 'warning',
      mentions: '无法与05表逐项核对',
      text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。支出决算数为162.26万元。'], T05_NAMES.replace('医疗保障政策管理\t', '某某专项业务\t')),
    },
  ],
  check(ctx) {
    // Items of 政府性基金 or 国有资本经营 spending (their own sections) are tables 07 and 08's, not 05's.
    const items = ctx.doc.claims.filter((c) => c.subject.key.startsWith('fc') && c.amount && c.section?.startsWith('explain') && budgetKind(c) === 'general' && ((fcCode(c)?.length ?? 0) > 3 || c.subject.names.length > 1));
    if (!items.length) return notApplicable('说明中没有款项明细');
    const t = tableOf(ctx.doc, '05');
    if (!t) return missing(ctx.doc, '05');
    // Rows printed by name only that the reader could not link to codes (interpret/tables/by-name.ts).
    const unlinked = t.rows.filter((r) => !r.code && r.key !== 'total');
    for (const c of items) {
      const code = fcCode(c);
      const row = fcRow(t, c);
      if (!row) {
        // Nothing spent this year: the tables print no row for a subject without this year's spending
        // (the official software leaves it out), so its absence is no mismatch.
        if (c.amount && dec(c.amount).isZero()) continue;
        if (unlinked.length) {
          // The table names its rows without codes, and not all could be linked to the catalog: the
          // item may be any of its rows of the same name, or one named otherwise.
          const name = c.subject.names[c.subject.names.length - 1] ?? '';
          const same = name ? unlinked.filter((r) => sameItemName(r.name, name)) : [];
          if (c.amount && same.some((r) => r.cells.total && samePrinted(c.amount as Figure, r.cells.total).equal)) continue;
          ctx.report({
            severity: 'warning',
            message: `公开05表的行只印科目名称、未印编码，且未能全部按名称和上下级对应到科目，说明列示的「${label(c)}」${c.amount?.raw}无法与05表逐项核对${same.length ? `：05表名为“${name}”的行为${same.map((r) => (r.cells.total ? `${r.cells.total.raw}` : '空')).join('、')}，是否同一科目无法确定` : `：05表中没有名为“${name}”的行`}，请核实`,
            expected: '05表中有该科目',
            actual: `${code ?? c.subject.names.join('/')} ${c.amount?.value}万元`,
            locations: locs(where(c), ...same.map((r) => r.cells.total?.location ?? r.location), t.location),
            section: c.section,
          });
          continue;
        }
        ctx.report({
          message: `说明列示的「${label(c)}」${c.amount?.raw}在公开05表中没有对应科目`,
          expected: '05表中有该科目',
          actual: `${code ?? c.subject.names.join('/')} ${c.amount?.value}万元`,
          locations: locs(where(c), t.location),
          section: c.section,
        });
        continue;
      }
      const f = row.cells.total;
      if (!f || !c.amount) continue;
      const s = samePrinted(c.amount, f);
      if (s.equal) continue;
      ctx.report({
        message: `「${label(c)}」说明写${c.amount.raw}，公开05表${row.code ?? ''}${row.name}为${cellText(f, c.amount)}`,
        expected: `${wan(f)}万元`,
        actual: `${wan(c.amount)}万元`,
        difference: `${s.difference.toString()}万元`,
        tolerance: '0（按较粗精度舍入后应相同）',
        locations: locs(whereFigure(c, c.amount), f.location ?? row.location),
        section: c.section,
      });
    }
  },
});

function side06(key: 'personnel' | 'public') {
  return (t: PublicTable) => {
    const r = t.rows.find((x) => x.key === `${key}.total`);
    if (r?.cells.amount) return { fig: r.cells.amount, loc: r.cells.amount.location ?? r.location };
    const rows = t.rows.filter((x) => x.side === key && x.code && x.code.length === 3 && x.cells.amount);
    if (!rows.length) return null;
    const sum = rows.reduce((s, x) => s.plus(dec(x.cells.amount as Figure)), new Decimal(0));
    const first = rows[0]?.cells.amount as Figure;
    return { fig: { ...first, value: sum.toFixed(2), decimals: 2, raw: sum.toFixed(2) }, loc: rows[0]?.location as Location };
  };
}

export const basic06 = rule(
  'narrative-table.basic-06',
  '说明的人员经费、公用经费与公开06表不符',
  '说明中的人员经费、公用经费及基本支出须与公开06表（一般公共预算财政拨款基本支出决算明细表）的人员经费合计、公用经费合计一致。',
  ['06'],
  (c) =>
    c.subject.key === 'basic.personnel'
      ? { table: '06', row: side06('personnel'), col: 'amount' }
      : c.subject.key === 'basic.public'
        ? { table: '06', row: side06('public'), col: 'amount' }
        : c.subject.key === 'general.basic'
          ? { table: '06', row: 'total', col: 'amount' }
          : null,
  [
    { name: '一致', expect: 'pass', text: withTables(['六、一般公共预算财政拨款基本支出决算情况说明', '人员经费146.15万元，主要包括：基本工资。', '公用经费11.23万元，主要包括：办公费。'], T06) },
    { name: '公用经费不符', expect: 'fail', mentions: '12.23', text: withTables(['六、一般公共预算财政拨款基本支出决算情况说明', '人员经费146.15万元，主要包括：基本工资。', '公用经费12.23万元，主要包括：办公费。'], T06) },
  ],
);

const P09: Record<string, string> = {
  'threePublic.total': 'total',
  'threePublic.abroad': 'abroad',
  'threePublic.vehicle': 'vehicle',
  'threePublic.vehiclePurchase': 'vehiclePurchase',
  'threePublic.vehicleOps': 'vehicleOps',
  'threePublic.reception': 'reception',
};

export const threePublic09 = rule(
  'narrative-table.three-public-09',
  '说明的“三公”经费决算数与公开09表不符',
  '说明中“三公”经费合计及各分项的决算数须与公开09表决算数一致。',
  ['09'],
  (c) => (P09[c.subject.key] ? { table: '09', row: 'total', col: `actual.${P09[c.subject.key]}` } : null),
  [
    { name: '一致', expect: 'pass', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '3、公务接待费全年预算数为0.94万元，支出决算数为0.94万元，完成全年预算数的100%。'], T09) },
    { name: '不符', expect: 'fail', mentions: '0.49', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '3、公务接待费全年预算数为0.94万元，支出决算数为0.49万元。'], T09) },
  ],
);

export const threePublicBudget09 = rule(
  'narrative-table.three-public-budget-09',
  '说明的“三公”经费预算数与公开09表不符',
  '说明中“三公”经费的（全年）预算数须与公开09表预算数一致（09表预算数为调整后的全年预算数）。',
  ['09'],
  (c) => (P09[c.subject.key] && c.budget?.amount ? { table: '09', row: 'total', col: `budget.${P09[c.subject.key]}`, budget: true } : null),
  [
    { name: '一致', expect: 'pass', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度财政拨款“三公”经费支出全年预算数为0.94万元，支出决算数为0.94万元。'], T09) },
    { name: '不符', expect: 'fail', mentions: '1.94', text: withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度财政拨款“三公”经费支出全年预算数为1.94万元，支出决算数为0.94万元。'], T09) },
  ],
);

/** "本单位没有政府性基金…" said in the section whose table has data, or the reverse. */
function emptyVsTable(ctx: RuleContext, id: '07' | '08', section: string, what: string) {
  const lines = linesOfSection(ctx.doc, section);
  const saysNone = lines.find((l) => /(没有|无|未安排|未发生|为空表|无数据)/.test(l.text) && new RegExp(what).test(l.text));
  const t = tableOf(ctx.doc, id);
  if (!t) return missing(ctx.doc, id);
  const nonzero = t.rows.flatMap((r) => Object.values(r.cells)).filter((f): f is Figure => f != null && !dec(f).isZero());
  if (!saysNone && !lines.length) return notApplicable(`说明中没有${what}一节`);
  if (saysNone && nonzero.length) {
    ctx.report({
      message: `说明称无${what}收支，但公开${id}表有数（${nonzero[0]?.value}万元等）`,
      expected: '0',
      actual: `${nonzero[0]?.value}万元`,
      locations: locs(saysNone.location, nonzero[0]?.location),
      section,
      cause: saidEmptyCause(id),
    });
  }
}

// Two rules (07 and 08) each want the lines of one section: the lines are sorted into sections once
// per document.
const SECTION_LINES = new WeakMap<Disclosure, Map<string | null, Disclosure['lines']>>();

/** The document's lines that fall in the section, in order (none when it has no headings). */
function linesOfSection(doc: Disclosure, section: string): Disclosure['lines'] {
  let bySection = SECTION_LINES.get(doc);
  if (!bySection) {
    bySection = new Map();
    if (doc.sections.length) {
      const keys = lineSections(doc);
      for (let i = 0; i < doc.lines.length; i++) {
        const l = doc.lines[i] as Disclosure['lines'][number];
        const key = keys[i] as string | null;
        const list = bySection.get(key);
        if (list) list.push(l);
        else bySection.set(key, [l]);
      }
    }
    SECTION_LINES.set(doc, bySection);
  }
  return bySection.get(section) ?? [];
}

export const fund07 = defineRule({
  id: 'narrative-table.fund-07',
  title: '说明的政府性基金收支与公开07表矛盾',
  category: 'narrative-table',
  severity: 'error',
  authority: AUTH,
  description: '说明称本单位无政府性基金预算财政拨款收支时，公开07表应为空表；07表有数时说明不得称“无”。',
  cases: [
    { name: '说明称无且07表为空', expect: 'pass', text: withTables(['七、政府性基金预算财政拨款收入支出决算情况说明', '本单位没有政府性基金财政拨款收支。'], T07('0.00')) },
    { name: '说明称无但07表有数', expect: 'fail', mentions: '12.00', text: withTables(['七、政府性基金预算财政拨款收入支出决算情况说明', '本单位没有政府性基金财政拨款收支。'], T07('12.00')) },
  ],
  check: (ctx) => emptyVsTable(ctx, '07', 'explain.fund', '政府性基金'),
});

export const capital08 = defineRule({
  id: 'narrative-table.capital-08',
  title: '说明的国有资本经营预算支出与公开08表矛盾',
  category: 'narrative-table',
  severity: 'error',
  authority: AUTH,
  description: '说明称本单位无国有资本经营预算财政拨款支出时，公开08表应为空表；08表有数时说明不得称“无”。',
  cases: [
    { name: '说明称无且08表为空', expect: 'pass', text: withTables(['八、国有资本经营预算财政拨款支出决算情况说明', '本单位没有国有资本经营预算财政拨款支出。'], T08('0.00')) },
    { name: '说明称无但08表有数', expect: 'fail', mentions: '5.00', text: withTables(['八、国有资本经营预算财政拨款支出决算情况说明', '本单位没有国有资本经营预算财政拨款支出。'], T08('5.00')) },
  ],
  check: (ctx) => emptyVsTable(ctx, '08', 'explain.capital', '国有资本经营'),
});

function T08(v: string): string {
  return `## 国有资本经营预算财政拨款支出决算表\n\n公开08表\n金额单位：万元\n\n项目\t\t本年支出\t\t\n科目代码\t科目名称\t合计\t基本支出\t项目支出\n栏次\t\t1\t2\t3\n合计\t\t${v}\t0.00\t${v}\n`;
}

const F07: Record<string, string> = {
  'fund.opening': 'opening',
  'fund.income': 'income',
  'fund.expense': 'total',
  'fund.basic': 'basic',
  'fund.project': 'project',
  'fund.closing': 'closing',
};
const C08: Record<string, string> = { 'capital.expense': 'total', 'capital.basic': 'basic', 'capital.project': 'project' };

/** A claim of 政府性基金 (07) or 国有资本经营 (08) spending: its totals by `map`, its classes and items by row. */
function fundTarget(kind: 'fund' | 'capital', table: '07' | '08', map: Record<string, string>) {
  return (c: Claim): Target | null => {
    const col = map[c.subject.key];
    if (col) return { table, row: 'total', col };
    if (!c.subject.key.startsWith('fc') || !c.section?.startsWith('explain') || budgetKind(c) !== kind) return null;
    return { table, row: (t) => {
      const r = fcRow(t, c);
      const f = r?.cells.total;
      return r && f ? { fig: f, loc: f.location ?? r.location } : null;
    }, col: 'total' };
  };
}

const FUND_EXPL = '2024年度政府性基金预算财政拨款年初结转和结余1.20万元，本年收入30.00万元，本年支出28.00万元，年末结转和结余3.20万元。';
const FUND_ITEM = '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。年初预算为0万元，支出决算为28.00万元。';

export const fundAmounts07 = rule(
  'narrative-table.fund-amounts-07',
  '说明的政府性基金收支金额与公开07表不符',
  '说明“政府性基金预算财政拨款收入支出决算情况”中的年初结转和结余、本年收入、本年支出（及基本支出、项目支出）、年末结转和结余，以及逐项写出的类、款、项支出，须与公开07表合计行和同一科目的本年支出小计一致。',
  ['07'],
  fundTarget('fund', '07', F07),
  [
    { name: '一致', expect: 'pass', text: withTables(['七、政府性基金预算财政拨款收入支出决算情况说明', FUND_EXPL, FUND_ITEM], T07_ITEMS('28.00')) },
    { name: '本年支出与07表不符', expect: 'fail', mentions: '35.00', text: withTables(['七、政府性基金预算财政拨款收入支出决算情况说明', FUND_EXPL.replace('本年支出28.00', '本年支出35.00'), FUND_ITEM.replace('28.00', '35.00')], T07_ITEMS('28.00')) },
    { name: '项级支出与07表不符', expect: 'fail', mentions: '26.00', text: withTables(['七、政府性基金预算财政拨款收入支出决算情况说明', FUND_EXPL, FUND_ITEM.replace('28.00', '26.00')], T07_ITEMS('28.00')) },
    {
      name: '一般公共预算的项不与07表比较',
      expect: 'pass',
      text: withTables(['（三）一般公共预算财政拨款支出决算具体情况', '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。支出决算为26.00万元。', '## 七、政府性基金预算财政拨款收入支出决算情况说明', FUND_EXPL], T07_ITEMS('28.00')),
    },
    { name: '没有07表', expect: 'insufficient', text: withTables(['七、政府性基金预算财政拨款收入支出决算情况说明', FUND_EXPL]) },
  ],
);

const CAPITAL_EXPL = '2024年度国有资本经营预算财政拨款支出5.00万元。';

export const capitalAmounts08 = rule(
  'narrative-table.capital-amounts-08',
  '说明的国有资本经营预算支出金额与公开08表不符',
  '说明“国有资本经营预算财政拨款支出决算情况”中的本年支出（及基本支出、项目支出）和逐项写出的类、款、项支出，须与公开08表合计行和同一科目的合计一致。',
  ['08'],
  fundTarget('capital', '08', C08),
  [
    { name: '一致', expect: 'pass', text: withTables(['八、国有资本经营预算财政拨款支出决算情况说明', CAPITAL_EXPL], T08('5.00')) },
    { name: '不符', expect: 'fail', mentions: '6.00', text: withTables(['八、国有资本经营预算财政拨款支出决算情况说明', CAPITAL_EXPL.replace('5.00', '6.00')], T08('5.00')) },
  ],
);

export const rules = [totals01, incomeFiscal, expense03, fiscal04, general05, class05, class04, class03, item05, basic06, threePublic09, threePublicBudget09, fund07, capital08, fundAmounts07, capitalAmounts08];
void T01;
