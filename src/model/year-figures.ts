import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';
import { budgetKind, currentAmountOf, money, signedChange, whereFigure } from './claims.js';
import { Decimal, type Figure, dec, intervalOf } from './decimal.js';
import type { Claim, Disclosure, PublicTable } from './disclosure.js';
import { describeLocation, type Location, LocationSchema } from './location.js';
import { TABLE_DEFS, type TableId } from './tables.js';

/**
 * What one document publishes for its own year and what it says of the year before, by subject key
 * (the claims' keys: `total`, `threePublic.total`, `fc:2101501` …): a compact, JSON-serialisable
 * summary stored with the document (documents.model), so that two years of one department can be
 * compared without reading either file again, and so that the analysis pages can chart the stored
 * figures. Amounts are exact decimal strings in 万元 with their printed precision; never floats.
 */

export const YEAR_FIGURES_VERSION = 1;

/** A figure the document prints for its own year, with where it stands. */
export const PublishedSchema = lazySchema(() => z.object({
  /** Decimal string in 万元, as printed (trailing zeros kept: "0.00", "7.65"). */
  value: z.string(),
  /** Precision it stands for (an amount of the text written with fewer than two decimals counts at 0.01). */
  decimals: z.number().int().min(0),
  raw: z.string(),
  source: z.enum(['table', 'text']),
  /** Where, in words: "公开01表（收入支出决算总表）「收入总计」 第3页 第12行" or "第34行". */
  place: z.string(),
  location: LocationSchema,
}));
export type Published = z.infer<typeof PublishedSchema>;

/** What the document says of the prior year's value of one subject, as the interval it implies. */
export const PriorStatementSchema = lazySchema(() => z.object({
  key: z.string(),
  label: z.string(),
  /** The interval the prior value may have had (current ± rounding − change ± rounding). */
  lo: z.string(),
  hi: z.string(),
  /** current − change, from the printed figures (for messages). */
  mid: z.string(),
  /** `change`: 本年数 − 变动额; `flat`: 持平/无变化, the prior equals the current. */
  how: z.enum(['change', 'flat']),
  current: PublishedSchema,
  change: z.object({ raw: z.string(), value: z.string() }).nullable(),
  /** The direction words as printed (减少, 增长, 无变化 …). */
  words: z.array(z.string()),
  sentence: z.string(),
  /** Section key of the sentence (explain.total …). */
  section: z.string().nullable(),
  location: LocationSchema,
}));
export type PriorStatement = z.infer<typeof PriorStatementSchema>;

const Amount = lazySchema(() => z.string().nullable());

export const AnalysisFactsSchema = lazySchema(() => z.object({
  /** 财政拨款“三公”经费 决算数 (and 预算数 where printed): table 09, else the explanation. */
  threePublic: z
    .object({
      source: z.enum(['table', 'text']),
      total: Amount,
      abroad: Amount,
      vehicle: Amount,
      reception: Amount,
      budgetTotal: Amount,
    })
    .nullable(),
  /** Spending structure: table 03's 合计 row, else the explanation; classes (类) where read. */
  structure: z
    .object({
      source: z.enum(['table', 'text']),
      total: Amount,
      basic: Amount,
      project: Amount,
      /** Function classes (类) with their amounts, and what they were read from. */
      classes: z.array(z.object({ code: z.string(), name: z.string(), amount: z.string() })),
      classesSource: z.enum(['03', '05', 'text']).nullable(),
    })
    .nullable(),
  /** Actual against budget, where the document states both (or a completion rate). */
  execution: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      basis: z.enum(['initial', 'full', 'unspecified']),
      budget: Amount,
      actual: Amount,
      /** 完成预算 x% as printed, when printed. */
      statedRate: Amount,
    }),
  ),
  /** Performance self-evaluation: the department's overall score and each project's. */
  performance: z.object({
    overall: z.object({ name: z.string(), score: Amount, grade: z.string().nullable() }).nullable(),
    projects: z.array(z.object({ name: z.string(), score: Amount, grade: z.string().nullable() })),
  }),
}));
export type AnalysisFacts = z.infer<typeof AnalysisFactsSchema>;

