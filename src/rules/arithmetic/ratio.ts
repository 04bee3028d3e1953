import { currentAmountOf, impliedPrior, label, money, signedChange, where, whereFigure } from '../../model/claims.js';
import { AmountWords, Decimal, type Figure, dec, divI, fmt, halfUnit, type Interval, intervalOf, overlaps } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import type { HoldsWith } from '../holds-with.js';
import { defineRule, notApplicable } from '../rule.js';
import { locs, md } from './lib.js';

const AUTH_RATIO = '算术一致性（本年数 ÷ 上年数 = 倍数或百分比；增长N倍 = (本年数 − 上年数) ÷ 上年数）';

/** What a ratio is measured on: the level printed with it, last year's printed with the change, the budget, else this year's less the change. */
function baseOf(doc: Disclosure, c: Claim): { cur: { figure: Figure; claim: Claim }; base: Interval; said: Figure | null; flipped: Interval | null } | null {
  const ch = c.change;
  if (!ch?.ratio) return null;
  const cur = currentAmountOf(doc, c);
  if (!cur) return null;
  const said = ch.ratio.base ?? (ch.against === 'budget' ? (c.budget?.amount ?? null) : (ch.base ?? null));
  if (said) return { cur, base: intervalOf(money(said)), said, flipped: null };
  const s = signedChange(c);
  if (!s) return null;
  // (With the change's direction the other way round: a wrong direction word is another rule's finding.)
  return { cur, base: impliedPrior(cur.figure, s), said: null, flipped: impliedPrior(cur.figure, { ...s, value: dec(s).negated().toString() }) };
}

/** The stated ratio as an interval of this ÷ base, at its printed precision (a percentage over 100). */
function statedInterval(f: Figure): Interval {
  const h = halfUnit(f.decimals);
  const v = dec(f);
  const scale = f.unit === '倍' ? new Decimal(1) : new Decimal(100);
  return { lo: v.minus(h).div(scale), hi: v.plus(h).div(scale) };
}

/** Does the ratio fit this ÷ base (or, for 增长N倍, either reading)? */
function fits(ratio: NonNullable<NonNullable<Claim['change']>['ratio']>, cur: Interval, base: Interval): { fit: boolean; quotient: Interval } | null {
  if (base.lo.lte(0)) return null;
  const q = divI(cur, base);
  if (!q) return null;
  const s = statedInterval(ratio.value);
  if (overlaps(q, s)) return { fit: true, quotient: q };
  if (ratio.reading === 'growth') {
    // 增长N倍 read strictly: (this − base) ÷ base = N, i.e. this ÷ base = N + 1.
    const plusOne = { lo: s.lo.plus(1), hi: s.hi.plus(1) };
    if (overlaps(q, plusOne)) return { fit: true, quotient: q };
  }
  return { fit: false, quotient: q };
}

/**
 * The amounts this year with which the stated ratio holds, the base as printed or worked out from the
 * change (this ÷ (this − change) = q gives this = q × change ÷ (q − 1)), for each reading of it.
 */
function ratioHoldsWith(c: Claim, b: NonNullable<ReturnType<typeof baseOf>>): HoldsWith[] {
  const ratio = c.change?.ratio;
  if (!ratio) return [];
  const s = statedInterval(ratio.value);
  const quotients = [s, ...(ratio.reading === 'growth' ? [{ lo: s.lo.plus(1), hi: s.hi.plus(1) }] : [])];
  const change = b.said ? null : signedChange(c);
  const ch = change ? intervalOf(money(change)) : null;
  if (!b.said && !ch) return [];
  return quotients.flatMap((q) => {
    // (A quotient about 1 gives no level from the change: any level fits.)
    if (!b.said && q.lo.lte(1) && q.hi.gte(1)) return [];
    const corners = b.said ? [q.lo, q.hi].flatMap((k) => [b.base.lo, b.base.hi].map((x) => x.times(k))) : [q.lo, q.hi].flatMap((k) => [(ch as Interval).lo, (ch as Interval).hi].map((x) => x.times(k).div(k.minus(1))));
    const lo = Decimal.min(...corners);
    const hi = Decimal.max(...corners);
    return lo.gt(0) ? [{ at: where(b.cur.claim), printed: dec(b.cur.figure), within: { lo, hi }, name: `「${label(b.cur.claim)}」` }] : [];
  });
}

