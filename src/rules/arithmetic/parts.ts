import { budgetOnly, label, listIsWhole, money, moneyAll, namesEveryMember, outermostParts, where } from '../../model/claims.js';
import { impliedValues } from '../../model/implied.js';
import { perDocument } from '../../model/per-document.js';
import { AmountWords, Decimal, type Figure, dec, fmt, halfUnit, intervalOf, overlaps, wan } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { compareRate, compareSum } from '../arith.js';
import { defineRule, notApplicable } from '../rule.js';
import { boundsCause, correctedFigureCause, locs, md, partsCause, reportComparison } from './lib.js';
import { boundedPart } from '../narrative/bounds.js';
import { relationWords, wholeNamedBySum } from './budget.js';
import { repeatedParts } from '../../model/list-parts.js';

const AUTH = '算术一致性（“其中”各项之和 = 整体；XBRL Calculations 1.1 舍入容差）';

/** Wholes checked by dedicated rules (narrative.*), so they are not reported twice. */
const DEDICATED = /^(general\.basic|threePublic\.|procurement\.total|procurement\.sme)/;

function valueOf(c: Claim, budget: boolean): Figure | null {
  return budget ? (c.budget?.amount ?? null) : c.amount;
}

/** Every "其中" whole with its amount-bearing parts (details of 类/款/项 are left to narrative.detail-sum). */
export const partLists: (doc: Disclosure) => readonly { whole: Claim; parts: Claim[]; budget: boolean }[] = perDocument(readPartLists);

// (Two rules ask, and each whole looks through all the claims: read once per document.)
function readPartLists(doc: Disclosure): { whole: Claim; parts: Claim[]; budget: boolean }[] {
  const out: { whole: Claim; parts: Claim[]; budget: boolean }[] = [];
  for (const w of doc.claims) {
    const all = doc.claims.filter((k) => k.parent === w.id && !k.subject.key.startsWith('fc') && k.count == null);
    // A part said again ("…公务接待费支出决算为26.4万元。具体情况如下：…（二）公务接待费支出26.4万元") is one part.
    const kids = all.filter((k, i) => all.findIndex((o) => o.subject.key === k.subject.key) === i);
    if (!kids.length) continue;
    const budget = budgetOnly(w);
    const parts = kids.filter((k) => valueOf(k, budget) != null);
    if (!parts.length || !valueOf(w, budget)) continue;
    // "财政拨款收、支总计2280.29万元。其中：本年财政拨款收入…，年初…。财政拨款支出…，年末…": a total of both
    // sides lists each side's parts, and each side adds up to it alone.
    const sides = TWO_SIDED.has(w.subject.key) ? (['income', 'expense'] as const).map((side) => parts.filter((p) => sideOfPart(p.subject.key) === side)) : [];
    if (sides.length && sides.every((ps) => ps.length)) for (const ps of sides) out.push({ whole: w, parts: ps, budget });
    else out.push({ whole: w, parts, budget });
  }
  return out;
}

/** The totals of both sides of an account (收、支总计). */
const TWO_SIDED = new Set(['total', 'fiscal.total', 'fund.total', 'capital.total']);
/** The side of the account a part of a 收、支总计 is on, if it says. */
function sideOfPart(key: string): 'income' | 'expense' | null {
  if (/income|opening|useNonFiscal/.test(key)) return 'income';
  if (/expense|closing/.test(key)) return 'expense';
  return null;
}

/**
 * The carry-over a 总计 holds besides the year's own amounts: 收入总计 its 年初结转和结余, 支出总计 its
 * 年末结转和结余 (and the same of 财政拨款).
 */
const CARRY: Record<string, string> = {
  'income.grand': 'income.opening',
  'expense.grand': 'expense.closing',
  'fiscal.income.grand': 'fiscal.opening',
  'fiscal.expense.grand': 'fiscal.closing',
};

/**
 * A 总计 whose list names the year's items but not its carry-over ("收入总计1308.55万元，其中：1.财政拨款收入
 * 1300.26万元 … 5.用事业基金弥补收支差额0万元"): a list of some of it, which need not add up to it.
 */
