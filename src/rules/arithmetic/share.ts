import { budgetOnly, claimById, DEFAULT_BASE, DEFAULT_BASE_LABEL, EXHAUSTIVE, impliedPrior, label, money, moneyAll, pct, shareWhole, signedChange, where, whereFigure } from '../../model/claims.js';
import { AmountWords, Decimal, type Figure, addI, dec, divI, exact, fmt, halfUnit, type Interval, intervalOf, overlaps, wan } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { compareRate, compareSum, rateFields } from '../arith.js';
import { ratioHoldsWith } from '../holds-with.js';
import { defineRule, notApplicable } from '../rule.js';
import { correctedFigureCause, locs, md, partsCause } from './lib.js';
import { wholeNamedBySum } from './budget.js';

const AUTH_SHARE = '算术一致性（占比 = 部分 ÷ 整体）';

function partValue(c: Claim): Figure | null {
  return budgetOnly(c) ? (c.budget?.amount ?? null) : c.amount;
}

/** The amount a part said with its share alone has where the same section states it again (this year's, not a budget). */
function amountElsewhere(doc: Disclosure, c: Claim): Figure | null {
  return doc.claims.find((o) => o !== c && o.subject.key === c.subject.key && o.section === c.section && o.amount && !budgetOnly(o))?.amount ?? null;
}

interface ShareItem {
  claim: Claim;
  part: Figure;
  whole: Figure;
  wholeClaim: Claim | null;
  wholeKey: string;
}

/**
 * "授予中小企业合同金额18.64万元，占26.54%，其中授予小微企业合同金额18.64万元，占26.54%": a part's share that
 * names no base, beside its whole's own share, may be said in the same terms as the whole's (of the
 * whole's base). Taken so only where it fails on the whole and holds on the whole's base.
 */
function parallelWhole(doc: Disclosure, c: Claim, part: Figure): ReturnType<typeof shareWhole> {
  const parent = claimById(doc, c.parent);
  if (c.share?.base || !parent?.share) return null;
  const own = shareWhole(doc, c);
  const outer = shareWhole(doc, parent);
  if (!own?.figure || !outer?.figure) return null;
  const on = (w: Figure) => compareRate(c.share!.rate, intervalOf(money(part)), intervalOf(money(w)))?.agreement;
  return on(own.figure) === 'break' && on(outer.figure) !== 'break' && on(outer.figure) != null ? outer : null;
}

/** Shares grouped by the whole they are of (one "其中" list, or one section's structure sentence). */
function shareGroups(doc: Disclosure): Map<string, ShareItem[]> {
  const groups = new Map<string, ShareItem[]>();
  for (const c of doc.claims) {
    if (!c.share) continue;
    const part = partValue(c);
    const w = part ? parallelWhole(doc, c, part) ?? shareWhole(doc, c) : null;
    if (!w?.figure || !part) continue;
    const key = `${w.claim?.id ?? w.key}|${budgetOnly(c) ? 'b' : 'a'}`;
    const list = groups.get(key) ?? [];
    list.push({ claim: c, part, whole: w.figure, wholeClaim: w.claim, wholeKey: w.key });
    groups.set(key, list);
  }
  return groups;
}

/**
 * A part whose amount its own change bears out: the change printed beside it, taken on last year's
 * amount (this year's less the change), gives the rate printed ("事业收入375.81万元…减少26.73万元，减少
 * 6.64%"). A misprinted amount would not fit its change and rate as well.
 */
function changeBearsOut(c: Claim): boolean {
  const change = signedChange(c);
  const rate = c.change?.rate;
  if (!c.amount || !change || !rate || c.change?.against !== 'prior') return false;
  const r = compareRate(rate, intervalOf(money({ ...change, value: dec(change).abs().toString() })), impliedPrior(c.amount, change));
  return r != null && r.agreement !== 'break';
}

/**
 * Shares of a whole listed in full that were rounded and then one of them moved by a single unit of
 * its last decimal so that the printed shares total exactly 100% (largest-remainder style): the
 * correctly rounded shares would not total 100%, the printed ones do, and only the moved share(s)
 * break, each by one unit. Those shares are an adjustment, not a miscalculation.
 */
