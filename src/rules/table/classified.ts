import type { Disclosure, PublicTable, TableRow } from '../../model/disclosure.js';
import type { TableId } from '../../model/tables.js';
import type { Rule, RuleCase } from '../rule.js';
import { T02, T03, T05, T07, T08, docOf, swap } from './fragments.js';
import { type Identity, cellRef, colLabel, findRow, identityRule, sumIdentity, tableOfDoc, unplacedRef } from './support.js';

/**
 * Identities of the tables keyed by the function classification: per-row column sums and the
 * hierarchy 合计 = Σ类, 类 = Σ款, 款 = Σ项 in every column.
 */
const AUTH: Record<string, string> = {
  '02': '财政部《部门决算报表》编制说明（公开02表 收入决算表）',
  '03': '财政部《部门决算报表》编制说明（公开03表 支出决算表）',
  '05': '财政部《部门决算报表》编制说明（公开05表 一般公共预算财政拨款支出决算表）',
  '07': '财政部《部门决算报表》编制说明（公开07表 政府性基金预算财政拨款收入支出决算表）',
  '08': '财政部《部门决算报表》编制说明（公开08表 国有资本经营预算财政拨款支出决算表）',
};

const ROW_PARTS: Record<string, string[]> = {
  '02': ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'],
  '03': ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'],
  '05': ['basic', 'project'],
  '07': ['basic', 'project'],
  '08': ['basic', 'project'],
};

const COLUMNS: Record<string, string[]> = {
  '02': ['total', ...(ROW_PARTS['02'] as string[])],
  '03': ['total', ...(ROW_PARTS['03'] as string[])],
  '05': ['total', 'basic', 'project'],
  '07': ['opening', 'income', 'total', 'basic', 'project', 'closing'],
  '08': ['opening', 'income', 'total', 'basic', 'project', 'closing'],
};

function rowName(r: TableRow): string {
  return r.code ? `${r.code} ${r.name}` : r.name || '合计';
}

function rowSumIdentities(rule: string, id: TableId, t: PublicTable): Identity[] {
  const parts = ROW_PARTS[id] as string[];
  const what = `${colLabel(id, 'total')} = ${parts.map((c) => colLabel(id, c)).join(' + ')}`;
  const shorts = parts.map((c) => colLabel(id, c)); // the same for every row
  return t.rows.flatMap((r) =>
    r.unplaced?.length
      ? // Its parts' columns are unknown, but whichever they are, the total is their sum.
        sumIdentity(rule, `${rowName(r)}：${colLabel(id, 'total')} = 该行其余各数之和（复制文本无栏位，各数所在栏未能确定）`, cellRef(id, r, 'total'), r.unplaced.map((_, i) => ({ ref: unplacedRef(id, r, i), short: `第${i + 2}个数` })))
      : sumIdentity(rule, `${rowName(r)}：${what}`, cellRef(id, r, 'total'), parts.map((c, k) => ({ ref: cellRef(id, r, c), short: shorts[k] as string }))),
  );
}

/** 合计 = Σ类, 类 = Σ款, 款 = Σ项, per column; only where the lower level is printed. */
export function hierarchyIdentities(rule: string, id: TableId, t: PublicTable, cols: readonly string[]): Identity[] {
  const coded = t.rows.filter((r) => r.code && /^\d{3}(\d{2}){0,2}$/.test(r.code));
  const out: Identity[] = [];
  const total = findRow(t, 'total');
  const classes = coded.filter((r) => (r.code as string).length === 3);
  // Each 类/款 with its printed 款/项, found once for all columns.
  const families: { parent: TableRow; children: TableRow[]; shorts: string[] }[] = [];
  for (const parent of coded) {
    const code = parent.code as string;
    if (code.length >= 7) continue;
    const children = coded.filter((r) => (r.code as string).length === code.length + 2 && (r.code as string).startsWith(code));
    // How each child is named in a formula, the same in every column.
    if (children.length) families.push({ parent, children, shorts: children.map((r) => `${r.code} `) });
  }
  const classShorts = classes.map((r) => `${r.code} `);
  for (const col of cols) {
    const cl = colLabel(id, col);
    if (total && classes.length) {
      out.push(...sumIdentity(rule, `“${cl}”栏：合计 = 各类之和`, cellRef(id, total, col), classes.map((r, k) => ({ ref: cellRef(id, r, col), short: classShorts[k] as string }))));
    }
    for (const { parent, children, shorts } of families) {
      const level = (parent.code as string).length === 3 ? '类 = 所属各款之和' : '款 = 所属各项之和';
      out.push(...sumIdentity(rule, `“${cl}”栏：${level}`, cellRef(id, parent, col), children.map((r, k) => ({ ref: cellRef(id, r, col), short: shorts[k] as string }))));
    }
  }
  return out;
}

