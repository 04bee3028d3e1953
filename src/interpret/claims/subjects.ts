import type { Catalog, CatalogItem } from '../../catalog/catalog.js';
import { normalizeItemName } from '../../catalog/catalog.js';
import { withoutLookbehinds } from '../../model/regex-source.js';

/**
 * Subject recognition: the words a region uses for a quantity → one normalised key, so that the
 * same fact gets the same key wherever (and however) it is said.
 */
export interface SubjectEntry {
  re: RegExp;
  key: string;
  label: string;
  /** The figure is a count (辆, 个) rather than an amount. */
  countUnit?: string;
  /** Only a subject when a figure follows directly (e.g. 车辆1辆). */
  needsFigure?: boolean;
  /** The words say the figure is a budget (年初预算收入 …). */
  budget?: 'initial' | 'full' | 'unspecified';
  /**
   * A word that is also an ordinary phrase of prose (项目支出, 人员经费): it names the department's
   * total only where it stands as a subject, not inside a longer noun phrase ("监管等项目支出").
   */
  generic?: boolean;
  /** Only a subject in these sections: a word that names this quantity there alone ("车辆运行费" in the 三公's account). */
  sections?: RegExp;
}

const Q = '[“"‘]?';
const QE = '[”"’]?';
const J = '(?:和|及|与|、)?';
/**
 * Right after a year ("2023年", "本年度的"), after it and the department naming itself ("2024年度，本部门"),
 * or after that name alone at a clause's start ("，本单位收入决算数为…").
 */
const SELF = '(?:本|我)(?:部门|单位|局|委|办|院|厅|馆|站|所|中心|会)\\s*(?:的)?\\s*';
const AFTER_YEAR = `(?:(?:\\d{4}|本)\\s*年度?\\s*(?:的)?\\s*(?:[，,]?\\s*${SELF})?|(?<![\\u4e00-\\u9fa5])${SELF})`;
/** What may stand right before a bare 收入合计/支出合计 that is the account's own total. */
const ACCOUNT_OWN = '(?<=^|[^\\u4e00-\\u9fa5]|年|年度|占|单位|部门|本院|我院|本局|我局|决算|全年)';