function adjustedToHundred(results: { it: ShareItem; r: ReturnType<typeof compareRate> }[]): Set<ShareItem> {
  const out = new Set<ShareItem>();
  const first = results[0]?.it;
  if (!first || results.length < 2 || !EXHAUSTIVE.has(first.wholeKey) || results.some((x) => !x.r)) return out;
  const roundedOf = (x: (typeof results)[number]) => x.r!.computed.toDecimalPlaces(x.it.claim.share!.rate.decimals, Decimal.ROUND_HALF_UP);
  const rounded = results.reduce((sum, x) => sum.plus(roundedOf(x)), new Decimal(0));
  if (rounded.eq(100)) return out;
  const breaks = results.filter((x) => x.r!.agreement === 'break');
  const unitOff = (x: (typeof results)[number]) => {
    const rate = x.it.claim.share!.rate;
    const unit = new Decimal(1).div(new Decimal(10).pow(rate.decimals));
    return dec(rate).minus(roundedOf(x)).abs().eq(unit);
  };
  // One share plainly wrong besides (a slip of its own, reported as such) is taken at its right value:
  // the others may still have been made up to 100% around it.
  const wrong = breaks.filter((x) => !unitOff(x));
  if (wrong.length > 1) return out;
  const printed = results.reduce((sum, x) => sum.plus(wrong.includes(x) ? roundedOf(x) : dec(x.it.claim.share!.rate)), new Decimal(0));
  if (!printed.eq(100)) return out;
  const moved = breaks.filter(unitOff);
  // Only as many shares moved as the rounded total is off by.
  const units = rounded.minus(100).abs().div(new Decimal(1).div(new Decimal(10).pow(first.claim.share!.rate.decimals)));
  if (moved.length && moved.length <= units.toNumber()) for (const b of moved) out.add(b.it);
  return out;
}

/**
 * The whole that every share gives for its part (amount ÷ share, within both roundings), when one
 * value fits them all and the printed whole does not: null otherwise.
 */
function wholeEveryShareGives(items: readonly ShareItem[]): Interval | null {
  let all: Interval | null = null;
  for (const it of items) {
    const rate = intervalOf(it.claim.share!.rate);
    const w = divI(intervalOf(money(it.part)), { lo: rate.lo.div(100), hi: rate.hi.div(100) });
    if (!w) return null;
    all = all ? { lo: Decimal.max(all.lo, w.lo), hi: Decimal.min(all.hi, w.hi) } : w;
    if (all.lo.gt(all.hi)) return null;
  }
  const printed = intervalOf(money((items[0] as ShareItem).whole));
  return all && !overlaps(all, printed) ? all : null;
}

