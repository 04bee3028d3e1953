import { EQUIVALENT, amountsOf, grandTotalsDisagree, inExplanation, label, money, where } from '../../model/claims.js';
import { describeLocation } from '../../model/location.js';
import { Decimal, dec, fmt, intervalOf, wan } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { defineRule, notApplicable } from '../rule.js';
import { boundsCause, impliedBalanceCause, locs, md, misnamedWhole } from '../arithmetic/lib.js';
import { basicScope } from './basic-pair.js';

/**
 * Totals that contain other totals by the accounting identities of tables 01, 04, 05 and 06:
 * wherever in the explanation each is stated, the whole cannot be smaller than the part.
 */
const BOUNDS: [whole: string, part: string][] = [
  ['total', 'income.total'],
  ['total', 'expense.total'],
  ['total', 'fiscal.total'],
  ['income.total', 'income.fiscal'],
  ['expense.total', 'general.expense'],
  ['expense.total', 'expense.basic'],
  ['expense.total', 'expense.project'],
  ['fiscal.total', 'income.fiscal'],
  ['fiscal.total', 'fiscal.income'],
  ['fiscal.total', 'fiscal.expense'],
  ['fiscal.total', 'general.expense'],
  ['general.expense', 'general.basic'],
  ['general.expense', 'general.project'],
  ['general.basic', 'basic.personnel'],
  ['general.basic', 'basic.public'],
];

/**
 * Totals made of parts that are never below 0 (收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余):
 * the parts stated, wherever, cannot add up to more than the total.
 */
const SUM_BOUNDS: [whole: string, parts: string[], balance?: string][] = [
  ['income.grand', ['income.total', 'income.useNonFiscalBalance', 'income.opening'], 'income.opening'],
  ['expense.grand', ['expense.total', 'expense.distribution', 'expense.closing'], 'expense.closing'],
  ['expense.total', ['expense.basic', 'expense.project']],
  ['general.expense', ['general.basic', 'general.project']],
];

/**
 * Whether this rule bounds `part` by `whole` (one of BOUNDS, equivalents included): a part printed above
 * that whole is then named in the whole's finding (boundsCause), so a list's sum above it can follow from it.
 */
export function boundedPart(doc: Disclosure, whole: Claim, part: Claim): boolean {
  const is = (key: string, c: Claim) => c.subject.key === key || (EQUIVALENT[key] ?? []).includes(c.subject.key);
  return inExplanation(whole) && inExplanation(part) && BOUNDS.some(([w, p]) => is(w, whole) && is(p, part) && (w !== 'general.basic' || basicScope(doc, part) === 'general.basic'));
}

