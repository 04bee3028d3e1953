/**
 * Budget statements: "年初预算数为2,060.9万元", "全年预算数7.65万元", "完成年初预算数的11.58%",
 * "完成预算100%", "完成全年预算数的100%", "预决算差异率9.13%", "决算数与年初预算数基本持平".
 */
export type Basis = 'initial' | 'full' | 'unspecified';

export function basisOf(text: string): Basis {
  if (/年初/.test(text)) return 'initial';
  if (/全年|调整后|调整预算/.test(text)) return 'full';
  return 'unspecified';
}

/** Cue before an amount that makes it a budget amount. */
export function budgetAmountCue(cue: string): Basis | null {
  const c = cue.replace(/\s+$/, '');
  // "比年初预算的1221万元下降11.5%": the budget compared with, said with 的.
  const compared = /(?:比|较|与)\s*((?:年初|全年|调整后?)预算(?:数)?|预算(?:数)?)的$/.exec(c);
  if (compared) return basisOf(compared[1] as string);
  // ("预算数合计为11385.18万元": a total's budget, its word for the sum before 为.)
  // ("调整预算为120万元" is the full year's budget, as "调整后预算" is.)
  const m = /((?:年初|全年|调整后?)?(?:预算|预算数|预算金额|预算安排|预算资金|预算总额)(?:安排)?(?:共计|合计|总计)?(?:为|是)?)$/.exec(c);
  if (!m) return null;
  if (/决算/.test(m[1] as string)) return null;
  // ("年中追加预算20万元": what was added to the budget, not the budget.)
  if (/(?:追加|追减|调增|调减|调剂|新增|增加|减少|压减|收回)$/.test(c.slice(0, c.length - (m[1] as string).length))) return null;
  return basisOf(m[1] as string);
}

/** Cue before a percent that makes it an execution rate. */
export function executionCue(cue: string): Basis | null {
  const m = /(完成(?:了)?(?:年初|全年|调整后?|年度)?预算(?:数)?(?:的)?|(?:预算)?执行率(?:为|达|达到)?|支出进度(?:为|达)?|执行进度(?:为|达)?|完成率(?:为|达)?)$/.exec(cue.replace(/\s+$/, ''));
  if (!m) return null;
  return basisOf(m[1] as string);
}

/**
 * The actual said as a percentage of its budget ("决算数为年初预算数的109.13%", "是年初预算的40%",
 * "占年初预算的95%", "达到调整预算的98%"): an execution rate, not a share of another whole. Only with
 * 的 and the budget word right before it, so "为上年的", "占基本支出的" and "比年初预算" are not read so.
 */
export function percentOfBudgetCue(cue: string): Basis | null {
  const m = /(?:为|是|占|达到|达|相当于)(?:了)?((?:年初|全年|调整后?|年度)?预算(?:数)?)的(?:比例|比重)?(?:为|达)?$/.exec(cue.replace(/\s+$/, ''));
  return m ? basisOf(m[1] as string) : null;
}

export function isDiffRateCue(cue: string): boolean {
  return /(预决算)?差异率(?:为|是)?$/.test(cue.replace(/\s+$/, ''));
}

/** Words that make a comparison each item's ("各项目", "各科目", "所列项目"), not the subject's. */
const EACH_ITEM = /(?:各项目?|各科目|各明细科目|所列各?(?:项目|科目)|以下各项)\s*$/;

/** "各项目决算数与年初预算数一致": the comparison said of each item listed, not of the clause's subject. */
export function saidOfEachItem(text: string): boolean {
  const m = /决算数?(?:与|和|较|比)(?:年初|全年)?预算数?/.exec(text);
  return m != null && EACH_ITEM.test(text.slice(Math.max(0, m.index - 8), m.index));
}

/** Words about the actual versus the budget (持平 / 基本持平 / 小于 / 大于 …). */
export function budgetWords(text: string): string[] {
  const m = /决算数?(?:与|和|较|比)?(?:年初|全年)?预算数?(?:相比)?(基本持平|持平|一致|相等|小于|低于|大于|高于|超过)/.exec(text);
  // ("…为年初预算数的11.58%。各项目决算数与年初预算数一致，具体为：…": said of each item listed, not of the whole.)
  if (m && EACH_ITEM.test(text.slice(Math.max(0, m.index - 8), m.index))) return [];
  if (m) return [m[1] as string];
  const n = /决算数?(小于|低于|大于|高于|超过|等于)(?:年初|全年)?预算数?/.exec(text);
  // "决算数小于预算数（或与预算数持平）" leaves the template's choice open: it says neither.
  if (n && /^\s*[（(]或/.test(text.slice((n.index ?? 0) + n[0].length))) return [];
  if (n) return [n[1] as string];
  return [];
}
