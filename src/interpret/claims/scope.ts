/**
 * The scope of a generic subject. "本年收入", "本年支出", "年初结转和结余", "收入总计", "基本支出" … are
 * said of the whole department in the 收入支出决算总体情况 section, and of one kind of 财政拨款 under
 * the heading of that kind ("八、政府性基金预算财政拨款收入支出决算情况说明": 本年收入 is table 07's).
 * The scope is read from, in order: the qualifier right before the words ("政府性基金预算财政拨款年初
 * 结转和结余"), the qualifier the sentence opens with ("2024年度政府性基金预算财政拨款收入80万元，本年
 * 支出80万元"), and the section heading. A subject whose scope is a fund is keyed as the fund's
 * (`fund.income` …); one whose scope cannot be told for sure is keyed `unsure:<scope>:<key>`, which no
 * rule compares with the tables or with another statement: it is never taken for the department's total.
 */
export type Scope = 'fund' | 'capital' | 'general' | 'fiscal';

/** Department-wide subjects that take their scope from where they are said, and their scoped keys. */
const SCOPED: Record<string, Record<Scope, string>> = {
  'income.total': { fund: 'fund.income', capital: 'capital.income', fiscal: 'fiscal.income', general: 'income.general' },
  'expense.total': { fund: 'fund.expense', capital: 'capital.expense', fiscal: 'fiscal.expense', general: 'general.expense' },
  'income.actual': { fund: 'fund.income', capital: 'capital.income', fiscal: 'fiscal.income', general: 'income.general' },
  'expense.actual': { fund: 'fund.expense', capital: 'capital.expense', fiscal: 'fiscal.expense', general: 'general.expense' },
  'income.opening': { fund: 'fund.opening', capital: 'capital.opening', fiscal: 'fiscal.opening', general: 'general.opening' },
  'expense.closing': { fund: 'fund.closing', capital: 'capital.closing', fiscal: 'fiscal.closing', general: 'general.closing' },
  'income.grand': { fund: 'fund.income.grand', capital: 'capital.income.grand', fiscal: 'fiscal.income.grand', general: 'general.income.grand' },
  'expense.grand': { fund: 'fund.expense.grand', capital: 'capital.expense.grand', fiscal: 'fiscal.expense.grand', general: 'general.expense.grand' },
  total: { fund: 'fund.total', capital: 'capital.total', fiscal: 'fiscal.total', general: 'general.total' },
  'expense.basic': { fund: 'fund.basic', capital: 'capital.basic', fiscal: 'fiscal.basic', general: 'general.basic' },
  'expense.project': { fund: 'fund.project', capital: 'capital.project', fiscal: 'fiscal.project', general: 'general.project' },
};

export function isScopable(key: string): boolean {
  return key in SCOPED;
}

/** The scope a key already names (fund.*, 政府性基金预算财政拨款收入 …), 'department' for the department's own parts. */
export function scopeOfKey(key: string): Scope | 'department' | null {
  if (/^fund\.|^income\.fund$/.test(key)) return 'fund';
  if (/^capital\.|^income\.capital$/.test(key)) return 'capital';
  if (/^general\.|^income\.general$|^basic\./.test(key)) return 'general';
  if (/^fiscal\.|^income\.fiscal$/.test(key)) return 'fiscal';
  if (isScopable(key)) return null;
  if (/^(?:income|expense)\./.test(key)) return 'department';
  return null;
}

export function scopedKey(key: string, scope: Scope | 'department', sure: boolean): string {
  if (scope === 'department') return key;
  const k = SCOPED[key]?.[scope];
  if (!k) return key;
  return sure ? k : `unsure:${scope}:${key}`;
}

export function isUnsure(key: string): boolean {
  return key.startsWith('unsure:');
}

/** The subject's own key, its unsure scope set aside (`unsure:fiscal:expense.basic` → `expense.basic`). */
export function plainKey(key: string): string {
  return key.replace(/^unsure:[a-z]+:/, '');
}

/** The department itself ending a text ("本局", "我单位"): its own figures. */
export const DEPARTMENT_WORD = /(?:本|我)(?:部门|单位|局|委|办|厅|院|机关|中心)$/;
const QUALIFIERS: [RegExp, Scope][] = [
  [/政府性基金(?:预算)?(?:财政拨款|拨款)?(?:资金)?(?:的|中的?)?$/, 'fund'],
  [/国有资本经营预算(?:财政拨款|拨款)?(?:资金)?(?:的|中的?)?$/, 'capital'],
  [/一般公共预算(?:财政拨款|拨款)?(?:资金)?(?:的|中的?)?$/, 'general'],
  [/(?<!非)财政拨款(?:资金)?(?:的|中的?)?$/, 'fiscal'],
];

/** The qualifier right before a subject's words ("政府性基金预算财政拨款|年初结转和结余"), if any. */
export function qualifierBefore(before: string, department: string | null): Scope | 'department' | null {
  const t = before.replace(/[“"‘]$/, '');
  for (const [re, scope] of QUALIFIERS) if (re.test(t)) return scope;
  const d = t.replace(/的$/, '');
  if (DEPARTMENT_WORD.test(d) || (department && d.endsWith(department))) return 'department';
  return null;
}

/** What the sentence opens with: a scope word (after the year, the department, a list number), and whether it names the department. */
export interface Topic {
  scope: Scope | null;
  department: boolean;
}

const LEAD = /^(?:\s|[（(]?[一二三四五六七八九十\d]+[)）、.．]|\d{4}\s*年(?:度)?|本年度?|当年|全年|在|[，,、：:的]|(?:本|我)(?:部门|单位|局|委|办|厅|院|机关|中心))+/;
const TOPIC: [RegExp, Scope][] = [
  [/^政府性基金/, 'fund'],
  [/^国有资本经营预算/, 'capital'],
  [/^一般公共预算/, 'general'],
  [/^财政拨款/, 'fiscal'],
];

export function sentenceTopic(sentence: string, department: string | null): Topic {
  let t = sentence;
  let named = false;
  for (let i = 0; i < 3; i++) {
    const lead = LEAD.exec(t);
    if (lead) {
      if (/(?:本|我)(?:部门|单位|局|委|办|厅|院|机关|中心)/.test(lead[0])) named = true;
      t = t.slice(lead[0].length);
    }
    if (department && t.startsWith(department)) {
      named = true;
      t = t.slice(department.length);
      continue;
    }
    if (!lead) break;
  }
  for (const [re, scope] of TOPIC) if (re.test(t)) return { scope, department: named };
  return { scope: null, department: named };
}

/**
 * The scope a section heading gives, and whether it is sure: under 政府性基金 and 国有资本经营 headings
 * the generic words are that fund's; under 财政拨款 and 一般公共预算 headings they are often the
 * department's (as a comparison or context), so the heading alone does not settle them.
 */
export function sectionScope(section: string | null): { scope: Scope; sure: boolean } | null {
  switch (section) {
    case 'explain.fund':
      return { scope: 'fund', sure: true };
    case 'explain.capital':
      return { scope: 'capital', sure: true };
    case 'explain.fiscal':
      return { scope: 'fiscal', sure: false };
    case 'explain.general':
    case 'explain.basic':
      return { scope: 'general', sure: false };
    default:
      return null;
  }
}