const FRAG: Record<string, string> = { '02': T02, '03': T03, '05': T05, '07': T07, '08': T08 };
const TITLE: Record<string, string> = { '02': '收入决算表', '03': '支出决算表', '05': '一般公共预算财政拨款支出决算表', '07': '政府性基金预算财政拨款收入支出决算表', '08': '国有资本经营预算财政拨款支出决算表' };

/** 07 and 08 are empty in the sample: their cases use a small table with data. */
const T07_DATA = swap(
  swap(T07, '合计\t\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00', '合计\t\t10.00\t50.00\t45.00\t5.00\t40.00\t15.00\n212\t城乡社区支出\t10.00\t50.00\t45.00\t5.00\t40.00\t15.00\n21208\t国有土地使用权出让收入安排的支出\t10.00\t50.00\t45.00\t5.00\t40.00\t15.00\n2120801\t征地和拆迁补偿支出\t10.00\t50.00\t45.00\t5.00\t40.00\t15.00'),
  '注：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。',
  '注：本表反映单位本年度政府性基金预算财政拨款收支情况。',
);
const T08_DATA = swap(
  swap(T08, '合计\t\t0.00\t0.00\t0.00', '合计\t\t6.00\t0.00\t6.00\n223\t国有资本经营预算支出\t6.00\t0.00\t6.00\n22301\t解决历史遗留问题及改革成本支出\t6.00\t0.00\t6.00\n2230199\t其他解决历史遗留问题及改革成本支出\t6.00\t0.00\t6.00'),
  '注：本单位没有使用国有资本经营预算安排的支出，故本表无数据。',
  '注：本表反映单位本年度国有资本经营预算财政拨款支出情况。',
);
export { T07_DATA, T08_DATA };

const ROW_CASES: Record<string, RuleCase> = {
  '02': { name: '2101505 行合计81.29，财政拨款收入打印为81.92', text: docOf(swap(T02, '2101505\t医疗保障政策管理\t81.29\t81.29', '2101505\t医疗保障政策管理\t81.29\t81.92')), expect: 'fail', mentions: '81.92' },
  '03': { name: '2101505 行项目支出打印为81.92', text: docOf(swap(T03, '2101505\t医疗保障政策管理\t81.29\t0.00\t81.29', '2101505\t医疗保障政策管理\t81.29\t0.00\t81.92')), expect: 'fail', mentions: '81.92' },
  '05': { name: '2101505 行项目支出打印为81.92', text: docOf(swap(T05, '2101505\t医疗保障政策管理\t81.29\t0.00\t81.29', '2101505\t医疗保障政策管理\t81.29\t0.00\t81.92')), expect: 'fail', mentions: '81.92' },
  '07': { name: '2120801 行基本支出打印为6.00', text: docOf(swap(T07_DATA, '2120801\t征地和拆迁补偿支出\t10.00\t50.00\t45.00\t5.00', '2120801\t征地和拆迁补偿支出\t10.00\t50.00\t45.00\t6.00')), expect: 'fail', mentions: '6.00' },
  '08': { name: '2230199 行项目支出打印为6.50', text: docOf(swap(T08_DATA, '2230199\t其他解决历史遗留问题及改革成本支出\t6.00\t0.00\t6.00', '2230199\t其他解决历史遗留问题及改革成本支出\t6.00\t0.00\t6.50')), expect: 'fail', mentions: '6.50' },
};

/** Hierarchy failures planted so that one 项 row stays internally consistent (only the 款 sum breaks). */
const HIER_CASES: Record<string, RuleCase> = {
  '02': { name: '2101501 整行打印为162.26，款21015仍为207.55', text: docOf(swap(T02, '2101501\t行政运行\t126.26\t126.26', '2101501\t行政运行\t162.26\t162.26')), expect: 'fail', mentions: '162.26' },
  '03': { name: '2101501 行打印为162.26，款21015仍为207.55', text: docOf(swap(T03, '2101501\t行政运行\t126.26\t126.26', '2101501\t行政运行\t162.26\t162.26')), expect: 'fail', mentions: '162.26' },
  '05': { name: '2101501 行打印为162.26，款21015仍为207.55', text: docOf(swap(T05, '2101501\t行政运行\t126.26\t126.26', '2101501\t行政运行\t162.26\t162.26')), expect: 'fail', mentions: '162.26' },
  '07': { name: '2120801 行打印为46.00 = 6.00 + 40.00，款仍为45.00', text: docOf(swap(T07_DATA, '2120801\t征地和拆迁补偿支出\t10.00\t50.00\t45.00\t5.00', '2120801\t征地和拆迁补偿支出\t10.00\t50.00\t46.00\t6.00')), expect: 'fail', mentions: '46.00' },
  '08': { name: '2230199 行打印为7.00，款仍为6.00', text: docOf(swap(T08_DATA, '2230199\t其他解决历史遗留问题及改革成本支出\t6.00\t0.00\t6.00', '2230199\t其他解决历史遗留问题及改革成本支出\t7.00\t0.00\t7.00')), expect: 'fail', mentions: '7.00' },
};