export const YearFiguresSchema = lazySchema(() => z.object({
  version: z.literal(YEAR_FIGURES_VERSION),
  file: z.string(),
  year: z.number().int().nullable(),
  region: z.string().nullable(),
  department: z.string().nullable(),
  /** Figures published for the document's own year, by subject key: tables first, then the explanation. */
  current: z.record(z.string(), z.object({ label: z.string(), figures: z.array(PublishedSchema) })),
  /** What the document states or implies of the prior year. */
  prior: z.array(PriorStatementSchema),
  analysis: AnalysisFactsSchema,
}));
export type YearFigures = z.infer<typeof YearFiguresSchema>;

/** The stored summary, when it is one this code reads (an older or foreign shape is ignored). */
export function parseYearFigures(v: unknown): YearFigures | null {
  const r = YearFiguresSchema.safeParse(v);
  return r.success ? r.data : null;
}

/** Keys naming the same quantity: 收入总计 = 支出总计 = 收、支总计 (and the same for 财政拨款). */
const CANONICAL: Record<string, string> = {
  'income.grand': 'total',
  'expense.grand': 'total',
  'fiscal.income.grand': 'fiscal.total',
  'fiscal.expense.grand': 'fiscal.total',
};

/** Subject keys compared across years. Anything else (counts, performance, 资产) is left out. */
const COMPARED = /^(total|income\.|expense\.|fiscal\.|general\.|basic\.|threePublic\.|operatingCost$|procurement\.|fund\.|capital\.|fc:\d{3,7}$)/;
const NOT_COMPARED = /^(threePublic\.(vehicleStock|vehiclesPurchased)|income\.actual|expense\.actual)$/;

/**
 * The key a claim's amount is compared under, or null. A classification item (`fc:`) said of the
 * 一般公共预算 spending (section 五) is table 05's; the same code said elsewhere may be all spending
 * (table 03) or a fund's (07/08), so only the first is compared.
 */
export function comparedKey(c: Claim): string | null {
  if (!c.section?.startsWith('explain')) return null;
  const k = CANONICAL[c.subject.key] ?? c.subject.key;
  if (!COMPARED.test(k) || NOT_COMPARED.test(k)) return null;
  if (k.startsWith('fc:')) return c.section === 'explain.general' && budgetKind(c) === 'general' ? k : null;
  if (k.startsWith('general.') && budgetKind(c) !== 'general') return null;
  return k;
}

