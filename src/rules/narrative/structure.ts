import { budgetOnly, label, money, moneyAll, samePrinted, shareWhole, vehiclesByRunningCostAlone, where, whereFigure } from '../../model/claims.js';
import { AmountWords, Decimal, type Figure, dec, fmt, halfUnit, intervalOf, wan } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { unitKind } from '../../model/unit-kind.js';
import { compareRate, compareSum } from '../arith.js';
import { sumHoldsWith } from '../holds-with.js';
import { defineRule, notApplicable, type RuleContext } from '../rule.js';
import { correctedFigureCause, listedTwiceCause, locs, md, misnamedWhole, reportComparison } from '../arithmetic/lib.js';
import { culpritOfSum, relationWords } from '../arithmetic/budget.js';
import { listedTwiceIn } from '../../model/list-parts.js';
import { basicPairOf, basicScope } from './basic-pair.js';
import { inWan, type ProcurementFigure, procurementFigures, roundingSlack } from './procurement-text.js';

const AUTH_NOTICE = '《关于做好2024年度部门决算公开工作的通知》';

type Pick = { claim: Claim; fig: Figure };

/** First statement of a subject: its actual amount, or its budget amount when `budget`. */
function firstOf(doc: Disclosure, keys: string[], budget = false): Pick | null {
  for (const k of keys) {
    for (const c of doc.claims) {
      if (c.subject.key !== k) continue;
      const f = budget ? c.budget?.amount : c.amount;
      if (f && (!budget || c.budget?.basis !== 'initial' || true)) return { claim: c, fig: f };
    }
  }
  return null;
}

/** The part of this key listed under a whole ("其中：…"), with its figure. */
function listedPart(doc: Disclosure, whole: Pick, key: string, budget = false): Pick | null {
  for (const c of doc.claims) {
    if (c.subject.key !== key || c.parent !== whole.claim.id) continue;
    const f = budget ? c.budget?.amount : c.amount;
    if (f) return { claim: c, fig: f };
  }
  return null;
}

/** A part's printed share of this whole ("占7.23%"), when the share is said of it. */
function shareOf(doc: Disclosure, part: Pick, whole: Pick): Figure | null {
  const rate = part.claim.share?.rate;
  if (!rate || budgetOnly(part.claim)) return null;
  const w = shareWhole(doc, part.claim);
  return w?.claim === whole.claim || (w?.figure != null && w.figure.value === whole.fig.value && w.key === whole.claim.subject.key) ? rate : null;
}

/**
 * A sum that fails where one part's printed share decides which figure is wrong: that part's share does
 * not fit its amount, the amount its share gives (share × whole) makes the sum hold, and another part
 * with an amount has a share that fits the printed whole (so the whole is not the wrong one). "合计8.99 ≠
 * 4.79 + 3.55 + 6.50" with 公务接待费6.50 "占7.23%": 7.23% of 8.99 is 0.65, with which the sum holds.
 */
function partNamedByItsShare(doc: Disclosure, whole: Pick, ps: Pick[], sum: Decimal): { part: Pick; implied: string; rate: Figure } | null {
  const W = intervalOf(money(whole.fig));
  const fits = (p: Pick, rate: Figure) => compareRate(rate, intervalOf(money(p.fig)), W)?.agreement !== 'break';
  const shares = ps.map((p) => ({ p, rate: shareOf(doc, p, whole) }));
  const wholeBorneOut = (but: Pick) => shares.some(({ p, rate }) => p !== but && rate && !dec(p.fig).isZero() && fits(p, rate));
  const found = shares.filter(({ p, rate }) => {
    if (!rate || fits(p, rate) || !wholeBorneOut(p)) return false;
    const implied = dec(rate).div(100).times(dec(whole.fig));
    // The share is printed to its decimals, the amounts to theirs: the sum holds within both roundings.
    const slack = halfUnit(rate.decimals).div(100).times(dec(whole.fig)).plus(halfUnit(whole.fig.decimals).times(ps.length + 1));
    return sum.minus(dec(p.fig)).plus(implied).minus(dec(whole.fig)).abs().lte(slack);
  });
  if (found.length !== 1) return null;
  const { p, rate } = found[0] as { p: Pick; rate: Figure };
  return { part: p, rate, implied: fmt(dec(rate).div(100).times(dec(whole.fig)), p.fig.decimals) };
}

/**
 * The one figure of a failing sum (the whole or one part) whose own sentence tells it is the wrong one:
 * its completion rate, 大于/小于/持平 or change rate fails as printed and holds with the figure corrected
 * by the sum's difference (the whole to the parts' sum, a part to what the whole leaves it). Null unless
 * exactly one figure is so told.
 */