/** Ordered from specific to general; the matcher prefers the earliest, then the longest match. */
export const SUBJECTS: SubjectEntry[] = [
  // 财政拨款 totals (table 04)
  // ("财政拨款收入、支出总计均为…": 收入 with its 入, as the account's own 收、支总计 may be written; "财政拨款收支较上年…".)
  { re: /财政拨款收(?:入)?\s*[、,，和及与]?\s*支(?:出)?(?:决算)?总计|财政拨款收入支出(?:决算)?(?:总计|总体)|财政拨款收支(?:决算)?总计|财政拨款收\s*[、,，]?\s*支(?=\s*(?:较|比|与)(?:上年|上一年|去年|\d{4}))/, key: 'fiscal.total', label: '财政拨款收、支总计' },
  { re: /财政拨款收入(?:决算)?总计/, key: 'fiscal.income.grand', label: '财政拨款收入总计' },
  { re: /财政拨款支出(?:决算)?总计/, key: 'fiscal.expense.grand', label: '财政拨款支出总计' },
  { re: new RegExp(`年初财政拨款结转${J}结余`), key: 'fiscal.opening', label: '年初财政拨款结转和结余' },
  { re: new RegExp(`年末财政拨款结转${J}结余`), key: 'fiscal.closing', label: '年末财政拨款结转和结余' },
  { re: /本年财政拨款收入/, key: 'fiscal.income', label: '本年财政拨款收入' },
  { re: /本年财政拨款支出/, key: 'fiscal.expense', label: '本年财政拨款支出' },
  // 政府性基金 (table 07) and 国有资本经营预算 (table 08): their own totals and spending, never the
  // department's ("政府性基金预算财政拨款收入支出总计" is not 收入 + 支出总计).
  { re: /政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收\s*[、,，]?\s*支(?:出)?|收入支出)(?:决算)?(?:总计|总体)/, key: 'fund.total', label: '政府性基金预算财政拨款收、支总计' },
  { re: /政府性基金(?:预算)?(?:财政)?(?:拨款)?收入(?:决算)?总计/, key: 'fund.income.grand', label: '政府性基金预算财政拨款收入总计' },
  { re: /政府性基金(?:预算)?(?:财政)?(?:拨款)?支出(?:决算)?总计/, key: 'fund.expense.grand', label: '政府性基金预算财政拨款支出总计' },
  { re: /政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:本年)?支出(?:决算)?(?:数)?/, key: 'fund.expense', label: '政府性基金预算财政拨款支出' },
  { re: /国有资本经营预算(?:财政)?(?:拨款)?(?:收\s*[、,，]?\s*支(?:出)?|收入支出)(?:决算)?(?:总计|总体)/, key: 'capital.total', label: '国有资本经营预算财政拨款收、支总计' },
  { re: /国有资本经营预算(?:财政)?(?:拨款)?收入(?:决算)?总计/, key: 'capital.income.grand', label: '国有资本经营预算财政拨款收入总计' },
  { re: /国有资本经营预算(?:财政)?(?:拨款)?支出(?:决算)?总计/, key: 'capital.expense.grand', label: '国有资本经营预算财政拨款支出总计' },
  { re: /国有资本经营预算(?:财政)?(?:拨款)?(?:本年)?支出(?:决算)?(?:数)?/, key: 'capital.expense', label: '国有资本经营预算财政拨款支出' },
  // 三公 (table 09)
  // ("“三公”经费总支出为1928.76万元": 总支出 of the 三公 is their total, not the department's.)
  { re: new RegExp(`(?:财政拨款)?${Q}三公${QE}经费(?:(?:(?:一般)?公共预算)?(?:公共)?财政拨款)?(?:总支出|支出)?(?:决算)?`), key: 'threePublic.total', label: '“三公”经费' },
  // ("因公出国费支出0万元": (境) left out, its 费 then said.)
  { re: /因公出国[（(]境[)）](?:经费|费用|费)?(?:支出)?(?:决算)?|因公出国(?:经费|费用|费)(?:支出)?(?:决算)?/, key: 'threePublic.abroad', label: '因公出国（境）费' },
  { re: /(?:公务用车保有量|公务用车[^，,。；]{0,10}?保有量)/, key: 'threePublic.vehicleStock', label: '公务用车保有量', countUnit: '辆' },
  { re: /购置公务用车|公务用车购置数(?:量)?/, key: 'threePublic.vehiclesPurchased', label: '购置公务用车', countUnit: '辆' },
  // (Also named short, as a comparison table's row does: "公务用车费", "公车购置及运行费".)
  // ("公务用车及运行维护费", "公务用车购置和运行维护费": the same item with 购置 left out or 和 for 及;
  // "公务用车购置及运维费": 运行维护 said short, here and in 公务用车运维费.)
  { re: /公务用车(?:购置)?[及和](?:公务用车)?运行(?:维护)?(?:费用|费|经费)(?:支出)?(?:决算)?|公务用车购置及(?:公务用车)?维护(?:费用|费|经费)|公务用车购置及(?:公务用车)?运行(?:维护)?支出|公务用车(?:费用|费|经费)(?:支出)?|(?:公车|公务车)购置及运行(?:维护)?(?:费用|费|经费)(?:支出)?(?:决算)?|(?:公务用车|公车)购置(?:及|和)运维(?:费用|费|经费)(?:支出)?/, key: 'threePublic.vehicle', label: '公务用车购置及运行维护费' },
  // ("公车购置费": 公车 is 公务用车 said short, and nothing else.)
  { re: /公务用车购置(?:费用|费|经费)(?:支出)?|(?:公务用车|公车)购置支出|公车购置(?:费用|费|经费)(?:支出)?/, key: 'threePublic.vehiclePurchase', label: '公务用车购置费' },
  // ("公务用车运行维护支出0万元", as 公务用车购置支出 above; "公车运行维护费", "公务车辆运行费".)
  { re: /公务用车运行(?:及?维护)?(?:费用|费|经费)(?:支出)?|公务用车运行(?:及?维护)?支出|(?:公车|公务车辆?)运行(?:维护)?(?:费用|费|经费)(?:支出)?|(?:公务用车|公车)运维(?:费用|费|经费)(?:支出)?/, key: 'threePublic.vehicleOps', label: '公务用车运行维护费' },
  // "车辆运行费28.91万元" in the 三公's account is the official vehicles' running cost; not a vehicle a
  // word before it names ("执法车辆运行费", "环卫车辆运行费"), nor elsewhere (a project's vehicles).
  {
    re: /(?<![\u4e00-\u9fa5])车辆运行(?:维护)?(?:费用|费|经费)(?:支出)?|(?<=其中|以及|和|及|与)车辆运行(?:维护)?(?:费用|费|经费)(?:支出)?/,
    key: 'threePublic.vehicleOps',
    label: '公务用车运行维护费',
    sections: /^explain\.threePublic$/,
  },
  { re: /(?:外事接待|国[（(]境[)）]外(?:公务)?接待)(?:费|经费)?(?:支出)?/, key: 'threePublic.receptionForeign', label: '外事接待' },
  { re: /国内(?:公务)?接待(?:费|经费)?(?:支出)?/, key: 'threePublic.receptionDomestic', label: '国内公务接待' },
  // "公务接待12.39万元", "公务接待较上年减少0.58万元": the fee named without 费, before its figure or change
  // only (公务接待批次, 公务接待标准 are other things).
  { re: /公务接待(?:费用|费|经费)(?:支出)?(?:决算)?|公务接待(?=(?:支出)?(?:决算)?(?:数)?\s*(?:[:：]|为|是|共|\d|较|比|同比|减少|增加|下降|增长|上升))/, key: 'threePublic.reception', label: '公务接待费' },
  // 机关运行经费
  // (Said by its definition: "为保障机构正常运行而发生的购买货物和服务各项支出合计141.55万元".)
  { re: /机关运行经费(?:支出)?|保障机构正常运行而?发生的(?:用于)?购买货物和服务(?:的)?各项支出(?:合计)?/, key: 'operatingCost', label: '机关运行经费' },
  // 政府采购
  { re: /货物采购授予中小企业合同金额/, key: 'procurement.goods.sme', label: '货物采购授予中小企业合同金额' },
  { re: /工程采购授予中小企业合同金额/, key: 'procurement.works.sme', label: '工程采购授予中小企业合同金额' },
  { re: /服务采购授予中小企业合同金额/, key: 'procurement.services.sme', label: '服务采购授予中小企业合同金额' },
  // "政府采购金额（以合同签订为准）为7571.90万元" (the Shanghai wording) is the total too.
  // ("政府采购支出合计70.24万元": 合计 of the procurement, never the department's 本年支出合计.)
  { re: /政府采购(?:支出|合同)?(?:总额|总金额|合计|总计)|政府采购金额(?:[（(]以合同签订为准[)）])?/, key: 'procurement.total', label: '政府采购支出总额' },
  // "货物采购支出", "货物类采购金额", "服务类采购…", "服务政府采购支出" as well; never 商品和服务支出 (an economic class).
  { re: /政府采购货物类?(?:支出|合同金额|金额)?|货物类?(?:政府)?采购(?:支出|合同金额|金额)?|货物类?(?:支出|金额)/, key: 'procurement.goods', label: '政府采购货物支出' },
  { re: /政府采购工程类?(?:支出|合同金额|金额)?|工程类?(?:政府)?采购(?:支出|合同金额|金额)?|工程(?:支出|采购)金额|工程类(?:支出|金额)/, key: 'procurement.works', label: '政府采购工程支出' },
  { re: /政府采购服务类?(?:支出|合同金额|金额)?|(?<![商品和])服务类?(?:政府)?采购(?:支出|合同金额|金额)?|服务(?:支出|采购)金额|服务类(?:支出|金额)/, key: 'procurement.services', label: '政府采购服务支出' },
  { re: /授予中小企业(?:的)?(?:政府采购)?合同(?:金额)?/, key: 'procurement.sme', label: '授予中小企业合同金额' },
  { re: /授予小微企业(?:的)?(?:政府采购)?合同(?:金额)?/, key: 'procurement.micro', label: '授予小微企业合同金额' },
  // 一般公共预算 (table 05, 06)
  // (公共财政拨款, 公共财政预算, 一般预算: the names before 2015.)
  { re: /(?:一般公共预算|公共财政预算|公共财政|一般预算)财政拨款基本支出(?:决算)?|公共财政拨款基本支出(?:决算)?/, key: 'general.basic', label: '一般公共预算财政拨款基本支出' },
  { re: /(?:一般公共预算|公共财政预算|公共财政|一般预算)财政拨款项目支出(?:决算)?|公共财政拨款项目支出(?:决算)?/, key: 'general.project', label: '一般公共预算财政拨款项目支出' },
  { re: /(?:一般公共预算|公共财政预算|一般预算)(?:财政拨款)?(?:拨款)?支出(?:决算)?(?:数)?|公共财政拨款支出(?:决算)?(?:数)?/, key: 'general.expense', label: '一般公共预算财政拨款支出' },
  { re: /人员经费(?:支出)?/, key: 'basic.personnel', label: '人员经费', generic: true },
  // ("日常公用经费41.02万元": the same 公用经费, its qualifier part of the name.)
  { re: /(?:日常)?公用经费(?:支出)?/, key: 'basic.public', label: '公用经费', generic: true },
  // totals (table 01)
  { re: /(?:决算)?收(?:入)?\s*[、,，和及与]?\s*支(?:出)?(?:决算)?总计|收入支出(?:决算)?(?:总计|总体)|收支(?:决算)?总计|(?<![\u4e00-\u9fa5])收\s*[、,，]?\s*支(?=\s*(?:较|比|与)(?:上年|上一年|去年|\d{4}))/, key: 'total', label: '收、支总计' },
  // ("部门决算收入总计": 决算 before the word, as well as after it, is still the grand total.)
  { re: /(?:决算)?收入(?:决算)?总计/, key: 'income.grand', label: '收入总计' },
  { re: /(?:决算)?支出(?:决算)?总计/, key: 'expense.grand', label: '支出总计' },
  { re: /(?:年初|全年)预算收入/, key: 'income.total', label: '预算收入', budget: 'initial' },
  { re: /(?:年初|全年)预算支出(?:数)?/, key: 'expense.total', label: '预算支出', budget: 'initial' },
  // "2018年度决算总收入1244.27万元", "本单位2021年度总收入581.45万元，其中本年收入…", "2024年度收入总额…":
  // the year's income said as a whole, 本年收入合计 or 收入总计 (the words do not say which); only right
  // after the year or the department naming itself ("营业总收入", "一般公共预算总收入", "党费收入总额" are
  // other things).
  // (Or at the start of the clause after it: "…总收入1238.41万元，总支出1238.51万元".)
  { re: new RegExp(`(?<=${AFTER_YEAR}|^|[，,；;]\\s*)(?:决算)?总收入(?:决算)?(?:数)?|(?<=${AFTER_YEAR}|^|[，,；;]\\s*)收入总额`), key: 'income.actual', label: '总收入' },
  { re: new RegExp(`(?<=${AFTER_YEAR}|^|[，,；;]\\s*)(?:决算)?总支出(?:决算)?(?:数)?|(?<=${AFTER_YEAR}|^|[，,；;]\\s*)支出总额`), key: 'expense.actual', label: '总支出' },
  { re: /决算收入(?:数)?/, key: 'income.actual', label: '决算收入' },
  { re: /决算支出(?:数)?/, key: 'expense.actual', label: '决算支出' },
  // "2023年收入决算数1,895.74万元": the same, said the other way round; only right after the year (an
  // item's "…年初预算为81.93万元，支出决算为63.00万元" is that item's, and 财政拨款收入决算数 its own subject).
  // ("2024年度，本部门收入决算数为…": the department naming itself between the year and the word is the same.)
  { re: new RegExp(`(?<=${AFTER_YEAR})收入决算(?:数|总额)?(?![表总:：])`), key: 'income.actual', label: '决算收入' },
  { re: new RegExp(`(?<=${AFTER_YEAR})支出决算(?:数|总额)?(?![表总:：])`), key: 'expense.actual', label: '决算支出' },
  // A bare 收入合计/支出合计 is the account's own only after the year, the unit or a mark ("2024年度支出合计",
  // "本单位支出合计", "占支出合计"): "购买货物和服务各项支出合计", "…等民生支出合计" are subtotals of their own.
  { re: new RegExp(`本年收入(?:合计)?|${ACCOUNT_OWN}收入合计`), key: 'income.total', label: '本年收入合计' },
  { re: new RegExp(`本年支出(?:合计)?|${ACCOUNT_OWN}支出合计`), key: 'expense.total', label: '本年支出合计' },
  { re: /政府性基金预算(?:财政)?拨款收入/, key: 'income.fund', label: '政府性基金预算财政拨款收入' },
  { re: /国有资本经营预算(?:财政)?拨款收入/, key: 'income.capital', label: '国有资本经营预算财政拨款收入' },
  { re: /(?:一般公共预算|公共财政预算|一般预算)(?:财政)?拨款收入|公共财政拨款收入/, key: 'income.general', label: '一般公共预算财政拨款收入' },
  { re: /财政拨款收入/, key: 'income.fiscal', label: '财政拨款收入' },
  // "本部门2016年度财政拨款支出6954.57万元，较上年决算数增加841.13万元": the year's 财政拨款 spending
  // (table 04), as 本年财政拨款支出; a fund's or the general budget's is matched before it, at its start.
  { re: /财政拨款支出(?!总计|决算总计)/, key: 'fiscal.expense', label: '财政拨款支出' },
  { re: /上级补助收入/, key: 'income.superior', label: '上级补助收入' },
  { re: /事业收入/, key: 'income.business', label: '事业收入', generic: true },
  { re: /附属单位上缴收入/, key: 'income.affiliated', label: '附属单位上缴收入' },
  { re: /经营收入/, key: 'income.operating', label: '经营收入', generic: true },
  { re: /其他收入/, key: 'income.other', label: '其他收入', generic: true },
  { re: /使用非财政拨款结余(?:[（(]含专用结余[)）])?|用事业基金弥补收支差额/, key: 'income.useNonFiscalBalance', label: '使用非财政拨款结余' },
  { re: new RegExp(`(?:年初|上年)结转${J}结余(?:资金)?|(?:年初|上年)结转(?:资金)?`), key: 'income.opening', label: '年初结转和结余' },
  { re: /结余分配/, key: 'expense.distribution', label: '结余分配' },
  { re: new RegExp(`年末结转${J}结余(?:资金)?|年末结转(?:资金)?`), key: 'expense.closing', label: '年末结转和结余' },
  { re: /基本支出/, key: 'expense.basic', label: '基本支出', generic: true },
  { re: /项目支出/, key: 'expense.project', label: '项目支出', generic: true },
  { re: /上缴上级支出/, key: 'expense.toSuperior', label: '上缴上级支出' },
  { re: /对附属单位补助支出/, key: 'expense.toAffiliated', label: '对附属单位补助支出' },
  { re: /经营支出/, key: 'expense.operating', label: '经营支出', generic: true },
  // 国有资产
  // (Not "购置车辆0辆", "新购车辆2辆", "报废车辆1辆": vehicles bought or scrapped in the year, not those held.)
  { re: /(?<!购置|新购|购买|更新|报废|处置|调出|调入)(?:共有|固定资产|实有)?车辆(?=\s*\d)/, key: 'assets.vehicles', label: '车辆', countUnit: '辆', needsFigure: true },
  { re: /单价\s*\d+(?:\.\d+)?\s*万元[（(]?含?[)）]?以上(?:的)?(?:专用)?设备(?:[（(]不含车辆[)）])?/, key: 'assets.bigEquipment', label: '单价100万元以上设备', countUnit: '台（套）' },
];