export const changeRatio = defineRule({
  id: 'arithmetic.change-ratio',
  title: '倍数或“为上年的百分之几”与金额不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_RATIO,
  description:
    '对“是上年的N倍”“为上年的X%”（本年数 ÷ 上年数）与“增长N倍”（(本年数 − 上年数) ÷ 上年数，常被宽泛地写作“是N倍”，两种读法均接受）的表述，按所印精度（末位半个单位，整数倍即±0.5倍）用区间算术复核；上年数取句中所写，否则为本年数减变动额。两种读法均不符才报错。',
  cases: [
    { name: '是上年的2.33倍', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '本部门2024年度“三公”经费财政拨款支出决算为7.65万元，比2023年度增加4.37万元，增长132.83%，是上年的2.33倍。') },
    { name: '是上年的3.33倍（应为2.33倍）', expect: 'fail', mentions: '3.33倍', text: md('九、财政拨款“三公”经费支出决算情况说明', '本部门2024年度“三公”经费财政拨款支出决算为7.65万元，比2023年度增加4.37万元，增长132.83%，是上年的3.33倍。') },
    { name: '增长1.52倍（严格读法）', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费支出决算为7.32万元，比2023年度增加4.41万元，增长1.52倍。') },
    { name: '增长2倍（宽泛读法：是上年的3倍）', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计300.00万元，比上年增加200.00万元，增长3倍。') },
    { name: '增长5倍两种读法都不符', expect: 'fail', mentions: '5倍', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计300.00万元，比上年增加200.00万元，增长5倍。') },
    { name: '为上年的72.04%', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计均为238.67万元，比上年331.28万元减少92.61万元，下降27.96%，为上年的72.04%。') },
    { name: '为上年的75.04%（应为72.04%）', expect: 'fail', mentions: '75.04%', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计均为238.67万元，比上年331.28万元减少92.61万元，下降27.96%，为上年的75.04%。') },
  ],
  check(ctx) {
    const cs = ctx.doc.claims.filter((c) => c.change?.ratio);
    if (!cs.length) return notApplicable('说明中没有“是上年的N倍”“为上年的X%”或“增长N倍”的表述');
    for (const c of cs) {
      const ratio = c.change?.ratio;
      const b = baseOf(ctx.doc, c);
      if (!ratio || !b) continue;
      const cur = intervalOf(money(b.cur.figure));
      const r = fits(ratio, cur, b.base);
      if (!r || r.fit) continue;
      if (b.flipped) {
        const other = fits(ratio, cur, b.flipped);
        if (other?.fit) continue;
      }
      const words = new AmountWords([b.cur.figure, ...(b.said ? [b.said] : [])]);
      const mid = r.quotient.lo.plus(r.quotient.hi).div(2);
      const multiple = ratio.value.unit === '倍';
      const decimals = Math.max(ratio.value.decimals, 2);
      const asRatio = multiple ? `${fmt(mid, decimals)}倍` : `${fmt(mid.times(100), ratio.value.decimals)}%`;
      const baseWord = c.change?.against === 'budget' ? '预算数' : '上年数';
      const baseSaid = b.said ? words.figure(b.said) : `${words.amount(b.base.lo.plus(b.base.hi).div(2))}（本年数减变动额）`;
      const reading =
        ratio.reading === 'growth'
          ? `按“增长”严格读法（(本年 − ${baseWord}) ÷ ${baseWord}）应为${fmt(mid.minus(1), decimals)}倍，按宽泛读法（本年 ÷ ${baseWord}）应为${asRatio}，两种读法均不符`
          : `本年 ÷ ${baseWord}应为${asRatio}`;
      ctx.report({
        message: `「${label(c)}」说明写${ratio.value.raw}，本年${words.figure(b.cur.figure)}、${baseWord}${baseSaid}：${reading}`,
        expected: ratio.reading === 'growth' ? `${fmt(mid.minus(1), decimals)}倍或${asRatio}` : asRatio,
        actual: ratio.value.raw,
        tolerance: multiple ? `按所印精度±${fmt(halfUnit(ratio.value.decimals), ratio.value.decimals + 1)}倍` : `按所印精度±${fmt(halfUnit(ratio.value.decimals), ratio.value.decimals + 1)}个百分点`,
        locations: locs(whereFigure(c, ratio.value), where(b.cur.claim)),
        section: c.section,
        holdsWith: ratioHoldsWith(c, b),
      });
    }
  },
});

export const rules = [changeRatio];