function figureNamedByItsSentence(doc: Disclosure, whole: Pick, ps: Pick[], sum: Decimal, which: 'amount' | 'budget', slack: Decimal) {
  const excess = sum.minus(dec(whole.fig));
  const found = [culpritOfSum(doc, ps, which, excess, slack), culpritOfSum(doc, [whole], which, excess.negated(), slack)].filter((x) => x != null);
  return found.length === 1 ? found[0]! : null;
}

/** whole = Σ parts, with the tail/break policy; parts that are not stated are left out (need ≥ `min`). */
/**
 * `heldBy`: the sum one level up that the whole agrees with ("“三公”经费合计1360.13万元 = 22.00 + 1116.14 +
 * 221.98"): when the whole's own parts do not add up to it, the slip is among those parts, not the whole.
 */
function checkSum(ctx: RuleContext, whole: Pick | null, parts: (Pick | null)[], what: string, min = 2, which: 'amount' | 'budget' = 'amount', heldBy: string | null = null): boolean {
  const ps = parts.filter((p): p is Pick => p != null);
  // A whole whose list holds an item the reader could not name is not the sum of those it could.
  if (!whole || ps.length < min || whole.claim.someParts) return false;
  const cmp = compareSum(money(whole.fig), moneyAll(ps.map((p) => p.fig)));
  const sum = ps.reduce((s, p) => s.plus(p.fig.value), new Decimal(0));
  // The words in 元 when the whole and its parts were printed in 元.
  const words = new AmountWords([whole.fig, ...ps.map((p) => p.fig)]);
  const listed = ps.map((p) => `${label(p.claim)}${words.value(p.fig)}`).join(' + ');
  // Parts taken by name from a list that names one part twice (narrative.part-listed-twice): the sum
  // by names follows from that slip.
  const twice = ps.map((p) => listedTwiceIn(ctx.doc, p.claim)).find((w) => w != null);
  const wrong = cmp.agreement === 'break' && !twice ? partNamedByItsShare(ctx.doc, whole, ps, sum) : null;
  if (wrong) {
    const { part, implied, rate } = wrong;
    reportComparison(ctx, cmp, {
      message: `${what}：「${label(whole.claim)}」${words.figure(whole.fig)} ≠ ${listed} = ${words.amount(sum)}；按所写占比${rate.raw}，「${label(part.claim)}」应约为${words.stated(implied)}，而写${words.figure(part.fig)}，以此计合计相符、其余各项占比也相符：所列金额有误`,
      expected: words.stated(implied),
      actual: words.figure(part.fig),
      words,
      locations: locs(where(part.claim), where(whole.claim), ...ps.filter((p) => p !== part).map((p) => where(p.claim))),
      section: part.claim.section,
    });
    return true;
  }
  const named = cmp.agreement === 'break' && !twice ? figureNamedByItsSentence(ctx.doc, whole, ps, sum, which, cmp.tolerance) : null;
  if (named) {
    const { claim, printed, corrected } = named;
    const isWhole = claim === whole.claim;
    // The whole taken to the parts' sum is shown at the sum's precision (246 → 167.37, not 167).
    const right = isWhole && dec(corrected).eq(sum.toDecimalPlaces(corrected.decimals, Decimal.ROUND_HALF_UP)) ? fmt(sum) : corrected.value;
    const rest = isWhole ? new Decimal(right).minus(sum) : dec(whole.fig).minus(sum.minus(dec(printed)).plus(dec(corrected)));
    reportComparison(ctx, cmp, {
      cause: correctedFigureCause(claim.id),
      message: `${what}：「${label(whole.claim)}」${words.figure(whole.fig)} ≠ ${listed} = ${words.amount(sum)}；「${label(claim)}」${which === 'budget' ? '预算数' : ''}写作${words.figure(printed)}，按同句所写的${relationWords(claim, which === 'amount')}应为${words.stated(right)}，改正后合计${rest.isZero() ? '相符' : `只差舍入尾差${words.amount(rest.abs())}`}`,
      expected: words.stated(right),
      actual: words.figure(printed),
      words,
      locations: locs(whereFigure(claim, printed), where(whole.claim), ...ps.filter((p) => p.claim !== claim).map((p) => where(p.claim))),
      section: claim.section,
    });
    return true;
  }
  if (heldBy && cmp.agreement === 'break' && !twice) {
    reportComparison(ctx, cmp, {
      message: `${what}：${listed} = ${words.amount(sum)}，不等于「${label(whole.claim)}」${words.figure(whole.fig)}；而「${label(whole.claim)}」与${heldBy}相符：写错的应是其下所列分项之一`,
      expected: `各分项之和${words.figure(whole.fig)}`,
      actual: words.amount(sum),
      words,
      locations: locs(...ps.map((p) => where(p.claim)), where(whole.claim)),
      section: whole.claim.section,
      // (With what figures it would hold: a part said otherwise elsewhere takes this finding in.)
      holdsWith: sumHoldsWith({ fig: whole.fig, at: where(whole.claim), name: `「${label(whole.claim)}」` }, ps.map((p) => ({ fig: p.fig, at: where(p.claim), name: `「${label(p.claim)}」` }))),
    });
    return true;
  }
  reportComparison(ctx, cmp, {
    message: `${what}：「${label(whole.claim)}」${words.figure(whole.fig)} ≠ ${listed} = ${words.amount(sum)}`,
    tailMessage: `${what}：${words.figure(whole.fig)}与各项之和${words.amount(sum)}相差${words.amount(dec(whole.fig).minus(sum))}，在舍入误差范围内（尾差）`,
    expected: words.amount(sum),
    actual: words.figure(whole.fig),
    words,
    locations: locs(where(whole.claim), ...ps.map((p) => where(p.claim))),
    section: whole.claim.section,
    holdsWith: sumHoldsWith({ fig: whole.fig, at: where(whole.claim), name: `「${label(whole.claim)}」` }, ps.map((p) => ({ fig: p.fig, at: where(p.claim), name: `「${label(p.claim)}」` }))),
    ...(twice ? { explainedBy: { causes: [listedTwiceCause(twice.id)], because: `按名称取各部分相加（${words.amount(sum)}）与整体不符亦出于此` } } : {}),
  });
  return true;
}