/**
 * When a whole is a 财政拨款 or 一般公共预算 quantity, its bare parts (基本支出, 项目支出) are the
 * same kind of quantity (table 05's columns, not table 03's).
 */
export function remapUnderParent(key: string, parentKey: string | null): string {
  if (!parentKey) return key;
  if (/^general\./.test(parentKey) || /^fiscal\.expense/.test(parentKey)) {
    if (key === 'expense.basic') return 'general.basic';
    if (key === 'expense.project') return 'general.project';
  }
  // A fund's spending is split into its own 基本支出 and 项目支出 (table 07, 08).
  const fund = /^(fund|capital)\.expense$/.exec(parentKey)?.[1];
  if (fund && (key === 'expense.basic' || key === 'expense.project')) return `${fund}.${key.slice('expense.'.length)}`;
  return key;
}

/** Section-dependent readings of ambiguous words. */
export function remapInSection(key: string, section: string | null): string {
  if (section === 'explain.fiscal' && key === 'income.fiscal') return 'fiscal.income';
  return key;
}

/** The kinds of procurement by their bare names. */
const PROCUREMENT_KINDS: Record<string, { key: string; label: string }> = {
  货物: { key: 'procurement.goods', label: '政府采购货物支出' },
  工程: { key: 'procurement.works', label: '政府采购工程支出' },
  服务: { key: 'procurement.services', label: '政府采购服务支出' },
};