function tableOf(doc: Disclosure, id: TableId): PublicTable {
  return tableOfDoc(doc, id) as PublicTable;
}

function rowSumRule(id: '02' | '03' | '05' | '07' | '08'): Rule {
  const parts = ROW_PARTS[id] as string[];
  const ruleId = `table.${id}.row-sum`;
  const frag = id === '07' ? T07_DATA : id === '08' ? T08_DATA : (FRAG[id] as string);
  return identityRule({
    id: ruleId,
    title: `公开${id}表每行${colLabel(id, 'total')}等于各栏之和`,
    authority: AUTH[id] as string,
    description: `公开${id}表（${TITLE[id]}）每一行的“${colLabel(id, 'total')}”应等于${parts.map((c) => `“${colLabel(id, c)}”`).join('、')}之和（按打印精度容许尾差）。`,
    tables: [id],
    emptyMeansNA: id === '07' || id === '08' ? [id] : [],
    build: (doc) => rowSumIdentities(ruleId, id, tableOf(doc, id)),
    cases: [{ name: `公开${id}表各行平衡`, text: docOf(frag), expect: 'pass' }, ROW_CASES[id] as RuleCase],
  });
}

function hierarchyRule(id: '02' | '03' | '05' | '07' | '08'): Rule {
  const ruleId = `table.${id}.hierarchy`;
  const frag = id === '07' ? T07_DATA : id === '08' ? T08_DATA : (FRAG[id] as string);
  return identityRule({
    id: ruleId,
    title: `公开${id}表类、款、项逐级相加`,
    authority: AUTH[id] as string,
    description: `公开${id}表（${TITLE[id]}）每一栏中，合计应等于各类之和，类应等于所属各款之和，款应等于所属各项之和（按支出功能分类科目编码判断上下级）。`,
    tables: [id],
    emptyMeansNA: id === '07' || id === '08' ? [id] : [],
    build: (doc) => hierarchyIdentities(ruleId, id, tableOf(doc, id), COLUMNS[id] as string[]),
    cases: [{ name: `公开${id}表逐级平衡`, text: docOf(frag), expect: 'pass' }, HIER_CASES[id] as RuleCase],
  });
}

export const rowSum02 = rowSumRule('02');
export const rowSum03 = rowSumRule('03');
export const rowSum05 = rowSumRule('05');
export const rowSum07 = rowSumRule('07');
export const rowSum08 = rowSumRule('08');
export const hierarchy02 = hierarchyRule('02');
export const hierarchy03 = hierarchyRule('03');
export const hierarchy05 = hierarchyRule('05');
export const hierarchy07 = hierarchyRule('07');
export const hierarchy08 = hierarchyRule('08');

export const balance07 = identityRule({
  id: 'table.07.balance',
  title: '公开07表年末结转和结余等于年初加收入减支出',
  authority: AUTH['07'] as string,
  description: '公开07表每一行：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余。',
  tables: ['07'],
  emptyMeansNA: ['07'],
  build(doc) {
    const t = tableOf(doc, '07');
    return t.rows.flatMap((r) =>
      sumIdentity('table.07.balance', `${rowName(r)}：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出`, cellRef('07', r, 'closing'), [
        { ref: cellRef('07', r, 'opening'), short: '年初结转和结余' },
        { ref: cellRef('07', r, 'income'), short: '本年收入' },
        { ref: cellRef('07', r, 'total'), short: '本年支出', sign: -1 },
      ]),
    );
  },
  cases: [
    { name: '10.00 + 50.00 − 45.00 = 15.00', text: docOf(T07_DATA), expect: 'pass' },
    {
      name: '各行年末结转和结余均打印为51.00',
      text: docOf(T07_DATA.replaceAll('40.00\t15.00', '40.00\t51.00')),
      expect: 'fail',
      mentions: '51.00',
    },
  ],
});

export const rulesClassified: Rule[] = [rowSum02, hierarchy02, rowSum03, hierarchy03, rowSum05, hierarchy05, rowSum07, balance07, hierarchy07, rowSum08, hierarchy08];