/** Where each subject stands in the standard tables (row key, column key). */
const TABLE_CELLS: Record<string, [TableId, string, string][]> = {
  total: [
    ['01', 'inc.grand', 'amount'],
    ['01', 'exp.grand', 'amount'],
  ],
  'income.total': [['01', 'inc.total', 'amount']],
  'expense.total': [['01', 'exp.total', 'amount']],
  'income.opening': [['01', 'inc.opening', 'amount']],
  'income.useNonFiscalBalance': [['01', 'inc.useNonFiscalBalance', 'amount']],
  'expense.closing': [['01', 'exp.closing', 'amount']],
  'expense.distribution': [['01', 'exp.distribution', 'amount']],
  'income.general': [['01', 'inc.general', 'amount']],
  'income.fund': [['01', 'inc.fund', 'amount']],
  'income.capital': [['01', 'inc.capital', 'amount']],
  'income.superior': [['01', 'inc.superior', 'amount']],
  'income.business': [['01', 'inc.business', 'amount']],
  'income.operating': [['01', 'inc.operating', 'amount']],
  'income.affiliated': [['01', 'inc.affiliated', 'amount']],
  'income.other': [['01', 'inc.other', 'amount']],
  'income.fiscal': [['02', 'total', 'fiscal']],
  'expense.basic': [['03', 'total', 'basic']],
  'expense.project': [['03', 'total', 'project']],
  'expense.toSuperior': [['03', 'total', 'toSuperior']],
  'expense.operating': [['03', 'total', 'operating']],
  'expense.toAffiliated': [['03', 'total', 'toAffiliated']],
  'fiscal.total': [
    ['04', 'inc.grand', 'amount'],
    ['04', 'exp.grand', 'total'],
  ],
  'fiscal.income': [['04', 'inc.total', 'amount']],
  'fiscal.expense': [['04', 'exp.total', 'total']],
  'fiscal.opening': [['04', 'inc.opening', 'amount']],
  'fiscal.closing': [['04', 'exp.closing', 'total']],
  'general.expense': [['05', 'total', 'total']],
  'general.basic': [
    ['05', 'total', 'basic'],
    ['06', 'total', 'amount'],
  ],
  'general.project': [['05', 'total', 'project']],
  'basic.personnel': [['06', 'personnel.total', 'amount']],
  'basic.public': [['06', 'public.total', 'amount']],
  'threePublic.total': [['09', 'total', 'actual.total']],
  'threePublic.abroad': [['09', 'total', 'actual.abroad']],
  'threePublic.vehicle': [['09', 'total', 'actual.vehicle']],
  'threePublic.vehiclePurchase': [['09', 'total', 'actual.vehiclePurchase']],
  'threePublic.vehicleOps': [['09', 'total', 'actual.vehicleOps']],
  'threePublic.reception': [['09', 'total', 'actual.reception']],
};

const LABELS: Record<string, string> = {
  total: '收、支总计',
  'income.total': '本年收入合计',
  'expense.total': '本年支出合计',
  'income.opening': '年初结转和结余',
  'income.useNonFiscalBalance': '使用非财政拨款结余',
  'expense.closing': '年末结转和结余',
  'expense.distribution': '结余分配',
  'income.general': '一般公共预算财政拨款收入',
  'income.fund': '政府性基金预算财政拨款收入',
  'income.capital': '国有资本经营预算财政拨款收入',
  'income.superior': '上级补助收入',
  'income.business': '事业收入',
  'income.operating': '经营收入',
  'income.affiliated': '附属单位上缴收入',
  'income.other': '其他收入',
  'income.fiscal': '财政拨款收入',
  'expense.basic': '基本支出',
  'expense.project': '项目支出',
  'expense.toSuperior': '上缴上级支出',
  'expense.operating': '经营支出',
  'expense.toAffiliated': '对附属单位补助支出',
  'fiscal.total': '财政拨款收、支总计',
  'fiscal.income': '本年财政拨款收入',
  'fiscal.expense': '本年财政拨款支出',
  'fiscal.opening': '年初财政拨款结转和结余',
  'fiscal.closing': '年末财政拨款结转和结余',
  'general.expense': '一般公共预算财政拨款支出',
  'general.basic': '一般公共预算财政拨款基本支出',
  'general.project': '一般公共预算财政拨款项目支出',
  'basic.personnel': '人员经费',
  'basic.public': '公用经费',
  'threePublic.total': '“三公”经费',
  'threePublic.abroad': '因公出国（境）费',
  'threePublic.vehicle': '公务用车购置及运行维护费',
  'threePublic.vehiclePurchase': '公务用车购置费',
  'threePublic.vehicleOps': '公务用车运行维护费',
  'threePublic.reception': '公务接待费',
  operatingCost: '机关运行经费',
};

const MAX_TEXT = 240;

/** A location as stored: its quoted text shortened (the summary is kept per document). */
function compact(l: Location): Location {
  return l.text.length > MAX_TEXT ? { ...l, text: `${l.text.slice(0, MAX_TEXT)}…` } : l;
}

function tableCell(t: PublicTable, row: string, col: string): { fig: Figure; loc: Location; rowName: string } | null {
  if (t.unreadColumns?.includes(col)) return null;
  const r = t.rows.find((x) => x.key === row);
  const f = r?.cells[col];
  return r && f ? { fig: f, loc: f.location ?? r.location, rowName: r.name } : null;
}