export const basicSplit = defineRule({
  id: 'narrative.basic-split',
  title: '基本支出不等于人员经费与公用经费之和',
  category: 'narrative',
  severity: 'error',
  authority: `${AUTH_NOTICE}；基本支出 = 人员经费 + 公用经费`,
  description: '一般公共预算财政拨款基本支出应等于说明所写其人员经费与公用经费之和（允许舍入尾差）。取其“其中”所列或基本支出部分自己所写的人员经费与公用经费；支出决算等其他部分就全部资金的基本支出所写的人员经费与公用经费不是它的，不拿来核对。',
  cases: [
    { name: '816.48 = 707.15 + 109.33', expect: 'pass', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '2024年度一般公共预算财政拨款基本支出816.48万元，其中：', '人员经费707.15万元，主要包括：基本工资、津贴补贴。', '公用经费109.33万元，主要包括：办公费、印刷费。') },
    { name: '不相等', expect: 'fail', mentions: '816.48', text: md('六、一般公共预算财政拨款基本支出决算情况说明', '2024年度一般公共预算财政拨款基本支出816.48万元，其中：', '人员经费707.15万元，主要包括：基本工资、津贴补贴。', '公用经费119.33万元，主要包括：办公费、印刷费。') },
    {
      name: '支出决算所写全部资金的人员经费、公用经费不拿来核对',
      expect: 'pass',
      text: md('三、支出决算情况说明', '本年基本支出900.00万元，其中：人员经费780.00万元，公用经费120.00万元。') + md('六、一般公共预算财政拨款基本支出决算情况说明', '2024年度一般公共预算财政拨款基本支出816.48万元，其中：', '人员经费707.15万元，主要包括：基本工资。', '公用经费109.33万元，主要包括：办公费。'),
    },
    {
      name: '基本支出部分自己的人员经费写错：只与本部分核对',
      expect: 'fail',
      mentions: '119.33',
      text: md('三、支出决算情况说明', '本年基本支出900.00万元，其中：人员经费780.00万元，公用经费120.00万元。') + md('六、一般公共预算财政拨款基本支出决算情况说明', '2024年度一般公共预算财政拨款基本支出816.48万元，其中：', '人员经费707.15万元，主要包括：基本工资。', '公用经费119.33万元，主要包括：办公费。'),
    },
  ],
  check(ctx) {
    // The 基本支出 section's own total first; each total only with the pair said of it (never another section's).
    const wholes = ctx.doc.claims.filter((c) => c.subject.key === 'general.basic' && c.amount);
    for (const w of [...wholes.filter((c) => c.section === 'explain.basic'), ...wholes.filter((c) => c.section !== 'explain.basic')]) {
      const pair = basicPairOf(ctx.doc, w);
      if (!pair.personnel || !pair.public) continue;
      const pick = (c: Claim): Pick => ({ claim: c, fig: c.amount as Figure });
      if (checkSum(ctx, pick(w), [pick(pair.personnel), pick(pair.public)], '基本支出构成', 2)) return;
    }
    return notApplicable('说明未同时写出基本支出及其人员经费和公用经费');
  },
});