export const share = defineRule({
  id: 'arithmetic.share',
  title: '占比与金额不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_SHARE,
  description:
    '说明中“占X%”须等于该项金额 ÷ 其整体（句中写明的基数，或“其中”所属的整体；未写基数、其所属整体也写了占比的，按所属整体无法相符而按其占比的基数相符时，以后者为准）。按区间算术复核；若一组占比都按另一整体数（各部分之和、别处所写的同一整体，或各项金额 ÷ 占比共同得出的数）才相符，则只报一次整体数的问题。',
  cases: [
    {
      name: '其中一项的占比与整体的占比同一口径（占政府采购支出总额）',
      expect: 'pass',
      text: md('（二）政府采购支出情况', '2024年度政府采购支出总额70.24万元，其中：货物10万元，服务60.24万元。授予中小企业合同金额18.64万元，占26.54%，其中授予小微企业合同金额18.64万元，占26.54%。'),
    },
    {
      name: '其中一项的占比按哪一口径都不符',
      expect: 'fail',
      mentions: '36.54',
      text: md('（二）政府采购支出情况', '2024年度政府采购支出总额70.24万元，其中：货物10万元，服务60.24万元。授予中小企业合同金额18.64万元，占26.54%，其中授予小微企业合同金额18.64万元，占36.54%。'),
    },
    {
      name: '占比以本句所说的整体为基数（财政拨款基本支出，不是全部资金的基本支出）',
      expect: 'pass',
      text:
        md('三、支出决算情况说明', '本年支出合计3858.81万元，其中：基本支出3702.91万元，占95.96%；项目支出155.9万元，占4.04%。') +
        md('六、一般公共预算财政拨款基本支出决算情况说明', '2024年度财政拨款基本支出3455.91万元，其中：人员经费1565.86万元，占基本支出的45.31%；公用经费1890.05万元，占基本支出的54.69%。'),
    },
    { name: '基本支出占比正确', expect: 'pass', text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元，占35.81%；项目支出1463.8万元，占64.19%。') },
    { name: '约数占比（5.47%先取5.5%再约为6%）不报错', expect: 'pass', text: md('三、支出决算情况说明', '2024年度一般公共预算财政拨款支出238.67万元，主要用于以下方面：社会保障和就业支出13.06万元，约占6%；卫生健康支出214.25万元，约占90%；住房保障支出11.36万元，约占5%。') },
    { name: '约数占比也远离金额', expect: 'fail', mentions: '说明写9%', text: md('三、支出决算情况说明', '2024年度一般公共预算财政拨款支出238.67万元，主要用于以下方面：社会保障和就业支出13.06万元，约占9%；卫生健康支出214.25万元，约占90%；住房保障支出11.36万元，约占5%。') },
    { name: '占比写错', expect: 'fail', mentions: '36.81', text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元，占36.81%；项目支出1463.8万元，占64.19%。') },
    { name: '为使合计100%调整尾数为提示', expect: 'pass', text: md('（二）一般公共预算财政拨款支出决算结构情况', '一般公共预算财政拨款支出24535.67万元，主要用于以下方面：文化旅游体育与传媒支出（类）17127.62万元，占69.81%；社会保障和就业支出（类）1493.32万元，占6.08%；卫生健康支出（类）370.37万元，占1.51%；资源勘探工业信息等支出（类）4948.72万元，占20.17%；住房保障支出（类）595.64万元，占2.43%。') },
    { name: '截断而非四舍五入为警告', expect: 'fail', severity: 'warning', mentions: '截断', text: md('三、支出决算情况说明', '2024年度本年支出合计1,000.00万元，其中：基本支出998.68万元，占99.86%；项目支出1.32万元，占0.13%。') },
    { name: '“总收入”可指收入总计：按收入总计相符不报错', expect: 'pass', text: md('二、收入决算情况说明', '2024年度收入、支出总计521.99万元。本年收入合计521.49万元，占总收入99.90%，包括财政拨款收入494.34万元，占94.70%；其他收入27.14万元，占5.20%。') },
    { name: '“总收入”：按收入总计也不符', expect: 'fail', mentions: '94.79%', text: md('二、收入决算情况说明', '2024年度收入、支出总计521.99万元。本年收入合计521.49万元，占总收入99.90%，包括财政拨款收入494.34万元，占96.70%；其他收入27.14万元，占3.20%。') },
    { name: '“占总支出的”：按所属的支出合计核对', expect: 'fail', mentions: '45.45%', text: md('三、支出决算情况说明', '2024年我院支出合计26,994.72万元，其中基本支出12,270.36万元，占总支出的40.00%，项目支出14,629.33万元，占总支出的54.19%，经营支出95.03万元，占总支出0.35%。') },
    { name: '“占总支出的”：相符', expect: 'pass', text: md('三、支出决算情况说明', '2024年我院支出合计26,994.72万元，其中基本支出12,270.36万元，占总支出的45.45%，项目支出14,629.33万元，占总支出的54.19%，经营支出95.03万元，占总支出0.35%。') },
    { name: '显式基数', expect: 'pass', text: md('三、支出决算情况说明', '2024年度本年支出合计1,238.51万元。') + md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出1,222.68万元，占本年支出合计的98.72%。') },
    { name: '显式基数写错', expect: 'fail', mentions: '97.72', text: md('三、支出决算情况说明', '2024年度本年支出合计1,238.51万元。') + md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出1,222.68万元，占本年支出合计的97.72%。') },
  ],
  check(ctx) {
    const doc = ctx.doc;
    const groups = shareGroups(doc);
    if (!groups.size) return notApplicable('说明中没有可复核的占比');
    for (const items of groups.values()) {
      const results = items.map((it) => ({ it, r: compareRate(it.claim.share!.rate, intervalOf(money(it.part)), intervalOf(money(it.whole))) }));
      // A share cut off instead of rounded is a slip of its own, not a sign of a wrong whole.
      const breaks = results.filter((x) => x.r?.agreement === 'break' && !x.r.truncated);
      // One wrong whole makes every share of the list break: name the whole once.
      if (breaks.length >= 2 && breaks.length === results.filter((x) => x.r && !dec(x.it.part).isZero()).length) {
        // Candidates for the right whole: the sum of its "其中" parts, or the same subject printed elsewhere.
        const w = items[0] as ShareItem;
        const cands: Figure[] = [];
        if (w.wholeClaim) {
          const kids = doc.claims.filter((k) => k.parent === w.wholeClaim?.id && partValue(k));
          if (kids.length) {
            const sum = kids.reduce((acc, k) => acc.plus(dec(partValue(k) as Figure)), new Decimal(0));
            cands.push({ ...w.whole, value: sum.toFixed(2), decimals: 2, raw: sum.toFixed(2) });
          }
        }
        for (const o of doc.claims) if (o.subject.key === w.wholeKey && o.amount && o.amount.value !== w.whole.value) cands.push(o.amount);
        const fit = cands.find((cand) =>
          breaks.every(({ it }) => {
            const r = compareRate(it.claim.share!.rate, intervalOf(money(it.part)), intervalOf(money(cand)));
            return r && r.agreement !== 'break';
          }),
        );
        // No other printing of the whole: the one whole every share gives (amount ÷ share), when they agree.
        const given = fit ? null : wholeEveryShareGives(breaks.map(({ it }) => it));
        if (given) {
          const about = fmt(given.lo.plus(given.hi).div(2), Math.max(2, w.whole.decimals));
          ctx.report({
            message: `各项占比都按同一个约${about}万元的整体才相符（各项金额 ÷ 占比），所写「${w.wholeClaim ? label(w.wholeClaim) : w.wholeKey}」${wan(w.whole)}万元可能有误`,
            expected: `${about}万元`,
            actual: `${wan(w.whole)}万元`,
            locations: locs(w.wholeClaim ? where(w.wholeClaim) : null, ...breaks.map((b) => where(b.it.claim))),
            section: w.claim.section,
            // (An estimate: a sum that names the whole with its exact correction, within it, takes this in.)
            ...(w.wholeClaim ? { holdsWith: [{ at: where(w.wholeClaim), printed: dec(w.whole), within: given }] } : {}),
          });
          continue;
        }
        if (fit) {
          ctx.report({
            message: `各项占比均按${wan(fit)}万元计算才相符，所写「${w.wholeClaim ? label(w.wholeClaim) : w.wholeKey}」${wan(w.whole)}万元可能有误`,
            expected: `${wan(fit)}万元`,
            actual: `${wan(w.whole)}万元`,
            locations: locs(w.wholeClaim ? where(w.wholeClaim) : null, ...breaks.map((b) => where(b.it.claim))),
            section: w.claim.section,
          });
          continue;
        }
      }
      const adjusted = adjustedToHundred(results);
      // The parts of one list whose shares break as errors (not moved to 100%, not cut off).
      const brokenInList = (whole: Claim) => results.filter(({ it, r }) => r?.agreement === 'break' && !r.truncated && !adjusted.has(it) && it.claim.parent === whole.id).map(({ it }) => it);
      for (const { it, r } of results) {
        if (!r || r.agreement !== 'break') continue;
        const rate = it.claim.share!.rate;
        const right = `${fmt(r.computed, rate.decimals)}%`;
        // The words in 元 when the part and its whole were printed in 元.
        const words = new AmountWords([it.part, it.whole]);
        // "本年收入合计521.49万元，占总收入99.90%，包括财政拨款收入494.34万元，占94.70%": 总收入 may be 收入总计 as
        // well as 本年收入合计; a share that holds with the 总计 of its side is not proven wrong.
        const grand = AMBIGUOUS_BASE.test(it.claim.sentence) ? grandTotalAgreeing(doc, it) : null;
        if (grand) {
          ctx.report({
            severity: 'info',
            message: `「${label(it.claim)}」占比${pct(rate)}按「${label(grand)}」${grand.amount?.value}万元计算相符（按${it.wholeClaim ? label(it.wholeClaim) : it.wholeKey}${wan(it.whole)}万元应为${right}）：文中“总收入”“总支出”所指的基数不明，未作错误`,
            locations: locs(whereFigure(it.claim, rate), where(grand)),
            section: it.claim.section,
          });
          continue;
        }
        // The printed share breaks; how bad depends on why: moved to total 100%, cut off, or wrong.
        const [severity, message] = adjusted.has(it)
          ? (['info', `「${label(it.claim)}」占比按四舍五入应为${right}，写${pct(rate)}：各项占比四舍五入后合计不为100%，文中调整了这一项的尾数使合计为100%（常见做法，非计算错误）`] as const)
          : r.truncated
            ? (['warning', `「${label(it.claim)}」占比${pct(rate)}是${fmt(r.computed, rate.decimals + 2)}%截断所得（未四舍五入），按四舍五入应为${right}`] as const)
            : ([undefined, `「${label(it.claim)}」${words.figure(it.part)}占${it.wholeClaim ? label(it.wholeClaim) : it.wholeKey}${words.figure(it.whole)}的比例应为${right}，说明写${pct(rate)}`] as const);
        // A part whose amount is misprinted breaks both the list's sum and its own share: when the sum is
        // reported broken, this share is one with it (the share shows what the amount should be).
        const inList = !severity && it.wholeClaim && it.claim.parent === it.wholeClaim.id;
        const implied = inList ? fmt(new Decimal(rate.value).div(100).times(it.whole.value), it.part.decimals) : null;
        // When the part's own change bears its amount out, the amount is not the one misprinted: the
        // list more likely leaves an item out, and its share was made up to 100%.
        // The whole shown misprinted by its own sentence, with the sum of its parts in its place
        // (wholeNamedBySum), where this share holds with that sum: the share follows from the whole.
        const kids = inList && it.wholeClaim ? doc.claims.filter((k) => k.parent === it.wholeClaim?.id && k.amount && !budgetOnly(k)) : [];
        const named = kids.length && it.wholeClaim && !budgetOnly(it.wholeClaim) ? wholeNamedBySum(doc, it.wholeClaim, it.whole, kids.map((k) => ({ claim: k, fig: k.amount as Figure })), halfUnit(it.whole.decimals).times(kids.length + 1)) : null;
        const holdsWithNamed = named ? compareRate(rate, intervalOf(money(it.part)), intervalOf(money(named.corrected)))?.agreement !== 'break' : false;
        if (named && holdsWithNamed) {
          ctx.report({
            message,
            holdsWith: ratioHoldsWith(rate, it.part, where(it.claim), it.whole, it.wholeClaim ? where(it.wholeClaim) : null),
            explainedBy: { causes: [], orBy: [correctedFigureCause(named.claim.id)], because: `按改正后的「${label(named.claim)}」${wan(named.corrected)}万元，所写占比${pct(rate)}即相符` },
            ...rateFields(r, rate),
            locations: locs(whereFigure(it.claim, rate), it.wholeClaim ? where(it.wholeClaim) : null),
            section: it.claim.section,
          });
          continue;
        }
        // The share names its part as the figure misprinted only when the amounts the list's broken shares
        // give make its sum hold (sumBearsShares); otherwise the shares and the sum are separate slips.
        // (Or this share alone: the other broken shares are slips of their own, their parts as printed.)
        const oneSlip = inList && it.wholeClaim ? sumBearsShares(doc, it.wholeClaim, brokenInList(it.wholeClaim), it.whole) || soleShareBearsSum(doc, it.wholeClaim, brokenInList(it.wholeClaim), it) : false;
        const because = changeBearsOut(it.claim)
          ? `「${label(it.claim)}」${words.figure(it.part)}与其增减额、增减率相符，而所写占比${pct(rate)}与之不符：多为所列各项不全，占比按100%补足所得，占比与合计不符出于同一处`
          : `按所写占比${pct(rate)}，「${label(it.claim)}」应约为${implied == null ? '' : words.stated(implied)}，而写${words.figure(it.part)}：所列金额有误，占比与合计不符出于同一处`;
        ctx.report({
          ...(severity ? { severity } : {}),
          message,
          holdsWith: ratioHoldsWith(rate, it.part, where(it.claim), it.whole, it.wholeClaim ? where(it.wholeClaim) : null),
          // The amount named wrong by another statement of it, with which this share holds (correctedFigureCause).
          ...(severity ? {} : { explainedBy: { causes: oneSlip && it.wholeClaim ? [partsCause(it.wholeClaim.id)] : [], orBy: [correctedFigureCause(it.claim.id)], because: oneSlip ? because : `按改正后的「${label(it.claim)}」金额，所写占比${pct(rate)}即相符` } }),
          ...rateFields(r, rate),
          locations: locs(whereFigure(it.claim, rate), it.wholeClaim ? where(it.wholeClaim) : null),
          section: it.claim.section,
        });
      }
    }
  },
});

/**
 * Do the broken shares of a list name its misprinted parts? Only when the amounts the shares give
 * (share × whole), put in those parts' places beside the other parts as printed, add up to the whole:
 * then the broken sum and the broken shares are the same slips; otherwise they are separate ones.
 */
function sumBearsShares(doc: Disclosure, whole: Claim, broken: readonly ShareItem[], wholeFig: Figure): boolean {
  const wholeI = intervalOf(money(wholeFig));
  const parts = new Set(broken.map((b) => b.claim));
  // (A list of budgets, 年初预算 and its parts, sums the parts' budgets: partValue on either side.)
  const kind = broken[0] ? budgetOnly(broken[0].claim) : false;
  const others = doc.claims.filter((k) => k.parent === whole.id && !parts.has(k) && budgetOnly(k) === kind).map(partValue).filter((f): f is Figure => f != null);
  let sum = others.reduce<Interval>((t, f) => addI(t, intervalOf(money(f))), exact(new Decimal(0)));
  for (const b of broken) {
    const rate = b.claim.share!.rate;
    const r = intervalOf(rate);
    sum = addI(sum, { lo: r.lo.times(wholeI.lo).div(100), hi: r.hi.times(wholeI.hi).div(100) });
  }
  return overlaps(sum, wholeI);
}

/**
 * Whether `it` is the one broken share of the list whose part, at the amount its share gives, makes the
 * list's sum hold with every other part as printed (事业收入131.05万元 at 4.3% of 3939.39, i.e. about 169.4,
 * where the sum leaves it 171.05; another share of the list wrong on its own, 0.019% for 1.9%, is a slip
 * of its own and keeps its finding). Not when another broken share would do as well.
 */
function soleShareBearsSum(doc: Disclosure, whole: Claim, broken: readonly ShareItem[], it: ShareItem): boolean {
  const wholeI = intervalOf(money(it.whole));
  const kind = budgetOnly(it.claim);
  const kids = doc.claims.filter((k) => k.parent === whole.id && budgetOnly(k) === kind);
  const bears = (b: ShareItem) => {
    if (!kids.includes(b.claim)) return false;
    const others = kids.filter((k) => k !== b.claim).map(partValue);
    if (others.some((f) => f == null)) return false;
    const r = intervalOf(b.claim.share!.rate);
    const sum = (others as Figure[]).reduce<Interval>((t, f) => addI(t, intervalOf(money(f))), { lo: r.lo.times(wholeI.lo).div(100), hi: r.hi.times(wholeI.hi).div(100) });
    return overlaps(sum, wholeI);
  };
  return broken.includes(it) && bears(it) && broken.filter(bears).length === 1;
}

/** A base said as 总收入, 总支出 (收入总额, 支出总额): the 总计 or the 合计 of its side, the words do not say. */
const AMBIGUOUS_BASE = /总收入|总支出|收入总额|支出总额/;

/** The grand total of the share's side (收入总计, 支出总计, 收支总计) with which its share holds, if any. */
function grandTotalAgreeing(doc: Disclosure, it: ShareItem): Claim | null {
  const side = /^income\./.test(it.wholeKey) ? 'income.grand' : /^expense\./.test(it.wholeKey) ? 'expense.grand' : null;
  if (!side) return null;
  const rate = it.claim.share?.rate;
  if (!rate) return null;
  return doc.claims.find((c) => (c.subject.key === side || c.subject.key === 'total') && c.amount && c.amount.value !== it.whole.value && compareRate(rate, intervalOf(money(it.part)), intervalOf(money(c.amount)))?.agreement !== 'break') ?? null;
}

export const shareSum = defineRule({
  id: 'arithmetic.share-sum',
  title: '各项占比合计不为100%',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_SHARE,
  description:
    '同一整体下列全的各部分占比之和应为100%；各占比按两位小数舍入，合计可差若干个0.01，金额本身的尾差也会传到占比，二者都算尾差（提示），超出即错误。只写占比的部分按本节别处写出的金额计；金额无处可查时，按整体数的舍入估计金额尾差，没有整体数则只作警告。',
  cases: [
    {
      name: '只写占比、金额在后文另写：合计偏离出于金额尾差',
      expect: 'pass',
      text: md('五、财政拨款“三公”经费支出决算情况说明', '本部门2024年度“三公”经费支出共计7.65万元。从构成比看，公务用车购置及运行维护费所占比重95.69%，公务接待费所占比重4.44%，因公出国（境）费为0。具体情况如下：', '（一）公务用车购置及运行维护费7.32万元。', '（二）公务接待费0.34万元。'),
    },
    {
      name: '只写占比、金额无处可查：合计差得远仍是错',
      expect: 'fail',
      severity: 'error',
      mentions: '103.13',
      text: md('五、财政拨款“三公”经费支出决算情况说明', '本部门2024年度“三公”经费支出共计7.65万元。从构成比看，公务用车购置及运行维护费所占比重98.69%，公务接待费所占比重4.44%。'),
    },
    { name: '合计100%', expect: 'pass', text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元，占35.81%；项目支出1463.8万元，占64.19%。') },
    { name: '合计不为100%', expect: 'fail', mentions: '101', text: md('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出占36.81%；项目支出占64.19%。') },
    {
      name: '同一部分在结构段和本段各说一次',
      expect: 'pass',
      text: md('三、支出决算情况说明', '2024年度本单位支出238.67万元，其中基本支出157.38万元，占65.94%，项目支出81.29万元，占34.06%。', '（一）基本支出157.38万元（占65.94%），比上年增加15.05万元。'),
    },
    {
      name: '整体数未写，各部分金额与占比推出同一整体',
      expect: 'pass',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算数比2023年度增加4.37万元。', '2024年度“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算7.32万元，占95.69%；公务接待费支出决算0.34万元，占4.44%。'),
    },
    {
      name: '只列出部分项目的占比（未列全）',
      expect: 'pass',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算数比2023年度增加4.37万元。', '2024年度“三公”经费财政拨款支出决算中，公务接待费支出决算0.34万元，占4.44%；公务用车购置费支出决算0.10万元，占1.31%。'),
    },
    { name: '金额尾差带来的占比尾差', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度财政拨款“三公”经费支出7.65万元。其中：因公出国（境）费支出0.00万元，占0.00%。公务用车购置及运行维护费支出7.32万元，占95.69%。公务接待费支出0.34万元，占4.44%。') },
  ],
  check(ctx) {
    const doc = ctx.doc;
    const groups = new Map<string, { whole: Claim | null; wholeKey: string; items: Claim[] }>();
    for (const c of doc.claims) {
      if (!c.share) continue;
      const parent = claimById(doc, c.parent);
      const wholeKey = parent?.subject.key ?? (c.section ? DEFAULT_BASE[c.section] : undefined);
      if (!wholeKey || (c.share.base && c.share.base !== wholeKey)) continue;
      const gk = parent ? parent.id : `${c.section}|${budgetOnly(c) ? 'b' : 'a'}`;
      const g = groups.get(gk) ?? { whole: parent ?? null, wholeKey, items: [] };
      g.items.push(c);
      groups.set(gk, g);
    }
    // A part stated twice (in the structure paragraph and again in its own) is one part; stated twice
    // with different shares, the list cannot be told and is left to the same-subject rule.
    for (const [gk, g] of groups) {
      const bySubject = new Map<string, Claim>();
      let clash = false;
      for (const i of g.items) {
        const seen = bySubject.get(i.subject.key);
        if (!seen) bySubject.set(i.subject.key, i);
        else if (!dec(seen.share!.rate).eq(dec(i.share!.rate))) clash = true;
      }
      if (clash) groups.delete(gk);
      else g.items = [...bySubject.values()];
    }
    let ran = false;
    for (const { whole, wholeKey, items } of groups.values()) {
      if (items.length < 2 || !EXHAUSTIVE.has(wholeKey) || whole?.someParts) continue;
      ran = true;
      // A share that is itself wrong is reported by arithmetic.share; its sum is not reported again.
      // Without a whole in the list's own sentence, the whole's amount the section states elsewhere
      // ("“三公”经费财政拨款支出7.65万元…", then "…中，公务用车…占95.69%").
      const wFig = whole ? partValue(whole) : (doc.claims.find((c) => c.subject.key === wholeKey && c.section === items[0]?.section && c.amount && !budgetOnly(c))?.amount ?? null);
      const wrong = items.some((i) => {
        const part = partValue(i);
        const r = part && wFig ? compareRate(i.share!.rate, intervalOf(money(part)), intervalOf(money(wFig))) : null;
        return r?.agreement === 'break';
      });
      if (wrong) continue;
      const sum = items.reduce((s, i) => s.plus(dec(i.share!.rate)), new Decimal(0));
      if (sum.eq(100)) continue;
      const sumI = items.reduce<Interval>((s, i) => addI(s, intervalOf(money(i.share!.rate))), exact(new Decimal(0)));
      const tol = items.reduce((s, i) => s.plus(halfUnit(i.share!.rate.decimals)), new Decimal(0));
      const base = {
        expected: '100%',
        actual: `${sum.toString()}%`,
        difference: `${sum.minus(100).toFixed(2)}个百分点`,
        locations: locs(whole ? where(whole) : null, ...items.map(where)),
        section: items[0]?.section ?? null,
      };
      if (overlaps(sumI, exact(new Decimal(100)))) {
        ctx.report({ ...base, severity: 'info', tolerance: `±${tol.toFixed(3)}个百分点`, message: `各项占比合计${sum.toString()}%，与100%的差异在占比舍入范围内（尾差）` });
        continue;
      }
      // The amounts' own tail (parts not summing exactly to the whole) carries into the shares. (A part
      // said with its share alone, "公务接待费所占比重4.44%", has its amount where the section states it.)
      const parts = items.map((i) => partValue(i) ?? amountElsewhere(doc, i));
      // Parts whose amounts fall far short of the whole are not all of it (a part's share went unread):
      // their shares' sum says nothing of 100%.
      if (wFig && parts.every((p): p is Figure => p != null) && compareSum(money(wFig), moneyAll(parts)).agreement === 'break') continue;
      if (wFig && parts.every((p): p is Figure => p != null)) {
        const pI = parts.reduce<Interval>((s, p) => addI(s, intervalOf(money(p))), exact(new Decimal(0)));
        const wI = intervalOf(money(wFig));
        const lo = pI.lo.div(wI.hi).times(100).minus(tol);
        const hi = pI.hi.div(wI.lo).times(100).plus(tol);
        if (sumI.lo.lte(hi) && lo.lte(sumI.hi)) {
          ctx.report({
            ...base,
            severity: 'info',
            tolerance: `±${hi.minus(lo).div(2).toFixed(3)}个百分点`,
            message: `各项占比合计${sum.toString()}%：各部分金额之和与整体数${wan(wFig)}万元存在舍入尾差，占比随之偏离100%（尾差）`,
          });
          continue;
        }
      }
      // No whole stated anywhere, but every part with its amount: each part and its share imply the
      // whole; when one whole fits them all, each share is right and only the amounts' tail remains.
      if (!wFig && parts.every((p): p is Figure => p != null)) {
        let lo: Decimal | null = null;
        let hi: Decimal | null = null;
        for (const [k, i] of items.entries()) {
          const r = intervalOf(money(i.share!.rate));
          const p = intervalOf(money(parts[k] as Figure));
          if (r.lo.lte(0)) continue;
          const wLo = p.lo.div(r.hi).times(100);
          const wHi = p.hi.div(r.lo).times(100);
          lo = lo == null || wLo.gt(lo) ? wLo : lo;
          hi = hi == null || wHi.lt(hi) ? wHi : hi;
        }
        // Parts that cannot add up to the whole they imply are not all of it (a partial list: "公务接待费
        // 占4.44%；公务用车购置费占1.31%"): their sum says nothing of 100%, and calling it a tail would be false.
        const pI = parts.reduce<Interval>((s, p) => addI(s, intervalOf(money(p as Figure))), exact(new Decimal(0)));
        if (lo && hi && lo.lte(hi) && (pI.hi.lt(lo) || pI.lo.gt(hi))) continue;
        if (lo && hi && lo.lte(hi)) {
          ctx.report({
            ...base,
            severity: 'info',
            tolerance: `±${tol.toFixed(3)}个百分点`,
            message: `各项占比合计${sum.toString()}%：各部分的金额与占比推算出同一个整体数（约${fmt(lo.plus(hi).div(2))}万元），合计偏离100%来自各部分金额的舍入尾差（尾差）`,
          });
          continue;
        }
      }
      // Parts whose amounts are printed nowhere: their rounding, carried into the shares, is bounded by the
      // whole's only (each part and the whole off by half a unit at most); without the whole, not at all.
      if (parts.some((p) => p == null)) {
        const carried = wFig && !dec(wFig).isZero() ? halfUnit(money(wFig).decimals).times(items.length + 1).div(dec(wFig)).times(100) : null;
        if (!carried || sumI.lo.lte(new Decimal(100).plus(carried)) && new Decimal(100).minus(carried).lte(sumI.hi)) {
          ctx.report({
            ...base,
            severity: carried ? 'info' : 'warning',
            tolerance: carried ? `±${tol.plus(carried).toFixed(3)}个百分点` : `±${tol.toFixed(3)}个百分点`,
            message: `各项占比合计${sum.toString()}%：各部分的金额未写出，${carried ? '偏离在金额舍入可能带来的范围内（尾差）' : '无法判断偏离是否出于金额的舍入，请核对'}`,
          });
          continue;
        }
      }
      ctx.report({ ...base, tolerance: `±${tol.toFixed(3)}个百分点`, message: `「${whole ? label(whole) : (DEFAULT_BASE_LABEL[wholeKey] ?? wholeKey)}」各部分占比合计${sum.toString()}%，不等于100%` });
    }
    if (!ran) return notApplicable('说明中没有列全各部分占比的整体');
  },
});

export const rules = [share, shareSum];