// (Which subject is a part of which whole is the model's: src/model/subject-parts.ts.)

export interface SubjectMatch {
  start: number;
  end: number;
  key: string;
  label: string;
  names: string[];
  entry: SubjectEntry | null;
  /** The key before the subject was given its scope (scope.ts): 本年收入 is income.total before it is fund.income. */
  baseKey?: string;
}

const QUANTITY_HINT = /[\d０-９]|支出|收入|经费|总计|合计|预算|结转|结余|采购|车辆|资产|接待|出国|用车|[（(]\s*项\s*[)）]/;

/** A run of consecutive subject patterns with the union of their sources as a pre-test. */
interface SubjectGroup {
  any: RegExp;
  /** Each pattern, global, and its pre-test when it has lookbehinds (the pattern without them). */
  members: [SubjectEntry, RegExp, RegExp | null][];
}

// Compiled once: findSubjects runs for every clause of every document. A clause that names a
// quantity usually matches a few of the 56 patterns, and a union per small group tells which groups
// to run. No union of all 56 first: V8 took 10-20 ms to compile that one expression in every
// process (more than the eight group unions together), and the eight tests it spared cost far less.
const GROUP_SIZE = 8;
let compiled: SubjectGroup[] | null = null;
function subjectPatterns(): SubjectGroup[] {
  if (!compiled) {
    // (Without their lookbehinds: the union only tells which groups to run, and a lookbehind of
    // 收入决算's, tried at every position of every clause, cost more than all the rest of the test.)
    const union = (es: SubjectEntry[]) => new RegExp(es.map((e) => `(?:${withoutLookbehinds(e.re.source)})`).join('|'));
    const groups: SubjectGroup[] = [];
    for (let i = 0; i < SUBJECTS.length; i += GROUP_SIZE) {
      const part = SUBJECTS.slice(i, i + GROUP_SIZE);
      groups.push({ any: union(part), members: part.map((e) => [e, new RegExp(e.re.source, 'g'), wideOf(e.re)] as [SubjectEntry, RegExp, RegExp | null]) });
    }
    compiled = groups;
  }
  return compiled;
}