export const operatingVsPublic = defineRule({
  id: 'narrative.operating-vs-public',
  title: '机关运行经费与公用经费不一致',
  category: 'narrative',
  severity: 'warning',
  authority: `${AUTH_NOTICE}（机关运行经费为行政单位和参公事业单位财政拨款基本支出中的公用经费）`,
  description:
    '纯行政单位的机关运行经费通常等于一般公共预算财政拨款基本支出中的公用经费，概况写明为行政单位且二者不等时提示核对；部门含事业单位（含参公单位、下属单位）时二者本就可以不等，不提示；概况未写明单位性质时只作说明。',
  cases: [
    { name: '相等', expect: 'pass', text: md('十、其他重要事项的情况说明', '公用经费109.33万元，主要包括：办公费。', '2024年度机关运行经费支出109.33万元，比2023年度减少0.53万元，下降0.48%。') },
    {
      name: '行政单位不等',
      expect: 'fail',
      mentions: '19.33',
      text: `# 2024年度某某局部门决算\n\n## 一、机构设置\n\n本局为行政单位，内设科室4个，无下属单位。\n\n## 十、其他重要事项的情况说明\n\n公用经费109.33万元，主要包括：办公费。\n\n2024年度机关运行经费支出19.33万元。\n`,
    },
    {
      name: '含事业单位不等',
      expect: 'pass',
      text: `# 2024年度某某局部门决算\n\n## 一、机构设置\n\n本局下属事业单位2个：某某中心、某某所。\n\n## 十、其他重要事项的情况说明\n\n公用经费109.33万元，主要包括：办公费。\n\n2024年度机关运行经费支出19.33万元。\n`,
    },
    { name: '单位性质不明只作说明', expect: 'fail', severity: 'info', mentions: '单位性质', text: md('十、其他重要事项的情况说明', '公用经费109.33万元，主要包括：办公费。', '2024年度机关运行经费支出19.33万元。') },
  ],
  check(ctx) {
    const op = firstOf(ctx.doc, ['operatingCost']);
    const pub = firstOf(ctx.doc, ['basic.public']);
    if (!op || !pub) return notApplicable('说明未同时写出机关运行经费与公用经费');
    if (samePrinted(op.fig, pub.fig).equal) return;
    const unit = unitKind(ctx.doc);
    // Only a purely administrative unit's 机关运行经费 is its 公用经费; with 事业单位 they differ by design.
    if (unit.kind === 'with-institutions') return;
    const base = {
      expected: `${wan(pub.fig)}万元`,
      actual: `${wan(op.fig)}万元`,
      difference: `${fmt(dec(op.fig).minus(dec(pub.fig)))}万元`,
      locations: locs(where(op.claim), where(pub.claim), unit.location),
      section: op.claim.section,
    };
    if (unit.kind === 'unknown') {
      ctx.report({
        ...base,
        severity: 'info',
        message: `机关运行经费${op.fig.raw}与公用经费${pub.fig.raw}不同；概况未写明单位性质（行政单位或含事业单位），无法判断二者是否应相等`,
      });
      return;
    }
    ctx.report({ ...base, message: `机关运行经费${op.fig.raw}与公用经费${pub.fig.raw}不一致：概况写明为${unit.evidence}，行政单位二者应相等` });
  },
});