function fromTable(t: PublicTable, row: string, col: string): Published | null {
  const cell = tableCell(t, row, col);
  if (!cell || cell.fig.kind !== 'amount') return null;
  const name = cell.rowName.replace(/\s+/g, '');
  return {
    value: cell.fig.value,
    decimals: cell.fig.decimals,
    raw: cell.fig.raw,
    source: 'table',
    place: `公开${t.id}表（${TABLE_DEFS[t.id].title}）${name ? `「${name}」` : ''} ${describeLocation(cell.loc)}`.trim(),
    location: compact(cell.loc),
  };
}

function fromClaim(c: Claim, f: Figure): Published {
  const m = money(f);
  const at = whereFigure(c, f);
  return { value: f.value, decimals: m.decimals, raw: f.raw, source: 'text', place: describeLocation(at), location: compact(at) };
}

/**
 * Does the sentence speak of another year only ("2023年一般性支出执行数为293万元" in a 2024 report)?
 * Its amounts are then not this year's.
 */
function otherYearOnly(c: Claim, year: number | null): boolean {
  if (year == null) return false;
  // The year a comparison is made with ("比2023年度减少") does not make the sentence that year's.
  const own = c.sentence.replace(/(与|比|较|同比|对比)\s*(上年|\d{4}\s*年)/g, '');
  const years = [...own.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  return years.length > 0 && !years.includes(year);
}

function labelOf(c: Claim): string {
  if (c.subject.names.length) return c.subject.names.join('—');
  return c.subject.label || c.subject.key;
}

/** Flat words that say "no change" outright (基本持平 / 略有 are not a statement of equality). */
const FLAT = /^(持平|无变化|没有变化|未发生变化|相同|一致|不变)$/;

/** Builds the summary of one extracted document. */
export function yearFigures(doc: Disclosure): YearFigures {
  const year = doc.facts.fiscalYear;
  const current: YearFigures['current'] = {};
  const add = (key: string, label: string, p: Published) => {
    const entry = (current[key] ??= { label, figures: [] });
    if (!entry.figures.some((x) => x.value === p.value && x.source === p.source)) entry.figures.push(p);
  };
  for (const [key, cells] of Object.entries(TABLE_CELLS)) {
    for (const [id, row, col] of cells) {
      const t = doc.tables.find((x) => x.id === id);
      const p = t ? fromTable(t, row, col) : null;
      if (p) add(key, LABELS[key] ?? key, p);
    }
  }
  const t05 = doc.tables.find((x) => x.id === '05');
  for (const r of t05?.rows ?? []) {
    if (!r.code || !/^\d{3,7}$/.test(r.code) || r.key !== r.code) continue;
    const p = fromTable(t05 as PublicTable, r.key, 'total');
    if (p) add(`fc:${r.code}`, r.name.replace(/\s+/g, ''), p);
  }
  for (const c of doc.claims) {
    const key = comparedKey(c);
    if (!key || !c.amount || c.amount.kind !== 'amount' || c.unitSlip || otherYearOnly(c, year)) continue;
    add(key, LABELS[key] ?? labelOf(c), fromClaim(c, c.amount));
  }

  const prior: PriorStatement[] = [];
  for (const c of doc.claims) {
    if (c.change?.against !== 'prior') continue;
    const key = comparedKey(c);
    if (!key) continue;
    const cur = currentAmountOf(doc, c);
    if (!cur || cur.figure.kind !== 'amount' || otherYearOnly(cur.claim, year)) continue;
    const curI = intervalOf(money(cur.figure));
    const change = signedChange(c);
    let lo: Decimal;
    let hi: Decimal;
    let mid: Decimal;
    let how: PriorStatement['how'];
    if (change) {
      const chI = intervalOf(money(change));
      lo = curI.lo.minus(chI.hi);
      hi = curI.hi.minus(chI.lo);
      mid = dec(cur.figure).minus(dec(change));
      how = 'change';
    } else if (c.change.direction === 'flat' && !c.change.amount && c.change.words.length > 0 && c.change.words.every((w) => FLAT.test(w))) {
      lo = curI.lo;
      hi = curI.hi;
      mid = dec(cur.figure);
      how = 'flat';
    } else continue;
    const stmt: PriorStatement = {
      key,
      label: LABELS[key] ?? labelOf(c),
      lo: lo.toString(),
      hi: hi.toString(),
      mid: mid.toFixed(Math.max(money(cur.figure).decimals, change ? money(change).decimals : 0)),
      how,
      current: fromClaim(cur.claim, cur.figure),
      change: change ? { raw: c.change.amount?.raw ?? change.raw, value: change.value } : null,
      words: c.change.words,
      sentence: c.sentence.length > MAX_TEXT ? `${c.sentence.slice(0, MAX_TEXT)}…` : c.sentence,
      section: c.section,
      location: compact(whereFigure(c, c.change.amount ?? cur.figure)),
    };
    if (!prior.some((p) => p.key === stmt.key && p.lo === stmt.lo && p.hi === stmt.hi)) prior.push(stmt);
  }

  return {
    version: YEAR_FIGURES_VERSION,
    file: doc.file,
    year,
    region: doc.facts.region,
    department: doc.facts.department,
    current,
    prior,
    analysis: analysisFacts(doc, current),
  };
}

const first = (current: YearFigures['current'], key: string, source?: Published['source']): string | null =>
  current[key]?.figures.find((f) => !source || f.source === source)?.value ?? null;

function analysisFacts(doc: Disclosure, current: YearFigures['current']): AnalysisFacts {
  // 三公: the table when printed (it is exported by the software), else the explanation.
  const t09 = doc.tables.find((t) => t.id === '09');
  const cell09 = (col: string) => (t09 ? (tableCell(t09, 'total', col)?.fig.value ?? null) : null);
  let threePublic: AnalysisFacts['threePublic'] = null;
  if (t09 && cell09('actual.total') != null) {
    threePublic = {
      source: 'table',
      total: cell09('actual.total'),
      abroad: cell09('actual.abroad'),
      vehicle: cell09('actual.vehicle'),
      reception: cell09('actual.reception'),
      budgetTotal: cell09('budget.total'),
    };
  } else if (['threePublic.total', 'threePublic.abroad', 'threePublic.vehicle', 'threePublic.reception'].some((k) => first(current, k, 'text'))) {
    const budget = doc.claims.find((c) => c.subject.key === 'threePublic.total' && c.section?.startsWith('explain') && c.budget?.amount);
    threePublic = {
      source: 'text',
      total: first(current, 'threePublic.total', 'text'),
      abroad: first(current, 'threePublic.abroad', 'text'),
      vehicle: first(current, 'threePublic.vehicle', 'text'),
      reception: first(current, 'threePublic.reception', 'text'),
      budgetTotal: budget?.budget?.amount?.value ?? null,
    };
  }

  // Structure: table 03's 合计 row, else the explanation's 本年支出合计 with its 基本/项目支出.
  const t03 = doc.tables.find((t) => t.id === '03');
  const cell03 = (col: string) => (t03 ? (tableCell(t03, 'total', col)?.fig.value ?? null) : null);
  const classesOf = (t: PublicTable | undefined) =>
    (t?.rows ?? [])
      .filter((r) => r.code && /^\d{3}$/.test(r.code) && r.cells.total)
      .map((r) => ({ code: r.code as string, name: r.name.replace(/\s+/g, ''), amount: (r.cells.total as Figure).value }));
  let classes = classesOf(t03);
  let classesSource: '03' | '05' | 'text' | null = classes.length ? '03' : null;
  if (!classes.length) {
    classes = classesOf(doc.tables.find((t) => t.id === '05'));
    if (classes.length) classesSource = '05';
  }
  if (!classes.length) {
    const seen = new Set<string>();
    for (const c of doc.claims) {
      const code = /^fc:(\d{3})$/.exec(comparedKey(c) ?? '')?.[1];
      if (!code || !c.amount || seen.has(code) || otherYearOnly(c, doc.facts.fiscalYear)) continue;
      seen.add(code);
      classes.push({ code, name: c.subject.names[0] ?? c.subject.label, amount: c.amount.value });
    }
    if (classes.length) classesSource = 'text';
  }
  let structure: AnalysisFacts['structure'] = null;
  if (t03 && cell03('total') != null) {
    structure = { source: 'table', total: cell03('total'), basic: cell03('basic'), project: cell03('project'), classes, classesSource };
  } else if (first(current, 'expense.total', 'text') || first(current, 'expense.basic', 'text') || classes.length) {
    structure = {
      source: 'text',
      total: first(current, 'expense.total', 'text'),
      basic: first(current, 'expense.basic', 'text'),
      project: first(current, 'expense.project', 'text'),
      classes,
      classesSource,
    };
  }

  // Execution: budget and actual of the main subjects, as the explanation states them; 09's budget column.
  const execution: AnalysisFacts['execution'] = [];
  const EXEC_KEYS = ['general.expense', 'expense.total', 'fiscal.expense', 'threePublic.total'];
  for (const key of EXEC_KEYS) {
    const c = doc.claims.find(
      (x) => comparedKey(x) === key && x.budget && (x.budget.amount || x.budget.executionRate) && !otherYearOnly(x, doc.facts.fiscalYear),
    );
    if (c?.budget) {
      const actual = c.amount?.value ?? first(current, key);
      execution.push({
        key,
        label: LABELS[key] ?? labelOf(c),
        basis: c.budget.basis,
        budget: c.budget.amount?.value ?? null,
        actual,
        statedRate: c.budget.executionRate?.value ?? null,
      });
    } else if (key === 'threePublic.total' && threePublic?.source === 'table' && threePublic.budgetTotal && threePublic.total) {
      execution.push({ key, label: '“三公”经费', basis: 'full', budget: threePublic.budgetTotal, actual: threePublic.total, statedRate: null });
    }
  }

  // Performance: the overall sheet (or a quoted overall score) and each project's sheet (or quote).
  const sheets = doc.performance.sheets;
  const overallSheet = sheets.find((s) => s.kind === 'overall' && s.total);
  const overallQuote = doc.performance.quotes.find((q) => /整体/.test(q.name) && q.score);
  const overall = overallSheet
    ? { name: overallSheet.name, score: overallSheet.total?.value ?? null, grade: overallSheet.grade }
    : overallQuote
      ? { name: overallQuote.name, score: overallQuote.score?.value ?? null, grade: overallQuote.grade }
      : null;
  const projectSheets = sheets.filter((s) => s.kind === 'project');
  const projects = projectSheets.length
    ? projectSheets.map((s) => ({ name: s.name, score: s.total?.value ?? null, grade: s.grade }))
    : projectQuotes(doc).map((q) => ({ name: q.name, score: q.score?.value ?? null, grade: q.grade }));

  return { threePublic, structure, execution, performance: { overall, projects } };
}

/**
 * Projects' scores quoted outside their sheets, from one source only (a summary table, else the
 * evaluation report, else the narrative): the same project is often quoted in several, under
 * slightly different names.
 */
function projectQuotes(doc: Disclosure) {
  const quotes = doc.performance.quotes.filter((q) => !/整体/.test(q.name) && q.score);
  for (const source of ['summary-table', 'report', 'narrative'] as const) {
    const mine = quotes.filter((q) => q.source === source);
    if (mine.length) {
      const seen = new Set<string>();
      return mine.filter((q) => (seen.has(q.name) ? false : (seen.add(q.name), true)));
    }
  }
  return [];
}

/** The interval a published figure stands for (its printed precision). */
export function publishedInterval(p: Pick<Published, 'value' | 'decimals'>) {
  return intervalOf({ value: p.value, decimals: p.decimals });
}

export { Decimal };