/**
 * A pattern's lookbehinds are tried at every position of the clause: the pattern without them, which
 * matches wherever it does, finds first whether its words are there at all (收入决算 after a year).
 */
function wideOf(re: RegExp): RegExp | null {
  const wide = withoutLookbehinds(re.source);
  return wide === re.source ? null : new RegExp(wide);
}

/** Finds every subject mention in a clause, non-overlapping, earliest then longest first. */
export function findSubjects(text: string, catalog: Catalog, section: string | null, department: string | null = null): SubjectMatch[] {
  const all: SubjectMatch[] = [];
  // Most clauses of a long document (duties, reports) name no quantity: a cheap test spares 56 regexes.
  if (!QUANTITY_HINT.test(text)) return all;
  for (const fc of findFunctionPaths(text, catalog)) all.push(fc);
  for (const it of findBareItems(text, catalog)) all.push(it);
  for (const k of findBareKuans(text, catalog)) all.push(k);
  for (const k of findCodedItems(text, catalog)) all.push(k);
  for (const g of subjectPatterns()) {
    if (!g.any.test(text)) continue;
    for (const [e, re, wide] of g.members) {
      if (e.sections && !(section != null && e.sections.test(section))) continue;
      if (wide && !wide.test(text)) continue;
      re.lastIndex = 0;
      // exec rather than matchAll: no iterator per pattern for the many that find nothing.
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (e.needsFigure && !/^\s*[:：为是共]?\s*\d/.test(text.slice(end))) continue;
        all.push({ start, end, key: remapInSection(e.key, section), label: m[0], names: [], entry: e });
      }
    }
  }
  // "1、收入：792.22万元" / "2、支出：799.12万元。其中：…": a bare 收入 or 支出 heading an item of a list,
  // its amount after a colon. Which total it is (本年 or 总计) the words do not say: keyed as unsure, it
  // is compared with no table and no other statement, only with its own parts and change.
  const side = /^\s*(?:\d{1,2}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|[一二三四五六七八九十]{1,2}\s*、)?\s*(收入|支出)(?=\s*[:：]\s*\d)/.exec(text);
  if (side) {
    const start = side.index + side[0].length - (side[1] as string).length;
    all.push({ start, end: side.index + side[0].length, key: `unsure:side:${side[1] === '收入' ? 'income' : 'expense'}`, label: side[1] as string, names: [], entry: null });
  }
  // "其中：财政拨款17,229,526.68万元，占40.2%": in the account of income, a bare 财政拨款 before its
  // figure is the 财政拨款收入.
  if (section === 'explain.income') {
    for (const m of text.matchAll(/(?<![\u4e00-\u9fa5])财政拨款(?=\s*[:：为是]?\s*\d)/g)) {
      all.push({ start: m.index, end: m.index + m[0].length, key: 'income.fiscal', label: '财政拨款收入', names: [], entry: null });
    }
  }
  // "政府采购支出总额10.7万元，其中：货物0.34万元，服务10.36万元，工程0万元": in the account of procurement,
  // the three kinds named bare before their figures.
  if (section === 'explain.procurement') {
    for (const m of text.matchAll(/(?<![\u4e00-\u9fa5])(货物|工程|服务)类?(?=\s*[:：为]?\s*\d)/g)) {
      const kind = PROCUREMENT_KINDS[m[1] as string] as { key: string; label: string };
      all.push({ start: m.index, end: m.index + m[0].length, key: kind.key, label: kind.label, names: [], entry: null });
    }
  }
  // Bare 类 names ("社会保障和就业支出103.3万元") where the explanation lists the structure by class:
  // of the 一般公共预算, of all 财政拨款, or of the whole spending (in its own section or in the account
  // of the totals).
  if (section === 'explain.general' || section === 'explain.fiscal' || section === 'explain.expense' || section === 'explain.total') {
    const { names, any } = classNames(catalog);
    for (const { c, name } of any.test(text) ? names : []) {
      let from = 0;
      for (;;) {
        const i = text.indexOf(name, from);
        if (i < 0) break;
        from = i + name.length;
        let end = i + name.length;
        const rest = text.slice(end);
        const m = /^(?:支出)?(?:[（(]类[)）])?(?:支出)?/.exec(rest);
        end += m ? m[0].length : 0;
        // ("卫生健康支出所占比重最大，为2,123.73万元": the class ranked by its share, its amount in the next clause.)
        if (!/^\s*[:：为]?\s*[\d]/.test(text.slice(end)) && !/^\s*(?:决算)?(?:数)?为/.test(text.slice(end)) && !RANKED.test(text.slice(end))) continue;
        all.push({ start: i, end, key: `fc:${c.code}`, label: text.slice(i, end), names: [name], entry: null });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: SubjectMatch[] = [];
  let until = -1;
  for (const m of all) {
    if (m.start < until) continue;
    until = m.end;
    if (m.entry?.generic && !standsAsSubject(text, m, out, department)) continue;
    out.push(m);
  }
  return out;
}

/**
 * What may stand right before a generic subject word when it names the department's total: the start
 * of a clause or punctuation, 其中, a share or comparison word (占/与/比/较), a year, or a qualifier that
 * keeps the department-level sense (财政拨款, 本部门, 年初预算 …).
 */
const SUBJECT_LEAD =
  /(?:^|[\s，,；;。：:（(“"‘【\[)）]|\d\s*[、.．]|[一二三四五六七八九十][、.．]|其中|用于|占|与|比|较|同|\d{4}\s*年度?|本年度?|当年|全年|上年度?|财政拨款|一般公共预算|政府性基金预算|国有资本经营预算|(?:本|我)(?:部门|单位|局|委|办|厅|院|机关)|部门|单位|决算|预算|年初)$/;
const CONJ = /(?:以及|和|及|与|、|或)$/;
/** What follows a generic word that qualifies the next noun: a performance evaluation, a form or table. */
const MODIFIES_NEXT = /^(?:绩效(?:自评|评价|目标|管理|运行|监控)|(?:决算|预算|明细|情况)?表)/;

/**
 * Does a generic subject word stand as a subject here? Not when a noun phrase or an "…等" qualifies it
 * ("扬尘污染防治监管等项目支出", "开展工作的项目支出", "人员支出、公用支出及项目支出"); in a list joined
 * by 和/及/、 it does when the item before it is itself a subject ("基本支出和项目支出").
 */
function standsAsSubject(text: string, m: SubjectMatch, accepted: readonly SubjectMatch[], department: string | null): boolean {
  // "项目支出绩效自评表", "基本支出决算表": the word names what a form or table is about, not an amount.
  if (MODIFIES_NEXT.test(text.slice(m.end))) return false;
  const before = text.slice(0, m.start).replace(/[“"‘]$/, '');
  if (department && before.endsWith(department)) return true;
  const conj = CONJ.exec(before);
  if (conj) {
    const head = before.slice(0, before.length - conj[0].length).replace(/[”"’]$/, '');
    if (accepted.some((a) => a.end === head.length || a.end === before.length - conj[0].length)) return true;
    // "与项目支出相比" after punctuation: a comparison, not a list.
    return /(?:^|[\s，,；;。：:])$/.test(head) && conj[0] === '与';
  }
  return SUBJECT_LEAD.test(before);
}

/** A class ranked by its share, the rest of its clause ("所占比重最大", "占比最高"): its figures follow. */
const RANKED = /^\s*(?:所占的?|所占)?(?:比重|比例|占比)(?:最大|最高|最多|次之|第二|其次|较大|较高)\s*$/;

// The names a bare 类 may be printed under, made once per catalog rather than per clause, with a
// pattern holding them all: most clauses name none, and one test spares an indexOf for each name.
const CLASS_NAMES = new WeakMap<Catalog, { names: { c: CatalogItem; name: string }[]; any: RegExp }>();
function classNames(catalog: Catalog): { names: { c: CatalogItem; name: string }[]; any: RegExp } {
  let known = CLASS_NAMES.get(catalog);
  if (!known) {
    const names: { c: CatalogItem; name: string }[] = [];
    for (const c of catalog.functionClasses()) {
      for (const name of [c.name, c.name.replace(/支出$/, '')]) if (name.length >= 2) names.push({ c, name });
    }
    // (A pattern that matches nothing when there are no names.)
    const any = names.length ? new RegExp(names.map((n) => n.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')) : /(?!)/;
    known = { names, any };
    CLASS_NAMES.set(catalog, known);
  }
  return known;
}

const LEVEL = /[（(]\s*(类|款|项)\s*[)）]/g;

/**
 * 类/款/项 paths: "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）". Names resolve through the
 * catalog; unresolved paths keep their printed names under `fc?:<path>`.
 */
export function findFunctionPaths(text: string, catalog: Catalog): SubjectMatch[] {
  const out: SubjectMatch[] = [];
  // A path starts at a （类） marker, which most clauses do not have.
  if (!text.includes('类')) return out;
  const marks = [...text.matchAll(LEVEL)];
  if (!marks.length) return out;
  let i = 0;
  while (i < marks.length) {
    const first = marks[i] as RegExpMatchArray;
    if (first[1] !== '类') {
      i++;
      continue;
    }
    // The class name runs back from the marker to the previous punctuation or start.
    const fStart = first.index ?? 0;
    const before = text.slice(0, fStart);
    // (Not past another item's level marker: "…宗教事务（项）及其他支出（类）…" starts a new path after 及.)
    const run = Math.max(before.search(/[^，,；;。：:、“”\s\d.．]*$/), 0);
    const marker = /^.*[（(]\s*[类款项]\s*[)）]\s*(?:以及|及|和|与)?/.exec(before.slice(run))?.[0].length ?? 0;
    const nameStart = classNameStart(before, run + marker, catalog);
    const names = [before.slice(nameStart).trim()];
    let end = fStart + first[0].length;
    let j = i + 1;
    const levels = ['款', '项'];
    for (const lv of levels) {
      const mk = marks[j];
      if (!mk || mk[1] !== lv) break;
      const seg = text.slice(end, mk.index ?? 0);
      if (/[，,；;。：:]/.test(seg) || seg.trim().length === 0 || seg.length > 30) break;
      names.push(seg.trim());
      end = (mk.index ?? 0) + mk[0].length;
      j++;
    }
    // (A list's numbering before the name: "1.", "一是", "（三）", a bracket's close left of "（1）".)
    // (用于 leads a clause only before the class: "主要用于卫生健康支出（类）…"; a 项 may be named with it,
    // "用于社会福利的彩票公益金支出（项）".)
    const clean = names.map((n, k) => n.replace(/^\d+[、.．]\s*/, '').replace(/^(?:[一二三四五六七八九十]{1,3}是|[①-⑳]|[（(]?[一二三四五六七八九十]{1,3}[)）、.．]|[)）])\s*/, '').replace(k === 0 ? /^(?:用于|其中[:：]?)/ : /^其中[:：]?/, '').trim());
    const { resolved, failedAt } = catalog.resolvePath(clean);
    const key = failedAt == null ? `fc:${(resolved[resolved.length - 1] as { code: string }).code}` : `fc?:${clean.map(normalizeItemName).join('/')}`;
    out.push({ start: nameStart, end, key, label: text.slice(nameStart, end), names: clean, entry: null });
    i = j;
  }
  return out;
}

/**
 * Where a class name before its （类） marker starts: at `from`, or where the clause's own words before it end
 * ("支出全部为其他支出（类）…": the known class name 其他支出 the words end with), so the path is the item's.
 */
function classNameStart(before: string, from: number, catalog: Catalog): number {
  const run = before.slice(from).trim();
  if (!run || catalog.classByName(run)) return from;
  const suffix = classNames(catalog)
    .names.filter((n) => run.endsWith(n.name) && run.length > n.name.length)
    .sort((a, b) => b.name.length - a.name.length)[0];
  return suffix ? before.trimEnd().length - suffix.name.length : from;
}

/**
 * "2.一般行政管理事务（项）191.87万元，较上年增加8.88万元，增长4.85%": an item named by its 项 alone, its
 * class and 款 said in a heading or not at all. Which item it is the name cannot tell (行政运行 is under
 * many 款), so it is keyed unsure, compared with no table and no other statement: only its own change
 * and rate are checked. A full path ("…（类）…（款）…（项）") is read by findFunctionPaths instead.
 */
function findBareItems(text: string, catalog?: Catalog): SubjectMatch[] {
  const out: SubjectMatch[] = [];
  if (!text.includes('项')) return out;
  for (const m of text.matchAll(BARE_ITEM)) {
    // An item closing its sentence names the sentence's topic only when it is all the sentence says ("（2）…（项）").
    const nameAt = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    if (/^\s*[”"」]?\s*$/.test(text.slice((m.index ?? 0) + m[0].length)) && text.slice(0, nameAt).replace(/[①-⑳]|[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[“"「\s]/g, '') !== '') continue;
    // (Only the 项's own name: a 款 or 类 before it in the same run is its path, said in part.)
    const own = (m[1] as string).replace(/^.*[（(]\s*[类款]\s*[)）]/, '');
    // (Not the word that opens a 款's list of its 项: "…（款）90.00万元，包括行政运行（项）60.00万元".)
    // (Nor the words that say it is all of the whole just stated: "全部为住房公积金（项）".)
    const name = normalizeItemName(own.replace(/^\d+[、.．]\s*/, '').replace(LIST_LEAD, '').replace(ALL_LEAD, '').trim());
    if (!name) continue;
    // "（1）医疗保障管理事务（款）行政运行（项）" under a heading "2. 卫生健康支出（类）600万元：": a 款 and its 项
    // that one class of the catalog alone has name the item as its whole path would.
    const kuan = /([^（）()，,；;。：:、\s\d.．]{2,20})[（(]\s*款\s*[)）]\s*$/.exec((m[1] as string).slice(0, (m[1] as string).length - own.length))?.[1];
    // (The words that lead to it are not its name: "全部为住房改革支出（款）住房公积金（项）支出".)
    const kuanName = kuan?.replace(/^(?:[一二三四五六七八九十]{1,3}是|[①-⑳]|[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[)）])\s*/, '').replace(/^(?:全部|全额|均|主要|其中|包括)(?:为|是|用于)?|^(?:为|是|用于)/, '');
    const item = kuanName && catalog ? itemByKuan(catalog, kuanName, name) : null;
    const start = (m.index ?? 0) + m[0].lastIndexOf(kuanName && item ? kuanName : own.replace(ALL_LEAD, ''), m[0].length - 3);
    out.push({ start, end: (m.index ?? 0) + m[0].length, key: item ? `fc:${item.code}` : `unsure:item:${name}`, label: m[0].slice(start - (m.index ?? 0)), names: [], entry: null });
  }
  return out;
}

/** The words that say an item is all of the whole just stated ("全部为…", "均用于…"). */
const ALL_LEAD = /^(?:全部|全额|均)(?:为|是|用于)\s*/;

/** The word that opens a list of a whole's parts, before the first part's name. */
const LIST_LEAD = /^(?:其中[:：]?|(?:主要|具体)?包括|含)\s*/;

/**
 * "1.医疗保障管理事务（款）90.00万元，包括行政运行（项）…": a 款 named alone, no 类 before it and no 项 after
 * it, with its figure. It is the one 款 of that name in the catalog (or the document's own tables);
 * where several 款 bear it, it is keyed unsure and compared with nothing.
 */
function findBareKuans(text: string, catalog?: Catalog): SubjectMatch[] {
  const out: SubjectMatch[] = [];
  if (!text.includes('款')) return out;
  for (const m of text.matchAll(BARE_KUAN)) {
    const raw = m[1] as string;
    // (A path from its 类 is findFunctionPaths'.)
    if (/[（(]\s*[类款项]\s*[)）]/.test(raw)) continue;
    const name = normalizeItemName(raw.replace(/^\d+[、.．]\s*/, '').replace(/^(?:[一二三四五六七八九十]{1,3}是|[①-⑳]|[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[)）])\s*/, '').replace(LIST_LEAD, '').trim());
    if (name.length < 2) continue;
    const hits = catalog ? catalog.itemsByName(name, 'kuan') : [];
    const start = (m.index ?? 0) + m[0].lastIndexOf(raw.trim().slice(raw.trim().length - name.length), m[0].length - 3);
    out.push({ start, end: (m.index ?? 0) + m[0].length, key: hits.length === 1 ? `fc:${(hits[0] as CatalogItem).code}` : `unsure:item:${name}`, label: m[0].slice(start - (m.index ?? 0)), names: [], entry: null });
  }
  return out;
}

/**
 * "1.行政运行（2101501）：年初预算为…", "2101501行政运行：…", "2101505 医疗保障政策管理（项）支出决算…": an item
 * written with its function code, which names it exactly where the catalog (or the document's own
 * tables) gives that code this name. A code and a name that disagree name neither: the item is keyed
 * unsure, compared with nothing; a number that is no function code is no item's.
 */
function findCodedItems(text: string, catalog?: Catalog): SubjectMatch[] {
  const out: SubjectMatch[] = [];
  if (!catalog || !/2\d{2}/.test(text)) return out;
  for (const re of [CODE_AFTER_NAME, CODE_BEFORE_NAME]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups as { name: string; code: string };
      const name = normalizeItemName(g.name.replace(LIST_LEAD, '').trim());
      const item = catalog.functionItem(g.code);
      if (!item || name.length < 2) continue;
      const lead = /^(?:[，,；;。：:、\s]|\d+[、.．])*\s*[“"「]?\s*/.exec(m[0])?.[0].length ?? 0;
      const start = (m.index ?? 0) + lead;
      // (A name that is no item's at all is no item's with a wrong code: "210人次" is a count.)
      const named = catalog.nameMatches(item, name);
      if (!named && !(['class', 'kuan', 'xiang'] as const).some((l) => catalog.itemsByName(name, l).length)) continue;
      const key = named ? `fc:${item.code}` : `unsure:item:${name}`;
      out.push({ start, end: (m.index ?? 0) + m[0].length, key, label: m[0].slice(lead), names: [], entry: null });
    }
  }
  return out;
}

/** What may follow an item's name and code: its colon, its figure or the words that lead to it. */
const ITEM_FOLLOWS = String.raw`(?=\s*[”"」]?\s*(?:[:：]|支出|决算|为|较|比|年初|全年|预算|\d))`;
const CODE_AFTER_NAME = new RegExp(
  String.raw`(?:^|[，,；;。：:、\s]|\d+[、.．])\s*[“"「]?\s*(?<name>[\u4e00-\u9fa5]{2,30}?)\s*[（(]\s*(?<code>2\d{2}(?:\d{2}){0,2})\s*[)）](?:\s*[（(]\s*[类款项]\s*[)）])?` + ITEM_FOLLOWS,
  'g',
);
const CODE_BEFORE_NAME = new RegExp(
  String.raw`(?:^|[，,；;。：:、\s]|\d+[、.．])\s*[“"「]?\s*(?<code>2\d{2}(?:\d{2}){0,2})(?!\d)\s*(?<name>[\u4e00-\u9fa5]{2,30}?)(?:\s*[（(]\s*[类款项]\s*[)）])?` + ITEM_FOLLOWS,
  'g',
);

/** A 款's name, from a clause's start or a list's number, its marker, then its figure or 支出决算 (not a 项's name). */
const BARE_KUAN = /(?:^|[，,；;。：:、\s]|\d+[、.．])\s*[“"「]?\s*(?:2\d{2}(?:\d{2})?\s*)?([\u4e00-\u9fa5（）()]{2,30}?)\s*[（(]\s*款\s*[)）](?=\s*[”"」]?\s*(?:[:：]|支出|决算|为|较|比|年初|全年|预算|\d|$))/g;

/** The 项 named `item` under a 款 named `kuan`, when exactly one class of the catalog has such a pair. */
function itemByKuan(catalog: Catalog, kuan: string, item: string): { code: string } | null {
  const hits = catalog.resolveUnderEachClass([kuan, item]).flatMap((r) => (r.failedAt == null ? [r.resolved[2] as { code: string }] : []));
  return hits.length === 1 ? (hits[0] as { code: string }) : null;
}

/** A 项's name, from a clause's start or a list's number (and its code, "2080501"), its marker, then its figure or 支出决算. */
// (In quotes as well: "其中：“行政运行（项）”132.96万元"; or closing its sentence, its figures in the next:
// "（2）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。支出决算为56.29万元".)
const BARE_ITEM = /(?:^|[，,；;。：:、\s]|\d+[、.．]|[①-⑳])\s*[“"「]?\s*(?:2\d{2}(?:\d{2}){0,2}\s*)?([\u4e00-\u9fa5（）()]{2,30}?)\s*[（(]\s*项\s*[)）](?=\s*[”"」]?\s*(?:[:：]|支出|决算|为|较|比|年初|全年|预算|\d|$))/g;