export const totalBounds = defineRule({
  id: 'narrative.total-bounds',
  title: '总数小于其组成部分',
  category: 'narrative',
  severity: 'error',
  authority: '《部门决算报表编制说明》：收入支出总计 = 本年收入合计 + 年初结转和结余；财政拨款收支总计包含本年财政拨款收入与支出',
  description:
    '按决算表的勾稽关系，一个总数包含另一个总数（如财政拨款收入支出总计包含本年财政拨款收入和一般公共预算财政拨款支出，收入支出总计包含本年收入合计）。说明中不论写在何处，总数都不能小于其组成部分。',
  cases: [
    {
      name: '财政拨款总计大于本年财政拨款收入',
      expect: 'pass',
      text: md('二、收入决算情况说明', '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。') + md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入支出总计2989.19万元。'),
    },
    {
      name: '收入总计与支出总计写得不同：不再据此比较（另由“收入总计与支出总计不等”报告）',
      expect: 'pass',
      text: md('一、收入支出决算总体情况说明', '2024年度收入总计4125.49万元，支出总计4143.91万元。') + md('三、支出决算情况说明', '2024年本年支出合计4143.91万元，其中：基本支出1140.27万元，占27.52%。'),
    },
    {
      name: '一个部分大于包含它的两个总数：指出该部分',
      expect: 'fail',
      mentions: '很可能是「本年财政拨款支出」写错',
      text: md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入总计1,222.68万元，其中：本年财政拨款收入1,222.68万元。财政拨款支出总计1,222.68万元，其中：本年财政拨款支出12,226.80万元。'),
    },
    {
      name: '本年收入与年初结转和结余之和大于收入总计',
      expect: 'fail',
      mentions: '组成部分之和',
      text: md('一、收入支出决算总体情况说明', '2024年度收入总计7562.45万元，支出总计7562.45万元。', '（一）收入总计主要构成。', '本年收入7477.60万元；年初结转结余84.95万元。'),
    },
    {
      name: '本年收入与年初结转和结余之和等于收入总计',
      expect: 'pass',
      text: md('一、收入支出决算总体情况说明', '2024年度收入总计7562.45万元，支出总计7562.45万元。', '（一）收入总计主要构成。', '本年收入7477.50万元；年初结转结余84.95万元。'),
    },
    {
      name: '财政拨款总计只有0.3万元',
      expect: 'fail',
      mentions: '0.3',
      text: md('二、收入决算情况说明', '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。') + md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入支出总计0.3万元。'),
    },
  ],
  check(ctx) {
    const stated = (key: string): Claim[] => amountsOf(ctx.doc, key, { equivalents: true }).filter(inExplanation);
    let compared = 0;
    // A wrong total usually breaks several bounds at once: one finding per total, naming every part.
    const broken = new Map<Claim, Claim[]>();
    for (const [wholeKey, partKey] of BOUNDS) {
      // 收入总计 ≠ 支出总计 is its own finding (narrative.total-balance); which of the two contains
      // the part is then not known.
      if ((wholeKey === 'total' && grandTotalsDisagree(ctx.doc, false)) || (wholeKey === 'fiscal.total' && grandTotalsDisagree(ctx.doc, true))) continue;
      const wholes = stated(wholeKey);
      // 人员经费 said of another 基本支出 (all funds' in 支出决算) is no part of 一般公共预算's.
      const parts = stated(partKey).filter((p) => wholeKey !== 'general.basic' || basicScope(ctx.doc, p) === 'general.basic');
      if (!wholes.length || !parts.length) continue;
      compared++;
      for (const whole of wholes) {
        const w = intervalOf(money(whole.amount!));
        const over = parts.filter((p) => w.hi.lt(intervalOf(money(p.amount!)).lo));
        if (over.length) broken.set(whole, [...(broken.get(whole) ?? []), ...over.filter((p) => !broken.get(whole)?.includes(p))]);
      }
    }
    // One part above two or more of the totals that contain it ("本年财政拨款支出12,226.80万元" above
    // 财政拨款收入总计 and 支出总计, each 1,222.68): the totals bear each other out, so the part is the
    // likelier slip. One finding names it; the totals' own findings are not made of it.
    const wholesOver = new Map<Claim, Claim[]>();
    for (const [whole, parts] of broken) for (const p of parts) wholesOver.set(p, [...(wholesOver.get(p) ?? []), whole]);
    const blamed = new Set<Claim>();
    for (const [part, wholes] of wholesOver) {
      if (new Set(wholes.map((w) => w.subject.key)).size < 2) continue;
      blamed.add(part);
      const least = wholes.reduce((a, b) => (dec(a.amount!).lte(dec(b.amount!)) ? a : b));
      ctx.report({
        message: `「${label(part)}」${wan(part.amount!)}万元大于包含它的${wholes.map((w) => `「${label(w)}」${wan(w.amount!)}万元`).join('、')}：各总数彼此相符，一个组成部分不会大于它们，很可能是「${label(part)}」写错`,
        expected: `≤ ${wan(least.amount!)}万元`,
        actual: `${wan(part.amount!)}万元`,
        difference: `${fmt(dec(part.amount!).minus(dec(least.amount!)))}万元`,
        tolerance: '按打印精度的舍入区间比较',
        locations: locs(where(part), ...wholes.map(where)),
        section: part.section,
      });
    }
    for (const [whole, over] of broken) {
      const all = over.filter((p) => !blamed.has(p));
      if (!all.length) continue;
      // The same part stated several times is named once, where it is first stated.
      const parts = all.filter((p, i) => all.findIndex((q) => q.subject.key === p.subject.key && q.amount!.value === p.amount!.value) === i);
      const largest = parts.reduce((a, b) => (dec(a.amount!).gte(dec(b.amount!)) ? a : b));
      ctx.report({
        cause: boundsCause(whole.id),
        message: `「${label(whole)}」${wan(whole.amount!)}万元小于其组成部分${parts.map((p) => `「${label(p)}」${wan(p.amount!)}万元（${describeLocation(where(p))}）`).join('、')}`,
        expected: `≥ ${wan(largest.amount!)}万元`,
        actual: `${wan(whole.amount!)}万元`,
        difference: `${fmt(dec(largest.amount!).minus(dec(whole.amount!)))}万元`,
        tolerance: '按打印精度的舍入区间比较',
        locations: locs(where(whole), ...parts.map(where)),
        section: whole.section,
        // A total whose own 其中 shows it is named for the other side (narrative.parts-other-side) was
        // bounded here under that wrong name: one slip, reported there.
        explainedBy: misnamedWhole(whole),
      });
    }
    compared += sumBounds(ctx, stated, broken);
    if (!compared) return notApplicable('说明中没有同时写出有包含关系的两个总数');
  },
});

