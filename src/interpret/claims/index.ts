import type { Catalog } from '../../catalog/catalog.js';
import { addI, Decimal, divI, type Figure, inWanyuan, intervalOf, overlaps, parseNumber, scaleI, subI } from '../../model/decimal.js';
import type { Claim } from '../../model/disclosure.js';
import { AMOUNT } from '../../model/labels.js';
import { DEFAULT_BASE } from '../../model/claims.js';
import type { Location } from '../../model/location.js';
import type { InterpretContext } from '../context.js';
import { bareRate, pointsRate } from './bare-rate.js';
import { basisOf, budgetAmountCue, budgetWords, executionCue, isDiffRateCue, percentOfBudgetCue, saidOfEachItem } from './budget.js';
import { comparisonIn, directionBefore, FLAT_RE, newItemBefore } from './change.js';
import { COUNT_PATTERNS } from './count.js';
import { countValue } from '../../model/cn-numeral.js';
import { lexFigures, type Token, toFigure } from './figures.js';
import { isShareCue } from './share.js';
import { areSiblings, isDescendant, isPartOf, ownerInstead } from '../../model/subject-parts.js';
import { findSubjects, remapUnderParent, SUBJECTS, type SubjectMatch } from './subjects.js';
import { DEPARTMENT_WORD, isScopable, plainKey, qualifierBefore, type Scope, scopedKey, scopeOfKey, sectionScope, sentenceTopic, type Topic } from './scope.js';
import { type SourceLines, sourceLines } from './source-line.js';
import { dropReasons, reasonStatements, eachTheSame, expandRespectively, fundKindsOf, LIST_ASPECTS, joinIncomeExpense, normalizeSpaces, splitClauses, splitSentences, stripListMarker, type Clause } from './text.js';
import { namesSomethingElse, periodQualifier } from './unnamed.js';
import { PLACE_YEAR, type SectionYears, sectionYearsByBlock, slippedYear, statedYear } from './year-slip.js';
import { splitOfAllFiscal } from './fiscal-split.js';

/** An evaluation done on what was named before it: "…全面开展绩效自评", "进行绩效评价". */
const EVALUATES = /^[^，,；;。]*?(?:开展|进行|实施|组织|完成)[^，,；;。]*?(?:绩效)?(?:自评|评价|监控|考核)/;

/** A sentence that states figures unit by unit (a department with 二级单位). */
const PER_UNIT_SENTENCE = /分单位|按单位|本级|下属单位|所属单位|二级单位/;
/** A clause led by a unit's name: "局本级人员经费…", "医疗保障服务中心58.43万元", "第一中学…". */
// (A department's own part, "局本级", "机关本级", not a government level: "市本级" is the city's.)
const UNIT_LED = /^([\u4e00-\u9fa5]{0,20}?(?:(?:局|委|办|厅|部|机关|单位|部门)本级|中心|站|所|队|院|学校|中学|小学|馆|处|室))(?=[\u4e00-\u9fa5\d])/;

/** The account's totals: no part of it is more than these. */
const GRAND_KEYS = new Set(['total', 'income.grand', 'expense.grand', 'income.total', 'expense.total']);

/**
 * Reads the explanation (情况说明), the performance narrative and the parts of a performance report
 * that restate the department's finances into claims: one claim per statement about one subject,
 * with every figure it asserts (amount, change, share, budget, count) and its "其中" parent.
 */
// Compiled once: clause() runs for every clause of every document.
let compiledCounts: [(typeof COUNT_PATTERNS)[number], RegExp][] | null = null;
function countPatterns(): [(typeof COUNT_PATTERNS)[number], RegExp][] {
  compiledCounts ??= COUNT_PATTERNS.map((p) => [p, new RegExp(p.re.source, 'g')] as [(typeof COUNT_PATTERNS)[number], RegExp]);
  return compiledCounts;
}

const COUNT_HINT = /(?:\d|[零〇一二两三四五六七八九十百])\s*个/;

/** The last half-width comma that ends a clause, not one that groups a figure's thousands ("1,908.82"), or -1. */
function lastClauseComma(text: string): number {
  for (let i = text.lastIndexOf(','); i >= 0; i = text.lastIndexOf(',', i - 1)) {
    if (!(/\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5)))) return i;
  }
  return -1;
}
/** The year a sentence opens with ("2022年度…"). */
const LEAD_YEAR = /^\s*(20\d{2})\s*年/;
/** A sentence opening with last year (after a label such as "“三公”经费支出情况:"), not with a comparison or 上年结转. */
const SUPPOSED = /^\s*(?:如果|假如|倘若|假设|若|如)(?:不考虑|剔除|扣除|除去|不含|按)|^\s*(?:剔除|扣除)[^，,。；;]{0,20}(?:因素|影响)(?:后|外)?[，,]/;
const LAST_YEAR_LEAD = /^\s*(?:[^，,。；;：:]{0,16}[：:])?\s*(?:上年度?|上一年度?|去年)(?!\s*(?:结转|结余|同期|相比|比|末|年初|预算|决算数?(?:相比|比)))/;
const WANYUAN = /\d\s*万元/g;
/** (A rate in 元 — "2000元/人", "500元每天" — is no amount of the accounts and does not count.) */
const YUAN = /\d\s*元(?!\s*(?:[\/／]|每))/g;
const YIYUAN = /\d\s*亿元/g;
const WAN_DECIMALS = /\d(?:\.(\d+))?\s*万元/g;
/** How many amounts of a text are printed in 万元, 元 and 亿元, and to how many decimals its 万元 amounts are printed. */
interface UnitCounts {
  wan: number;
  yuan: number;
  yi: number;
  wanDecimals: ReadonlySet<number>;
}
const NO_UNITS: UnitCounts = { wan: 0, yuan: 0, yi: 0, wanDecimals: new Set() };
function unitCounts(text: string): UnitCounts {
  // Every amount holds 元: a text without it is spared the four patterns.
  if (!text.includes('元')) return NO_UNITS;
  // (An exec loop into the set: the same values in the same order, without an iterator, an array
  // of matches and a mapped copy per paragraph.)
  const wanDecimals = new Set<number>();
  WAN_DECIMALS.lastIndex = 0;
  for (let m = WAN_DECIMALS.exec(text); m; m = WAN_DECIMALS.exec(text)) wanDecimals.add(m[1]?.length ?? 0);
  return { wan: text.match(WANYUAN)?.length ?? 0, yuan: text.match(YUAN)?.length ?? 0, yi: text.match(YIYUAN)?.length ?? 0, wanDecimals };
}
function addUnits(a: UnitCounts, b: UnitCounts): UnitCounts {
  return { wan: a.wan + b.wan, yuan: a.yuan + b.yuan, yi: a.yi + b.yi, wanDecimals: unionOf(a.wanDecimals, b.wanDecimals) };
}
/**
 * The decimals of both: one of the two sets when it holds the other's (amounts are mostly printed to
 * one precision, and a section's running union was copied for each paragraph). The sets are never
 * changed once made, so sharing one is safe.
 */
function unionOf(a: ReadonlySet<number>, b: ReadonlySet<number>): ReadonlySet<number> {
  let bInA = true;
  for (const d of b) if (!a.has(d)) bInA = false;
  if (bInA) return a;
  let aInB = true;
  for (const d of a) if (!b.has(d)) aInB = false;
  if (aInB) return b;
  return new Set([...a, ...b]);
}
/**
 * The explanation as a whole is in 万元: three amounts or more in 万元 and, besides the figure in question
 * (counted in `u`), at most one in 元 or 亿元 for every four of them (a 人均 standard in 元 here and there
 * leaves it so). A paragraph with no other amount, in a section with none before it, is read in the
 * explanation's unit.
 */
function inWanDocument(u: UnitCounts, unit: string): boolean {
  const others = u.yuan + u.yi - 1;
  return u.wan >= 3 && u.wan >= 4 * others && (unit === '元' ? u.yi : u.yuan) <= 1;
}
/** A figure in 元 that is a rate or a standard, not an amount of the accounts ("人均接待标准150.00元", "每人每月300.00元"); 本单位 is the department, no unit price. */
/** Words that make the figure after them a bound ("超过10亿元", "不足1万元", "达到5000元的"). */
const BOUND_BEFORE = /(?:超过|超出|不超过|高于|低于|不足|不到|逾|近|约|大约)\s*$/;
/** Words after a figure that make it a bound ("10亿元以上", "1万元以下的项目"). */
const BOUND_AFTER = /^\s*(?:以上|以下|以内|之间|左右|上下)/;
const PER_UNIT_BEFORE = /(?:人均|均|标准|每|单价|(?<![本各该我其属])单位|定额|补贴|元\/)[^，,。；;]{0,12}$/;

const PURPOSE_RE = new RegExp(`^\\s*(?:主要)?(?:用于|包括|内容(?:为|是|包括))(?!${LIST_ASPECTS}[:：])[:：]?`);
/** A list's opener: its parts follow (其中, 主要用于以下方面, 按经济分类科目分). */
const PARTS_OPENER = new RegExp(`^(?:其中|(?:主要|具体)用于${LIST_ASPECTS}|按[\\u4e00-\\u9fa5]{2,16}(?:分|分类|划分)(?:科目)?(?=[:：]))[:：]?`);
const RUN_TOGETHER = /\d(?:万元|%|％)-?\d/;
const DIGIT = /\d/;
/**
 * A project's name heading its paragraph, then its budget, spending or score: "“医保专项业务经费”项目：全年预算数…",
 * "特殊群体医疗费（二）：自评得分90.2分，全年预算数…". (Not a sentence: no comma or full stop in the name.)
 */
const PROJECT_HEAD = /^[“"]?([^，。；：:,;“”"]{2,40}?)[”"]?(?:项目)?[:：](?=\s*(?:自评得分|全年预算数|年初预算数|预算数))/;
/** A paragraph that is a 类/款/项 name and nothing more: "社会保障和就业支出（类）", "…（款）…（项）。". */
const FUNCTION_HEADING = /^[^\d，,；;。：:]{2,80}[（(]\s*[类款项]\s*[)）]\s*[。：:]?\s*$/;
/** A paragraph that is a name and a colon and nothing more ("一般公共预算财政拨款支出："): a heading for what follows. */
const NAME_AND_COLON = /^([^\d，,；;。：:（）()]{2,40})[:：]\s*$/;
/** The words of each side of the account: a paragraph saying the other side's is not about its heading's subject. */
const SIDE_WORD = { income: /收入/, expense: /支出/ } as const;

/**
 * A list that names only some parts: its last figure followed by 等 ("…服务采购10.36万元等"). (A list
 * after 主要包括/主要用于 is a description, cut before reading.)
 */
const SOME_PARTS = /\d\s*(?:万元|元|%|％|批次|人次|辆|个|项)\s*等(?!于|额|同)/;

/** Longest text without punctuation that is taken for a label (of a chart, a form) rather than a broken sentence. */
const LABEL_MAX = 12;
/** A paragraph ending on one of these was broken right before its figure. */
const JOIN_BEFORE_FIGURE = new Set(['占', '为', '计', '达', '比', '的']);

/** Sections written in prose: a text with none of them recognised is read as a whole (see `readClaims`). */
const PROSE = /^(?:overview|explain|glossary|performance|annex)/;
/**
 * Prose, not a form's "label：value" line ("按收入性质分:2030.12", whose unit is in a header): what
 * a headless text's reading takes.
 */
const PROSE_SENTENCE = /[，。；,;]/;

export function readClaims(ctx: InterpretContext): Claim[] {
  const reader = new ClaimReader(ctx);
  // A text without a heading of its own (a page of one part, "2019年度“三公”经费财政拨款支出…") is
  // read as an explanation of no known section: its sentences are checked as any other's.
  const headless = !ctx.keyAt.some((k) => k != null && PROSE.test(k));
  let region: string | null = null;
  let inReport = false;
  const steps: (() => void)[] = [];
  let docUnits = NO_UNITS;
  const read: ReadParagraph[] = [];
  const yearsAt = sectionYearsByBlock(ctx.blocks, ctx.keyAt);
  // The text's last paragraph, when it stops without closing its sentence: a file cut short.
  let lastPara = ctx.blocks.length - 1;
  while (lastPara >= 0 && ctx.blocks[lastPara]?.kind !== 'paragraph') lastPara--;
  for (let i = 0; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i];
    // A row laid out in columns (a table, form or chart no table reader took) states no sentence.
    if (!b || b.kind !== 'paragraph' || b.row) continue;
    const sec = ctx.keyAt[i] ?? null;
    let raw = normalizeSpaces(b.text);
    // A sentence broken right before its figure ("…占" / "65.94%；…") is joined back; a label alone
    // ("收、支决算总计" over a chart's bar) is no sentence, and the figure under it may be another year's.
    const sentence = raw.length > LABEL_MAX || /[，。；：,;:]/.test(raw);
    for (let k = i + 1; sentence && k < ctx.blocks.length && JOIN_BEFORE_FIGURE.has(raw[raw.length - 1] ?? ''); k++) {
      const nb = ctx.blocks[k];
      if (!nb || nb.kind !== 'paragraph' || nb.row) break;
      const nt = normalizeSpaces(nb.text);
      if (!/^\d+(?:\.\d+)?\s*(?:%|％|万元)/.test(nt)) break;
      raw += nt;
      i = k;
    }
    // A file cut off mid-sentence ("…其中：财政拨款收入2,833.90万元，事业收入 4,899.34万"): its last
    // clause is cut too, and its figures (a list's last part, a unit) are not what the document says.
    if (i === lastPara && !/[。！？!?；;：:）)”"」\]]\s*$/.test(raw) && /[\d万元%]\s*$/.test(raw)) {
      // (Not at a thousands separator: "…各增加1,908.82万" is cut before 各增加's clause, not inside its figure.)
      const cut = Math.max(raw.lastIndexOf('，'), lastClauseComma(raw), raw.lastIndexOf('；'), raw.lastIndexOf(';'), raw.lastIndexOf('。'));
      raw = cut >= 0 ? raw.slice(0, cut + 1) : '';
      if (!raw) continue;
    }
    const title = raw.length <= 90 ? /^(.{0,50}绩效(?:自评|评价)报告)(?:[（(]([^（）()]{2,40})[)）])?$/.exec(raw) : null;
    if (title) {
      inReport = true;
      steps.push(() => reader.startReport(title[1] as string, title[2] ?? null));
      continue;
    }
    if (sec?.startsWith('explain')) {
      if (region !== sec) inReport = false;
      region = inReport ? 'performance.report' : sec;
    } else if (inReport || sec === 'performance.report' || sec === 'annex') {
      region = 'performance.report';
    } else if ((headless || AMOUNT.test(raw)) && sec == null && PROSE_SENTENCE.test(raw)) {
      // (Nor is a sentence with amounts under a part of no known name left unread: "第二部分 …决算情况说"
      // cut short, or a heading worded as no other region words it, still heads sentences to check.)
      region = 'explain.other';
    } else {
      region = null;
    }
    // Sentences with amounts straight under the explanation's own heading, or under a sub-heading
    // garbled past knowing ("一、 入支出决算总体情况说明"), are read as of no known section.
    if (region === 'explain' && AMOUNT.test(raw) && PROSE_SENTENCE.test(raw)) region = 'explain.other';
    if (!region || region === 'explain' || region === 'explain.other') {
      if (region !== 'explain.other') continue;
    }
    // (Counted once: the reader counts the paragraph's units again unless given them.)
    const units = region.startsWith('explain') ? unitCounts(raw) : undefined;
    if (units) docUnits = addUnits(docUnits, units);
    const [text, at, sec2, years] = [raw, b.location, region, yearsAt[i] ?? null];
    steps.push(() => reader.paragraph(text, at, sec2, sourceLines(b), units, years));
    if (units) read.push({ text, location: at, section: region, block: b, units });
  }
  // The paragraphs are read once the explanation's unit as a whole is known.
  reader.docUnits = docUnits;
  for (const step of steps) step();
  reader.unreadSlips(read);
  // Claims that ended up with no figure at all say nothing checkable.
  reader.attachPriorLevels();
  reader.changesOfTheWhole();
  reader.wholesStatedBefore();
  reader.twinsSaidElsewhere();
  reader.literalsAgreeingElsewhere();
  reader.slipsByRelation();
  splitOfAllFiscal(reader.claims);
  return reader.claims.filter((c) => c.amount || c.change || c.share || c.budget || c.count || c.unitSlip);
}

/**
 * The actual-versus-budget words (决算数小于预算数) each clause is read with: the sentence's, unless its parts
 * (split at ；) state items of their own, where words said in a part with figures are that part's alone
 * ("因公出国（境）费…0万元，…决算数小于预算数的主要原因是…；公务接待费…5.00万元，完成预算的100%"). Words in
 * a part of no figure ("…；决算数小于预算数的主要原因是…") are still the whole sentence's.
 */
function budgetWordsByClause(sentence: string, clauses: readonly Clause[]): string[][] {
  const all = budgetWords(sentence);
  if (!all.length || !clauses.some((c) => c.afterSemicolon)) return clauses.map(() => all);
  const parts: Clause[][] = [];
  for (const c of clauses) {
    if (c.afterSemicolon || !parts.length) parts.push([]);
    (parts.at(-1) as Clause[]).push(c);
  }
  const words = parts.map((p) => budgetWords(p.map((c) => c.text).join('，')));
  const figured = parts.map((p) => p.some((c) => DIGIT.test(c.text)));
  // (Words the sentence has that no part has alone span parts: the sentence's, as before.)
  if (!words.some((w) => w.length)) return clauses.map(() => all);
  const shared = words.flatMap((w, i) => (figured[i] ? [] : w));
  return parts.flatMap((p, i) => p.map(() => (figured[i] ? [...new Set([...(words[i] as string[]), ...shared])] : all)));
}