function lacksCarry(whole: Claim, parts: readonly Claim[]): boolean {
  const carry = CARRY[whole.subject.key];
  return carry != null && !parts.some((p) => p.subject.key === carry);
}

export const partsSum = defineRule({
  id: 'arithmetic.parts-sum',
  title: '“其中”各项之和与整体不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH,
  description:
    '整体后以“其中”列出全部组成部分时，各部分之和应等于整体，差额不超过各数舍入半单位之和（尾差提示），超出即错误；若某一部分与其他句子推得的数不一致且替换后相符，则由 narrative 规则指名该数，不在此重复；整体同句所写的变动率等按所印数字不符、按各部分之和相符时，指名整体有误、应为各部分之和；同一名称在“其中”中写了两次两个金额时，两个金额都计入。',
  cases: [
    { name: '“（含…）”列出的是所含部分，不是全部构成', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收入总计238.67万元（含使用非财政拨款结余0万元、年初结转和结余0万元），支出总计238.67万元（含结余分配0万元、年末结转和结余0万元）。本年收入合计238.67万元，其中：财政拨款收入200.00万元，其他收入38.67万元。') },
    { name: '元金额都是整百（万元换算而来）：差100元是尾差', expect: 'fail', severity: 'info', mentions: '尾差', text: md('三、支出决算情况说明', '2024年度本年支出合计22802900元，其中：基本支出8164800元，项目支出14638000元。') },
    { name: '万元合计与整百的元金额：差0.01万元是尾差', expect: 'fail', severity: 'info', mentions: '尾差', text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出8164800元，项目支出14638000元。') },
    { name: '元金额印到个位：差100元是错', expect: 'fail', severity: 'error', mentions: '22802900', text: md('三、支出决算情况说明', '2024年度本年支出合计22802900元，其中：基本支出8164801元，项目支出14637999元。') },
    { name: '同一名称两次写两个金额（名称笔误）：两个金额都计入，相加相符', expect: 'pass', text: md('三、支出决算情况说明', '2024年度本年支出合计500.00万元，其中：基本支出320.00万元，占64%；基本支出180.00万元，占36%。') },
    { name: '同一名称两次写两个金额，两个都计入仍不符', expect: 'fail', mentions: '基本支出320.00 + 基本支出181.00', text: md('三、支出决算情况说明', '2024年度本年支出合计500.00万元，其中：基本支出320.00万元；基本支出181.00万元。') },
    { name: '财政拨款本年支出按资金性质分列，之和不符', expect: 'fail', mentions: '994.58', text: md('四、财政拨款收入支出决算总体情况说明', '本部门2024年度财政拨款本年支出1094.65万元，其中：一般公共预算财政拨款支出869.00万元，政府性基金预算财政拨款支出125.58万元。') },
    { name: '财政拨款本年支出按资金性质分列，相符', expect: 'pass', text: md('四、财政拨款收入支出决算总体情况说明', '本部门2024年度财政拨款本年支出1094.58万元，其中：一般公共预算财政拨款支出869.00万元，政府性基金预算财政拨款支出225.58万元。') },
    { name: '收入总计构成相符', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收入总计1,239.70万元，其中：本年收入合计1,238.41万元，使用非财政拨款结余（含专用结余）0.00万元，年初结转和结余1.30万元。') },
    { name: '支出合计构成不符', expect: 'fail', mentions: '2280.29', text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出826.48万元；项目支出1463.8万元。') },
    {
      name: '所列部分中又含其部分（本年收入包括财政拨款收入）',
      expect: 'pass',
      text: md('(一)收入决算总体情况', '本单位2024年度收入决算100.00万元,其中:本年收入90.00万元,包括财政拨款收入80.00万元;年初结转和结余10.00万元。'),
    },
    {
      name: '收入总计只列本年各项、未列年初结转和结余',
      expect: 'pass',
      text: md('一、收入支出决算总体情况说明', '2017年度收入总计为1308.55万元，其中：1.财政拨款收入1300.26万元。2.上级补助收入0万元。3.事业收入0万元。4.其他收入0万元。5.用事业基金弥补收支差额0万元。支出总计为1308.55万元，其中：本年支出合计1300.26万元，年末结转和结余8.29万元。'),
    },
  ],
  check(ctx) {
    const againOf = (whole: Claim, listed: readonly Claim[], budget: boolean) =>
      budget ? [] : repeatedParts(ctx.doc).filter((r) => r.whole === whole && listed.includes(r.first) && !listed.includes(r.second)).map((r) => r.second);
    // (A part listed within another part listed beside it is not a further member: outermostParts.)
    const lists = partLists(ctx.doc).map((l) => ({ ...l, parts: outermostParts(l.parts) })).filter((l) => listIsWhole(ctx.doc, l.whole.subject.key, l.parts.map((p) => p.subject.key)) && !l.whole.someParts && l.parts.length + againOf(l.whole, l.parts, l.budget).length >= 2 && !DEDICATED.test(l.whole.subject.key) && !lacksCarry(l.whole, l.parts));
    if (!lists.length) return notApplicable('说明中没有列全组成部分的“其中”表述');
    const implied = impliedValues(ctx.doc);
    for (const { whole, parts: listed, budget } of lists) {
      const w = valueOf(whole, budget) as Figure;
      // A name listed twice with two amounts (narrative.part-listed-twice: one of the two is another
      // part misnamed) is two printed parts: both are summed when that brings the sum nearer the whole,
      // so that the slip of the name is not taken for a sum that fails (3003.64 left out of 4143.91).
      const again = againOf(whole, listed, budget);
      const gap = (cs: readonly Claim[]) => dec(w).minus(cs.reduce((t, c) => t.plus(dec(valueOf(c, budget) as Figure)), new Decimal(0))).abs();
      const parts = again.length && gap([...listed, ...again]).lt(gap(listed)) ? [...listed, ...again] : listed;
      const ps = parts.map((p) => valueOf(p, budget) as Figure);
      const cmp = compareSum(money(w), moneyAll(ps));
      const sum = ps.reduce((s, p) => s.plus(p.value), new Decimal(0));
      if (cmp.agreement === 'break') {
        // A part contradicted elsewhere, whose other value would make the sum right, is named by narrative.implied-balance.
        const explained = parts.some((p, i) => {
          const alt = implied.find((x) => x.key === p.subject.key && !budget);
          if (!alt) return false;
          const others = ps.filter((_, j) => j !== i);
          const rest = others.reduce((s, f) => s.plus(f.value), new Decimal(0));
          const need = dec(w).minus(rest);
          const slack = others.reduce((s, f) => s.plus(halfUnit(f.decimals)), halfUnit(w.decimals));
          return overlaps(alt.value, { lo: need.minus(slack), hi: need.plus(slack) }) && !overlaps(alt.value, intervalOf(money(ps[i] as Figure)));
        });
        if (explained) continue;
        // The whole printed differently elsewhere, and that other figure adds up: narrative.same-subject names it.
        const other = ctx.doc.claims.find((o) => o.subject.key === whole.subject.key && o !== whole && valueOf(o, budget) && valueOf(o, budget)?.value !== w.value && compareSum(money(valueOf(o, budget) as Figure), moneyAll(ps)).agreement !== 'break');
        if (other) continue;
      }
      // The whole's own sentence (its change on last year…) holds with the parts' sum and not as printed:
      // the whole is the figure misprinted, and what is worked out from it follows (correctedFigureCause).
      const named = cmp.agreement === 'break' && !budget ? wholeNamedBySum(ctx.doc, whole, w, parts.map((p, i) => ({ claim: p, fig: ps[i] as Figure })), cmp.tolerance) : null;
      // The words in 元 when the list was printed in 元.
      const words = new AmountWords([w, ...ps]);
      const listedText = parts.map((p, i) => `${label(p)}${ps[i] ? words.value(ps[i]) : ''}`).join(' + ');
      if (named) {
        reportComparison(ctx, cmp, {
          message: `「${label(whole)}」${words.figure(w)}与其中各项之和${words.amount(sum)}（${listedText}）不符；按同句所写的${relationWords(whole, true)}，「${label(whole)}」应为${words.amount(sum)}，所写${words.figure(w)}有误`,
          expected: words.amount(sum),
          actual: words.figure(w),
          words,
          locations: locs(where(whole), ...parts.map(where)),
          section: whole.section,
          cause: correctedFigureCause(whole.id),
        });
        continue;
      }
      reportComparison(ctx, cmp, {
        message: `「${label(whole)}」${budget ? '预算数' : ''}${words.figure(w)}与其中各项之和${words.amount(sum)}（${listedText}）不符`,
        tailMessage: `「${label(whole)}」${words.figure(w)}与其中各项之和${words.amount(sum)}相差${words.amount(dec(w).minus(sum))}，在舍入误差范围内（尾差）`,
        expected: words.amount(sum),
        actual: words.figure(w),
        words,
        locations: locs(where(whole), ...parts.map(where)),
        section: whole.section,
        cause: partsCause(whole.id),
        // A sum above its whole because one part alone is above it: narrative.total-bounds names that part.
        // (Not a part said elsewhere with another figure: the sum then decides that pair, a third source.)
        ...(budget || sum.lte(dec(w)) ? {} : { explainedBy: onePartAbove(ctx.doc, whole, w, parts, ps, sum, true) }),
      });
    }
  },
});

/**
 * A 三公 total whose dedicated sum (narrative.three-public-sum) cannot run: one of its three items is
 * said nowhere with a figure ("无因公出国（境）团组" only), so the parts listed are checked here.
 */
function threePublicUnsummed(doc: Disclosure, whole: Claim, budget: boolean): boolean {
  if (whole.subject.key !== 'threePublic.total') return false;
  const stated = doc.claims.filter((c) => (budget ? c.budget?.amount : c.amount) != null).map((c) => c.subject.key);
  // (The vehicles said by their running cost alone count as the vehicle item, as the sum takes them.)
  if (stated.includes('threePublic.vehicleOps')) stated.push('threePublic.vehicle');
  return !namesEveryMember(whole.subject.key, stated);
}

/**
 * A list above its whole because one part alone is above it (收入合计697.85万元，其中：财政拨款收入6978.5万元):
 * narrative.total-bounds names that part against the whole, and the sum follows from it when the other
 * parts stay within the whole (so one figure set right, the whole or that part, makes both hold).
 */
function onePartAbove(doc: Disclosure, whole: Claim, w: Figure, parts: readonly Claim[], ps: readonly Figure[], sum: Decimal, saidOnce = false): { causes: string[]; because: string } | undefined {
  const hi = intervalOf(money(w)).hi;
  const above = parts.flatMap((p, i) => (intervalOf(money(ps[i] as Figure)).lo.gt(hi) ? [i] : []));
  if (above.length !== 1) return undefined;
  const i = above[0] as number;
  const rest = ps.filter((_, j) => j !== i);
  const part = parts[i] as Claim;
  if (saidOnce && doc.claims.some((o) => o !== part && o.subject.key === part.subject.key && o.amount && !dec(o.amount).eq(dec(ps[i] as Figure)))) return undefined;
  // (Nor where another part's own share fails on the whole: that part is a slip of its own, 483's 项目支出 11.33 at 12.65%.)
  if (saidOnce && parts.some((p, j) => j !== i && p.share?.rate && compareRate(p.share.rate, intervalOf(money(ps[j] as Figure)), intervalOf(money(w)))?.agreement === 'break')) return undefined;
  if (!boundedPart(doc, whole, parts[i] as Claim) || (rest.length && compareSum(money(w), moneyAll(rest)).agreement === 'break' && rest.reduce((t, f) => t.plus(f.value), new Decimal(0)).gt(dec(w)))) return undefined;
  return { causes: [boundsCause(whole.id)], because: `其中所列各部分之和${fmt(sum)}万元大于「${label(whole)}」亦出于此` };
}

export const partExceedsWhole = defineRule({
  id: 'arithmetic.part-exceeds-whole',
  title: '部分大于整体',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH,
  description: '“其中”所列部分（哪怕未列全）之和不能超过整体；单个部分大于整体或部分之和超出舍入容差即错误。',
  cases: [
    { name: '收、支总计的其中列出收支两方：各方之和各自等于总计', expect: 'pass', text: md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入总计和支出总计同为2280.29万元。其中：本年财政拨款收入2252.3万元，年初财政拨款结转和结余27.99万元。财政拨款支出2280.29万元，年末财政拨款结转和结余0万元。') },
    { name: '部分先概述再细说', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为30.0万元。其中：因公出国（境）费支出决算为0万元；公务接待费支出决算为26.4万元等。具体情况如下：（一）因公出国（境）费支出0万元。（二）公务接待费支出26.4万元。') },
    { name: '小微不大于中小', expect: 'pass', text: md('十一、政府采购支出说明', '授予中小企业合同金额18.64万元，占政府采购支出总额的26.54%，其中：授予小微企业合同金额18.64万元。') },
    { name: '“三公”只列两项，其中一项大于合计', expect: 'fail', mentions: '618.0', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出74.6万元，其中公务用车购置及运行维护费618.0万元，公务接待费12.8万元。无因公出国（境）团组。') },
    { name: '所列部分中又含其部分（本年收入包括财政拨款收入）', expect: 'pass', text: md('(一)收入决算总体情况', '本单位2024年度收入决算4,501.49万元,其中:本年收入4,316.01万元,占总收入95.88%,包括财政拨款收入4,146.90万元,占总收入92.12%;事业单位专户资金0万元,占总收入0%;事业收入0万元,占总收入0%。') },
    { name: '其中一项大于整体', expect: 'fail', mentions: '900.00', text: md('三、支出决算情况说明', '2024年度本年支出合计800.00万元，其中：基本支出900.00万元。') },
  ],
  check(ctx) {
    const lists = partLists(ctx.doc);
    if (!lists.length) return notApplicable('说明中没有“其中”表述');
    for (const { whole, parts: listed, budget } of lists) {
      const parts = outermostParts(listed);
      // A complete list is summed by parts-sum or by the subject's dedicated rule (basic-split, three-public-sum…).
      if (listIsWhole(ctx.doc, whole.subject.key, parts.map((p) => p.subject.key)) && parts.length >= 2 && !whole.someParts && !lacksCarry(whole, parts) && !threePublicUnsummed(ctx.doc, whole, budget)) continue;
      // 小微 within 中小企业 has its own rule (narrative.procurement-sme).
      if (whole.subject.key === 'procurement.sme') continue;
      const w = valueOf(whole, budget) as Figure;
      const ps = parts.map((p) => valueOf(p, budget) as Figure);
      const cmp = compareSum(money(w), moneyAll(ps));
      const sum = ps.reduce((s, p) => s.plus(p.value), new Decimal(0));
      if (cmp.agreement !== 'break' || sum.lte(dec(w))) continue;
      // The whole's own sentence holds with the parts' sum and not as printed: the whole is misprinted.
      const named = budget ? null : wholeNamedBySum(ctx.doc, whole, w, parts.map((p, i) => ({ claim: p, fig: ps[i] as Figure })), cmp.tolerance);
      if (named) {
        ctx.report({
          message: `「${label(whole)}」${wan(w)}万元小于其中所列部分${parts.map((p, i) => `${label(p)}${ps[i]?.value}万元`).join('、')}；按同句所写的${relationWords(whole, true)}，「${label(whole)}」应为${wan(named.corrected)}万元，所写${wan(w)}万元有误`,
          expected: `${wan(named.corrected)}万元`,
          actual: `${wan(w)}万元`,
          difference: `${fmt(dec(w).minus(dec(named.corrected)))}万元`,
          tolerance: `±${cmp.tolerance.toFixed(3)}万元`,
          locations: locs(where(whole), ...parts.map(where)),
          section: whole.section,
          cause: correctedFigureCause(whole.id),
        });
        continue;
      }
      ctx.report({
        message: `「${label(whole)}」${wan(w)}万元小于其中所列部分${parts.map((p, i) => `${label(p)}${ps[i]?.value}万元`).join('、')}`,
        expected: `≤ ${wan(w)}万元`,
        actual: `${fmt(sum)}万元`,
        difference: `${fmt(sum.minus(dec(w)))}万元`,
        tolerance: `±${cmp.tolerance.toFixed(3)}万元`,
        locations: locs(where(whole), ...parts.map(where)),
        section: whole.section,
        ...(budget ? {} : { explainedBy: onePartAbove(ctx.doc, whole, w, parts, ps, sum) }),
      });
    }
  },
});

export const rules = [partsSum, partExceedsWhole];