export const threePublicSum = defineRule({
  id: 'narrative.three-public-sum',
  title: '“三公”经费合计与分项之和不符',
  category: 'narrative',
  severity: 'error',
  authority: '《财政拨款“三公”经费支出决算表》：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费',
  description: '说明中“三公”经费合计（决算数、预算数分别）应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和（合计所列分项中公务用车只写运行维护费、全文未写购置费也未写购置了车辆的，按购置费为0核对并在消息中注明）；公务用车购置及运行维护费应等于购置费与运行维护费之和；公务接待费等于国内与国（境）外接待费之和。合计不符时，若某一分项所写占比按合计折算的金额能使合计相符、其余分项占比也与合计相符，则指出该分项金额有误（占比与金额不符不再另报）；若合计或某一分项（预算数同理）同句所写的完成率、大于/小于、变动率按所印数字不符、按使合计相符的数相符，则指出该数有误并给出应为的数（同句的完成率、比较不再另报）；公务用车购置及运行维护费与“三公”经费合计及其他分项相符、却不等于其下购置费与运行维护费之和时，指出写错的是其下分项。',
  cases: [
    { name: '2.75 = 0 + 0 + 2.75', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为2.75万元。', '2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算0万元，占0%；公务接待费支出决算2.75万元，占100%。') },
    { name: '合计不符', expect: 'fail', mentions: '3.75', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为3.75万元。', '2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算0万元；公务接待费支出决算2.75万元。') },
    { name: '合计只列运行维护费（车辆运行费），分项之和不符', expect: 'fail', mentions: '30.49', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元。') },
    { name: '合计只列运行维护费，分项之和相符', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费合计30.49万元，其中：公务接待费1.58万元，公务用车运行维护费28.91万元，因公出国（境）费0万元。') },
    {
      name: '公务用车小计与合计相符、其下分项之和不符：错在分项',
      expect: 'fail',
      mentions: '其下所列分项',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出1360.12万元。其中：因公出国（境）费22.00万元；公务用车购置及运行费1116.14万元，其中：公务用车购置费34.71万元，公务用车运行费1116.14万元；公务接待费221.98万元。'),
    },
    { name: '购置支出与运行维护支出之和不符', expect: 'fail', mentions: '4.02', text: md('七、财政拨款“三公”经费支出决算情况说明', '2.公务用车购置及运行维护费支出4.02万元。其中:', '公务用车购置支出0万元,购置车辆0辆。本单位2023年度无此项支出。', '公务用车运行维护支出0万元,公务用车保有量为7辆。') },
  ],
  check(ctx) {
    const d = ctx.doc;
    let ran = false;
    for (const budget of [false, true]) {
      const tag = budget ? '（预算数）' : '';
      const which = budget ? 'budget' : 'amount';
      const vehicle = firstOf(d, ['threePublic.vehicle'], budget);
      const purchase = firstOf(d, ['threePublic.vehiclePurchase'], budget);
      const ops = firstOf(d, ['threePublic.vehicleOps'], budget);
      const total = firstOf(d, ['threePublic.total'], budget);
      // The total's own list naming the vehicles by their running cost alone ("合计31.23万元，其中：公务接待费
      // 1.58万元，车辆运行费28.91万元，因公出国(境)费0万元"): the writer's vehicle item, the purchase none.
      const listedOps = total && vehiclesByRunningCostAlone(d.claims) ? listedPart(d, total, 'threePublic.vehicleOps', budget) : null;
      const vehicleOrParts = vehicle ? [vehicle] : listedOps ? [listedOps] : [purchase, ops];
      // Only when every item is stated: an item the reader could not name ("车辆运行费用…") would
      // otherwise count as 0 and the total look wrong.
      const items = [firstOf(d, ['threePublic.abroad'], budget), ...vehicleOrParts, firstOf(d, ['threePublic.reception'], budget)];
      ran = checkSum(ctx, total, items, `“三公”经费合计${tag}${listedOps ? '（公务用车只列运行维护费，未写购置费，按0计）' : ''}`, items.length, which) || ran;
      // The vehicles' total agreeing with the 三公 total and the other items: its own parts hold the slip.
      const others = [firstOf(d, ['threePublic.abroad'], budget), firstOf(d, ['threePublic.reception'], budget)];
      const held =
        total && vehicle && others.every((o) => o != null) && compareSum(money(total.fig), moneyAll([others[0]!.fig, vehicle.fig, others[1]!.fig])).agreement !== 'break'
          ? `“三公”经费合计${wan(total.fig)}万元（${label(others[0]!.claim)}${others[0]!.fig.value} + 本项 + ${label(others[1]!.claim)}${others[1]!.fig.value}）`
          : null;
      ran = checkSum(ctx, vehicle, [purchase, ops], `公务用车购置及运行维护费${tag}`, 2, which, held) || ran;
      ran = checkSum(ctx, firstOf(d, ['threePublic.reception'], budget), [firstOf(d, ['threePublic.receptionDomestic'], budget), firstOf(d, ['threePublic.receptionForeign'], budget)], `公务接待费${tag}`, 2, which) || ran;
    }
    if (!ran) return notApplicable('说明未写出“三公”经费合计及分项');
  },
});

export const procurementSum = defineRule({
  id: 'narrative.procurement-sum',
  title: '政府采购支出总额与货物、工程、服务之和不符',
  category: 'narrative',
  severity: 'error',
  authority: `${AUTH_NOTICE}（政府采购支出总额 = 货物 + 工程 + 服务）`,
  description: '政府采购支出总额应等于所写货物、工程、服务采购支出之和（未写的一类按0计）。',
  cases: [
    { name: '70.24 = 10 + 60.24', expect: 'pass', text: md('（二）政府采购支出情况', '2024年度政府采购支出总额70.24万元，其中：政府采购货物支出10万元、政府采购服务支出60.24万元。') },
    { name: '不符', expect: 'fail', mentions: '70.24', text: md('（二）政府采购支出情况', '2024年度政府采购支出总额70.24万元，其中：政府采购货物支出10万元、政府采购服务支出62.24万元。') },
    { name: '上海写法：各分项舍入尾差之内', expect: 'pass', text: md('（二）政府采购支出情况', '上海市某某局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。') },
    { name: '上海写法：不符', expect: 'fail', mentions: '7571.90', text: md('（二）政府采购支出情况', '上海市某某局2024年度政府采购金额（以合同签订为准）为7571.90万元，其中：货物采购金额410.53万元、工程采购金额4276.20万元、服务采购金额2985.17万元。') },
    { name: '“政府采购支出合计”是采购的合计', expect: 'pass', text: md('（二）政府采购支出情况', '本局2024年度政府采购支出合计70.24万元，其中：政府采购货物支出10万元、政府采购服务支出60.24万元。') },
    { name: '“货物、工程、服务政府采购支出分别为”：相符', expect: 'pass', text: md('（二）政府采购支出情况', '2024年度政府采购支出总额10.70万元，货物、工程、服务政府采购支出分别为0.34万元、0万元和10.36万元。') },
    { name: '“货物、工程、服务政府采购支出分别为”：不符', expect: 'fail', mentions: '10.70', text: md('（二）政府采购支出情况', '2024年度政府采购支出总额10.70万元，货物、工程、服务政府采购支出分别为0.34万元、0万元和11.36万元。') },
    { name: '只写货物、服务、工程：相符', expect: 'pass', text: md('（二）政府采购支出情况', '2024年度本单位政府采购支出总额10.7万元，其中：货物0.34万元，服务10.36万元，工程0万元。') },
    { name: '只写货物、服务、工程：不符', expect: 'fail', mentions: '20.36', text: md('（二）政府采购支出情况', '2024年度本单位政府采购支出总额10.7万元，其中：货物0.34万元，服务20.36万元，工程0万元。') },
  ],
  check(ctx) {
    const d = ctx.doc;
    const ok = checkSum(ctx, firstOf(d, ['procurement.total']), [firstOf(d, ['procurement.goods']), firstOf(d, ['procurement.works']), firstOf(d, ['procurement.services'])], '政府采购支出构成', 1);
    if (!ok) return notApplicable('说明未写出政府采购总额及分类');
  },
});

export const procurementSme = defineRule({
  id: 'narrative.procurement-sme',
  title: '授予中小（小微）企业合同金额超出上级口径',
  category: 'narrative',
  severity: 'error',
  authority: `${AUTH_NOTICE}（授予小微企业合同金额 ≤ 授予中小企业合同金额 ≤ 政府采购支出总额）`,
  description:
    '授予小微企业的合同金额是授予中小企业合同金额的一部分，后者又是政府采购支出总额的一部分，不得超出。按上海等地的写法（“政府采购金额（以合同签订为准）”“由中小企业供应商中标或成交的，采购金额”），由中小企业中标或成交的金额（预留项目与其他项目之和）不得超过政府采购金额；面向小微企业预留的金额、由小微企业中标或成交的金额按口径是中小企业相应金额的一部分，超出时提示核实（警告，各地口径可能把两者分列）。',
  cases: [
    { name: '18.64 ≤ 18.64 ≤ 70.24', expect: 'pass', text: md('（二）政府采购支出情况', '2024年度政府采购支出总额70.24万元。授予中小企业合同金额18.64万元，占政府采购支出总额的26.54%，其中：授予小微企业合同金额18.64万元，占政府采购支出总额的26.54%。') },
    { name: '小微大于中小', expect: 'fail', mentions: '28.64', text: md('（二）政府采购支出情况', '2024年度政府采购支出总额70.24万元。授予中小企业合同金额18.64万元，其中：授予小微企业合同金额28.64万元。') },
    { name: '上海写法：各数在口径内', expect: 'pass', text: md('（二）政府采购支出情况', '上海市某某局2025年度政府采购金额（以合同签订为准）为372.34万元，其中：货物采购金额8.57万元、工程采购金额0.00万元、服务采购金额363.77万元。\n2025年度本部门面向中小企业预留政府采购项目预算金额372.34万元，面向小微企业预留政府采购项目预算金额152.92\n万元。在面向中小企业预留的政府采购项目中，由中小企业供应\n商中标或成交的，采购金额 372.34 万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额\n152.92 万元；在其他政府采购项目中，由中小企业供应商中标或\n成交的，采购金额 0 万元。') },
    { name: '上海写法：中小企业中标金额超过采购金额', expect: 'fail', mentions: '372.34', text: md('（二）政府采购支出情况', '上海市某某局2025年度政府采购金额（以合同签订为准）为372.34万元，其中：货物采购金额8.57万元、工程采购金额0.00万元、服务采购金额363.77万元。\n2025年度本部门面向中小企业预留政府采购项目预算金额372.34万元，面向小微企业预留政府采购项目预算金额152.92\n万元。在面向中小企业预留的政府采购项目中，由中小企业供应\n商中标或成交的，采购金额 372.34 万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额\n152.92 万元；在其他政府采购项目中，由中小企业供应商中标或\n成交的，采购金额 20.00 万元。') },
    { name: '上海写法：小微企业中标金额大于中小企业', expect: 'fail', severity: 'warning', mentions: '252.92', text: md('（二）政府采购支出情况', '上海市某某局2025年度政府采购金额（以合同签订为准）为372.34万元，其中：货物采购金额8.57万元、工程采购金额0.00万元、服务采购金额363.77万元。\n2025年度本部门面向中小企业预留政府采购项目预算金额372.34万元，面向小微企业预留政府采购项目预算金额152.92\n万元。在面向中小企业预留的政府采购项目中，由中小企业供应\n商中标或成交的，采购金额 152.92 万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额\n252.92 万元；在其他政府采购项目中，由中小企业供应商中标或\n成交的，采购金额 0 万元。') },
  ],
  check(ctx) {
    const d = ctx.doc;
    const total = firstOf(d, ['procurement.total']);
    const sme = firstOf(d, ['procurement.sme']);
    const micro = firstOf(d, ['procurement.micro']);
    let ran = false;
    for (const [part, whole] of [
      [micro, sme],
      [sme, total],
      [micro, total],
    ] as const) {
      if (!part || !whole) continue;
      ran = true;
      const cmp = compareSum(money(whole.fig), moneyAll([part.fig]));
      if (cmp.agreement !== 'break' || dec(part.fig).lte(dec(whole.fig))) continue;
      ctx.report({
        message: `${label(part.claim)}${part.fig.raw}大于${label(whole.claim)}${whole.fig.raw}`,
        expected: `≤ ${wan(whole.fig)}万元`,
        actual: `${wan(part.fig)}万元`,
        difference: `${fmt(dec(part.fig).minus(dec(whole.fig)))}万元`,
        locations: locs(where(part.claim), where(whole.claim)),
        section: part.claim.section,
      });
      break;
    }
    // The Shanghai wording, read from the prose (the claims reader knows only 授予…合同金额).
    const f = inWan(procurementFigures(d));
    const exceeds = (parts: ProcurementFigure[], whole: ProcurementFigure) => {
      const sum = parts.reduce((s, p) => s.plus(p.value), new Decimal(0));
      return sum.minus(whole.value).gt(roundingSlack([...parts, whole])) ? sum : null;
    };
    const won = [f.wonSmeReserved, f.wonSmeOther].filter((x): x is ProcurementFigure => !!x);
    if (won.length && f.total) {
      ran = true;
      const sum = exceeds(won, f.total);
      if (sum)
        ctx.report({
          message: `由中小企业供应商中标或成交的采购金额${won.length > 1 ? `（预留项目${f.wonSmeReserved!.raw} + 其他项目${f.wonSmeOther!.raw}）` : won[0]!.raw}共${fmt(sum)}万元，超过政府采购金额${f.total.raw}`,
          expected: `≤ ${f.total.raw}`,
          actual: `${fmt(sum)}万元`,
          difference: `${fmt(sum.minus(f.total.value))}万元`,
          locations: locs(...won.map((w) => w.location), f.total.location),
        });
    }
    for (const [part, whole, what] of [
      [f.reservedMicro, f.reservedSme, '面向小微企业预留的政府采购项目预算金额|面向中小企业预留的'],
      [f.wonMicroReserved, f.wonSmeReserved, '由小微企业供应商中标或成交的采购金额|在面向中小企业预留项目中由中小企业中标或成交的'],
    ] as const) {
      if (!part || !whole) continue;
      ran = true;
      if (!exceeds([part], whole)) continue;
      const [p, w] = what.split('|') as [string, string];
      ctx.report({
        severity: 'warning',
        message: `${p}${part.raw}大于${w}${whole.raw}；小微企业是中小企业的一部分，按财库〔2020〕46号的口径前者应包含在后者之中，请核实是否写错或本地区口径将二者分列`,
        expected: `≤ ${whole.raw}`,
        actual: part.raw,
        difference: `${fmt(part.value.minus(whole.value))}万元`,
        locations: locs(part.location, whole.location),
      });
    }
    if (!ran) return notApplicable('说明未写出授予中小企业合同金额');
  },
});

/**
 * A figure as printed, and how it is read when its unit is a slip read at 万元 ("615.23元" among 万元 amounts
 * is read as 615.23万元): said so, for 615.23元 is no more than 167.37万元 as printed.
 */
function readAs(f: Figure): string {
  const printedUnit = /(百万元|千元|万元|亿元|元)\s*$/.exec(f.raw)?.[1];
  return printedUnit && printedUnit !== '万元' && f.unit === '万元' ? `${f.raw}（按万元读作${wan(f)}万元）` : f.raw;
}

/** Part ≤ whole relations that hold whatever the wording, across sentences. */
const PART_OF: [string, string[]][] = [
  ['income.fiscal', ['income.total']],
  ['income.general', ['income.total', 'income.fiscal']],
  ['income.other', ['income.total']],
  ['income.total', ['income.grand', 'total']],
  ['expense.total', ['expense.grand', 'total']],
  ['expense.basic', ['expense.total']],
  ['expense.project', ['expense.total']],
  ['general.expense', ['expense.total']],
  ['general.basic', ['general.expense']],
  ['general.project', ['general.expense']],
  ['basic.personnel', ['general.basic']],
  ['basic.public', ['general.basic']],
  ['operatingCost', ['general.basic', 'expense.basic']],
  ['threePublic.abroad', ['threePublic.total']],
  ['threePublic.vehicle', ['threePublic.total']],
  ['threePublic.reception', ['threePublic.total']],
  ['fiscal.income', ['fiscal.income.grand', 'fiscal.total']],
  ['fiscal.expense', ['fiscal.expense.grand', 'fiscal.total']],
];

export const partLeWhole = defineRule({
  id: 'narrative.part-le-whole',
  title: '部分金额大于其所属整体',
  category: 'narrative',
  severity: 'error',
  authority: '算术一致性（部分 ≤ 整体）',
  description: '不论是否在同一句中，口径上属于另一数一部分的金额（如财政拨款收入之于本年收入合计、人员经费之于基本支出、公务接待费之于“三公”经费）不得大于该数。',
  cases: [
    { name: '部分小于整体', expect: 'pass', text: md('二、收入决算情况说明', '本年收入1,238.41万元，其中：财政拨款收入1,222.68万元，占98.73%；其他收入15.73万元，占1.27%。') },
    {
      name: '单位误写为元的部分按万元读：说明按万元读',
      expect: 'fail',
      mentions: '按万元读作615.23万元',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度财政拨款“三公”经费支出167.37万元。', '2024年度一般公共预算财政拨款“三公”经费支出决算中，因公出国（境）费支出决算0万元；公务接待费支出决算2.14万元；公务用车购置及运行维护费支出决算615.23元。'),
    },
    { name: '一般公共预算支出大于本年支出合计', expect: 'fail', mentions: '1,322.68', text: md('三、支出决算情况说明', '本年支出合计1,238.51万元。') + md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出1,322.68万元。') },
  ],
  check(ctx) {
    let ran = false;
    for (const [part, wholes] of PART_OF) {
      const p = firstOf(ctx.doc, [part]);
      if (!p) continue;
      for (const wk of wholes) {
        const w = firstOf(ctx.doc, [wk]);
        if (!w) continue;
        ran = true;
        if (p.claim.parent === w.claim.id) continue; // the "其中" rules report it
        // 人员经费 said of another 基本支出 (all funds' in 支出决算) is no part of 一般公共预算's.
        if (wk === 'general.basic' && basicScope(ctx.doc, p.claim) !== 'general.basic') continue;
        const cmp = compareSum(money(w.fig), moneyAll([p.fig]));
        if (cmp.agreement !== 'break' || dec(p.fig).lte(dec(w.fig))) continue;
        ctx.report({
          message: `「${label(p.claim)}」${readAs(p.fig)}大于其所属的「${label(w.claim)}」${readAs(w.fig)}`,
          expected: `≤ ${wan(w.fig)}万元`,
          actual: p.fig.raw,
          difference: `${fmt(dec(p.fig).minus(dec(w.fig)))}万元`,
          locations: locs(where(p.claim), where(w.claim)),
          section: p.claim.section,
          // A whole whose own 其中 shows it is named for the other side (narrative.parts-other-side) was
          // compared here under that wrong name: one slip, reported there.
          explainedBy: misnamedWhole(w.claim),
        });
        break;
      }
    }
    if (!ran) return notApplicable('说明中没有可比较的部分与整体');
  },
});

export const rules = [basicSplit, operatingVsPublic, threePublicSum, procurementSum, procurementSme, partLeWhole];