/** An explanation paragraph as the reader was given it. */
interface ReadParagraph {
  text: string;
  location: Location;
  section: string;
  block: Parameters<typeof sourceLines>[0];
  /** Its amounts by printed unit, as counted when it was read. */
  units: UnitCounts;
}

/** Words after a figure in 元 that make it a rate ("500元/天", "300元每人"). */
const PER_UNIT_AFTER = /^\s*(?:[\/／]|每|一)/;

/**
 * "收、支总计均减少308.78万元，下降19.94%。其中本年收入合计1,238.41万元，年初结转和结余1.03万元": a 其中 list
 * under a whole said only by its change, that says no change of its own and names an amount above that
 * change, lists the parts of the whole's level (parts of one change, all one way, are each below it).
 */
function listsLevels(sentence: string, change: Figure, location: Location): boolean {
  const list = sentence.slice(Math.max(0, sentence.indexOf('其中')));
  if (/[增减]|下降|上升|降低|持平|[%％]/.test(list)) return false;
  const above = new Decimal(change.value);
  return lexFigures(list).some((t) => t.kind === 'amount' && t.unit != null && t.unit.endsWith('元') && new Decimal(toFigure(t, location).value).gt(above));
}

/** "本年收入的具体构成为：", "本年支出构成情况如下：": the whole, then its parts as a 其中 list gives them. */
const MAKEUP = /^(\s*[\u4e00-\u9fa5“”"]{2,16}?)的?(?:具体)?构成(?:情况)?(?:为|是|如下)[:：]/;

/** A template's two direction words, the second in brackets: "增加(减少)", "增长（下降）". */
const EITHER_OR_BRACKET = /(?<=增加|减少|增长|下降|上升|降低)\s*[（(]\s*(?:增加|减少|增长|下降|上升|降低)\s*[)）]/g;
/** A bracket opening a list of parts: "（其中：", "(含". */
const OPEN_LIST_BRACKET = /[（(](?=含|其中|包括)/;
/** A list of parts in brackets, with its own figures (either-or words in brackets may stand inside). */
const IN_LIST = `(?:[^（）()]|[（(]\\s*(?:增加|减少|增长|下降|上升|降低)\\s*[)）])`;
const LIST_IN_BRACKETS = new RegExp(`[（(]((?:含|其中|包括)${IN_LIST}*\\d${IN_LIST}*)[)）]`, 'g');
/**
 * Named parts in brackets without a 其中 ("支出2955万元（财政拨款基本支出1802万元，…，财政拨款项目支出1153万元，…）"):
 * a name first (not a comparison, a period or a verb), and two amounts or more inside (PARTS_IN_BRACKETS_AMOUNTS).
 */
const PARTS_IN_BRACKETS = new RegExp(
  `[（(]((?!比|较|与|同比|占|为|即|系|约|合计|共计|总计|按|主要|其中|含|包括|上年|去年|本年|同期|年初|全年|预算|决算|其他)[\\u4e00-\\u9fa5“”"]{2,20}?\\d${IN_LIST}*)[)）]`,
  'g',
);
const PARTS_IN_BRACKETS_AMOUNTS = /\d\s*万?元/g;

/** "与收入总计一致": the same as another subject, not as last year or the budget. */
const SAME_AS_OTHER = /与(?!上年|去年|上一?年度?|\d{4}\s*年|同期|预算|年初|全年)[^，,；;。]{1,20}一致/;

/** A list's number before a name, at a clause's start or after its colon: "1、基本支出", "：2.项目支出". */
const LIST_NUMBER = /(^|[：:；;\s])(\d{1,2}[、.．])(?=\s*[\u4e00-\u9fa5])/g;

/** "…减少28%其中：" / "…万元其中：": a 其中 list run on to the figure before it. */
const LOST_COMMA_LIST = /([%％]|\d\s*万元)(其中[:：])/g;

/** A clause that defines the item before it ("为…取得的收入", "是指…"), as the glossary does. */
const DEFINITION = /^\s*(?:为|是指|指|系指)(?!\s*[\d上本年])[^，,；;。]*?(?:取得的|获得的|安排的|发生的|形成的|用于)[^，,；;。]*$/;

type Role =
  | { role: 'amount' }
  | { role: 'budget'; basis: 'initial' | 'full' | 'unspecified' }
  | { role: 'changeAmount'; direction: 'increase' | 'decrease'; word: string }
  | { role: 'changeRate'; direction: 'increase' | 'decrease'; word: string }
  | { role: 'share'; base: string | null; baseLabel?: string }
  | { role: 'execution'; basis: 'initial' | 'full' | 'unspecified'; ofBudget?: boolean }
  | { role: 'diffRate' }
  | { role: 'count'; unit: string }
  | { role: 'priorLevel' }
  | { role: 'ratio'; reading: 'ratio' | 'growth'; base: Token | null };

/** "是上年的", "为上年度决算数的", "相当于2023年度的": this year's level as a multiple or percentage of last year's. */
const RATIO_CUE = /(?:是|为|相当于)(?:上年度?|上一年度?|去年|\d{4}\s*年度?)(?:同期)?(?:的)?(?:决算数?|支出|收入|实际支出)?(?:数)?(?:的)?$/;
/** "仅为上年188.95万元的43.02%": the same with last year's level printed before the ratio. */
const RATIO_CUE_LEVEL = /(?:是|为|相当于)(?:上年度?|上一年度?|去年|\d{4}\s*年度?)(?:同期)?(?:的)?(?:决算数?|支出|收入|实际支出)?(?:数)?(?:的|为)?$/;

/** The claim a "其中" opened: parts may follow in later sentences of the paragraph or in list paragraphs. */
interface Whole {
  id: string;
  key: string;
}

/**
 * A clause that sums the amounts said before it, with no subject of its own ("合计157.38万元"); a
 * count ("累计3人次") is the subject's own.
 */
/** A clause whose subject is a bare 收入 or 支出 ("收入增加950.05万元", "支出较上年下降…"). */
function bareSide(text: string): 'income' | 'expense' | null {
  const m = /^\s*(收入|支出)(?=\s*(?:较|比|同比|增加|减少|增长|下降|持平|\d))/.exec(text);
  return m ? (m[1] === '收入' ? 'income' : 'expense') : null;
}

/** The total on the other side of the account (本年收入合计 ↔ 本年支出合计). */
const COUNTERPART: Record<string, string> = {
  'income.total': 'expense.total',
  'expense.total': 'income.total',
  'income.grand': 'expense.grand',
  'expense.grand': 'income.grand',
  'fiscal.income': 'fiscal.expense',
  'fiscal.expense': 'fiscal.income',
  // ("2024年度政府性基金预算财政拨款收入50万元，支出50万元": the fund's own two sides.)
  'income.fund': 'fund.expense',
  'fund.income': 'fund.expense',
  'fund.expense': 'fund.income',
  'income.capital': 'capital.expense',
  'capital.income': 'capital.expense',
  'capital.expense': 'capital.income',
};

/** Which side of the account a subject is on, or null for both (收、支总计) or neither. */
function sideOf(key: string): 'income' | 'expense' | null {
  if (/income/.test(key)) return 'income';
  if (/expense|^fc|^basic\.|^threePublic|^operatingCost/.test(key)) return 'expense';
  return null;
}

/** 三公 items counted in 批次, 人次, 个 (团组) before their spending is said. */
const COUNTED_SPENDING = /^threePublic\.(?:abroad|reception|receptionDomestic|receptionForeign)$/;

/** The year's income and spending, each the other's side. */
const OTHER_SIDE: Record<string, string> = { 'income.actual': 'expense.actual', 'expense.actual': 'income.actual' };
/** The year's totals of each side: the other said right after one, without its full name ("合计支出为…"). */
const OTHER_TOTAL: Record<string, string> = { 'income.total': 'expense.total', 'expense.total': 'income.total' };
/** A side's own totals: a bare 收入 (支出) may be said of them. */
const SIDE_TOTALS = new Set(['total', 'income.total', 'income.grand', 'income.actual', 'expense.total', 'expense.grand', 'expense.actual', 'fiscal.income', 'fiscal.expense', 'fiscal.income.grand', 'fiscal.expense.grand']);

const SUM_OF_LIST = /^(?:以上|上述|两项|二者|三项|各项)*(?:合计|共计|总计)(?:为|约|达)?\s*[-−]?[\d,]+(?:\.\d+)?\s*(?:万元|亿元|元)/;

class ClaimReader {
  readonly claims: Claim[] = [];
  private n = 0;
  private current: Claim | null = null;
  private whole: Whole | null = null;
  private listWhole: Whole | null = null;
  private project: string | null = null;
  private expectProjectName = false;
  private budgetMode: 'initial' | 'full' | 'unspecified' | null = null;
  /** Last year's level said right before a change ("较上年的2.91万元"), for the change that follows. */
  private priorLevel: Figure | null = null;
  /** The claim last read in the paragraph before, when a total of one side and in the same section. */
  private lastOfPrevious: Claim | null = null;
  private previousSection: string | null = null;
  /** Last year's level a clause said of its subject with no change after it, for the sentence's next clause. */
  private carriedPrior: { claim: Claim; sentence: string; level: Figure } | null = null;
  /** Last year's level said in a clause of its own before the subject ("与2023年度的1,548.16万元相比，…"). */
  private openingPrior: { sentence: string; level: Figure } | null = null;
  /**
   * Last year's level of a subject stated in a sentence of its own ("2021年的三公经费决算数合计为807.95万"),
   * by subject key; null once two sentences give it two values (which one holds is not known).
   */
  private priorLevels = new Map<string, Figure | null>();

  /** Keeps the level a last-year sentence gives its subject in its first clause, when nothing but filler stands between. */
  private rememberPriorLevel(s: string, section: string, location: Location): void {
    const clause = s.split(/[，,；;。]/)[0] ?? '';
    if (/预算|计划|同期|相比|比|较/.test(clause)) return;
    const subjects = findSubjects(clause, this.ctx.catalog, section, this.ctx.facts.department ?? null);
    const primary = subjects[0];
    if (!primary || subjects.length > 1) return;
    const rest = clause.slice(primary.end);
    // ("合计为807.95万": 万 for 万元, as the report year's sentence beside it writes it.)
    const tk = lexFigures(rest).find((t) => t.kind === 'amount' && (t.unit || rest[t.end] === '万'));
    if (!tk) return;
    if (clause.slice(primary.end, primary.end + tk.start).replace(FILLER, '') !== '') return;
    const level = toFigure(tk, location, 'amount');
    const had = this.priorLevels.get(primary.key);
    if (had === undefined) this.priorLevels.set(primary.key, level);
    else if (had && had.value !== level.value) this.priorLevels.set(primary.key, null);
  }

  /** Gives each change on last year with no level of its own the level a sentence of its own stated. */
  attachPriorLevels(): void {
    for (const c of this.claims) {
      const level = this.priorLevels.get(c.subject.key);
      if (!level || !c.change || c.change.against !== 'prior' || !c.change.amount || c.change.base) continue;
      c.change.base = level;
      c.change.baseApart = true;
    }
  }

  /**
   * "收入总计1262.71万元，其中年初结转和结余134.56万元，较2019年增加149.44万元，增长13.06%": a change said
   * right after a 其中 part that the part cannot have (an increase above its amount, last year's below
   * 0) is the whole's, as the template that sentence is written from means it, when the whole can.
   */
  changesOfTheWhole(): void {
    for (const c of this.claims) {
      const ch = c.change;
      if (!c.parent || !c.amount || !ch?.amount || ch.direction !== 'increase' || ch.base) continue;
      if (!new Decimal(ch.amount.value).gt(c.amount.value)) continue;
      const whole = this.claims.find((w) => w.id === c.parent);
      if (!whole?.amount || whole.change || whole.sentence !== c.sentence || new Decimal(ch.amount.value).gt(whole.amount.value)) continue;
      whole.change = ch;
      c.change = null;
    }
  }

  /**
   * "本年收入合计231.24万元。本年收入的具体构成为：财政拨款收入213.24万元…": a whole named with no figure of
   * its own to open a list is the one the section stated just before; its parts are that one's.
   */
  wholesStatedBefore(): void {
    const byId = new Map(this.claims.map((c, i) => [c.id, i] as const));
    for (const c of this.claims) {
      const at = c.parent ? byId.get(c.parent) : undefined;
      const w = at != null ? this.claims[at] : undefined;
      if (!w || w.amount || w.change || w.budget || w.share || w.count) continue;
      const before = this.claims.slice(0, at).reverse().find((k) => k.subject.key === w.subject.key && k.section === w.section && k.amount);
      if (before) c.parent = before.id;
    }
  }

  /**
   * "2015年公务接待费0.498亿元…国内公务接待…共计支出0.498万元": an amount in 元 or 亿元 whose number is a 万元
   * amount of the same item said after it, or (printed with decimals, so that the digits hardly meet by
   * chance) of its whole or one of its parts, is the same amount with its unit slipped, as one said before
   * it is (see unitSlipBasis).
   */
  twinsSaidElsewhere(): void {
    const wan = (o: Claim, value: string) => [o.amount, o.budget?.amount, o.change?.amount].some((g) => g != null && g.unit === '万元' && g.value === value);
    for (const c of this.claims) {
      if (c.unitSlip) continue;
      for (const slot of ['amount', 'budget', 'change'] as const) {
        const f = slot === 'amount' ? c.amount : slot === 'budget' ? c.budget?.amount : c.change?.amount;
        if (!f || (f.unit !== '元' && f.unit !== '亿元') || new Decimal(f.value).isZero()) continue;
        // (The figure holds its value in 万元: the number as printed is matched.)
        const printed = parseNumber(f.raw.replace(/\s*(?:万元|亿元|元)$/, ''));
        if (!printed) continue;
        const twin = this.claims.find((o) => o !== c && (o.subject.key === c.subject.key || (printed.decimals > 0 && (o.id === c.parent || o.parent === c.id))) && wan(o, printed.value));
        if (!twin) continue;
        c.unitSlip = { ...f, value: printed.value, decimals: printed.decimals };
        c.unitSlipBasis = 'twin';
        const read: Figure = { ...f, value: printed.value, decimals: printed.decimals, unit: '万元' };
        if (slot === 'amount') c.amount = read;
        else if (slot === 'budget' && c.budget) c.budget.amount = read;
        else if (c.change) c.change.amount = read;
        break;
      }
    }
  }

  /**
   * "基金补助收入15.52亿元，占0.26%", "总支出125.08元，其中本年支出116.12万元": a figure in 元 or 亿元 that no
   * claim took (its subject is no item the reader knows, or its sentence is read for nothing) is still
   * a slip of the unit on the same grounds as a read one (see unitSlipBasis): printed to the fen (a 元
   * figure to the jiao or past the fen; a 亿元 figure as the 万元 amounts around it), not a rate, among
   * amounts in 万元. It is kept as a claim with the slip alone, named by the words before it.
   */
  unreadSlips(paras: readonly ReadParagraph[]): void {
    let section: string | null = null;
    let sectionUnits = NO_UNITS;
    for (const p of paras) {
      if (p.section !== section) [section, sectionUnits] = [p.section, NO_UNITS];
      const para = p.units;
      const prior = sectionUnits;
      sectionUnits = addUnits(sectionUnits, para);
      if (!para.yuan && !para.yi) continue;
      const taken = new Set(this.claims.filter((c) => p.text.includes(c.sentence) || c.sentence.includes(p.text)).flatMap((c) => [c.amount, c.budget?.amount, c.change?.amount, c.change?.base, c.unitSlip].flatMap((f) => (f ? [f.raw.replace(/\s+/g, '')] : []))));
      const lines = sourceLines(p.block);
      for (const tk of lexFigures(p.text)) {
        if (tk.kind !== 'amount' || (tk.unit !== '元' && tk.unit !== '亿元') || /^[-−－]?0*(?:\.0*)?$/.test(tk.value)) continue;
        if (taken.has(tk.raw.replace(/\s+/g, ''))) continue;
        const clauseStart = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((d) => p.text.lastIndexOf(d, tk.start - 1))) + 1;
        const before = p.text.slice(clauseStart, tk.start);
        // (No rate or standard is set in 亿元: "保运转定额8.04亿元" is an amount.)
        if (tk.unit === '元' && (PER_UNIT_BEFORE.test(before) || PER_UNIT_AFTER.test(p.text.slice(tk.end)))) continue;
        // A bound, not an amount of the accounts ("有3所年度经费超过10亿元", "单价50万元以上", "不足1万元"):
        // said in whatever unit suits it.
        if (BOUND_BEFORE.test(before) || BOUND_AFTER.test(p.text.slice(tk.end))) continue;
        const around = para.wan > 0 ? para.wanDecimals : prior.wanDecimals;
        if (tk.decimals !== 2 && !(tk.unit === '元' && tk.decimals > 0) && !(tk.unit === '亿元' && around.has(tk.decimals))) continue;
        // (Read at 万元, ten times the largest amount the account states: the 元 it says, as in unitSlipBasis;
        // an amount in 亿元 that fits the account as printed: the 亿元 it says.)
        if (this.dwarfsTheAccount(tk.value, tk.unit) || this.yiFitsAsPrinted(null, { value: tk.value, unit: tk.unit })) continue;
        const mine = tk.unit === '元' ? 'yuan' : 'yi';
        const third = tk.unit === '元' ? 'yi' : 'yuan';
        const inWan = (u: UnitCounts) => u.wan > 0 && u.wan > u[mine] && u[third] === 0;
        let basis: NonNullable<Claim['unitSlipBasis']> | null = null;
        if (inWan(para)) basis = 'paragraph';
        else if (para.wan >= para[mine] - 1 && para[third] === 0) {
          if (inWan(prior)) basis = 'section';
          else if (prior.wan + prior.yuan + prior.yi === 0 && inWanDocument(this.docUnits, tk.unit)) basis = 'document';
        }
        if (!basis) continue;
        // Named by the words before it in its clause, from the last figure on ("…占99.74%基金补助收入"), or
        // when none, by the clause it opens ("30亿元用于基建工程项目设计").
        const words = before
          .replace(/\s+/g, '')
          .replace(/^.*\d(?:万元|亿元|元|%|％)/, '')
          .replace(/[(（][^()（）]*[)）]/g, '')
          .replace(/^[(（]*(?:\d+|[一二三四五六七八九十]+)[.、．)）]/, '')
          .replace(/^(?:其中|此外|另外)/, '')
          .replace(/^(?:\d{4}年度?)/, '')
          .replace(/(?:为|是|达|共计|合计|计)$/, '')
          .slice(-20);
        // (A verb alone — "…1060.87万元增加" — names nothing: the clause before it does.)
        const clause = before.replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]/g, '').slice(-24);
        const name = words.length >= 4 ? words : clause.length >= 4 ? clause : `${tk.raw.trim()}${(/^[^，,。；;：:]{0,12}/.exec(p.text.slice(tk.end)) ?? [''])[0]}`;
        const sentence = splitSentences(p.text).find((x) => x.includes(tk.raw)) ?? p.text;
        const place = lines?.sentence(sentence);
        const at = lines?.figure(tk.raw) ?? place ?? null;
        const loc: Location = { ...p.location, ...(at ? { page: at.page, line: at.line } : {}), ...(at?.box ? { box: at.box } : {}), text: sentence };
        const c = this.newClaim(p.section, { key: 'unread', label: name, names: [] }, sentence, loc, null);
        c.unitSlip = { value: tk.value, decimals: tk.decimals, kind: 'amount', unit: tk.unit, raw: tk.raw.trim(), location: loc };
        c.unitSlipBasis = basis;
        taken.add(tk.raw.replace(/\s+/g, ''));
      }
    }
  }

  /**
   * "“三公”经费支出431元，比上年433万元减少2万元，下降0.46%", "支出总额3825万元，比预算减少1188元，下降23.70%":
   * of a level and its change, one in 元 (or 亿元) and the other in 万元, in an explanation in 万元, where the
   * printed numbers read in one unit fit the change's rate or last year's level and read in their printed
   * units do not: the one in 元 is the slip, read at 万元 (the rate's check then holds, and a sum the
   * level or change takes part in is checked on the meant amount).
   */
  slipsByRelation(): void {
    const printed = (f: Figure) => parseNumber(f.raw.replace(/\s*(?:万元|亿元|元)$/, ''));
    const odd = (f: Figure | null | undefined) => f != null && (f.unit === '元' || f.unit === '亿元') && !new Decimal(f.value).isZero();
    for (const c of this.claims) {
      const ch = c.change;
      const level = c.amount;
      if (c.unitSlip || !ch?.amount || !level || ch.direction === 'flat' || !ch.direction) continue;
      const slot = odd(level) && ch.amount.unit === '万元' ? 'amount' : odd(ch.amount) && level.unit === '万元' ? 'change' : null;
      if (!slot) continue;
      const f = slot === 'amount' ? level : ch.amount;
      if (!inWanDocument(this.docUnits, f.unit as string)) continue;
      const p = printed(f);
      if (!p) continue;
      const asWan = { ...f, value: p.value, decimals: p.decimals, unit: '万元' };
      const fits = (cur: Figure, change: Figure) => {
        const g = intervalOf({ value: new Decimal(change.value).abs().toString(), decimals: change.decimals });
        const signed = ch.direction === 'increase' ? g : { lo: g.hi.negated(), hi: g.lo.negated() };
        const prior = subI(intervalOf(cur), signed);
        // Last year's level said with it: the level and the change must give it.
        if (ch.base && ch.base.unit === '万元') return overlaps(prior, intervalOf(ch.base));
        if (!ch.rate) return false;
        const q = divI(g, prior);
        if (!q || prior.lo.lte(0)) return false;
        const r = intervalOf({ value: new Decimal(ch.rate.value).abs().toString(), decimals: ch.rate.decimals });
        return overlaps(scaleI(q, new Decimal(100)), r);
      };
      const meant = slot === 'amount' ? fits(asWan, ch.amount) : fits(level, asWan);
      const asIs = fits(level, ch.amount);
      if (!meant || asIs) continue;
      c.unitSlip = { ...f, value: p.value, decimals: p.decimals };
      c.unitSlipBasis = ch.base && ch.base.unit === '万元' ? 'prior' : 'rate';
      if (slot === 'amount') c.amount = asWan;
      else ch.amount = asWan;
    }
    // "“三公”经费2771万元，其中：因公出国（境）费120万元；公务接待费1033元；公务用车购置及运行费1618万元": of a
    // whole and its parts (two or more, each item once), all in 万元 but one, the amounts add up when that
    // one is read in 万元 and not as printed.
    for (const w of this.claims) {
      if (!w.amount || w.someParts) continue;
      const parts = this.claims.filter((c) => c.parent === w.id && c.amount);
      if (parts.length < 2 || new Set(parts.map((c) => c.subject.key)).size !== parts.length) continue;
      const all = [w, ...parts];
      const oddOnes = all.filter((c) => odd(c.amount));
      if (oddOnes.length !== 1 || all.some((c) => c.amount && !odd(c.amount) && c.amount.unit !== '万元')) continue;
      const c = oddOnes[0] as Claim;
      const f = c.amount as Figure;
      if (c.unitSlip || !inWanDocument(this.docUnits, f.unit as string)) continue;
      const p = printed(f);
      if (!p) continue;
      const asWan: Figure = { ...f, value: p.value, decimals: p.decimals, unit: '万元' };
      const adds = (read: Figure) => {
        const amountOf = (x: Claim) => (x === c ? read : (x.amount as Figure));
        const sum = parts.reduce((acc, x) => addI(acc, intervalOf(amountOf(x))), { lo: new Decimal(0), hi: new Decimal(0) });
        return overlaps(sum, intervalOf(amountOf(w)));
      };
      if (!adds(asWan) || adds(f)) continue;
      c.unitSlip = { ...f, value: p.value, decimals: p.decimals };
      c.unitSlipBasis = 'sum';
      c.amount = asWan;
    }
    // "政府采购支出合计70.24万元…授予中小企业合同金额为18.64元，占政府采购支出总额的26.54%": a part in 元 (or
    // 亿元) whose share of its whole in 万元 holds when the part is read in 万元 and not as printed.
    for (const c of this.claims) {
      const f = c.amount;
      if (c.unitSlip || !c.share || !f || !odd(f)) continue;
      const w = this.shareWholeOf(c);
      if (!w || w.unit !== '万元' || !new Decimal(w.value).gt(0)) continue;
      const p = printed(f);
      if (!p) continue;
      const rate = intervalOf(c.share.rate);
      const holds = (part: ReturnType<typeof intervalOf>) => {
        const q = divI(part, intervalOf(w));
        return q != null && overlaps(scaleI(q, new Decimal(100)), rate);
      };
      const asPrinted = scaleI(intervalOf(p), new Decimal(f.unit === '元' ? '0.0001' : '10000'));
      if (!holds(intervalOf(p)) || holds(asPrinted)) continue;
      c.unitSlip = { ...f, value: p.value, decimals: p.decimals };
      c.unitSlipBasis = 'share';
      c.amount = { ...f, value: p.value, decimals: p.decimals, unit: '万元' };
    }
  }

  /** The whole a share is said of: the base it names (its "其中" whole first), else its whole, else the section's default. */
  private shareWholeOf(c: Claim): Figure | null {
    const parent = c.parent ? this.claims.find((x) => x.id === c.parent) : undefined;
    const key = c.share?.base ?? parent?.subject.key ?? (c.section ? DEFAULT_BASE[c.section] : undefined);
    if (!key || key === c.subject.key) return null;
    if (parent?.subject.key === key && parent.amount) return parent.amount;
    const at = this.claims.indexOf(c);
    const has = (x: Claim) => x.subject.key === key && x.amount != null && x.section === c.section;
    return (this.claims.slice(0, at).reverse().find(has) ?? this.claims.slice(at + 1).find(has))?.amount ?? null;
  }

  constructor(private readonly ctx: InterpretContext) {}

  startReport(title: string, named: string | null) {
    const name = /^(?:\d{4}\s*年度?)?(.*?)(?:项目)?(?:支出)?绩效(?:自评|评价)报告$/.exec(title)?.[1] ?? '';
    const dept = this.ctx.facts.department ?? '';
    const cleaned = name.replace(dept, '').replace(/^[\u4e00-\u9fa5]{1,6}(?:市|县|区|州|旗)(?=\S)/, '').replace(/^(?:专项预算|部门预算|单位)/, '').trim();
    this.project = /整体|部门|单位/.test(name) || cleaned.length < 2 ? null : cleaned;
    this.expectProjectName = /^(?:专项预算|部门预算)?项目?$/.test(cleaned) || this.project == null;
    if (named) {
      this.project = named;
      this.expectProjectName = false;
    }
    this.current = null;
    this.whole = null;
    this.listWhole = null;
  }

  paragraph(text0: string, location: Location, section: string, lines: SourceLines | null = null, units?: UnitCounts, years: SectionYears | null = null) {
    this.lines = lines;
    if (section !== this.section) {
      this.listWhole = null;
      this.section = section;
      this.sectionUnits = NO_UNITS;
    }
    this.paraUnits = units ?? unitCounts(text0);
    this.priorUnits = this.sectionUnits;
    this.sectionUnits = addUnits(this.sectionUnits, this.paraUnits);
    let { text, listed } = stripListMarker(text0);
    // (The short lines above this one: a name the paragraph may open without.)
    const above = this.lastShort;
    this.lastShort = text.length <= 30 && !/[。；;，,：:]/.test(text) && !/(?:情况|说明|分析|概况|解释)$/.test(text) ? `${this.lastShort}${text.trim()}` : '';
    if (this.expectProjectName && section === 'performance.report') {
      const m = /^[（(]([^（）()]{2,40})[)）]$/.exec(text);
      if (m) {
        this.project = m[1] as string;
        this.expectProjectName = false;
        return;
      }
    }
    // "1. 某某项目绩效自评综述：…" — the figures that follow are the project's.
    const summary = /^(.{2,40}?)(?:项目)?绩效(?:自评|评价)综述[:：]/.exec(text);
    this.projectParagraph = false;
    this.projectHead = null;
    // "1. 医保专项业务经费项目：自评得分98分。全年预算数25万元，执行数19.99万元，…": a project's own paragraph
    // in the performance part, headed by its name; its budget and spending are the project's.
    // (Numbered, or named a 项目 or in quotes: not a run-in label such as "主要成效：".)
    const head0 = !summary && /^explain\.performance|^performance\./.test(section) ? PROJECT_HEAD.exec(text) : null;
    const head = head0 && (listed || /项目[:：]$|[”"](?:项目)?[:：]$/.test(head0[0])) ? head0 : null;
    if (head) {
      this.project = (head[1] as string).trim();
      this.projectParagraph = true;
      this.projectHead = head[0];
    } else if (summary) {
      // "项目绩效自评综述：" with its name on the lines above ("5.特殊群体医疗费" / "2024", a copy that broke
      // the line at each change of font): the name is theirs; a name never read is this paragraph's own,
      // so that two such projects are never taken for one.
      const generic = /^(?:本|该)?(?:专项)?项目$/.test((summary[1] as string).trim());
      this.project = !generic ? (summary[1] as string) : above.length >= 2 ? above : `项目（第${location.line ?? 0}行）`;
      this.projectParagraph = true;
      text = `本项目${text.slice(summary[0].length).replace(/^[^。]*?得分为[\d.]+分。/, '。')}`;
    }
    // (The statement that closed the paragraph before, in the same section: "收入总计…，支出总计…。" /
    // "与上年相比，收入增加…" may stand in two paragraphs.)
    this.lastOfPrevious = section === this.previousSection && this.current && SIDE_TOTALS.has(this.current.subject.key) ? this.current : null;
    // A 类/款/项 heading on a line of its own ("（二）社会保障和就业支出（类）") is the subject of the paragraph
    // under it, as when run into it.
    let heading = section === this.previousSection ? this.headingSubject : null;
    // "一般公共预算财政拨款收入：" / "年初预算为…，支出决算为…": a heading of one side over figures the words
    // under it give to the other; whose they are is not provable, and they are left unread.
    const side = heading && this.headingByName ? sideOf(heading.subject.key) : null;
    if (side && SIDE_WORD[side === 'income' ? 'expense' : 'income'].test(dropReasons(text))) heading = null;
    this.headingSubject = null;
    this.headingByName = false;
    this.previousSection = section;
    this.current = heading;
    this.whole = null;
    this.budgetMode = null;
    this.sentenceYear = undefined;
    const carried = this.listWhole;
    this.usedCarried = false;
    this.firstSubjectSeen = false;
    let laterYear = false;
    let reportYearLed = false;
    // (A reason's items that are comparisons of their own follow their sentence as sentences of their own.)
    const statements = splitSentences(text).flatMap((s) => [{ s, reason: false }, ...reasonStatements(s, (name) => this.namesOneSubject(name, section)).map((r) => ({ s: r, reason: true }))]);
    for (const { s: sentence, reason } of statements) {
      // (Read with nothing carried from the sentence it gives the reason of.)
      if (reason) {
        this.current = null;
        this.whole = null;
      }
      const place = lines?.sentence(sentence);
      // (Set field by field: spreading conditional objects into it was a tenth of this loop's time. The
      // keys come in the same order: the paragraph's own, then page, line and box where it had none.)
      const sentenceLoc: Location = { ...location, text: sentence };
      if (place) {
        sentenceLoc.page = place.page;
        sentenceLoc.line = place.line;
        if (place.box) sentenceLoc.box = place.box;
      }
      const dropped = joinIncomeExpense(dropReasons(sentence));
      // "主要用于：…人员经费及公用经费等的基本支出。" describes what the item pays for; the subjects
      // it names are not what the next sentence's figures are about (tested before the description
      // is cut, which would leave "…，以及开展工作的项目支出" looking like a statement).
      if (PURPOSE_RE.test(sentence) && !DIGIT.test(dropped)) continue;
      // "A和B分别为X、Y": each figure to its own item; counts that differ pair nothing.
      const resp = expandRespectively(eachTheSame(dropped, (item) => this.namesOneSubject(item, section)));
      if (resp.mismatch) {
        this.current = null;
        continue;
      }
      // "本年收入的具体构成为：财政拨款收入213.24万元，占100%；…": a whole's makeup listed, as after 其中.
      // ("…较年初预算减少28%其中：公务用车购置费274万元": a 其中 run on to the figure before it, its comma lost.)
      // (Each pattern only where its word is: most sentences have neither.)
      let s = resp.text;
      if (s.includes('构成')) s = s.replace(MAKEUP, '$1，其中：');
      if (s.includes('其中')) s = s.replace(LOST_COMMA_LIST, '$1，$2');
      // A sentence about a later year ("2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待…")
      // states that year's budget or plan: none of its figures, nor its clauses', is the report year's.
      // Only a budget or plan is told so: a 决算 sentence under a title of the wrong year is the report's.
      // The sentences after it that name no year of their own go on about that year ("公务用车运行费用
      // 较上年同期增加2.27万元" compares the later budget with the report year's amount).
      const lead = LEAD_YEAR.exec(s);
      const fy = this.ctx.facts.fiscalYear;
      // "2026年度国有资本经营预算财政拨款收入…" in a 2025 account: a year that can be no other than a slip
      // for the report year; its figures are this year's (year-unit rules report the year).
      this.yearSlip = fy ? slippedYear(s, fy, section, years) : null;
      // "2022年的…合计为1000.86万，其中：…。2021年的三公经费决算数合计为807.95万，其中：…": after the report
      // year's amounts, a sentence opening with an earlier year states that year's, not this year's. (Alone,
      // "2022年“三公”经费…3.46万元" in a 2023 account is this year's with a wrong year: read, and reported.)
      const earlier = !!lead && !!fy && reportYearLed && Number(lead[1]) < fy && !s.includes(String(fy)) && !/本年|今年|当年|本期/.test(s);
      // (The report year may follow the place: "鄂城区2022年的“三公”经费决算数合计为…".)
      if (fy && Number(PLACE_YEAR.exec(s)?.[1]) === fy) reportYearLed = true;
      if (lead) laterYear = !this.yearSlip && (earlier || (!!fy && Number(lead[1]) > fy && /预算|计划|预计|拟/.test(s) && !/决算/.test(s)));
      if (laterYear) {
        if (earlier && fy && Number(lead?.[1]) === fy - 1) this.rememberPriorLevel(s, section, sentenceLoc);
        this.current = null;
        continue;
      }
      // "上年度“三公”经费支出24.67万元，其中公务用车运行维护费15.48万元、公务接待费9.18万元": a sentence
      // opening with last year states last year's amounts, its list's too (not 上年结转, this year's own).
      if (LAST_YEAR_LEAD.test(s)) {
        this.rememberPriorLevel(s, section, sentenceLoc);
        this.current = null;
        continue;
      }
      // "如果剔除这一因素，…仍然减少了933.78万元，下降了16.64%": a supposition compares on another base than
      // the account's; its figures are no statement of this year's amounts or changes.
      if (SUPPOSED.test(s)) {
        this.current = null;
        continue;
      }
      this.topic = sentenceTopic(s, this.ctx.facts.department ?? null);
      this.sentenceYear = this.yearSlip ? (fy ?? undefined) : statedYear(s);
      this.claimsOfSentence.clear();
      this.namedBare = null;
      this.perUnit = false;
      // A figure for part of the year (1-6月, 上半年, 截至8月底) is not the year's amount.
      let inPeriod = false;
      if (/^其中[:：]?$/.test(s.trim())) {
        { const cur = this.current as Claim | null; if (cur) { const w = this.listWholeOf(cur); this.whole = { id: w.id, key: w.subject.key }; } }
        continue;
      }
      const clauses = splitClauses(s);
      const wordsByClause = budgetWordsByClause(s, clauses);
      this.budgetMode = null;
      let cmp = comparisonIn(s);
      // A clause is a piece of the sentence: when the sentence compares with nothing, neither does it.
      const compares = cmp != null;
      this.verbFirst = false;
      for (const [ci, clause] of clauses.entries()) {
        const wordsB = wordsByClause[ci] as string[];
        if (this.verbFirst) break;
        let t = clause.text;
        if (periodQualifier(t)) inPeriod = true;
        else if (/全年|本年|1\s*[-—–－~～至到]\s*12\s*月/.test(t)) inPeriod = false;
        if (inPeriod) {
          this.current = null;
          continue;
        }
        const cur = this.current as Claim | null;
        // ("本年支出合计2280.29万元，按支出性质分：基本支出…；项目支出…", "按支出功能分类科目：…", "按支出功能分类的类级
        // 科目分：…": a whole's parts
        // by the classification named, as after 其中.)
        if (PARTS_OPENER.test(t) && cur) {
          const w = this.listWholeOf(cur);
          this.whole = { id: w.id, key: w.subject.key };
          t = t.replace(PARTS_OPENER, '');
        } else if (/^(?:主要|具体)?包括[:：]?(?=[^，,；;。]*[（(]\s*项\s*[)）])/.test(t) && cur?.subject.key.startsWith('fc:') && cur.subject.key.length === 8) {
          // "医疗保障管理事务（款）90.00万元，包括行政运行（项）60.00万元、事业运行（项）30.00万元": the 款's 项,
          // what it includes (as "（含…）" gives them), not all it is made of.
          const w = this.listWholeOf(cur);
          this.whole = { id: w.id, key: w.subject.key };
          w.someParts = true;
          t = t.replace(/^(?:主要|具体)?包括[:：]?/, '');
        }
        if (compares) cmp = comparisonIn(t) ?? cmp;
        // A "(其中:" left open runs to the clause's end. (A template's either-or word in brackets inside it,
        // "增加(减少)0万元", is no bracket of its own: template.either-or reports it.)
        const open = t.search(OPEN_LIST_BRACKET);
        if (open >= 0) {
          const rest = t.slice(open).replace(EITHER_OR_BRACKET, '');
          if ((rest.match(/[（(]/g)?.length ?? 0) > (rest.match(/[)）]/g)?.length ?? 0)) t = `${t}）`;
        }
        // Parenthetical statements with their own figures ("（含外事接待0批次、0人次）") are read apart.
        const parens: string[] = [];
        // ("收入总计238.67万元（含使用非财政拨款结余0万元、年初结转和结余0万元）": what 含 or 包括 lists is what the
        // whole includes, not all it is made of; a 其中 list is all of it.)
        let includes = false;
        if (t.includes('含') || t.includes('其中') || t.includes('包括')) t = t.replace(LIST_IN_BRACKETS, (_m, inner: string) => {
          if (/^(?:含|包括)/.test(inner)) includes = true;
          parens.push(inner.replace(/^(?:含|其中|包括)[:：]?/, ''));
          return '';
        });
        if (/[（(]/.test(t))
          t = t.replace(PARTS_IN_BRACKETS, (m, inner: string) => {
            if ((inner.match(PARTS_IN_BRACKETS_AMOUNTS)?.length ?? 0) < 2) return m;
            parens.push(inner);
            return '';
          });
        this.afterSemicolon = clause.afterSemicolon;
        this.clause(t, sentenceLoc, sentence, section, cmp, wordsB, listed, carried, null);
        const host = this.current ? this.listWholeOf(this.current) : null;
        if (host && includes) host.someParts = true;
        for (const p of parens) {
          const keep: Claim | null = this.current;
          // Inside the brackets the list is the host's: an item there the reader cannot name
          // ("（其中，公务用车购置费255万元，…，其他交通费用2846万元）") leaves the host's parts incomplete, not the outer whole's.
          const keepWhole = this.whole;
          if (host) this.whole = { id: host.id, key: host.subject.key };
          // "（其中：公务用车购置费209万元，较上年…；公务用车运行维护费803万元，较上年…）": each part its own clauses.
          let pcmp = cmp;
          for (const pc of splitClauses(host ? fundKindsOf(p, host.subject.key) : p)) {
            if (compares) pcmp = comparisonIn(pc.text) ?? pcmp;
            this.afterSemicolon = pc.afterSemicolon;
            this.clause(pc.text, sentenceLoc, sentence, section, pcmp, [], false, null, host);
          }
          this.current = keep;
          this.whole = keepWhole;
        }
      }
      const last = this.current as Claim | null;
      // ("一般公共预算财政拨款支出…完成年初预算数的20.00%。具体情况如下：": the 类/款/项 that follow are that
      // whole's, as after 其中. Not of other wholes: "其中本年收入3830.23万元。具体情况如下：" goes on to discuss
      // the main items, not all.)
      if ((/(?:其中|以下方面)[:：]\s*$/.test(sentence) || (/(?:具体情况如下|具体如下|各项目?情况如下)[:：]\s*$/.test(sentence) && last?.subject.key === 'general.expense')) && last) {
        const w = this.listWholeOf(last);
        this.whole = { id: w.id, key: w.subject.key };
      } else if (last && this.whole && last.id !== this.whole.id && /[。！？!?]\s*$/.test(sentence)) {
        // "…其中：财政拨款收入1000.00万元；其他收入100.30万元。与上年相比增加50.00万元，增长4.8%": a sentence
        // after a closed list that names no subject may speak of the whole or of its last part; neither
        // is provable, so its figures are no one's.
        this.current = null;
      }
    }
    // A paragraph ending on "其中：" (or cut mid-list, on "；") makes the following (list) paragraphs its
    // parts; one whose last sentence ended has closed its list, and the next paragraph starts afresh.
    if (this.whole && !/[。！？!?]\s*$/.test(text)) this.listWhole = this.whole;
    else if (!this.usedCarried) this.listWhole = null;
    const named = this.current as Claim | null;
    if (!named || named.amount || named.change || named.share || named.budget || named.count) return;
    if (named.subject.key.startsWith('fc:') && FUNCTION_HEADING.test(text)) this.headingSubject = named;
    else {
      // ("一般公共预算财政拨款支出：" on a line of its own, the figures on the next: the subject is the heading's
      // when the line is one subject's name and its colon, nothing else.)
      const name = NAME_AND_COLON.exec(text)?.[1];
      if (name && this.namesOneSubject(name, section)) {
        this.headingSubject = named;
        this.headingByName = true;
      }
    }
  }

  /** The heading subject was named by a line of its name and a colon (not a 类/款/项 heading). */
  private headingByName = false;

  /** The project name heading the paragraph being read ("医保专项业务经费项目："), its subject. */
  private projectHead: string | null = null;
  /** The 类/款/项 a paragraph of its name alone heads, for the paragraph after it. */
  private headingSubject: Claim | null = null;

  private usedCarried = false;
  /** The sentence being read has gone on to one unit's figures (PER_UNIT_SENTENCE): the rest of it is not the department's. */
  private perUnit = false;
  /** The wrong year the sentence being read is led by, its figures the report year's (see year-slip). */
  private yearSlip: number | null = null;
  /** The year the sentence being read says its figures are of, if it says one. */
  private sentenceYear: number | undefined = undefined;
  /** The sentence changed a subject named after its verb ("减少了“三公”经费…"): its other clauses are not read. */
  private verbFirst = false;
  /** Amounts by printed unit: of the paragraph, of the section's paragraphs before it, of the section so far. */
  private paraUnits: UnitCounts = NO_UNITS;
  private priorUnits: UnitCounts = NO_UNITS;
  /** Amounts by printed unit over all the explanation's paragraphs (set before reading). */
  docUnits: UnitCounts = NO_UNITS;
  private sectionUnits: UnitCounts = NO_UNITS;
  /** The clause being read. */
  private clauseText = '';
  private lines: SourceLines | null = null;
  private section: string | null = null;
  private firstSubjectSeen = false;
  private projectParagraph = false;
  /**
   * The short lines run since the last sentence ("5.特殊群体医疗费" / "2024"), without their numbers and
   * not a part's heading ("十、预算绩效管理工作开展情况"): a name set above its paragraph.
   */
  private lastShort = '';
  /** The scope the current sentence opens with; cleared when the sentence turns to another scope. */
  private topic: Topic = { scope: null, department: false };

  /** Is the text one subject's name and nothing more (a year or the department naming itself before it aside)? */
  private namesOneSubject(item: string, section: string): boolean {
    const found = findSubjects(item, this.ctx.catalog, section, this.ctx.facts.department ?? null);
    const only = found.length === 1 ? found[0] : undefined;
    return !!only && /^(?:\s|\d{4}\s*年度?|本年度?|(?:本|我)(?:部门|单位)|的)*$/.test(item.slice(0, only.start)) && item.slice(only.end).trim() === '';
  }

  /** Processes one clause; returns true when it named a subject. */
  private clause(
    text: string,
    location: Location,
    sentence: string,
    section: string,
    cmp: 'prior' | 'budget' | null,
    wordsB: string[],
    listed: boolean,
    carried: Whole | null,
    hostParent: Claim | null,
  ): boolean {
    // Figures run together with nothing between them ("2280.29万元2499.57万元2023年") are a chart's
    // data or table cells that lost their layout, not a statement: prose always separates figures.
    const namedBefore = this.namedBare;
    this.namedBare = null;
    if (RUN_TOGETHER.test(text)) return false;
    // "分单位看，局本级收、支总计150.52万元，医疗保障服务中心58.43万元": in a sentence that goes unit by unit,
    // a clause led by a unit's name is that unit's, not the department's, and so is the rest of the sentence
    // ("…、公用经费7.28万元；服务中心人员经费…").
    if (!this.perUnit && PER_UNIT_SENTENCE.test(sentence)) {
      const unit = UNIT_LED.exec(text.replace(/^\s*(?:其中|分单位看|按单位分)[:：，,]?\s*/, ''))?.[1];
      const dept = this.ctx.facts.department ?? null;
      if (unit && !DEPARTMENT_WORD.test(unit) && !(dept && (unit === dept || dept.endsWith(unit)))) this.perUnit = true;
    }
    if (this.perUnit) return false;
    this.clauseText = text;
    // "6.其他收入0.00万元，为预算单位在“财政拨款收入”“事业收入”…之外取得的收入": a clause defining the item
    // names other subjects only to say what the item is not; the item stays the subject of what follows.
    if (DEFINITION.test(text) && !DIGIT.test(text)) return false;
    const catalog = this.ctx.catalog;
    // ("按支出项目类别分：1、基本支出157.38万元": a list's number before the subject is blanked, offsets kept,
    // so that the subject after its 、 is not taken for the last of a list of names.)
    let subjects = findSubjects(text.replace(LIST_NUMBER, (m, before: string, n: string) => before + ' '.repeat(n.length)), catalog, section, this.ctx.facts.department ?? null);
    // "本部门收入决算数为1,238.41万元，支出决算数为1,238.51万元": the other side said in the same breath as
    // the year's income (or spending) is the year's too; alone, "支出决算数" is any item's (see subjects).
    const key = this.current?.sentence === sentence ? this.current.subject.key : undefined;
    const other = key ? OTHER_SIDE[key] ?? OTHER_TOTAL[key] : undefined;
    // ("本年收入合计218.78万元，合计支出为208.34万元": the year's other total said in the same breath, a
    // figure right after its words; it was read as the income total's second figure.)
    const sideWords = key && OTHER_SIDE[key] ? /^[\s，,；;]*(?:其|而)?\s*(收入|支出)决算(?:数|总额)?(?![表总:：])/ : /^[\s，,；;]*(?:其|而)?\s*(?:合计|本年)?(收入|支出)(?:合计|总额)?(?:为|是)?(?=\s*[-−]?\d)/;
    const side = other && !subjects.length ? sideWords.exec(text) : null;
    if (other && side && (side[1] === '收入') === other.startsWith('income.')) {
      const start = side.index + side[0].indexOf(side[1] as string);
      subjects = [{ start, end: side.index + side[0].length, key: other, label: text.slice(start, side.index + side[0].length), names: [], entry: null }];
    }
    if ((section === 'performance.report' || this.projectParagraph) && this.project) {
      const m = (this.projectHead && text.startsWith(this.projectHead) ? { index: 0, 0: this.projectHead } : null) ?? /本项目(?:资金)?|该项目(?:资金)?|项目资金/.exec(text);
      if (m) subjects = [{ start: m.index, end: m.index + m[0].length, key: `project:${this.project}`, label: m[0].replace(/[：:“”"\s]/g, ''), names: [], entry: null }, ...subjects.filter((x) => x.start >= m.index + m[0].length || x.end <= m.index)].sort((a, b) => a.start - b.start);
    }
    subjects = this.scoped(subjects, text, section);
    // Without a subject or a digit, a clause can only say "no change" (持平) about the current claim:
    // most clauses of long prose end here, before lexing figures and assigning roles.
    if (!subjects.length && !wordsB.length && !DIGIT.test(text) && !FLAT_RE.test(text)) return false;
    // Performance-management counts by their wording.
    const consumed: [number, number][] = [];
    // Every count pattern needs "N个": most clauses are spared the nine patterns.
    for (const [p, re] of COUNT_HINT.test(text) ? countPatterns() : []) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const start = m.index ?? 0;
        if (consumed.some(([a, b]) => start < b && start + m[0].length > a)) continue;
        consumed.push([start, start + m[0].length]);
        // (A count in Chinese numerals too, "对六个项目…"; not a bare 一, "一个" is as often an article.)
        const num = m.slice(1).find((g) => g && countValue(g) != null);
        if (num === '一') continue;
        const numStr = String(num ? countValue(num) : 0);
        const grade = p.key === 'performance.grade' ? (m[2] as string) : null;
        const by = p.key === 'performance.projectsBy' ? (m[1] as string) : null;
        const key = grade ? `performance.grade:${/未/.test(grade) ? '未开展' : grade}` : by ? `performance.projects:${by}` : p.key;
        const parent = this.countParent(key);
        const c = this.newClaim(section, { key, label: grade ?? by ?? p.label, names: [] }, sentence, location, parent);
        c.count = { value: { value: numStr, decimals: 0, kind: 'count', unit: p.unit, raw: `${numStr}${p.unit}`, location }, unit: p.unit };
      }
    }
    // "无公务用车保有量": a counted subject said to be none.
    for (const sm of subjects) {
      if (sm.entry?.countUnit && /(?:无|没有)$/.test(text.slice(0, sm.start))) {
        const c = this.newClaim(section, { key: sm.key, label: sm.label, names: [] }, sentence, location, null);
        const raw = text.slice(Math.max(0, sm.start - 1), sm.end);
        c.count = { value: { value: '0', decimals: 0, kind: 'count', unit: sm.entry.countUnit, raw, location }, unit: sm.entry.countUnit };
        consumed.push([sm.start, sm.end]);
      }
    }
    const tokens = lexFigures(text).filter((tk) => !inSubject(tk, subjects, consumed));
    if (this.otherYearLed(text, sentence, tokens, cmp)) {
      this.current = null;
      return false;
    }

    // The clause's own subject: the first mention that is not a share base ("占本年支出合计的").
    let primary: SubjectMatch | null = null;
    const bases: SubjectMatch[] = [];
    for (const s of subjects) {
      if (isBaseMention(text, s)) bases.push(s);
      else if (!primary) primary = s;
      else bases.push(s);
    }
    // "收入总计包括本年收入合计1,238.41万元、年初结转和结余1.30万元": a whole named with no figure, then 包括 and
    // its parts with theirs; the parts are what the clause states. (Only a part of that whole by name.)
    if (primary) {
      const p0 = primary;
      const next = bases.find((b) => b.start >= p0.end);
      if (next && /^\s*(?:包括|包含|由)\s*[:：]?\s*$/.test(text.slice(p0.end, next.start)) && isPartOf(p0.key, next.key)) {
        bases.splice(bases.indexOf(next), 1);
        primary = next;
      }
    }
    // "医疗保障管理事务（款）1368.76万元（行政运行587.03万元、一般行政管理事务26.95万元…）": in the list of a 款
    // (or 类) said with its path, an item named bare is the one item of that name under it.
    if (!primary && this.whole?.key.startsWith('fc:')) primary = childNamed(catalog, this.whole.key, text, tokens);
    // "因公出国(境)经费、公务接待费、公车购置费,公车运行费(“三公”经费)决算总额2771万元": the name in
    // brackets right after a list's last item, a whole that item is part of, is what the list makes up:
    // the clause's subject.
    if (primary) {
      const p0 = primary;
      const inner = subjects.find((s) => s.start >= p0.end && /^\s*[（(]\s*$/.test(text.slice(p0.end, s.start)) && /^\s*[）)]/.test(text.slice(s.end)) && isDescendant(s.key, p0.key));
      if (inner) {
        bases.splice(bases.indexOf(inner), 1);
        // (Its closing bracket is part of the name: what follows it is said of the whole.)
        primary = { ...inner, end: inner.end + (/^\s*[）)]/.exec(text.slice(inner.end))?.[0].length ?? 0) };
      }
    }
    // "公务接待费预算数为310.37万元，决算支出数为249.29万元": 决算支出数 after a subject's budget in the same
    // sentence is that subject's actual amount, not the department's spending.
    if (primary && (primary.key === 'expense.actual' || primary.key === 'income.actual') && text.slice(0, primary.start).replace(FILLER, '') === '') {
      const cur = this.current;
      if (cur && cur.sentence === sentence && cur.subject.key !== primary.key && cur.budget?.amount && !cur.amount) {
        primary = null;
        this.budgetMode = null;
      }
    }
    // Amounts of another year than the report's are not claims about the report year.
    const fy = this.ctx.facts.fiscalYear;
    if (primary && fy) {
      const pre = text.slice(0, primary.start);
      const y = /(\d{4})\s*年/.exec(pre);
      if (y && Number(y[1]) !== fy && Number(y[1]) !== this.yearSlip && !cmp) return false;
      // "2017年度基本支出279万元，2016年度基本支出230万元，2017年比上年…增加49万元": a clause led by another
      // year, after the sentence has said the report year's, is that year's, though the sentence compares
      // elsewhere. (A sentence led by a wrong year states this year's amounts with a slip: read.)
      const said = sentence.indexOf(String(fy));
      if (y && Number(y[1]) !== fy && comparisonIn(text) == null && /^\s*(?:\d{4})\s*年度?\s*(?:的)?\s*$/.test(pre) && said >= 0 && said < sentence.indexOf(text)) return false;
    }
    // "减少了“三公”经费342.74万元，其中公务用车购置及运行维护费308.87万元": a direction word before the
    // subject makes the figures after it a change (often the part of one cause), not the subject's
    // amount, and its 其中 list parts of that change: the rest of the sentence is not read as amounts.
    if (primary) {
      const pre = text.slice(0, primary.start);
      if (!DIGIT.test(pre) && directionBefore(pre.replace(/[“"「\s]+$/, ''))) {
        this.current = null;
        this.verbFirst = true;
        return false;
      }
    }
    // "对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目3个，资金30.00万元，执行28.00万元": a
    // subject named as what an evaluation covers, with no figure of its own, is not what the figures
    // after it are of (they are the evaluated projects').
    if (primary && !tokens.some((tk) => tk.unit) && /对[^，,；;。]*$/.test(text.slice(0, primary.start)) && EVALUATES.test(text.slice(primary.end))) {
      this.current = null;
      return false;
    }
    // "住房保障支出53.26万元，全部为住房改革支出（款）住房公积金（项）支出": an item said to be all of the
    // 类 or 款 just stated, with no figure of its own, has that figure.
    // ("住房保障支出（类）…45.34万元，…全部为住房公积金（项）": a 项 named alone is the one of that name under it.)
    const cur = this.current;
    const allKey = primary && cur?.subject.key.startsWith('fc:') ? (primary.key.startsWith('fc:') ? primary.key : itemUnder(catalog, primary, cur.subject.key)) : null;
    if (primary && allKey && !tokens.some((tk) => tk.unit) && /(?:全部|全额|均)(?:为|是|用于)\s*[“"]?$/.test(text.slice(0, primary.start)) && cur?.amount && cur.sentence === sentence && isDescendant(cur.subject.key, allKey)) {
      const all = this.newClaim(section, { key: allKey, label: primary.label, names: primary.names }, sentence, location, cur);
      all.amount = cur.amount;
      return true;
    }
    if (primary?.entry?.budget) this.budgetMode = primary.entry.budget;
    else if (primary && /(?:年初|全年)预算(?!执行)/.test(text.slice(0, primary.start)) && !/决算/.test(text.slice(0, primary.start))) this.budgetMode = basisOf(text.slice(0, primary.start));
    else if (primary && !this.whole) this.budgetMode = null;

    // Roles of the figures, from the words right before each.
    const roles: { tk: Token; role: Role }[] = [];
    let boundary = primary ? primary.end : 0;
    let lastCue = '';
    for (const [i, tk0] of tokens.entries()) {
      const cue = text.slice(boundary, tk0.start);
      // ("增长132.83，": a rate with its % missing is the rate, not a change amount of the subject.)
      const prevTk = tokens[i - 1];
      const afterAmount = prevTk ? prevTk.kind === 'amount' && prevTk.unit != null && /^\s*[，,]/.test(cue) : !primary && AMOUNT_BEFORE.test(sentence.slice(0, Math.max(0, sentence.indexOf(text))));
      const upTo = sentence.slice(0, Math.max(0, sentence.indexOf(text))) + text.slice(0, tk0.start);
      const tk = bareRate(tk0, cue, text, afterAmount, upTo) ?? pointsRate(tk0, text, upTo) ?? tk0;
      const lastBase = bases.filter((b) => b.end <= tk.start && b.start >= boundary).pop();
      let role = roleOf(tk, cue, lastBase ?? null, primary != null && boundary === primary.end, cmp, fy);
      // "较2014年度部门决算公开“三公”经费合计16.08万元增加15.15万元": the comparison said before the subject
      // makes the amount right after it last year's level, the base of the change that follows.
      // ("比2017年年初预算收入456.91万元增加…": last year's budget, compared with, is no budget of this year's.)
      // ("较2017年决算支出2794494元,增加了194131元": the change may follow in the sentence's next clause.)
      if ((role?.role === 'amount' || role?.role === 'budget') && cmp != null && primary && boundary === primary.end && PRIOR_BEFORE_SUBJECT.test(text.slice(0, primary.start)) && CHANGE_NEXT.test(afterInSentence(sentence, text, tk.end))) {
        role = { role: 'priorLevel' };
      }
      // "支出决算数为23.47万元，比上年决算持平，7.50万元，…": an amount opening a clause of its own, with no
      // subject and no word saying what it is, after the sentence has given the subject's amount and
      // compared it, is not a second amount of the subject (nor provably its change): left unread.
      const cur0 = this.current;
      if (role?.role === 'amount' && !primary && cue.trim() === '' && !this.budgetMode && cur0?.sentence === sentence && cur0.amount && cmp && !new Decimal(cur0.amount.value).eq(toFigure(tk, cur0.amount.location).value)) role = null;
      const prev = roles[roles.length - 1];
      // "为年初预算的120%" said of a budget ("调整预算为600万元，为年初预算的120%", "年初预算支出…，为全年预算的
      // 80%") relates two budgets, not the actual to one: no execution rate of the subject.
      // (The last figure read a budget, no actual yet, and no word of the actual before the rate.)
      const lastIsBudget = prev ? prev.role.role === 'budget' : !!(this.current?.sentence === sentence && this.current.budget?.amount && !this.current.amount);
      if (role?.role === 'execution' && role.ofBudget && (this.budgetMode || (lastIsBudget && !/决算|支出|收入|执行|实际|完成/.test(cue)))) role = null;
      // "完成预算21.55万元的134%", "支出3758万元，为年初预算数4688万元的80.16%": the rate after the budget it is of.
      if (!role && tk.kind === 'percent' && /^\s*的\s*$/.test(cue) && prev?.role.role === 'budget' && prev.tk.end === boundary && /(?:完成(?:了)?|(?:^|[，,、\s]|决算数?|支出数?|执行数?)(?:为|是|占|达到|相当于))(?:年初|全年|调整后?|年度)?预算(?:数)?(?:为)?\s*$/.test(lastCue)) {
        role = { role: 'execution', basis: prev.role.basis };
      }
      // "较上年减少14.27万元(100.00%)", "增加325.48万元(21.02%)": a percentage alone in brackets right after the
      // change's amount is the change's rate, in the amount's direction. (Anything else in the bracket, "（占65%）",
      // and it is not read so.)
      if (!role && tk.kind === 'percent' && prev?.role.role === 'changeAmount' && prev.tk.end === boundary && /^\s*[（(]\s*$/.test(cue) && /^\s*[）)]/.test(text.slice(tk.end))) {
        // (No word of its own: the amount's is the change's word once.)
        role = { role: 'changeRate', direction: prev.role.direction, word: '' };
      }
      // "为上年的72.04%", "是上年的43.02%": this year's level as a percentage of last year's, no share or change rate.
      // ("仅为上年188.95万元的43.02%": with last year's level printed between, unread as an amount of its own.)
      if (!role && tk.kind === 'percent' && cmp !== 'budget') {
        const c = cue.replace(/\s+$/, '');
        if (RATIO_CUE.test(c)) role = { role: 'ratio', reading: 'ratio', base: null };
        else if (/^\s*的$/.test(c) && prevTk?.kind === 'amount' && prevTk.unit && prevTk.end === boundary && !roles.some((r) => r.tk === prevTk) && RATIO_CUE_LEVEL.test(lastCue.replace(/\s+$/, ''))) role = { role: 'ratio', reading: 'ratio', base: prevTk };
      }
      if (role) roles.push({ tk, role });
      lastCue = cue;
      boundary = tk.end;
    }
    // "是上年的2.33倍", "增长1.52倍": a multiple is no amount (lexFigures leaves it out of `tokens`); read as
    // this year's level over the base, or its growth on it, from the words right before it.
    if (text.includes('倍')) {
      for (const tk of lexFigures(text, { multiples: true })) {
        if (tk.kind !== 'multiple' || inSubject(tk, subjects, consumed)) continue;
        const from = Math.max(primary && primary.end <= tk.start ? primary.end : 0, ...tokens.filter((t) => t.end <= tk.start).map((t) => t.end));
        const c = text.slice(from, tk.start).replace(/\s+$/, '');
        const prevTk = tokens.filter((t) => t.end <= tk.start).pop();
        let role: Role | null = null;
        if (RATIO_CUE.test(c) && cmp !== 'budget') role = { role: 'ratio', reading: 'ratio', base: null };
        else if (/^\s*的$/.test(c) && prevTk?.kind === 'amount' && prevTk.unit && !roles.some((r) => r.tk === prevTk) && RATIO_CUE_LEVEL.test(text.slice(0, prevTk.start).replace(/\s+$/, ''))) role = { role: 'ratio', reading: 'ratio', base: prevTk };
        else if (directionBefore(c)?.direction === 'increase' && /(?:增长|增加|提高|上升)(?:了)?$/.test(c)) role = { role: 'ratio', reading: 'growth', base: null };
        if (!role) continue;
        const at = roles.findIndex((r) => r.tk.start > tk.start);
        roles.splice(at < 0 ? roles.length : at, 0, { tk, role });
      }
    }
    // "行维护费44.00 43.87因公出国(境)费": figures printed before the clause's subject, after a name the
    // reader does not know (a table flattened into a line, its labels and figures out of step), are
    // that name's, not the subject's.
    if (primary && roles.length && roles[0]!.tk.end <= primary.start && namesSomethingElse(text.slice(0, roles[0]!.tk.start), this.ctx.facts.department ?? null)) {
      for (let i = roles.length - 1; i >= 0; i--) if ((roles[i] as (typeof roles)[number]).tk.end <= primary.start) roles.splice(i, 1);
    }
    // Figures said of a name the reader does not know ("面向中小企业预留政府采购项目预算金额3602.16万元",
    // "扬尘治理项目年初预算50万元") are that thing's: not the current subject's, nor the next clause's.
    // (A plain amount or count has a role only when nothing but filler precedes it.)
    const first = tokens.find((tk) => tk.unit != null);
    // "事业收入5738.74万元，其中5498.23万元为高等学校学费…": an amount said first and named after ("…为…")
    // is the amount of what follows, a part of the whole, not the current subject's.
    if (first && (!primary || primary.start > first.start) && roles.find((r) => r.tk === first)?.role.role === 'amount' && /^\s*(?:为|是|系|属于|用于)/.test(text.slice(first.end))) {
      if (this.whole) {
        const w = this.claimById(this.whole.id);
        if (w) w.someParts = true;
        // Still a part of that whole, if one it cannot name: it may not exceed it ("事业收入5738.74万元。
        // 其中54982.30万元为高等学校学费…"). Only an amount of the whole's own kind (this year's, not a budget's).
        if (w?.amount && !w.budget?.amount && first.unit === '万元' && (w.amount.unit ?? '万元') === '万元') {
          const what = /^\s*(?:为|是|系|属于|用于)\s*([^，,；;。]{1,30})/.exec(text.slice(first.end))?.[1] ?? '其中一部分';
          const part = this.newClaim(section, { key: 'unsure:part', label: what, names: [] }, sentence, location, w);
          part.amount = toFigure(first, location, 'amount');
          this.current = w;
        }
      }
      return false;
    }
    const firstRole = roles.find((r) => r.tk === first)?.role.role;
    if (!primary && first && firstRole !== 'amount' && firstRole !== 'count' && namesSomethingElse(text.slice(0, first.start), this.ctx.facts.department ?? null)) {
      // An amount of an unknown name inside a "其中" list is a part the reader could not name: the
      // parts it did name are then not all of the whole's.
      if (this.whole && first.unit && first.kind === 'amount') {
        const w = this.claimById(this.whole.id);
        if (w) w.someParts = true;
      }
      this.current = null;
      return false;
    }
    // An amount in a "其中" list that no word before it makes anyone's ("公务用车运行费用7.73万元" read
    // as 公务用车运行费 + "用"): a part the reader could not place, so the parts it did are not all.
    if (this.whole && primary && tokens.some((tk) => tk.kind === 'amount' && tk.unit && !roles.some((r) => r.tk === tk))) {
      const w = this.claimById(this.whole.id);
      if (w) w.someParts = true;
    }
    // ("…决算支出数为0万元,与上年持平公务接待费预算数为…": a 持平 before the clause's subject, its
    // punctuation lost, is said of what came before, not of this subject.)
    // ("支出总计的增减变化与收入总计一致，较上年减少…": 一致 with another subject says nothing of the change;
    // "各项目决算数与年初预算数一致" is said of each item listed after it, not of the subject before.)
    const flat0 = FLAT_RE.exec(text);
    const flat = flat0 && (!primary || flat0.index >= primary.end) && !(flat0[1] === '一致' && SAME_AS_OTHER.test(text)) && !saidOfEachItem(text) ? flat0 : null;
    // (The 持平 of this clause: "较上年度持平，…，决算数与预算数持平" says both, each in its own clause.)
    const hasFlatChange = flat && !budgetWords(text).length && (cmp || /较|比|与/.test(text)) && !roles.some((r) => r.role.role === 'changeAmount' || r.role.role === 'changeRate');
    if (!primary && !roles.length && !hasFlatChange && !wordsB.length) return false;
    // "与2023年度的1,548.16万元相比，财政拨款收、支总计减少325.48万元": last year's level in a clause of its own,
    // nothing but the comparison, is the base of the subject the next clause names and compares (see below).
    const opening = this.openingPrior;
    this.openingPrior = null;
    // (Read on as before too: where no subject is named next, the current one's change takes it.)
    if (!primary && roles.length === 1 && roles[0]!.role.role === 'priorLevel' && OPENING_PRIOR.test(text)) {
      this.openingPrior = { sentence, level: toFigure(roles[0]!.tk, this.figureLoc(roles[0]!.tk, location), 'amount') };
    }

    // A clause with no subject of its own that opens on its figure ("为2,123.73万元", "其中：为60万元") is
    // said of what the clause before it named: the current subject only where that clause named it or
    // spoke of it, gave it no amount, and stands in the same list item (no semicolon between). After an
    // unread name ("XX支出所占比重最大，为…"), an amount of its own, a semicolon ("…300万元；为200万元") or
    // in another sentence, it is no one's that can be proved; after 其中 it is an unnamed part.
    const lead = !primary && first && this.current ? text.slice(0, first.start) : null;
    const part = lead != null && PART_LEAD.test(lead);
    if (lead != null && (part || (APPOSITION_LEAD.test(lead) && (namedBefore !== this.current || this.afterSemicolon)))) {
      // (In a list, or after 其中, it is a part the reader cannot name: the parts named are not all.)
      const w = this.whole ? this.claimById(this.whole.id) : part && this.current ? this.listWholeOf(this.current) : null;
      if (w && first?.kind === 'amount') w.someParts = true;
      this.current = null;
      return false;
    }
    // Which claim the figures belong to.
    let claim = this.current;
    if (primary) {
      this.foreign = null;
      // ("…医疗保障管理事务（款）行政运行（项）500万元、一般行政管理事务（项）190万元": the 款 of the item just
      // said in the sentence first, then the whole's.)
      const lastItem = [...this.claimsOfSentence].reverse().find((c) => /^fc:\d{7}$/.test(c.subject.key));
      const under =
        (lastItem ? itemUnder(this.ctx.catalog, primary, `fc:${lastItem.subject.key.slice(3, 8)}`) : null) ??
        itemUnder(this.ctx.catalog, primary, this.whole?.key ?? carried?.key ?? null) ??
        itemPrinted(this.ctx, primary);
      if (under) primary = { ...primary, key: under };
      const parent = hostParent ?? this.parentFor(primary, listed, carried);
      const foreign = this.foreign as Claim['listedUnder'] | null;
      this.foreign = null;
      // "其中主要包括A 10万元、B 20万元等": the whole's list is not all of it.
      if (parent && !hostParent && SOME_PARTS.test(sentence)) parent.someParts = true;
      // "“三公”经费预算54万元，其中：因公出国(境)费支出决算0万元；…": the parts of a budget are budgets,
      // whatever word the list repeats.
      const budgetWhole = parent && !parent.amount && parent.budget?.amount ? parent.budget.basis : null;
      if (budgetWhole) for (const r of roles) if (r.role.role === 'amount') r.role = { role: 'budget', basis: budgetWhole };
      // "…比2021年增加231,448.10元。其中：…增加0元；公务用车购置及运行费支出决算174,732.10元，增长176.55%": the
      // parts of a change are changes, though a part's direction word was left out; its bare amount is
      // no level of the part (nor provably its change).
      const changeWhole = parent && !hostParent && !parent.amount && !parent.budget?.amount && parent.change?.amount != null && !listsLevels(sentence, parent.change.amount, location);
      if (changeWhole) for (let i = roles.length - 1; i >= 0; i--) if ((roles[i] as (typeof roles)[number]).role.role === 'amount') roles.splice(i, 1);
      this.firstSubjectSeen = true;
      const key = keyUnder(primary, parent?.subject.key ?? null);
      const fillsAmount = roles.some((r) => r.role.role === 'amount' || r.role.role === 'count');
      const sameSubject = claim && claim.subject.key === key && !(fillsAmount && (claim.amount || claim.count));
      if (!sameSubject) {
        claim = this.newClaim(section, { key, label: primary.label, names: primary.names }, sentence, location, parent);
        if (foreign) claim.listedUnder = foreign;
      }
    } else if (!claim) {
      // "收入总计6955.73万元,支出总计6,954.57万元。" / "与2015年决算数相比,收入增加950.05万元": a bare side
      // opening a paragraph is that side's total in the statement closing the paragraph before.
      const before = this.lastOfPrevious;
      const side = bareSide(text);
      const total = before && side && !this.firstSubjectSeen ? [...this.claims].reverse().find((c) => c.sentence === before.sentence && SIDE_TOTALS.has(c.subject.key) && sideOf(c.subject.key) === side) : null;
      if (!total) return false;
      claim = total;
    } else if (bareSide(text) === 'expense' && claim.sentence === sentence && claim.count && !claim.amount && COUNTED_SPENDING.test(claim.subject.key)) {
      // "2018年公务接待24批次，210人次，支出2.05万元": 支出 after the counts of a 三公 item, in the same
      // sentence, is that item's spending (the claim read on).
    } else if (bareSide(text) && sideOf(claim.subject.key) && bareSide(text) !== sideOf(claim.subject.key)) {
      // "收入总计…，支出总计…。与上年相比，收入增加950.05万元": a bare 收入 (支出) is the side it names
      // of the statement before, not the last subject said.
      const side = bareSide(text);
      const same = [...this.claims].reverse().find((c) => c.sentence === (claim as Claim).sentence && sideOf(c.subject.key) === side);
      // "本年收入1095.76万元，支出1193.35万元": a bare side with its amount right after a total is that
      // total's counterpart.
      const counterpart = COUNTERPART[claim.subject.key];
      if (same) claim = same;
      else if (counterpart && /^\s*(?:收入|支出)\s*(?:为|是)?\s*\d/.test(text)) {
        claim = this.newClaim(section, { key: counterpart, label: SUBJECTS.find((e) => e.key === counterpart)?.label ?? counterpart, names: [] }, sentence, location, null);
      } else {
        this.current = null;
        return false;
      }
    } else if (bareSide(text) && !SIDE_TOTALS.has(claim.subject.key)) {
      // "…其中：财政拨款收入1779.74万元，…，其他收入0万元。收入较上年增加314.09万元": a bare 收入 (支出)
      // after a part of that side is the side as a whole, never the part last said; which total it is
      // (本年收入 or 收入总计) the words do not say, so it is left unread.
      this.current = null;
      return false;
    } else if (SUM_OF_LIST.test(text.trim())) {
      // "人员经费146.15万元、公用经费11.23万元，合计157.38万元": the sum of the items, not the last one's.
      this.listSum(claim, text, section, sentence, location);
      this.current = null;
      return false;
    }
    if (!claim) return false;
    // "财政拨款收、支总计均为1222.68万元，年初、年末结转和结余均为0万元。与2023年1548.16万元相比，减少325.48万元":
    // a sentence that names no subject after one that stated two subjects apart (not a whole and its
    // parts) may speak of either; the last named is no more likely than the first, so its figures are no one's.
    // (Not once a clause of this sentence has named which: "与上年相比，收入增加950.05万元、增长15.82%".)
    if (!primary && !bareSide(text) && claim.sentence !== sentence && !this.claimsOfSentence.has(claim) && this.subjectsApart(claim.sentence) >= 2 && roles.some((r) => r.role.role === 'changeAmount' || r.role.role === 'changeRate' || r.role.role === 'priorLevel' || r.role.role === 'ratio')) {
      this.current = null;
      return false;
    }
    this.current = claim;
    this.claimsOfSentence.add(claim);
    // (Counts or a change alone leave it awaiting its amount: "公务接待5批次，50人次，为3.00万元", "与上年持平，
    // 均为11.32万元"; not an amount: "…300.00万元；为200.00万元" is no second one of it.)
    if (!roles.some((r) => r.role.role === 'amount' || r.role.role === 'budget')) this.namedBare = claim;
    // ("较2017年决算支出2794494元,增加了194131元": last year's level, said in the clause before the change.)
    const prior = this.carriedPrior;
    this.carriedPrior = null;
    this.priorLevel = prior && prior.claim === claim && prior.sentence === sentence ? prior.level : null;
    // (Only a subject named in the clause right after it, and only as the base of its change against last year.)
    if (!this.priorLevel && opening?.sentence === sentence && primary && cmp === 'prior') this.priorLevel = opening.level;
    for (const { tk, role } of roles) claim = this.apply(claim, tk, role, location, cmp, section, sentence);
    // "比上年2665.56万元持平": last year's level said before 持平 is the base it is flat with.
    const level = this.priorLevel as Figure | null;
    this.priorLevel = null;
    if (level && !claim.change && !hasFlatChange) this.carriedPrior = { claim, sentence, level };
    // "较上年减少0.03万元，下降0.6%；较年初预算数持平": a 持平 against the other base than the change the
    // subject was given is that other comparison, as a change amount or rate against it would be.
    const own = hasFlatChange && claim.change && !roles.length ? comparisonIn(text) : null;
    if (own && claim.change && claim.change.against !== own) claim = this.sibling(claim, section, sentence, location);
    if (hasFlatChange && flat && !claim.change) {
      claim.change = { amount: null, rate: null, direction: 'flat', words: [flat[1] as string], against: cmp ?? 'prior' };
      if (level && claim.change.against === 'prior') claim.change.base = level;
    } else if (flat && claim.change && flatBeforeChange(text, flat)) {
      // "收支较上年决算数持平、下降14%": 持平 and a change in one breath; the words say both.
      if (!claim.change.words.includes(flat[1] as string)) claim.change.words.push(flat[1] as string);
    } else if (flat && primary && !cmp && !claim.change && !roles.length && !budgetWords(text).length) {
      // "…比2022年减少0.41万元。其中：…；公务接待费支出决算持平": a part's bare 持平 in the list of a whole
      // that compared with one base (not both) is flat against that base.
      const against = this.listComparison(claim);
      if (against) claim.change = { amount: null, rate: null, direction: 'flat', words: [flat[1] as string], against };
    }
    if (wordsB.length) {
      claim.budget ??= { amount: null, basis: basisOf(sentence), executionRate: null, diffRate: null, words: [] };
      for (const w of wordsB) if (!claim.budget.words.includes(w)) claim.budget.words.push(w);
    }
    return primary != null;
  }

  /**
   * "公务接待费支出31.21元" (or "基本支出816.48亿元") among 万元 figures: printed to the fen like the 万元
   * amounts around it, or the same number as a 万元 amount of the same subject said before. A real 元
   * amount (人均150元) has no department-level subject and is not read at all. The slip is read at 万元.
   * Returns why the figure is taken for a slip, or null.
   */
  /**
   * A figure taken for a slip only by the unit of the amounts around it ("公务接待费9,400.00元" in a paragraph in
   * 万元), which read as printed is what its subject is said to be in 万元 later on ("公务接待费0.94万元"): no
   * slip. It is read as printed again. (One that agrees with a figure said before it is never taken.)
   */
  literalsAgreeingElsewhere(): void {
    // (Nor one that, read at 万元, is ten times the largest amount the account states: "机关运行经费支出
    // 410,200.00元" before "基本支出608.04万元".)
    for (const c of this.claims) {
      const slip = c.unitSlip;
      if (!slip || !(c.unitSlipBasis === 'paragraph' || c.unitSlipBasis === 'section' || c.unitSlipBasis === 'document')) continue;
      const tk = { value: slip.value, unit: slip.unit } as Token;
      const absurd = this.dwarfsTheAccount(slip.value, slip.unit) || this.exceedsItsWhole(c, slip) || this.changeExceedsTheAccount(c, slip) || this.yiFitsAsPrinted(c, slip);
      if (!absurd && !this.literalAgrees(c, tk) && !this.rateFitsAsPrinted(c, slip)) continue;
      const asRead = (f: Figure | null | undefined) => f != null && f.unit === '万元' && f.value === slip.value && f.raw === slip.raw;
      const literal = (f: Figure): Figure => inWanyuan({ ...f, value: slip.value, decimals: slip.decimals }, slip.unit as string);
      if (asRead(c.amount)) c.amount = literal(c.amount as Figure);
      else if (asRead(c.budget?.amount) && c.budget) c.budget.amount = literal(c.budget.amount as Figure);
      else if (asRead(c.change?.amount) && c.change) c.change.amount = literal(c.change.amount as Figure);
      else continue;
      delete c.unitSlip;
      delete c.unitSlipBasis;
    }
  }

  /**
   * A 元 figure that, read at 万元, is more than what it is a part of: more than its whole's amount
   * ("三公经费7.65万元，其中：…公务接待费3,400.00元"), or than every total the account states (收入、支出总计
   * and 合计, the tables' largest amounts): a part never exceeds its whole, so it is the 元 it says.
   */
  private exceedsItsWhole(c: Claim, slip: Figure): boolean {
    if (slip.unit !== '元' || !c.amount || c.amount.raw !== slip.raw) return false;
    const v = new Decimal(slip.value);
    const whole = c.parent ? this.claims.find((w) => w.id === c.parent) : undefined;
    if (whole?.amount && !whole.unitSlip && v.gt(new Decimal(whole.amount.value).abs())) return true;
    let totals = new Decimal(0);
    for (const o of this.claims) if (GRAND_KEYS.has(o.subject.key) && o.amount?.unit === '万元' && !o.unitSlip) totals = Decimal.max(totals, new Decimal(o.amount.value).abs());
    for (const t of this.ctx.tableAmounts ?? []) totals = Decimal.max(totals, new Decimal(t).abs());
    return totals.gt(0) && v.gt(totals);
  }

  /**
   * A change in 元 that, read at 万元, is more than every amount the account states ("宗教事务（项）…比2023年度
   * 减少12,000.00元，下降100%" beside "一般公共预算财政拨款支出…1,222.68万元"): an item that moved by more than the
   * whole account is this year (an increase cannot; a fall would mean the item alone was last year several
   * times what the department spends now). It is the 元 it says. Not for the account's totals themselves,
   * which may have fallen by more than what is left of them.
   */
  private changeExceedsTheAccount(c: Claim, slip: Figure): boolean {
    if (slip.unit !== '元' || c.change?.amount?.raw !== slip.raw || GRAND_KEYS.has(c.subject.key)) return false;
    const largest = this.largestWan();
    if (largest.lte(0) || (c.amount?.unit === '万元' && new Decimal(c.amount.value).abs().gte(largest))) return false;
    return new Decimal(slip.value).abs().gt(largest);
  }

  /**
   * A change in 元 whose rate, said with it, fits the change as printed and not read at 万元 ("公务接待费
   * 3,400.00元…减少400.00元，下降10.53%": 400/3,800 = 10.53%, where 400万元 on 0.34万元 would be 99.9%).
   */
  private rateFitsAsPrinted(c: Claim, slip: Figure): boolean {
    const ch = c.change;
    if (slip.unit !== '元' || !ch?.amount || ch.amount.raw !== slip.raw || !ch.rate) return false;
    if (ch.direction !== 'increase' && ch.direction !== 'decrease') return false;
    // The subject's amount: said with the change, or in an earlier sentence ("公务接待费3,400.00元。…公务接待费减少…").
    // (Amounts are held in 万元 whatever unit they were printed in.)
    const said = (o: Claim) => o.subject.key === c.subject.key && o.amount != null && !o.unitSlip;
    const amount = c.amount ? (said(c) ? c.amount : null) : (this.claims.slice(0, this.claims.indexOf(c)).reverse().find(said)?.amount ?? null);
    if (!amount) return false;
    const fits = (change: Decimal) => {
      const now = new Decimal(amount.value);
      const prior = ch.direction === 'increase' ? now.minus(change) : now.plus(change);
      if (prior.lte(0)) return false;
      const rate = change.div(prior).times(100);
      const r = ch.rate as Figure;
      return rate.minus(new Decimal(r.value).abs()).abs().lte(new Decimal(10).pow(-r.decimals).times(0.6));
    };
    const printed = new Decimal(slip.value);
    return fits(printed.times('0.0001')) && !fits(printed);
  }

  /** Whether an amount in 元 or 亿元, converted to 万元 as printed, is a table's amount or its subject's said in 万元. */
  private literalAgrees(claim: Claim, tk: Token): boolean {
    const wan = new Decimal(tk.value).times(tk.unit === '元' ? '0.0001' : '10000');
    if (wan.isZero()) return false;
    const eq = (v: string | undefined) => v != null && new Decimal(v).eq(wan);
    for (const v of this.ctx.tableAmounts ?? []) if (eq(v)) return true;
    return this.claims.some((c) => c.subject.key === claim.subject.key && [c.amount, c.budget?.amount].some((f) => f?.unit === '万元' && eq(f.value)));
  }

  /** The sentence whose clause stated another year's level, its list after it that year's too. */
  private otherYearIn: string | null = null;

  /**
   * "支出决算为0元，2023年支出决算为15.47万元，其中信息化建设（项）14.27万元、宗教事务（项）1.20万元": a clause
   * whose first figure another year leads, comparing with nothing, states that year's level, and the
   * clauses after it in the sentence that neither compare, change nor name the report year list that
   * year's parts: none of them is this year's. (In a sentence that compares, only once it has stated this
   * year's amount or names the report year: else the wrong year may be a slip for it, which year-unit reports.)
   */
  private otherYearLed(text: string, sentence: string, tokens: Token[], cmp: 'prior' | 'budget' | null): boolean {
    const fy = this.ctx.facts.fiscalYear;
    if (!fy) return false;
    const own = (t: string) => t.includes(String(fy)) || /本年|今年|当年|本期/.test(t);
    if (this.otherYearIn === sentence) {
      if (!own(text) && comparisonIn(text) == null && !CHANGE_WORDS.test(text)) return true;
      this.otherYearIn = null;
    }
    const first = tokens.find((tk) => tk.unit);
    if (!first || !text.includes('年')) return false;
    const pre = text.slice(0, first.start);
    // (Not a year the figure is related to: "为上年的75.04%", "仅为2023年188.95万元的45.02%".)
    const y = /(\d{4})\s*年(?!\s*\d{1,2}\s*月)/.exec(pre);
    const at = y ? y.index : pre.search(LAST_YEAR_WORD);
    if (at < 0 || RELATED_TO.test(pre.slice(0, at))) return false;
    const other = y ? Number(y[1]) !== fy && Number(y[1]) !== this.yearSlip : true;
    if (!other || own(pre) || comparisonIn(text) != null || CHANGE_WORDS.test(text)) return false;
    // (The report year named elsewhere in the sentence sets the two years side by side: no slip.)
    if (cmp && ![...this.claimsOfSentence].some((c) => c.amount) && !sentence.includes(String(fy))) return false;
    this.otherYearIn = sentence;
    return true;
  }

  /** The claims the clauses of the sentence being read have given figures to. */
  private readonly claimsOfSentence = new Set<Claim>();
  /** The claim the clause just read named or spoke of with no amount of its own ("卫生健康支出所占比重最大"): what a "为X万元" after it is of. */
  private namedBare: Claim | null = null;
  /** The clause being read follows a semicolon: an item of a list of its own, not the clause before's. */
  private afterSemicolon = false;

  /** How many subjects a sentence stated with amounts, none a part of another (a whole and its parts count once). */
  private subjectsApart(sentence: string): number {
    const said = this.claims.filter((c) => c.sentence === sentence && (c.amount || c.budget?.amount));
    const keys = new Set(said.filter((c) => !said.some((o) => o.id === c.parent)).map((c) => c.subject.key));
    return keys.size;
  }

  /**
   * A 元 figure that, read at 万元, would be ten times the largest amount the account states: no item of
   * the account is that, so it is the 元 it says, never a slip of the unit.
   */
  private dwarfsTheAccount(value: string, unit: string | null | undefined): boolean {
    if (unit !== '元') return false;
    const largest = this.largestWan();
    return largest.gt(0) && new Decimal(value).gt(largest.times(10));
  }

  /**
   * An amount in 亿元 that, read as printed, fits the account: no more than the largest amount it states in
   * 万元 nor than its own whole ("收入总计1.23亿元，支出总计12,300.00万元"). A department large enough to count
   * in 亿元 writes them among its 万元 amounts; only one too large as printed ("基本支出816.48亿元" of a
   * 2,280.29万元 支出) is a slip of the unit.
   */
  private yiFitsAsPrinted(c: Claim | null, slip: Pick<Figure, 'value' | 'unit'>): boolean {
    if (slip.unit !== '亿元') return false;
    const v = new Decimal(slip.value).abs().times(10000);
    const largest = this.largestWan();
    if (largest.lte(0) || v.gt(largest)) return false;
    const whole = c?.parent ? this.claims.find((w) => w.id === c.parent) : undefined;
    return !(whole?.amount?.unit === '万元' && !whole.unitSlip && v.gt(new Decimal(whole.amount.value).abs()));
  }

  /** The largest amount in 万元 the claims read so far and the tables state. */
  private largestWan(): Decimal {
    let max = new Decimal(0);
    for (const c of this.claims) for (const f of [c.amount, c.budget?.amount]) if (f?.unit === '万元' && !c.unitSlip && new Decimal(f.value).abs().gt(max)) max = new Decimal(f.value).abs();
    for (const v of this.ctx.tableAmounts ?? []) if (new Decimal(v).abs().gt(max)) max = new Decimal(v).abs();
    return max;
  }

  private unitSlipBasis(claim: Claim, tk: Token, role: Role, section: string): NonNullable<Claim['unitSlipBasis']> | null {
    if (tk.unit !== '元' && tk.unit !== '亿元') return null;
    // Nothing is 0 元 that is not also 0 万元: a zero proves no slip of unit ("因公出国(境)费支出0.00元" among 元 figures).
    if (/^[-−－]?0*(?:\.0*)?$/.test(tk.value)) return null;
    if (role.role !== 'amount' && role.role !== 'budget' && role.role !== 'changeAmount') return null;
    // Read as printed, it is a table's amount or the subject's own in 万元 ("公务接待费9,400.00元" with 09表's
    // 0.94): no slip, whatever unit the paragraph's other amounts are in.
    if (this.literalAgrees(claim, tk)) return null;
    const same = (f: Figure | null | undefined) => f != null && f.unit === '万元' && f.value === tk.value;
    if (this.claims.some((c) => c.subject.key === claim.subject.key && (same(c.amount) || same(c.budget?.amount) || same(c.change?.amount)))) return 'twin';
    // Printed to the fen, or to the same precision as the 万元 amounts around it ("9.4亿元" among 25.7万元,
    // 16.3万元): a real 元 amount is whole 元 or to the fen, so a whole number in 元 is never taken for a slip;
    // nor is a 元 amount to the jiao or past the fen ("155.9元", "0.498元") one of the accounts' 元 amounts.
    const around = this.paraUnits.wan > 0 ? this.paraUnits.wanDecimals : this.priorUnits.wanDecimals;
    const oddYuan = tk.unit === '元' && tk.decimals > 0;
    if (tk.decimals !== 2 && !oddYuan && !(around.has(tk.decimals) && tk.unit === '亿元')) return null;
    if (tk.unit === '元' && PER_UNIT_BEFORE.test(this.clauseText.slice(0, tk.start))) return null;
    // Read at 万元, ten times the largest amount the account has stated so far ("人员经费5,670,200.00元" beside
    // "基本支出608.04万元"): no account's item is that, so it is the 元 it says.
    if (this.dwarfsTheAccount(tk.value, tk.unit)) return null;
    // 亿元 only in the explanation of the accounts (a fund's or a sector's figures of the overview may be in 亿元).
    if (tk.unit === '亿元' && !section.startsWith('explain')) return null;
    // The paragraph is in 万元: more amounts in 万元 than in this figure's unit (itself counted), none in the third.
    // Where it has as many (one 万元, one 元) or no other amount, neither unit is the paragraph's, and the
    // section's paragraphs before it decide ("0.25元，比上年决算增加0.25万元" among items in 万元); where they
    // have no amount either, the explanation's amounts as a whole.
    const mine = tk.unit === '元' ? 'yuan' : 'yi';
    const third = tk.unit === '元' ? 'yi' : 'yuan';
    const inWan = (u: UnitCounts) => u.wan > 0 && u.wan > u[mine] && u[third] === 0;
    const p = this.paraUnits;
    if (inWan(p)) return 'paragraph';
    if (p.wan < p[mine] - 1 || p[third] !== 0) return null;
    if (inWan(this.priorUnits)) return 'section';
    const prior = this.priorUnits;
    if (prior.wan + prior.yuan + prior.yi === 0 && inWanDocument(this.docUnits, tk.unit)) return 'document';
    // Or a table in 万元 prints the same digits ("收入合计238.67亿元，其中：财政拨款收入238.67万元" with 01表 238.67).
    return p.wan + this.priorUnits.wan > 0 && this.ctx.tableAmounts?.has(tk.value) ? 'table' : null;
  }

  /**
   * Gives each generic subject (本年收入, 年初结转和结余, 基本支出 …) its scope (scope.ts): the
   * qualifier right before it, else the scope the sentence opens with, else the section's. A share or
   * comparison base ("占本年支出合计的") is the department's unless qualified, or said under a fund's
   * heading, where it cannot be told. A subject of another scope ends the sentence's scope.
   */
  private scoped(subjects: SubjectMatch[], text: string, section: string): SubjectMatch[] {
    const dept = this.ctx.facts.department ?? null;
    const sec = sectionScope(section);
    return subjects.map((s) => {
      const isBase = isBaseMention(text, s);
      if (!isScopable(s.key)) {
        const own = scopeOfKey(s.key);
        if (!isBase && own && own !== this.topic.scope) this.topic = { scope: null, department: this.topic.department };
        return s;
      }
      const near = qualifierBefore(text.slice(0, s.start), dept);
      let scope: Scope | 'department' = 'department';
      let sure = true;
      if (near === 'department') {
        // "本部门本年收入" under a fund's heading: the words and the heading disagree.
        if (sec?.sure) [scope, sure] = [sec.scope, false];
      } else if (near) {
        scope = near;
      } else if (isBase) {
        if (sec?.sure) [scope, sure] = [sec.scope, false];
      } else if (this.topic.scope) {
        scope = this.topic.scope;
        sure = scope === 'fund' || scope === 'capital';
      } else if (sec) {
        scope = sec.scope;
        sure = sec.sure && !this.topic.department;
      }
      if (!isBase && this.topic.scope && scope !== this.topic.scope) this.topic = { scope: null, department: this.topic.department };
      const key = scopedKey(s.key, scope, sure);
      return key === s.key ? s : { ...s, key, baseKey: s.key };
    });
  }

  private countParent(key: string): string | null {
    if (key.startsWith('performance.grade:')) {
      const p = [...this.claims].reverse().find((c) => c.subject.key === 'performance.projectsGraded' || c.subject.key === 'performance.projects');
      return p?.id ?? null;
    }
    if (key.startsWith('performance.projects:')) {
      const p = [...this.claims].reverse().find((c) => c.subject.key === 'performance.projects');
      return p?.id ?? null;
    }
    return null;
  }

  /** The "其中" whole a new subject is a part of, if any (and closes the list when it is not). */
  private parentFor(primary: SubjectMatch, listed: boolean, carried: Whole | null): Claim | null {
    if (this.whole) {
      const w = this.claimById(this.whole.id);
      const key = keyUnder(primary, this.whole.key);
      // A whole of unsure scope takes any listed subject, but not its own sibling ("基本支出…，其中：工资福利
      // 支出…；项目支出…": 项目支出 ends 基本支出's list, it is not in it).
      const sibling = areSiblings(plainKey(this.whole.key), plainKey(key));
      if (w && (isPartOf(this.whole.key, key) || (!hasKnownParts(this.whole.key) && !w.count && !primary.entry?.countUnit && !sibling))) return w;
      // A part of a part ("其中：…公务用车购置费…") belongs to the same list.
      if (w && isDescendant(this.whole.key, key)) return w;
      if (w && this.basicPartOf(w, key)) return w;
      // "项目支出816.48万元，其中：人员经费…": a part whose name is a sibling whole's, kept with that
      // whole named; the list goes on (the next part may be the same slip).
      if (w && this.markForeign(w, key)) return null;
      this.whole = null;
    }
    if (carried && (!this.firstSubjectSeen || this.usedCarried)) {
      const key = keyUnder(primary, carried.key);
      // A part of a part (公务用车购置费 of the 三公 total) on its own line of the list, as within a paragraph.
      if (isDescendant(carried.key, key) || (listed && !hasKnownParts(carried.key))) {
        this.usedCarried = true;
        return this.claimById(carried.id);
      }
      const w = this.claimById(carried.id);
      if (w && this.basicPartOf(w, key)) {
        this.usedCarried = true;
        return w;
      }
      if (w && this.markForeign(w, key)) {
        this.usedCarried = true;
        return null;
      }
    }
    return null;
  }

  /**
   * "支出799.12万元。其中：人员经费434.89万元，公用经费77.4万元，项目支出286.83万元": 人员经费 and 公用经费
   * make up the 基本支出 of a spending that lists them in its place. Listed beside 基本支出 itself they would
   * count twice, so only where it is not; and a list of them is not taken for all of the spending (a sum
   * of them may not exceed it, nothing more), as 基本支出 may hold what they leave out.
   */
  private basicPartOf(w: Claim, key: string): boolean {
    if (!BASIC_PARTS.includes(key) || !SPENDING_WITH_BASIC.has(w.subject.key)) return false;
    if (this.claims.some((c) => c.parent === w.id && c.subject.key === 'expense.basic')) return false;
    w.someParts = true;
    return true;
  }

  /** Set by parentFor for the claim about to be made: the whole it was listed under though not its part. */
  private foreign: Claim['listedUnder'] | null = null;

  private markForeign(w: Claim, key: string): boolean {
    const owner = ownerInstead(w.subject.key, key);
    if (!owner || !w.amount) return false;
    this.foreign = { whole: w.id, owner, ownerLabel: SUBJECTS.find((e) => e.key === owner)?.label ?? owner };
    return true;
  }

  /**
   * "财政拨款基本支出3455.91万元，其中：人员经费1565.86万元，占基本支出的45.31%": a share's base word that names
   * the whole its own sentence states is that whole, in the whole's scope, not the same word's subject
   * of another scope (the 基本支出 of all funds).
   */
  private wholeNamed(role: { base: string | null; baseLabel?: string }, sentence: string): string | null {
    if (!role.base || !role.baseLabel) return null;
    // The last amount of the sentence so far under the base's very words (and so the whole before its 其中).
    for (let k = this.claims.length - 1; k >= 0; k--) {
      const w = this.claims[k] as Claim;
      if (w.sentence !== sentence) break;
      if (w.amount && w.subject.label === role.baseLabel) return w.subject.key === role.base ? null : w.subject.key;
    }
    return null;
  }

  private claimById(id: string): Claim | null {
    return this.claims.find((c) => c.id === id) ?? null;
  }

  /**
   * The base a part's whole was compared with, when the whole's sentence compared it with that base
   * only: a whole said against last year and the budget leaves a part's bare 持平 undecided.
   */
  private listComparison(part: Claim): 'prior' | 'budget' | null {
    const whole = part.parent ? this.claimById(part.parent) : null;
    const against = whole?.change?.against;
    if (!whole || !against) return null;
    const both = this.claims.some((c) => c.sentence === whole.sentence && c.subject.key === whole.subject.key && c.change && c.change.against !== against);
    return both ? null : against;
  }

  /** A new claim on the same subject and parent, now the current one. */
  /**
   * The claim a 其中 list said right after `cur` is the parts of: "…支出决算1134万元，较上年减少40万元，下降3%，
   * 较预算数1237万元减少103万元，下降8%。其中：…" lists the parts of the 1134万元, not of the comparison with
   * the budget said last (a claim of the same subject that holds only that change). Else `cur` itself.
   */
  private listWholeOf(cur: Claim): Claim {
    if (cur.amount || cur.budget?.amount || cur.count || !cur.change) return cur;
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const c = this.claims[i] as Claim;
      if (c === cur) continue;
      if (c.sentence !== cur.sentence) break;
      if (c.subject.key !== cur.subject.key || c.parent !== cur.parent) break;
      if (c.amount && c.change && c.change.against !== cur.change.against) return c;
    }
    return cur;
  }

  private sibling(of: Claim, section: string, sentence: string, location: Location): Claim {
    const c = this.newClaim(section, of.subject, sentence, location, of.parent);
    this.current = c;
    return c;
  }

  /**
   * "其中：人员经费146.15万元、公用经费11.23万元，合计157.38万元": a sum said after the amounts it adds, kept
   * as a claim of its own (keyed unsure:sum, compared with nothing else) that names them in `sumOf`. Its
   * items are the amounts said before it in the sentence under the same whole as the last one, after the
   * sentence's 其中 when it has one; budgets, changes and counts alone are not summed.
   */
  private listSum(last: Claim, text: string, section: string, sentence: string, location: Location): void {
    const tk = lexFigures(text).find((t) => t.kind === 'amount' && t.unit);
    if (!tk || !last.amount) return;
    const after = sentence.indexOf('其中');
    const items: Claim[] = [];
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const c = this.claims[i] as Claim;
      if (c.sentence !== sentence || c.parent !== last.parent || c.subject.key.startsWith('unsure:sum#')) break;
      if (after >= 0 && sentence.indexOf(c.subject.label) < after) break;
      if (!c.amount || c.budget) return;
      items.unshift(c);
    }
    if (items.length < 2) return;
    const sum = this.newClaim(section, { key: 'unsure:sum', label: text.trim().replace(/\s*[-−]?[\d,]+(?:\.\d+)?\s*(?:万元|亿元|元)[\s\S]*$/, ''), names: [] }, sentence, location, last.parent);
    const at = this.lines?.figure(tk.raw) ?? null;
    sum.amount = toFigure(tk, at?.line != null ? { ...location, line: at.line, page: at.page } : location);
    sum.sumOf = items.map((c) => c.id);
  }

  private newClaim(section: string, subject0: Claim['subject'], sentence: string, location: Location, parent: Claim | string | null): Claim {
    const id = `c${++this.n}`;
    // An item named by its 项 alone may be one of several of that name (行政运行 under many 款), and a 合计
    // is of its own list: each statement of either is a subject of its own, never paired by its key.
    const subject = /^unsure:(?:item:|sum$)/.test(subject0.key) && !subject0.key.includes('#') ? { ...subject0, key: `${subject0.key}#${id}` } : subject0;
    const c: Claim = {
      id,
      section,
      subject,
      amount: null,
      change: null,
      share: null,
      budget: null,
      count: null,
      parent: typeof parent === 'string' ? parent : (parent?.id ?? null),
      sentence,
      location: { ...location, text: sentence },
    };
    // A part listed under a total is of the total's year, though its own sentence ("其中，…") names none.
    const year = this.sentenceYear ?? (typeof parent === 'string' ? this.claimById(parent) : parent)?.year;
    if (year != null) c.year = year;
    this.claims.push(c);
    return c;
  }

  /** Where a figure stands: a figure of a sentence that runs over several source lines is located on its own line. */
  private figureLoc(tk: Token, location: Location): Location {
    const at = this.lines?.figure(tk.raw) ?? null;
    const onLine: Location = at?.line != null && (at.line !== location.line || at.page !== location.page) ? { ...location, line: at.line, page: at.page } : location;
    // In a PDF, the box of the figure's own characters (the sentence's would stand on its own page).
    if (onLine !== location && !at?.box) delete onLine.box;
    return at?.box ? { ...onLine, box: at.box } : onLine;
  }

  private apply(claim0: Claim, tk: Token, role: Role, location: Location, cmp: 'prior' | 'budget' | null, section: string, sentence: string): Claim {
    let claim = claim0;
    // A subject named in a heading of no figure ("（二）社会保障和就业支出（类）。支出决算为…") is stated by the
    // sentence its first figure stands in: that is the claim's sentence. (Its place stays where it is named.)
    if (claim.sentence !== sentence && !DIGIT.test(claim.sentence) && !claim.amount && !claim.change && !claim.share && !claim.budget && !claim.count) claim.sentence = sentence;
    const loc = this.figureLoc(tk, location);
    const slip = this.unitSlipBasis(claim, tk, role, section);
    if (slip) {
      if (!claim.unitSlip) {
        claim.unitSlip = { value: tk.value, decimals: tk.decimals, kind: 'amount', unit: tk.unit as string, raw: tk.raw.trim(), location: loc };
        claim.unitSlipBasis = slip;
      }
      // The figure is read at the unit it was meant in, so the sums it takes part in hold or fail on their own.
      tk = { ...tk, unit: '万元' };
    }
    switch (role.role) {
      case 'amount': {
        if (this.budgetMode) {
          claim.budget ??= { amount: null, basis: this.budgetMode, executionRate: null, diffRate: null, words: [] };
          if (claim.budget.amount) claim = this.sibling(claim, section, sentence, location);
          claim.budget ??= { amount: null, basis: this.budgetMode, executionRate: null, diffRate: null, words: [] };
          claim.budget.amount = toFigure(tk, loc, 'amount');
          break;
        }
        if (claim.amount && claim.amount.value === toFigure(tk, loc).value) break;
        if (claim.amount) claim = this.sibling(claim, section, sentence, location);
        claim.amount = toFigure(tk, loc, 'amount');
        break;
      }
      case 'budget': {
        claim.budget ??= { amount: null, basis: role.basis, executionRate: null, diffRate: null, words: [] };
        if (claim.budget.amount) {
          claim = this.sibling(claim, section, sentence, location);
          claim.budget = { amount: null, basis: role.basis, executionRate: null, diffRate: null, words: [] };
        }
        claim.budget.amount = toFigure(tk, loc, 'amount');
        claim.budget.basis = role.basis;
        break;
      }
      case 'priorLevel': {
        this.priorLevel = toFigure(tk, loc, 'amount');
        break;
      }
      case 'changeAmount':
      case 'changeRate': {
        const against = cmp ?? 'prior';
        claim.change ??= { amount: null, rate: null, direction: role.direction, words: [], against };
        const slot = role.role === 'changeAmount' ? 'amount' : 'rate';
        // A change against something else ("比预算无增减变化，比去年增加1.05万元") is another comparison.
        if (claim.change[slot] || claim.change.against !== against) {
          claim = this.sibling(claim, section, sentence, location);
          claim.change = { amount: null, rate: null, direction: role.direction, words: [], against };
        }
        const ch = claim.change as NonNullable<Claim['change']>;
        if (this.priorLevel && against === 'prior') {
          ch.base = this.priorLevel;
          this.priorLevel = null;
        }
        ch[slot] = toFigure(tk, loc, slot === 'amount' ? 'amount' : 'percent');
        if (role.word) ch.words.push(role.word);
        if (ch.direction !== role.direction) ch.direction = ch.direction ?? role.direction;
        ch.against = against;
        break;
      }
      case 'ratio': {
        // (On the change of the same comparison when the clause has one, else on a comparison of its own.)
        const against = cmp ?? 'prior';
        if (claim.change && (claim.change.against !== against || claim.change.ratio)) {
          claim = this.sibling(claim, section, sentence, location);
          claim.change = null;
        }
        claim.change ??= { amount: null, rate: null, direction: null, words: [], against };
        const value: Figure = tk.kind === 'multiple' ? { value: tk.value, decimals: tk.decimals, kind: 'count', unit: '倍', raw: tk.raw.trim(), location: loc } : toFigure(tk, loc, 'percent');
        // ("比上年的100.00万元增长1.2倍": last year's level said before it, as a change's base.)
        if (this.priorLevel && against === 'prior' && !claim.change.base) {
          claim.change.base = this.priorLevel;
          this.priorLevel = null;
        }
        claim.change.ratio = { value, reading: role.reading, base: role.base ? toFigure(role.base, loc, 'amount') : null };
        break;
      }
      case 'share': {
        if (claim.share) claim = this.sibling(claim, section, sentence, location);
        claim.share = { rate: toFigure(tk, loc, 'percent'), base: this.wholeNamed(role, sentence) ?? role.base };
        break;
      }
      case 'execution':
      case 'diffRate': {
        claim.budget ??= { amount: null, basis: role.role === 'execution' ? role.basis : 'unspecified', executionRate: null, diffRate: null, words: [] };
        if (role.role === 'execution') {
          // ("年初预算为500万元，…，完成调整预算的40%": a rate of another budget than the one printed is of a
          // budget the sentence does not give; it is not checked against this one.)
          const b0 = claim.budget;
          const otherBasis = b0.amount != null && b0.basis !== 'unspecified' && role.basis !== 'unspecified' && b0.basis !== role.basis;
          if (claim.budget.executionRate || otherBasis) {
            claim = this.sibling(claim, section, sentence, location);
            if (otherBasis) claim.budget = null;
          }
          claim.budget ??= { amount: null, basis: role.basis, executionRate: null, diffRate: null, words: [] };
          claim.budget.executionRate = toFigure(tk, loc, 'percent');
          if (claim.budget.basis === 'unspecified') claim.budget.basis = role.basis;
        } else {
          claim.budget.diffRate = toFigure(tk, loc, 'percent');
        }
        break;
      }
      case 'count': {
        if (claim.count || claim.amount) {
          const c = this.newClaim(section, claim.subject, sentence, location, claim.parent);
          c.count = { value: toFigure(tk, loc, 'count'), unit: role.unit };
          return claim;
        }
        claim.count = { value: toFigure(tk, loc, 'count'), unit: role.unit };
        break;
      }
    }
    return claim;
  }
}

/**
 * The key of a subject said as a part of a whole: a department whole (本年支出合计) makes its bare parts
 * the department's, a 财政拨款 or fund whole its own (remapUnderParent); otherwise the subject keeps the
 * scope it was read with.
 */
function keyUnder(primary: SubjectMatch, parentKey: string | null): string {
  const base = primary.baseKey ?? primary.key;
  // "本年支出合计…，其中：基本支出…": the department's whole has the department's parts.
  if (parentKey && isScopable(parentKey)) return base;
  const under = remapUnderParent(base, parentKey);
  return under !== base ? under : primary.key;
}

/**
 * A 项 named alone ("其中：“行政运行（项）”132.96万元") in the list of a 款 or 类 said with its path: the
 * one item of that name under it. (行政运行 alone is under many 款; under 医疗保障管理事务 it is 2101501.)
 */
function itemUnder(catalog: Catalog, primary: SubjectMatch, wholeKey: string | null): string | null {
  if (!primary.key.startsWith('unsure:item:') || !wholeKey?.startsWith('fc:')) return null;
  const hit = oneNamedUnder(catalog, wholeKey.slice(3), primary.key.slice('unsure:item:'.length), false);
  return hit ? `fc:${hit}` : null;
}

/**
 * The one item under a 款 (its 项) or a 类 (its 项, and its 款 too when `kuans`) that bears the name, or
 * null where none or several do.
 */
function oneNamedUnder(catalog: Catalog, code: string, name: string, kuans: boolean): string | null {
  if (code.length !== 3 && code.length !== 5) return null;
  const below = code.length === 5 ? [] : catalog.functionChildren(code);
  const pool = code.length === 5 ? catalog.functionChildren(code) : [...(kuans ? below : []), ...below.flatMap((k) => catalog.functionChildren(k.code))];
  const hits = pool.filter((i) => catalog.nameMatches(i, name));
  return hits.length === 1 ? (hits[0] as { code: string }).code : null;
}

/**
 * The item a bare name in a classified whole's list names ("行政运行587.03万元" under 21015, "全部为其他医疗
 * 救助支出" under 21013): the name before the clause's first amount (or after 全部为), the one child (or,
 * under a 类, grandchild) of the whole that bears it.
 */
function childNamed(catalog: Catalog, wholeKey: string, text: string, tokens: readonly Token[]): SubjectMatch | null {
  const first = tokens.find((tk) => tk.unit != null);
  const head = first ? text.slice(0, first.start) : text;
  const m = /^\s*(?:其中[:：]?|主要(?:为|是|包括)|包括|(?:全部|均|全额)(?:为|是|用于))?\s*[“"]?([\u4e00-\u9fa5（）()]{2,30}?)[”"]?\s*(?:支出)?(?:决算)?(?:数)?(?:为|是)?\s*$/.exec(head);
  const name = m?.[1];
  if (!name || (!first && !/(?:全部|均|全额)(?:为|是|用于)/.test(head))) return null;
  const hit = oneNamedUnder(catalog, wholeKey.slice(3), name, true);
  if (!hit) return null;
  const start = head.indexOf(name);
  return { start, end: start + name.length, key: `fc:${hit}`, label: name, names: [], entry: null };
}

/**
 * A 项 named alone ("（2）行政单位医疗（项）年初预算6.70万元…") that the document's own tables print under one
 * code only: that item. (行政运行 is under many 款 in the catalog, but a department's 05表 has one.)
 */
function itemPrinted(ctx: InterpretContext, primary: SubjectMatch): string | null {
  if (!primary.key.startsWith('unsure:item:') || !ctx.printedItems?.length) return null;
  const name = primary.key.slice('unsure:item:'.length);
  const codes = new Set(
    ctx.printedItems
      .filter((i) => {
        const item = i.code.length === 7 ? ctx.catalog.functionItem(i.code) : undefined;
        if (!item) return false;
        // ("医疗保障管理事务行政运行（项）": the 款's name run into the 项's.)
        const kuan = ctx.catalog.functionItem(i.code.slice(0, 5));
        return ctx.catalog.nameMatches(item, name) || (kuan != null && name.startsWith(kuan.name) && ctx.catalog.nameMatches(item, name.slice(kuan.name.length)));
      })
      .map((i) => i.code),
  );
  return codes.size === 1 ? `fc:${[...codes][0]}` : null;
}

/** Is the token part of a subject's words or of a count already read? */
function inSubject(tk: Token, subjects: readonly SubjectMatch[], consumed: readonly [number, number][]): boolean {
  return subjects.some((s) => tk.start < s.end && tk.end > s.start) || consumed.some(([a, b]) => tk.start < b && tk.end > a);
}

function hasKnownParts(key: string): boolean {
  return /^(total|income\.|expense\.|fiscal\.|general\.|fund\.|capital\.|threePublic\.|procurement\.|fc:)/.test(key);
}

/** The parts of any 基本支出 (人员经费, 公用经费), and the spendings whose 基本支出 they may stand in for. */
const BASIC_PARTS = ['basic.personnel', 'basic.public'];
const SPENDING_WITH_BASIC = new Set(['expense.total', 'expense.actual']);

/**
 * 持平 (said outright, not 基本持平) right before a direction word and its figure in the same clause, with
 * nothing but 、 between: "持平、下降14%", "持平减少3.00万元".
 */
function flatBeforeChange(text: string, flat: RegExpExecArray): boolean {
  if (/基本|大致|略/.test(flat[1] as string) || /(?:基本|大致|略|大体)\s*$/.test(text.slice(0, flat.index))) return false;
  return /^\s*[、]?\s*(?:增加|增长|减少|下降|上升|降低)(?:了)?\s*\d/.test(text.slice(flat.index + (flat[0] as string).length));
}

/** A clause's words before its first figure that are a copula alone: the figure is what the words before the clause named. */
const APPOSITION_LEAD = /^\s*(?:[，,：:]\s*)?(?:均|也|则|约)?(?:为|是|达到?)\s*(?:约)?\s*$/;
/** 其中 (its copula or colon only) before the first figure: the figure is a part, unnamed. */
const PART_LEAD = /^\s*其中\s*[:：，,]?\s*(?:(?:均|约)?(?:为|是|有))?\s*$/;
/** Last year named as such, not a carry-over from it (上年结转, this year's own) nor a comparison with it. */
const LAST_YEAR_WORD = /(?:上一?年度?|去年)(?!度|\s*(?:结转|结余|同期|末|年初|预算|相比|比))/;
/** Words that relate a figure to the year after them (of it, on it, with it), not state that year's. */
const RELATED_TO = /(?:为|是|占|达到?|相当于|于|到|比|较|与|同|了|和|及|对)\s*$/;
/** Words of a change: a clause saying one is about this year's level, not another year's. */
const CHANGE_WORDS = /增加|减少|增长|下降|上升|降低|持平|增幅|降幅|减幅/;
const FILLER = /支出|决算|执行|实际|共计|合计|累计|汇总|总额|总计|金额|全年|本年度|本年|当年度|当年|年度|分别|达到|均|各|共|同(?=[为是])|为|是|达|数|额|[:：\s]|[“”"]|的/g;

/** A clause that is only last year's level compared with ("与2023年度的1,548.16万元相比", "较上年的90万元"). */
const OPENING_PRIOR = /^\s*(?:与|较|比|同)\s*(?:上年度?|上一年度?|去年|\d{4}\s*年度?)(?:同期)?的\s*[-−]?[\d,，]+(?:\.\d+)?\s*(?:万元|亿元|元)\s*(?:相比|比较)?\s*$/;
const PRIOR_LEVEL = /(?:比|较|与|同)\s*(?:上年度?|上一年度?|去年|\d{4}\s*年度?)(?:同期)?(?:的)?(?:累计)?(?:总)?(?:支出|收入)?(?:决算数?|实际支出|支出)?(?:的|为)?$/;

/** A comparison with last year said before the subject, up to it ("较2014年度部门决算公开“"). */
const PRIOR_BEFORE_SUBJECT = /(?:比|较|与|同)\s*(?:上年度?|上一年度?|去年|\d{4}\s*年度?)[^，,。；;\d%]{0,24}$/;
/** A sentence up to a clause that follows an amount with its unit ("…225.83万元，"). */
const AMOUNT_BEFORE = /\d\s*(?:万元|亿元|元)\s*[，,]\s*$/;
/** A change said right after an amount ("16.08万元增加15.15万元", "2794494元,增加了194131元"). */
// (Or after the comparison closes: "与2019年度收、支总计4832.02万元相比各增加669.6万元".)
const CHANGE_NEXT = /^\s*(?:相比|比较|相较)?\s*[，,]?\s*(?:各|均|分别)?(?:增加|减少|增长|下降|上升|降低)了?\s*\d/;

/** What follows position `at` of the clause `text` in its sentence (the clause's rest when not found in it). */
function afterInSentence(sentence: string, text: string, at: number): string {
  const from = sentence.indexOf(text);
  return from < 0 ? text.slice(at) : sentence.slice(from + at);
}

/** The words that make the figure after them the spending (决算数) of the subject being read. */
const SPENT_IS = /(?:支出)?决算(?:数)?(?:为|是)\s*$/;

const LEVEL_AFTER_CHANGE = /(?:增加|增长|上升|提高|上涨|减少|下降|降低|减小|压减|缩减)(?:为|至|到)$/;

// "比上年预算数字下降35.45%": compared with last year's budget, neither last year's spending nor this
// year's budget; nothing the account prints to check it against.
const LAST_YEAR_BUDGET = /(?:比|较|与)\s*(?:上年度?|上一年度?|去年|\d{4}\s*年度?)(?:的)?(?:年初|全年)?预算/;

/**
 * A mention that is what another figure is measured against, not the clause's subject: a share's base
 * ("占本年支出合计的", "在本年支出中的占比为"), or what is compared with ("与", "比", "较").
 */
function isBaseMention(text: string, s: SubjectMatch): boolean {
  const pre = text.slice(0, s.start);
  if (/占[^，,；;。\d]*$/.test(pre) || /(?:与|比|较)$/.test(pre)) return true;
  return /在\s*[“"]?$/.test(pre) && /^\s*[”"]?\s*(?:中|里|内)\s*(?:的)?\s*(?:所占)?(?:占比|比重|比例|占)/.test(text.slice(s.end));
}

/** Words of a share's base that name no whole of their own ("占本年度收入的", "占全部支出的"): the section's whole is meant. */
const SHARE_BASE_FILLER = /本年度?|当年|全年|全部|总额|总计|合计|[“”"\s]/g;

/**
 * A share whose base the sentence names in words no subject reads ("占总收入92.86%", "占财政拨款99.6%"):
 * a whole the reader cannot tell (收入总计 or 本年收入？财政拨款收入 or 支出？), keyed `unread:` so that it is
 * compared with no figure, rather than with the section's whole, which the words did not name.
 */
function unreadBase(cue: string): string | null {
  const named = /占([^，,；;。%]*?)(?:的)?(?:比重|比例)?(?:为|达)?$/.exec(cue)?.[1]?.replace(SHARE_BASE_FILLER, '') ?? '';
  // (总收入 and 总支出 name the side's whole, 本年 or 总计 left open: arithmetic.share tries both.)
  return named && !/^总?(?:收入|支出)$|^比$/.test(named) ? `unread:${named}` : null;
}

function roleOf(tk: Token, cue: string, base: SubjectMatch | null, rightAfterSubject: boolean, cmp: 'prior' | 'budget' | null, fy: number | null = null): Role | null {
  // "住房公积金（项）2024年度决算数为45.34万元": the report's own year between the subject and its figure says
  // nothing more than 本年度 does. (Another year's figure is no amount of this year's.)
  const c = (fy != null && cue.includes(String(fy)) ? cue.replace(new RegExp(`${fy}\\s*年度?`, 'g'), '本年') : cue).replace(/\s+$/, '');
  if (LAST_YEAR_BUDGET.test(c)) return null;
  if (tk.kind === 'percent') {
    // ("占年初预算的95%": the subject's actual over its own budget, before 占 is read as a share.)
    const of = percentOfBudgetCue(c);
    if (of) return { role: 'execution', basis: of, ofBudget: true };
    if (isShareCue(c)) return { role: 'share', base: base?.key ?? unreadBase(c), baseLabel: base?.label };
    if (isDiffRateCue(c)) return { role: 'diffRate' };
    const ex = executionCue(c);
    if (ex) return { role: 'execution', basis: ex };
    const d = directionBefore(c, { saving: cmp != null });
    if (d) return { role: 'changeRate', ...d };
    return null;
  }
  if (tk.kind === 'amount') {
    // "减少为0.00万元", "增加到120万元": the new level, not the change.
    if (tk.unit && LEVEL_AFTER_CHANGE.test(c) && c.replace(LEVEL_AFTER_CHANGE, '').replace(FILLER, '') === '') return { role: 'amount' };
    // "新增" only right after the subject in a sentence compared with last year ("公务接待费新增2.40万元"):
    // "其中新增5万元" or "年中新增" say what was added, not how the subject moved.
    // "较2023年度决算数2.91万元增加4.51万元", "比上年的0.38万元减少…": last year's level, the base of the change.
    if (tk.unit && cmp === 'prior' && PRIOR_LEVEL.test(c)) return { role: 'priorLevel' };
    const d = directionBefore(c, { saving: cmp != null }) ?? (cmp === 'prior' && rightAfterSubject ? newItemBefore(c) : null);
    if (d) return { role: 'changeAmount', ...d };
    const b = budgetAmountCue(c);
    if (b) return { role: 'budget', basis: b };
    if (tk.unit == null) {
      // A bare number is an amount only right after its subject ("收、支总计2280.29。"), or to the cent
      // right after the words that say it is the spending ("…年初预算为5282.00万元，支出决算为4948.72。").
      if ((!rightAfterSubject && !(tk.decimals === 2 && SPENT_IS.test(c))) || c.replace(FILLER, '') !== '' || tk.decimals === 0) return null;
      return { role: 'amount' };
    }
    if (c.replace(FILLER, '') === '') return { role: 'amount' };
    return null;
  }
  // counts: only when nothing but filler words stand between the subject and the number
  const unit = /团组$/.test(c) ? '团组' : (tk.unit ?? '');
  if (c.replace(/团组|共计|累计|合计|接待|安排|全年|的|为|有|共|达|[:：\s]/g, '') !== '') return null;
  if (/^(?:个)$/.test(unit) && !/团组/.test(c) && !rightAfterSubject) return null;
  return { role: 'count', unit };
}
