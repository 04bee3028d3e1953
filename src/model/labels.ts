import type { DocumentKind, Facts } from './disclosure.js';

/** Chinese labels of section keys, for grouping findings and for the workbench. */
export const SECTION_LABELS: Record<string, string> = {
  toc: '目录',
  overview: '概况',
  'overview.duties': '概况·职责',
  'overview.organization': '概况·机构设置',
  tables: '决算报表',
  explain: '情况说明',
  'explain.total': '收入支出决算总体情况',
  'explain.income': '收入决算情况',
  'explain.expense': '支出决算情况',
  'explain.fiscal': '财政拨款收入支出决算总体情况',
  'explain.general': '一般公共预算财政拨款支出决算情况',
  'explain.basic': '一般公共预算财政拨款基本支出决算情况',
  'explain.fund': '政府性基金预算财政拨款收支情况',
  'explain.capital': '国有资本经营预算财政拨款支出情况',
  'explain.threePublic': '“三公”经费支出情况',
  'explain.operating': '机关运行经费',
  'explain.procurement': '政府采购',
  'explain.assets': '国有资产占用',
  'explain.performance': '预算绩效情况',
  'explain.other': '其他重要事项',
  glossary: '名词解释',
  annex: '附件',
  'performance.report': '绩效评价报告',
};

export function sectionLabel(key: string | null): string {
  if (!key) return '全文';
  return SECTION_LABELS[key] ?? key;
}

/** Endings of an organisation's name (局, 委员会, 中心 …), as a regular-expression group. */
/** An amount printed with its unit ("2.75万元", "1440224.6 元"): what a sentence that states money has. */
export const AMOUNT = /\d\s*(?:万元|元|亿元|千元|百万元)/;

/**
 * 增加了/减少了, 同比增加/同比减少 ending a cue: words that name an amount as often as a rate, so the bare
 * number after them is a rate (missing its %) only right after the change's amount ("减少0.03万元，减少了1.44").
 * Shared by the reader (claims/bare-rate.ts) and the rule that reports the missing % (year-unit).
 */
export const AMOUNT_OR_RATE_CUE = /(?:(?:增加|减少)了|同比(?:增加|减少))$/;

/**
 * 增加/减少 said again right after a change's own amount ("增加209.28万元，增加35.9", "减少770.65万元、减少20.8"):
 * the subject's change is already said in money, so the bare number the word now takes is its rate
 * missing its %, not a second change amount. Tested on the text up to the bare number.
 */
export const CHANGE_SAID_AGAIN = /(?:增加|减少|增长|下降|上升|降低)了?\s*\d[\d.,，]*\s*(?:万元|元|亿元)\s*[，,、]\s*(?:增加|减少)\s*$/;

export const ORG_SUFFIX = '(?:局|委员会|委|办公室|办|厅|院|中心|部|会|所|站|馆|队|处|社|校|园|署|集团|政府)';

/** What a document is, in words. */
export const KIND_NAME: Record<DocumentKind, string> = {
  final: '部门决算公开',
  'final-part': '部门决算的单项公开',
  budget: '预算公开',
  'government-final': '政府财政总决算',
  other: '非决算公开文本',
};

/** "某某局 · 2024年度 · 部门决算" (or what else the document is), for a report's head. */
export function factsLine(f: Pick<Facts, 'department' | 'fiscalYear' | 'scope' | 'kind'>): string {
  const kind = f.kind && f.kind !== 'final' && f.kind !== 'final-part' ? KIND_NAME[f.kind] : f.scope ? `${f.scope}决算` : null;
  return [f.department, f.fiscalYear ? `${f.fiscalYear}年度` : null, kind].filter(Boolean).join(' · ') || '（未识别部门与年度）';
}