/**
 * "收入总计7562.45万元 … 本年收入7477.6万元；年初结转结余84.95万元": each part no larger than the total,
 * their sum is. Each part must be stated with one value only (two values are narrative.same-subject's),
 * and a total already found below one part is not reported again; parts listed in the 其中 of a statement
 * of the total (here or where it is said again) are arithmetic.parts-sum's. Returns how many totals were compared.
 */
function sumBounds(ctx: Parameters<typeof totalBounds.check>[0], stated: (key: string) => Claim[], broken: ReadonlyMap<Claim, Claim[]>): number {
  let compared = 0;
  for (const [wholeKey, partKeys, balance] of SUM_BOUNDS) {
    const parts: Claim[] = [];
    let unclear = false;
    for (const key of partKeys) {
      const cs = stated(key);
      if (new Set(cs.map((c) => dec(c.amount!).toString())).size > 1) unclear = true;
      if (cs[0]) parts.push(cs[0]);
    }
    if (unclear || parts.length < 2) continue;
    for (const whole of stated(wholeKey)) {
      compared++;
      if (broken.has(whole) || parts.every((p) => listedUnder(ctx.doc.claims, p, wholeKey))) continue;
      const w = intervalOf(money(whole.amount!));
      const lo = parts.reduce((t, p) => t.plus(intervalOf(money(p.amount!)).lo), new Decimal(0));
      if (!w.hi.lt(lo)) continue;
      const sum = parts.reduce((t, p) => t.plus(dec(p.amount!)), new Decimal(0));
      ctx.report({
        message: `「${label(whole)}」${wan(whole.amount!)}万元小于其组成部分之和${fmt(sum)}万元（${parts.map((p) => `「${label(p)}」${wan(p.amount!)}万元（${describeLocation(where(p))}）`).join(' + ')}）：各部分都不会小于0，合计不能超过总数`,
        expected: `≥ ${fmt(sum)}万元`,
        actual: `${wan(whole.amount!)}万元`,
        difference: `${fmt(sum.minus(dec(whole.amount!)))}万元`,
        tolerance: '按打印精度的舍入区间比较',
        locations: locs(where(whole), ...parts.map(where)),
        section: whole.section,
        // The balance the total implies (总计 − 本年合计 − the other term) is this same identity: the
        // balance said otherwise than implied (narrative.implied-balance) is this finding's one slip.
        ...(balance ? { explainedBy: { causes: [], orBy: [impliedBalanceCause(balance, whole.amount!.value), impliedBalanceCause('grand', whole.amount!.value)], because: '总数小于其组成部分之和亦出于此' } } : {}),
      });
    }
  }
  return compared;
}

/** Whether a part is listed in the 其中 of a statement of the whole (this one or the same total said again). */
function listedUnder(claims: readonly Claim[], part: Claim, wholeKey: string): boolean {
  return claims.some((c) => c.id === part.parent && c.subject.key === wholeKey);
}

export const rules = [totalBounds];
