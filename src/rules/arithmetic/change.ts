import { asCopiedFromTables, currentAmountOf, impliedPrior, label, money, moneyAll, namesEveryMember, pct, sameQuantity, saysNone, signedChange, statementIds, vehiclesByRunningCostAlone, where, whereFigure } from '../../model/claims.js';
import { AmountWords, Decimal, type Figure, addI, asPrinted, dec, fmt, halfUnit, inWanyuan, intervalOf, overlaps, subI, parseNumber, wan } from '../../model/decimal.js';
import type { Claim, Disclosure } from '../../model/disclosure.js';
import { perDocument } from '../../model/per-document.js';
import { compareChangeRate, compareRate, compareSum, rateFields } from '../arith.js';
import { describeLocation } from '../../model/location.js';
import { defineRule, notApplicable } from '../rule.js';
import { flatRateGives } from './flat-part.js';
import { changeRateHoldsWith } from '../holds-with.js';
import { amountCause, changeAmountCause, changeCause, correctedFigureCause, directionCause, flatCause, locs, md, partsCause, reportComparison } from './lib.js';
import { escapeRegExp } from '../../model/regex-source.js';

const AUTH_RATE = '算术一致性（变动率 = 变动额 ÷ 上年数，上年数 = 本年数 − 变动额）';
const AUTH_GUIDE = '财政部《部门决算公开说明编写指引》';

const INC = /增加|增长|上升|提高|增多|上涨|超支/;
const DEC = /减少|下降|降低|减小|压减|缩减|节约/;

/** A change said with both an increase and a decrease word ("增加…下降"): one of them is the wrong way round. */
export function mixedDirection(c: Claim): boolean {
  const words = c.change?.words ?? [];
  return words.some((w) => INC.test(w)) && words.some((w) => DEC.test(w)) && !signedAgrees(c);
}

/**
 * "减少15.65万元，增长-5.54%": the word of a figure printed with a minus sign says the other direction
 * (a growth of −5.54% is a fall), so one word of each kind, with one of the two figures negative, agree.
 * The sign itself is template.signed-direction's to report.
 */
function signedAgrees(c: Claim): boolean {
  const ch = c.change;
  if (!ch?.amount || !ch.rate || ch.words.length !== 2) return false;
  return dec(ch.amount).isNegative() !== dec(ch.rate).isNegative();
}

/**
 * The rate printed beside a change breaks on the change as written and holds with its sign the other
 * way round ("增加0.78万元，增长22.1%" on 2.75万元: 22.1% is 0.78 on 3.53, a decrease): the direction is
 * what is wrong.
 */
function rateFitsOtherDirection(doc: Parameters<typeof currentAmountOf>[0], c: Claim): boolean {
  const p = priorOf(doc, c);
  const rate = c.change?.rate;
  const amount = c.change?.amount;
  if (!p || !rate || !amount || c.change?.direction === 'flat') return false;
  const r = { ...rate, value: dec(rate).abs().toString() };
  const num = intervalOf(money({ ...amount, value: dec(amount).abs().toString() }));
  const flipPrior = impliedPrior(p.cur.figure, { ...amount, value: dec(p.ch).negated().toString() });
  if (p.prior.lo.lte(0) || flipPrior.lo.lte(0)) return false;
  return compareRate(r, num, p.prior)?.agreement === 'break' && compareRate(r, num, flipPrior)?.agreement !== 'break';
}

/** The word for the other direction of a change. */
const otherWord = (c: Claim) => (c.change?.direction === 'increase' ? '减少' : '增加');

function changeClaims(claims: Claim[]): Claim[] {
  return claims.filter((c) => c.change && (c.change.amount || c.change.rate));
}

/** Prior (or budget) = current − signed change; null when the current amount is unknown. */
/** The unit an amount was printed in (万元 unless it said 元, 亿元, 千元 or 百万元). */
function unitOf(f: Figure): string {
  return f.unit && f.unit !== '万元' ? f.unit : '万元';
}

/** What a change is measured on: last year's amount, or the budget the sentence compares with. */
/** How a change's two levels are called: this year's and last year's, or the actual and the budget. */
function comparedWords(c: Claim): [string, string] {
  return c.change?.against === 'budget' ? ['决算', '预算'] : ['本年', '上年'];
}

function baseWord(c: Claim): '上年数' | '预算数' {
  return c.change?.against === 'budget' ? '预算数' : '上年数';
}

function priorOf(doc: Parameters<typeof currentAmountOf>[0], c: Claim) {
  const cur = currentAmountOf(doc, c);
  const ch = signedChange(c);
  if (!cur || !ch) return null;
  return { cur, ch, prior: impliedPrior(cur.figure, ch) };
}

export const changeRate = defineRule({
  id: 'arithmetic.change-rate',
  title: '变动率与变动额不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_RATE,
  description:
    '对说明中同时给出本年数、变动额和变动率的表述，按“变动率 = 变动额 ÷（本年数 − 变动额）”用区间算术复核；舍入无法解释的差异报错，并检查是否为方向词写反。',
  cases: [
    { name: '减少92.61万元，下降27.96%', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计238.67万元。与2023年度相比，收、支总计各减少92.61万元，下降27.96%。') },
    { name: '变动率写错', expect: 'fail', mentions: '28.96', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计238.67万元。与2023年度相比，收、支总计各减少92.61万元，下降28.96%。') },
    { name: '截断的变动率为警告', expect: 'fail', severity: 'warning', mentions: '截断', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计1,201.37万元。与2023年度相比，收、支总计各增加201.37万元，增长20.13%。') },
    { name: '变动额单位误写（按所印数字相符）', expect: 'fail', severity: 'warning', mentions: '单位不同', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计520.52万元。与2023年度相比，收、支总计各减少51.48元，下降9.00%。') },
    { name: '变动额单位不同且变动率也错', expect: 'fail', mentions: '9.00', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计520.52万元。与2023年度相比，收、支总计各减少51.48元，下降11.02%。') },
    { name: '变动额以元写，换算为万元相符', expect: 'pass', text: md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计均为238.67万元。与2023年度相比，财政拨款收、支总计各减少926,100.00元，降幅27.96%。') },
    { name: '变动额以元写，换算为万元后变动率错（不是单位错）', expect: 'fail', mentions: '应为27.96%', text: md('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计均为238.67万元。与2023年度相比，财政拨款收、支总计各减少926,100.00元，降幅28.96%。') },
    { name: '变动率在变动额后的括号里（陕西写法）', expect: 'fail', mentions: '36.28%', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出1,222.68万元，与上年相比增加325.48万元(21.02%)。') },
    { name: '比上年节约（变动词）', expect: 'fail', mentions: '10.53%', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出决算为0.34万元，比2023年度节约0.04万元，降低12.53%。') },
    { name: '其中一项之后的变动属于整体（按整体的数相符）', expect: 'pass', text: md('一、收入支出决算总体情况说明', '本部门2021年度总收入534.96万元，其中本年收入525.11万元，较2020年度决算数减少307.5万元，下降36.5%。') },
    { name: '其中一项之后的变动，按整体和该项都不符', expect: 'fail', mentions: '30.5', text: md('一、收入支出决算总体情况说明', '本部门2021年度总收入534.96万元，其中本年收入525.11万元，较2020年度决算数减少307.5万元，下降30.5%。') },
    { name: '比上年增加（他地写法）', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度财政拨款“三公”经费支出7.65万元，比上年增加4.37万元，增长132.83%。') },
    { name: '本年数未读出，按句中上年数算', expect: 'fail', mentions: '6.95%', text: md('(二)支出情况说明', '2018年我单位决算总支出为2988625元,较2017年决算支出2794494元,增加了194131元,增加6.49%,增加原因人员晋级晋档调资。') },
    { name: '按句中上年数相符', expect: 'pass', text: md('(二)支出情况说明', '2018年我单位决算总支出为2988625元,较2017年决算支出2794494元,增加了194131元,增加6.95%,增加原因人员晋级晋档调资。') },
  ],
  check(ctx) {
    const cs = changeClaims(ctx.doc.claims).filter((c) => c.change?.rate && c.change.amount && c.change.direction !== 'flat');
    if (!cs.length) return notApplicable('说明中没有同时给出变动额与变动率的表述');
    for (const c of cs) {
      const p = priorOf(ctx.doc, c);
      const rate = c.change?.rate;
      const amount = c.change?.amount;
      if (!p && rate && amount) rateOnStatedPrior(ctx, c, rate, amount);
      if (!p || !rate || !amount) continue;
      if (p.prior.lo.lte(0) && p.prior.hi.gte(0)) continue; // rate undefined: another rule
      if (p.prior.hi.lt(0)) continue; // negative prior: another rule
      const num = intervalOf(money({ ...amount, value: dec(amount).abs().toString() }));
      const r = compareRate({ ...rate, value: dec(rate).abs().toString() }, num, p.prior);
      if (!r) continue;
      // Last year's level stated too, and the rate right on it: the change amount is what is wrong,
      // and arithmetic.change-vs-prior-level says so (one cause, one finding).
      if (r.agreement === 'break' && rateOnStatedBase(c, p.cur.figure)) continue;
      if (r.agreement === 'break' && changeOfWhole(c, rate, num, p.ch)) continue;
      const against = c.change?.against === 'budget' ? '预算数' : '上年数';
      const priorMid = dec(p.cur.figure).minus(dec(p.ch));
      // The two amounts printed in different units ("收入总计520.52万元…减少51.48元"): the figures as printed,
      // one unit probably a slip. Said so only where the printed figures are what the rate was computed
      // on (they fit it, or come nearer it than the amounts in one unit): "总计238.67万元…减少926,100.00元，
      // 降幅28.96%" is 92.61万元 on 331.28万元 = 27.96%, a wrong rate, not a wrong unit.
      const printedCh = asPrinted(p.ch);
      const asIs = r.agreement === 'break' && unitOf(p.cur.figure) !== unitOf(amount) ? compareRate({ ...rate, value: dec(rate).abs().toString() }, intervalOf(money({ ...printedCh, value: dec(printedCh).abs().toString() })), impliedPrior(asPrinted(p.cur.figure), printedCh)) : null;
      const printedRate = dec(rate).abs();
      const unitSlip = asIs != null && (asIs.agreement !== 'break' || asIs.computed.minus(printedRate).abs().lt(r.computed.minus(printedRate).abs()));
      if (r.agreement === 'break' && r.truncated) {
        // Cut off only as read with a direction word its sentence contradicts, and right with the other:
        // the word written the wrong way round is the one slip (arithmetic.change-direction).
        const byDirection = mixedDirection(c) && rateFitsOtherDirection(ctx.doc, c);
        ctx.report({
          severity: 'warning',
          message: `「${label(c)}」变动率${pct(rate)}是${fmt(r.computed, rate.decimals + 2)}%截断所得（未四舍五入），按四舍五入应为${fmt(r.computed, rate.decimals)}%`,
          ...rateFields(r, rate),
          locations: locs(whereFigure(c, rate), where(p.cur.claim)),
          section: c.section,
          // (A rate cut off from a wrong amount this year holds, rounded, with the amount corrected.)
          holdsWith: changeRateHoldsWith(rate, p.ch, p.cur.figure, where(p.cur.claim)),
          ...(byDirection ? { explainedBy: { causes: [directionCause(c.id)], because: `按“${otherWord(c)}”计变动率${pct(rate)}相符：“截断所得”出于方向词写反` } } : {}),
        });
      } else if (r.agreement === 'break' && unitSlip) {
        // "收入总计520.52万元…减少51.48元，减少11.02%": the two amounts in different units, one probably a
        // slip. Agreeing as printed, the unit is what is wrong; otherwise the rate is wrong either way.
        const slip = `本年数${p.cur.figure.raw}与变动额${amount.raw}的单位不同，疑为其中一处单位误写（元/万元）`;
        ctx.report(
          asIs && asIs.agreement !== 'break'
            ? {
                severity: 'warning',
                message: `「${label(c)}」${slip}；按所印数字计算变动率与说明的${pct(rate)}一致`,
                expected: '本年数与变动额单位一致',
                actual: `${p.cur.figure.raw}；${amount.raw}`,
                locations: locs(whereFigure(c, rate), where(p.cur.claim)),
                section: c.section,
                // A change in 万元 beside a level in another unit: the level the rate holds with is the one printed, read in 万元.
                ...(unitOf(amount) === '万元' ? { holdsWith: [{ at: where(p.cur.claim), printed: dec(p.cur.figure), within: intervalOf(money(asPrinted(p.cur.figure))) }] } : {}),
              }
            : { message: `「${label(c)}」${slip}；即使按所印数字计算，变动率也应为${asIs ? fmt(asIs.computed, rate.decimals) : '—'}%，说明写${pct(rate)}`, ...(asIs ? rateFields(asIs, rate) : rateFields(r, rate)), locations: locs(whereFigure(c, rate), where(p.cur.claim)), section: c.section },
        );
      } else if (r.agreement === 'break') {
        // Would the other direction make the rate right? Then the direction word is what is wrong.
        const otherPrior = dec(p.cur.figure).plus(dec(p.ch));
        // The words in 元 when the amounts were printed in 元.
        const words = new AmountWords([amount, p.cur.figure]);
        // (A change printed in 元 beside a level in 万元 is quoted as printed, then in the words' unit.)
        const amountSaid = !words.yuan && unitOf(amount) !== '万元' ? `${amount.raw}（即${words.figure(amount)}）` : words.figure(amount);
        const flipPrior = impliedPrior(p.cur.figure, { ...amount, value: dec(p.ch).negated().toString() });
        const flip = otherPrior.gt(0) ? compareRate({ ...rate, value: dec(rate).abs().toString() }, num, flipPrior) : null;
        const dirHint = flip && flip.agreement !== 'break' ? `；若方向为“${otherWord(c)}”则相符，方向词“${c.change?.words.join('、')}”可能写反` : '';
        // The direction words contradict each other and the other direction accounts for the rate (it
        // fits, or last year's amount is then 0 and no rate is defined): the rate follows from the
        // word written the wrong way round, reported by arithmetic.change-direction.
        const flipZero = flipPrior.lo.lte(0) && flipPrior.hi.gte(0);
        // (Or the rate is, with the other word, cut off rather than rounded: the document's own way of
        // rounding, which read with that word it reports on its own as before.)
        const flipCut = !dirHint && !flipZero && flip?.truncated === true;
        const byDirection = mixedDirection(c) && (dirHint !== '' || flipZero || flipCut)
          ? `按“${otherWord(c)}”计，${dirHint ? `${against}${words.amount(otherPrior)}，变动率${pct(rate)}相符` : flipCut && flip ? `${against}${words.amount(otherPrior)}，变动率${pct(rate)}是${fmt(flip.computed, rate.decimals + 2)}%截断所得（未四舍五入），差在舍入` : `${against}为0，变动率无定义，不应写“${c.change?.words.find((w) => INC.test(w)) ?? '增长'}${rate.raw}”`}：变动率与变动额不符出于方向词写反`
          : null;
        const alt = otherLevel(ctx.doc.claims, p.cur.claim, p.cur.figure, rate, num, p.ch);
        const ownAmount = p.cur.claim === c ? [correctedFigureCause(c.id)] : [];
        // With the amount said elsewhere the rate holds: the amount used here is the slip. Said so, with
        // both statements, so that the two statements' disagreement is decided by it (one finding).
        const decided = alt
          ? {
              message: `「${label(c)}」变动率${pct(rate)}与变动额${words.figure(amount)}按本年${p.cur.figure.raw}不符，按别处（${describeLocation(alt.location)}）所写的${alt.raw}则相符：变动率以正确的本年数算得，错的是${describeLocation(where(p.cur.claim))}的本年数${p.cur.figure.raw}`,
              expected: words.figure(alt),
              actual: words.figure(p.cur.figure),
              difference: words.amount(dec(p.cur.figure).minus(dec(alt))),
              tolerance: '按打印精度的舍入区间比较',
            }
          : null;
        // The same change said elsewhere with another amount, on which this rate holds: the amount here is the slip.
        const elsewhere = !alt && !dirHint ? changeSaidElsewhere(ctx.doc, c) : null;
        const otherAmount = elsewhere?.change?.amount;
        ctx.report({
          ...(inPoints(rate).severity ? { severity: 'warning' as const } : {}),
          message: `「${label(c)}」变动率${pct(rate)}与变动额${amountSaid}不符：${against}${words.amount(priorMid)}（本年${words.value(p.cur.figure)} ${c.change?.direction === 'increase' ? '−' : '+'} ${words.value(amount)}），应为${fmt(r.computed, rate.decimals)}%${dirHint}${elsewhere && otherAmount ? `；${describeLocation(where(elsewhere))}所写的变动额${otherAmount.raw}与变动率相符：错的应是本句的变动额${amount.raw}` : ''}${inPoints(rate).note ?? ''}`,
          ...(elsewhere ? { cause: changeAmountCause(c.id) } : {}),
          ...rateFields(r, rate),
          ...(decided ?? {}),
          ...(elsewhere && otherAmount ? { expected: words.figure(otherAmount), actual: words.figure(amount), difference: words.amount(dec(amount).abs().minus(dec(otherAmount).abs())), tolerance: '按打印精度的舍入区间比较' } : {}),
          locations: decided ? locs(where(p.cur.claim), alt?.location ?? null, whereFigure(c, rate)) : locs(whereFigure(c, rate), where(p.cur.claim)),
          section: c.section,
          holdsWith: changeRateHoldsWith(rate, p.ch, p.cur.figure, where(p.cur.claim)),
          // (Both words the wrong way round: this finding is the one that names the direction.)
          ...(dirHint && !mixedDirection(c) && !alt ? { cause: directionCause(c.id) } : {}),
          // The sentence's own amount named wrong with a correction its rate holds with (correctedFigureCause).
          ...(alt
            ? { explainedBy: { causes: [amountCause(p.cur.claim.id)], orBy: ownAmount, because: `按别处所写的${alt.raw}计算，变动率${pct(rate)}与变动额相符：变动率以正确的本年数算得，错的是本年数${p.cur.figure.raw}` } }
            : byDirection
              ? { explainedBy: { causes: [directionCause(c.id)], because: byDirection } }
              : { explainedBy: { causes: [changeCause(c.id)], orBy: ownAmount, because: `变动率${pct(rate)}与变动额${amount.raw}不符亦出于此` } }),
        });
      } else if (r.agreement === 'tail') {
        ctx.report({
          severity: 'info',
          message: `「${label(c)}」变动率${pct(rate)}按打印数计算为${fmt(r.computed, rate.decimals + 2)}%，差异在金额舍入范围内（尾差）`,
          ...rateFields(r, rate),
          locations: locs(whereFigure(c, rate)),
          section: c.section,
        });
      }
    }
  },
});

/**
 * A rate said in 个百分点 after a change's amount is read as the change's rate (claims/bare-rate.ts), but a
 * writer may have meant the points a share beside it moved ("占4.44%，比上年减少0.04万元，下降2个百分点"):
 * a rate that breaks with the amounts is then no proof of a wrong figure, so a warning that says so.
 */
function inPoints(rate: Figure): { severity?: 'warning'; note?: string } {
  return rate.raw.includes('百分点') ? { severity: 'warning', note: '（变动率写作“个百分点”，按变动率核对；若所指是占比的变动，则不是此错）' } : {};
}

/**
 * Another statement of the same subject's change in the same direction (a different amount, the same
 * amount this year) with which this sentence's rate holds, where it fails with the change printed
 * beside it ("减少0.73万元，下降22.10%" beside "较上年3.53万元减少0.78万元"): the change amount here is the slip.
 */
export function changeSaidElsewhere(doc: Disclosure, c: Claim): Claim | null {
  const [rate, amount, p] = [c.change?.rate, c.change?.amount, priorOf(doc, c)];
  if (!rate || !amount || !p || c.change?.direction === 'flat' || mixedDirection(c)) return null;
  const absRate = { ...rate, value: dec(rate).abs().toString() };
  const size = (f: Figure) => intervalOf(money({ ...f, value: dec(f).abs().toString() }));
  if (compareRate(absRate, size(amount), p.prior)?.agreement !== 'break') return null;
  return (
    changeClaims(doc.claims).find((o) => {
      const [ch, other] = [signedChange(o), o.change?.amount];
      const cur = o !== c && o.subject.key === c.subject.key && o.change?.against === c.change?.against ? currentAmountOf(doc, o) : null;
      if (!ch || !other || !cur || o.change?.direction !== c.change?.direction || mixedDirection(o) || dec(cur.figure).minus(dec(p.cur.figure)).abs().gt(0) || dec(other).abs().eq(dec(amount).abs())) return false;
      const r = compareRate(absRate, size(other), impliedPrior(p.cur.figure, ch));
      return r != null && r.agreement !== 'break';
    }) ?? null
  );
}

/**
 * "较2017年决算支出2794494元,增加了194131元,增加6.49%": this year's amount not read, last year's level
 * printed in the sentence is what the rate is measured on (194131 ÷ 2794494 = 6.95%).
 */
function rateOnStatedPrior(ctx: Parameters<typeof changeRate.check>[0], c: Claim, rate: Figure, amount: Figure): void {
  const base = c.change?.base;
  if (!base || c.change?.against !== 'prior' || c.change.baseApart) return;
  const den = intervalOf(money(base));
  const r = compareRate({ ...rate, value: dec(rate).abs().toString() }, intervalOf(money({ ...amount, value: dec(amount).abs().toString() })), den);
  if (!r || r.agreement === 'exact') return;
  if (r.agreement === 'tail') {
    ctx.report({ severity: 'info', message: `「${label(c)}」变动率${pct(rate)}按变动额${amount.raw}与上年数${base.raw}计算为${fmt(r.computed, rate.decimals + 2)}%，差异在金额舍入范围内（尾差）`, ...rateFields(r, rate), locations: locs(whereFigure(c, rate)), section: c.section });
    return;
  }
  ctx.report({
    ...(inPoints(rate).severity ? { severity: 'warning' as const } : {}),
    message: `「${label(c)}」变动率${pct(rate)}与变动额${amount.raw}、上年数${base.raw}不符：${amount.raw} ÷ ${base.raw} 应为${fmt(r.computed, rate.decimals)}%${inPoints(rate).note ?? ''}`,
    ...rateFields(r, rate),
    locations: locs(whereFigure(c, rate)),
    section: c.section,
    explainedBy: { causes: [changeCause(c.id)], because: `变动率${pct(rate)}与变动额${amount.raw}不符亦出于此` },
  });
}

/**
 * Another amount the document states for the same subject, on which the rate agrees with the change:
 * then the rate was computed from that level and the level this sentence states is the wrong figure
 * (narrative.same-subject names it; this finding follows from it).
 */
function otherLevel(claims: readonly Claim[], cur: Claim, level: Figure, rate: Figure, num: ReturnType<typeof intervalOf>, ch: Figure): Figure | null {
  for (const o of claims) {
    if (o === cur || !o.amount || o.section !== cur.section || !sameQuantity(o.subject.key, cur.subject.key)) continue;
    if (o.amount.unit !== level.unit || dec(o.amount).eq(dec(level))) continue;
    const prior = impliedPrior(o.amount, ch);
    if (prior.lo.lte(0)) continue;
    const r = compareRate({ ...rate, value: dec(rate).abs().toString() }, num, prior);
    if (r && r.agreement !== 'break') return o.amount;
  }
  return null;
}

/**
 * "总收入534.96万元，其中本年收入525.11万元，较上年减少307.5万元，下降36.5%": a change clause after a
 * 其中 aside may be the whole's, not the aside's. When the amount printed just before 其中 in the same
 * sentence (a claim of its own or not) states no change of its own and the rate holds on it, the
 * clause is the whole's and nothing is wrong.
 */
function changeOfWhole(c: Claim, rate: Figure, num: ReturnType<typeof intervalOf>, ch: Figure): boolean {
  const own = c.amount;
  if (!own) return false;
  const at = c.sentence.indexOf(own.raw);
  const aside = at < 0 ? -1 : c.sentence.lastIndexOf('其中', at);
  if (aside < 0) return false;
  const before = c.sentence.slice(0, aside);
  // The whole is the last amount before 其中, with nothing said of its change in between.
  const m = [...before.matchAll(/(\d[\d,，]*(?:\.\d+)?)\s*(万元|亿元|元)/g)].at(-1);
  if (!m || m[2] !== (own.unit ?? '万元') || INC.test(before.slice(m.index ?? 0)) || DEC.test(before.slice(m.index ?? 0))) return false;
  const n = parseNumber(m[1] as string);
  if (!n) return false;
  const whole: Figure = { ...own, ...n, raw: m[0] };
  const prior = impliedPrior(whole, ch);
  if (prior.lo.lte(0)) return false;
  const r = compareRate({ ...rate, value: dec(rate).abs().toString() }, num, prior);
  return r != null && r.agreement !== 'break';
}

/** The change's rate checked on last year's level as stated ("较上年的2.91万元"): agrees (or within rounding)? */
function rateOnStatedBase(c: Claim, current: Figure): boolean {
  const base = c.change?.against === 'budget' ? c.budget?.amount : c.change?.base;
  const rate = c.change?.rate;
  if (!base || !rate) return false;
  const r = compareChangeRate(rate, intervalOf(money(current)), intervalOf(money(base)));
  if (r == null || r.agreement === 'break') return false;
  // Only where the change is what breaks with the levels: a change that fits them (a base
  // printed to one decimal, "与2016年816.4万元相比…减少109.38万元，下降13.39%") leaves the rate wrong on
  // its own, which the levels' rounding alone cannot excuse.
  // (Signed: a direction word written the wrong way round is that word's finding, as before.)
  const signed = signedChange(c);
  if (!signed) return true;
  return !overlaps(subI(intervalOf(money(current)), intervalOf(money(base))), intervalOf(money(signed)));
}

/** A relation of a sentence's figures, explained when a sum names one of its figures wrong (and corrects it). */
function figureNamedIn(...cs: Claim[]) {
  return { causes: [], orBy: [...new Set(cs.map((x) => correctedFigureCause(x.id)))], because: '该句的金额改正后，与所比的数即相符' };
}

/**
 * What a change is said against, printed in its sentence: last year's level ("较2023年度决算数2.91万元")
 * or the budget ("比年初预算数100万元"), with this year's amount it is a change of. For the budget, only
 * the claim's own amount: the budget's actual is the one said beside it.
 */
export function statedBase(doc: Parameters<typeof currentAmountOf>[0], c: Claim): { base: Figure; cur: { figure: Figure; claim: Claim } } | null {
  const ch = c.change;
  if (!ch || ch.direction === 'flat') return null;
  if (ch.against === 'budget') {
    const base = c.budget?.amount;
    return base && c.amount && !dec(base).isZero() ? { base, cur: { figure: c.amount, claim: c } } : null;
  }
  const cur = ch.base ? currentAmountOf(doc, c) : null;
  return ch.base && cur ? { base: ch.base, cur } : null;
}

export const changeVsPriorLevel = defineRule({
  id: 'arithmetic.change-vs-prior-level',
  title: '变动额与本年数、所写上年数（预算数）不符',
  category: 'arithmetic',
  severity: 'error',
  authority: '算术一致性（变动额 = 本年数 − 上年数；与预算比较时 = 决算数 − 预算数）',
  description:
    '句中写出上年数（“较2023年度决算数2.91万元增加4.41万元”）或所比的预算数（“比年初预算数100万元减少20万元”）时，变动额应等于本年（决算）数减该数，允许舍入尾差；变动率按所写的数相符时，指出错的是变动额。',
  cases: [
    { name: '比年初预算数减少，相符', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算数为80.00万元，比年初预算数100.00万元减少20.00万元，下降20.00%。') },
    { name: '比年初预算数减少，差额写错', expect: 'fail', mentions: '20.00', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算数为80.00万元，比年初预算数100.00万元减少25.00万元。') },
    { name: '相符', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费支出7.32万元，较2023年度决算数2.91万元增加4.41万元，增长151.55%。') },
    { name: '变动额写错，变动率按上年数相符', expect: 'fail', mentions: '4.41', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费支出7.32万元，较2023年度决算数2.91万元增加4.51万元，增长151.55%。') },
    { name: '上年数另起一句', expect: 'fail', severity: 'warning', mentions: '192.91', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费决算数合计为1000.86万元。2023年度“三公”经费决算数合计为807.95万元。2024年度“三公”经费决算数相较于上年增加275.76万元。') },
    { name: '上年数另起一句，相符', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费决算数合计为1000.86万元。', '上年度“三公”经费支出807.95万元。', '2024年度“三公”经费决算数比上年增加192.91万元。') },
    { name: '比上年支出…增加（上年数带“支出”二字）', expect: 'fail', mentions: '2.00', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出20.00万元，比上年支出18.00万元增加3.00万元。') },
    { name: '所写上年数有误，变动额与变动率相互印证', expect: 'fail', mentions: '应为148', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出124万元，比上年累计支出1480万元下降24万元，下降16%。') },
    { name: '上年数的单位写成元：应为数按万元写', expect: 'fail', mentions: '应为142.33万元', text: md('三、支出决算情况说明', '（一）基本支出157.38万元（占65.94%），比上年142.33元增加15.05万元，增幅10.57%。') },
    { name: '比上年的…减少', expect: 'fail', mentions: '0.04', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.34万元，比上年的0.38万元减少0.14万元。') },
  ],
  check(ctx) {
    let ran = false;
    for (const c of ctx.doc.claims) {
      const stated = statedBase(ctx.doc, c);
      const ch = signedChange(c);
      if (!stated || !ch) continue;
      const { base, cur } = stated;
      ran = true;
      const expected = dec(money(cur.figure)).minus(dec(money(base)));
      const cmp = compareSum(money(cur.figure), [money(base), money(ch)]);
      const d = Math.max(2, ch.decimals);
      const [thisYear, baseName] = comparedWords(c);
      const rate = c.change?.rate;
      // The rate right on this year's amount less the change and wrong on the level stated: the level
      // is the slip ("124万元，比上年1480万元下降24万元，下降16%": 24 ÷ 148).
      if (cmp.agreement === 'break' && rate && !rateOnStatedBase(c, cur.figure)) {
        const implied = impliedPrior(cur.figure, ch);
        const r = implied.lo.gt(0) ? compareRate({ ...rate, value: dec(rate).abs().toString() }, intervalOf(money({ ...ch, value: dec(ch).abs().toString() })), implied) : null;
        if (r && r.agreement !== 'break') {
          const right = dec(money(cur.figure)).minus(dec(money(ch)));
          // In 元 when the figures are; a 上年数 printed in 元 among 万元 ones is stated in 万元 at their places.
          const words = new AmountWords([cur.figure, ch, base]);
          const places = Math.max(...[cur.figure, base].map((f) => (f.unit === '元' ? 0 : f.decimals)));
          ctx.report({
            cause: correctedFigureCause(c.id),
            severity: c.change?.baseApart ? 'warning' : 'error',
            message: `「${label(c)}」${baseName}数写作${base.raw}，按${thisYear}${cur.figure.raw}与${c.change?.words[0] ?? ''}${c.change?.amount?.raw}、${pct(rate)}应为${words.amount(right, places)}：变动额与变动率相互印证，所写${baseName}数有误`,
            expected: words.amount(right, places),
            actual: base.raw,
            locations: locs(whereFigure(c, base), where(cur.claim)),
            section: c.section,
          });
          continue;
        }
      }
      const rateNote = rateOnStatedBase(c, cur.figure) ? `；变动率${pct(c.change!.rate!)}正是按${baseName}数${base.raw}计得，写错的是变动额` : '';
      // Last year's level from a sentence of its own is linked by subject only: a warning, with both places.
      const apart = c.change?.baseApart === true;
      // The amount right and its direction word the wrong way round ("决算8.5万元，较预算10万元增加1.5万元"):
      // the word is the slip. Said once: by the words that contradict each other, or here.
      if (cmp.agreement === 'break' && compareSum(money(cur.figure), [money(base), money({ ...ch, value: dec(ch).negated().toString() })]).agreement !== 'break') {
        if (mixedDirection(c)) continue;
        const right = otherWord(c);
        ctx.report({
          cause: directionCause(c.id),
          severity: apart ? 'warning' : 'error',
          message: `「${label(c)}」${thisYear}${cur.figure.raw}${expected.isNegative() ? '小于' : '大于'}${baseName}${base.raw}${apart ? '（见另一句）' : ''}，应为“${right}${c.change?.amount?.raw}”，说明写“${c.change?.words[0] ?? ''}${c.change?.amount?.raw}”：方向词写反`,
          expected: right,
          actual: c.change?.words[0] ?? '',
          locations: locs(where(c), where(cur.claim), apart ? base.location : null),
          section: c.section,
          explainedBy: figureNamedIn(c, cur.claim),
        });
        continue;
      }
      reportComparison(
        ctx,
        cmp,
        {
          message: `「${label(c)}」${thisYear}${cur.figure.raw}、${baseName}${base.raw}${apart ? '（见另一句）' : ''}，变动额应为${fmt(expected, d)}万元，说明写${c.change?.words[0] ?? ''}${c.change?.amount?.raw}${rateNote}`,
          expected: `${fmt(expected, d)}万元`,
          actual: `${fmt(dec(money(ch)), d)}万元`,
          locations: locs(where(cur.claim), where(c), apart ? base.location : null),
          section: c.section,
          explainedBy: figureNamedIn(c, cur.claim),
        },
        apart ? 'warning' : undefined,
      );
    }
    if (!ran) return notApplicable('说明中没有同时写出上年数与变动额的表述');
  },
});

export const changeDirectionMixed = defineRule({
  id: 'arithmetic.change-direction',
  title: '变动方向词前后矛盾',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_GUIDE,
  description: '同一表述中变动额与变动率的方向词必须一致（增加/增长 对 减少/下降），不得“减少…增长”混用。带负号的一个数与另一个数方向相同的（“减少15.65万元，增长-5.54%”）不算矛盾，负号由 template.signed-direction 报告。',
  cases: [
    { name: '减少…下降', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计238.67万元。与2023年度相比，收、支总计各减少92.61万元，下降27.96%。') },
    { name: '减少…增长', expect: 'fail', mentions: '增长', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计238.67万元。与2023年度相比，收、支总计各减少92.61万元，增长27.96%。') },
    { name: '减少…增长负数：方向一致（负号另报）', expect: 'pass', text: md('一、收入支出决算总体情况说明', '本部门2024年度收入总计267.07万元。与2023年决算数相比，收入减少15.65万元，增长-5.54%。') },
    { name: '两个数都带负号：方向仍矛盾', expect: 'fail', mentions: '增长', text: md('一、收入支出决算总体情况说明', '本部门2024年度收入总计267.07万元。与2023年决算数相比，收入减少-15.65万元，增长-5.54%。') },
    { name: '所写预算数说明写反的是哪个词', expect: 'fail', mentions: '写反的是“增加”', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出决算数为8.50万元，较年初预算10.00万元增加1.50万元，下降15.00%。') },
  ],
  check(ctx) {
    const cs = changeClaims(ctx.doc.claims);
    if (!cs.length) return notApplicable('说明中没有变动表述');
    // Subjects said together with one pair of direction words ("收入总计、支出总计各减少…，各增长…"):
    // the words are written once for all, and one wrong word is one finding, the first subject's.
    const shared = new Map<string, Claim>();
    for (const c of cs) {
      const words = c.change?.words ?? [];
      const inc = words.filter((w) => INC.test(w));
      const dcr = words.filter((w) => DEC.test(w));
      if (inc.length && dcr.length && !signedAgrees(c)) {
        const at = where(c);
        const together = new RegExp(`(?:各|分别)(?:${[...inc, ...dcr].join('|')})`).test(at.text ?? '');
        const key = `${at.file}|${at.page ?? ''}|${at.line ?? ''}|${at.text ?? ''}|${words.join('、')}`;
        const first = together ? shared.get(key) : undefined;
        if (together && !first) shared.set(key, c);
        // With the level compared with printed in the sentence, the two amounts tell which word is right.
        const stated = statedBase(ctx.doc, c);
        const gap = stated ? dec(money(stated.cur.figure)).minus(dec(money(stated.base))) : null;
        const clear = stated && gap && !overlaps(intervalOf(money(stated.cur.figure)), intervalOf(money(stated.base)));
        const [thisYear, baseName] = comparedWords(c);
        const decided = clear && stated && gap ? `；按所写${baseName}数${stated.base.raw}，${thisYear}${stated.cur.figure.raw}${gap.isNegative() ? '小于' : '大于'}它，写反的是“${(gap.isNegative() ? inc : dcr).join('、')}”` : '';
        ctx.report({
          ...(first ? { explainedBy: { causes: [directionCause(first.id)], because: `「${label(c)}」与「${label(first)}」同句共用这组方向词，其矛盾亦出于此` } } : {}),
          cause: directionCause(c.id),
          message: `「${label(c)}」同一变动既写“${dcr.join('、')}”又写“${inc.join('、')}”，方向词矛盾${decided}`,
          expected: decided && gap ? (gap.isNegative() ? dcr : inc).join('、') : '方向一致',
          actual: words.join('、'),
          locations: locs(whereFigure(c, c.change?.rate ?? c.change?.amount), whereFigure(c, c.change?.amount)),
          section: c.section,
        });
      }
    }
  },
});

/** A claim whose words say 持平, 无变化 or 不变. */
const saysFlat = (c: Claim): boolean => c.change != null && (c.change.direction === 'flat' || c.change.words.some((w) => /持平|无变化|不变/.test(w)));

/** The non-zero change figures a claim prints beside its 持平 ("持平，增长100%"): what contradicts it. */
function changeFiguresOfFlat(c: Claim): Figure[] {
  return saysFlat(c) ? [c.change?.amount, c.change?.rate].filter((f): f is Figure => f != null && !dec(f).isZero()) : [];
}

export const flatWithChange = defineRule({
  id: 'arithmetic.flat-with-change',
  title: '“持平/无变化”与变动数不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_GUIDE,
  description: '说明称与上年“持平”“无变化”时，本年数与上年数应相等；若同时给出非零变动额或变动率，或本年数与其他处给出的上年数不同，即为错误。称“基本持平”而所写变动额超过上年数的5%（按舍入区间仍超过）的，为警告。',
  cases: [
    { name: '0万元较上年无变化', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '因公出国（境）经费支出0万元，年初未安排预算，支出决算较2023年度无变化。') },
    {
      name: '持平却下降',
      expect: 'fail',
      mentions: '3.5',
      text: md('十、机关运行经费支出说明', '2024年度机关运行经费支出11.23万元，与上年持平，下降3.5%。'),
    },
    { name: '所写上年数与本年数相同', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计2918.96万元，比上年2918.96万元持平。') },
    { name: '基本持平，相差不到5%', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计2918.96万元，比上年2865.56万元基本持平。') },
    { name: '增加3.03万元（约42%）却称基本持平：警告', expect: 'fail', severity: 'warning', mentions: '基本持平', text: md('十、机关运行经费支出说明', '2024年度机关运行经费支出10.29万元，比上年增加3.03万元，与上年基本持平。') },
    { name: '“增减变化与收入总计一致”说的是另一项，不是持平', expect: 'pass', text: md('二、支出决算情况说明', '本部门2024年度收入总计1,239.70万元，较上年减少308.78万元，降低19.94%。本部门2024年度支出总计1,239.70万元，支出总计的增减变化与收入总计一致，较上年减少308.78万元，降低19.94%。公务接待费0万元，与上年持平。') },
    { name: '其余项目基本持平，不是本项', expect: 'pass', text: md('十、机关运行经费支出说明', '2024年度机关运行经费支出10.29万元，比上年增加3.03万元，主要是办公费增加，其余项目基本持平。公务接待费0万元，与上年持平。') },
    { name: '增加0.30万元（约3%）称基本持平', expect: 'pass', text: md('十、机关运行经费支出说明', '2024年度机关运行经费支出10.29万元，比上年增加0.30万元，与上年基本持平。') },
    { name: '所写上年数与本年数不同', expect: 'fail', mentions: '2665.56', text: md('一、收入支出决算总体情况说明', '2024年度收、支总计2918.96万元，比上年2665.56万元持平。') },
  ],
  check(ctx) {
    const cs = ctx.doc.claims.filter(saysFlat);
    const basic = changeClaims(ctx.doc.claims).filter((c) => !saysFlat(c) && c.change?.against === 'prior' && c.change.amount && !dec(c.change.amount).isZero() && BASICALLY_FLAT.test(clauseOfChange(c)));
    if (!cs.length && !basic.length) return notApplicable('说明中没有“持平/无变化”的表述');
    for (const c of basic) basicallyFlatWithChange(ctx, c);
    for (const c of cs) {
      const nz = changeFiguresOfFlat(c);
      if (nz.length) {
        ctx.report({
          cause: flatCause(c.id),
          message: `「${label(c)}」称与${baseWord(c) === '预算数' ? '预算' : '上年'}持平/无变化，却给出变动${nz.map((f) => f?.raw).join('、')}`,
          expected: '变动为0',
          actual: nz.map((f) => f?.raw).join('、'),
          locations: [whereFigure(c, nz[0])],
          section: c.section,
        });
        continue;
      }
      flatAgainstStatedBase(ctx, c);
    }
  },
});

/** A clause that says only 基本持平 ("，与上年基本持平", "，基本持平"): of the change before it, no other subject's. */
const BASICALLY_FLAT = /[，,]\s*(?:(?:与|比|较)(?:上年|去年|上年度|上一年度?|\d{4}\s*年度?)(?:相比|比较)?\s*)?(?:基本|大致|大体)持平\s*(?:[，,；;。]|$)/;

/**
 * "机关运行经费支出10.29万元，比上年增加3.03万元，与上年基本持平": a change that is more than 5% of last
 * year's level even at the edges of rounding is no 基本持平 (the 5% arithmetic.budget-flat allows):
 * a warning, the word too loose for the figures, which themselves may be right.
 */
function basicallyFlatWithChange(ctx: Parameters<typeof flatWithChange.check>[0], c: Claim): void {
  const p = priorOf(ctx.doc, c);
  if (!p || p.prior.lo.lte(0)) return;
  const ch = intervalOf(money(c.change!.amount!));
  if (ch.lo.div(p.prior.hi).lte(BASIC_SHARE)) return;
  const rate = dec(c.change!.amount!).div(dec(money(p.cur.figure)).minus(dec(p.ch))).times(100);
  ctx.report({
    cause: flatCause(c.id),
    severity: 'warning',
    message: `「${label(c)}」${c.change!.words[0] ?? '变动'}${c.change!.amount!.raw}（约${fmt(rate.abs(), 1)}%），却称与上年“基本持平”：变动超过上年数的5%，不宜称基本持平`,
    expected: '变动不超过上年数的5%',
    actual: `${c.change!.amount!.raw}（约${fmt(rate.abs(), 1)}%）`,
    locations: [whereFigure(c, c.change!.amount!)],
    section: c.section,
  });
}
const BASIC_SHARE = new Decimal('0.05');

/**
 * "收、支总计2918.96万元，比上年2665.56万元持平": last year's level is printed in the sentence, and this
 * year's differs from it beyond rounding. "基本持平" allows 5% (a warning beyond, as for the budget).
 */
function flatAgainstStatedBase(ctx: Parameters<typeof flatWithChange.check>[0], c: Claim): void {
  const base = c.change?.base;
  if (!base || c.change?.against !== 'prior' || c.change.baseApart) return;
  const cur = currentAmountOf(ctx.doc, c);
  if (!cur) return;
  const cmp = compareSum(money(cur.figure), [money(base)]);
  if (cmp.agreement !== 'break') return;
  const basic = c.change.words.some((w) => /基本|大致|略/.test(w)) || /基本持平|大致持平/.test(c.sentence);
  const b = dec(money(base));
  if (basic && !b.isZero() && dec(money(cur.figure)).minus(b).abs().div(b.abs()).lte(0.05)) return;
  const d = Math.max(2, base.decimals, cur.figure.decimals);
  const delta = dec(money(cur.figure)).minus(b);
  const word = basic ? '基本持平' : (c.change.words[0] ?? '持平');
  // Which is wrong, the word or a figure, the sentence cannot tell; the finding names the word, so
  // it takes in no other finding about either figure.
  ctx.report({
    cause: flatCause(c.id),
    severity: basic ? 'warning' : 'error',
    message: `「${label(c)}」称与上年“${word}”，但本年${cur.figure.raw}、上年${base.raw}，${delta.isNegative() ? '减少' : '增加'}${fmt(delta.abs(), d)}万元`,
    expected: `${delta.isNegative() ? '减少' : '增加'}${fmt(delta.abs(), d)}万元`,
    actual: word,
    difference: `${fmt(cmp.difference, d)}万元`,
    tolerance: `${fmt(cmp.tolerance, d)}万元`,
    locations: locs(where(c), where(cur.claim)),
    section: c.section,
  });
}

/**
 * The clause (between ； or 。) of a claim's sentence that states its change ("增加0万元"), where a sentence
 * lists several items' changes; the whole sentence when the words are not found together.
 */
function clauseOfChange(c: Claim): string {
  const sentence = c.location.text ?? '';
  const ch = c.change;
  const figs = [ch?.amount, ch?.rate].filter((f): f is Figure => f != null);
  const esc = (t: string) => escapeRegExp(t).replace(/\s+/g, '\\s*');
  const said = figs.map((f) => new RegExp(`(?:${(ch?.words ?? []).map(esc).join('|') || '.'})[^；;。\\d]{0,6}${esc(f.raw)}`));
  const clauses = sentence.split(/(?<=[；;。])/).filter((k) => said.some((re) => re.test(k)));
  return clauses.length ? clauses.join('') : sentence;
}

export const zeroChangeWording = defineRule({
  id: 'arithmetic.zero-change-wording',
  title: '零变动使用增减方向词',
  category: 'arithmetic',
  severity: 'warning',
  authority: AUTH_GUIDE,
  description: '变动额为0时应表述为“持平”或“无变化”，写成“增加0万元，增长0.00%”属措辞不当。',
  cases: [
    { name: '无变化', expect: 'pass', text: md('二、收入决算情况说明', '2、上级补助收入0万元。与2023年度相比无变化。') },
    { name: '减少0万元，未发生增减变动', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出12.00万元，比上年增加1.00万元。其中：因公出国（境）经费0万元，同比减少0万元，未发生增减变动。') },
    { name: '增加0万元，增长0.00%', expect: 'fail', mentions: '增加', text: md('二、收入决算情况说明', '2、上级补助收入0万元。与2023年度相比，增加0万元，增长0.00%。') },
    { name: '金额取一位小数的说明写“增加0万元”：舍入会写作0.0，写0说的是没有', expect: 'fail', mentions: '因公出国', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出25.7万元，比上年增加1.5万元。其中：公务接待费16.3万元，比上年增加1.5万元；公务用车购置及运行维护费9.4万元；因公出国（境）费0万元，比上年增加0万元。') },
    { name: '金额取整的说明写“增加0万元”：不足0.5万元的增加取整为0', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出8万元，比上年增加4万元。其中：公务用车购置及运行维护费7万元，比上年增加4万元；公务接待费1万元，比上年增加0万元。') },
    {
      name: '同句另一项写持平，不掩盖本项的“增加0万元”',
      expect: 'fail',
      mentions: '因公出国',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算比上年减少1.20万元，其中：因公出国（境）费增加0万元，增长0%；公务用车购置及运行维护费减少1.20万元，下降10.00%；公务接待费与上年持平。'),
    },
  ],
  check(ctx) {
    const cs = ctx.doc.claims.filter((c) => c.change);
    if (!cs.length) return notApplicable('说明中没有变动表述');
    // One finding per section: the same template wording repeated line after line is one habit.
    const bySection = new Map<string, Claim[]>();
    for (const c of cs) {
      const ch = c.change;
      if (ch?.direction !== 'increase' && ch?.direction !== 'decrease') continue;
      const figs = [ch?.amount, ch?.rate].filter(Boolean);
      // ("增加0万元" in a text that rounds its amounts may be 0.3万元 more: not provably no change.)
      if (!figs.length || !figs.every((f) => f && (f.kind === 'amount' ? saysNone(f) : dec(f).isZero()))) continue;
      // "同比减少0万元，未发生增减变动": the clause says so itself (not a 持平 said of another item of the sentence).
      if (/未发生(?:增减)?变(?:动|化)|无增减|无变化|没有变化|持平/.test(clauseOfChange(c))) continue;
      bySection.set(c.section ?? '', [...(bySection.get(c.section ?? '') ?? []), c]);
    }
    for (const list of bySection.values()) {
      const first = list[0] as Claim;
      const ch = first.change;
      const figs = [ch?.amount, ch?.rate].filter(Boolean);
      ctx.report({
        message: `${list.map((c) => `「${label(c)}」`).join('')}变动为0却写“${ch?.words.join('、')}${figs.map((f) => f?.raw).join('，')}”，应写“持平”或“无变化”`,
        expected: '持平/无变化',
        actual: `${ch?.words.join('、')} ${figs.map((f) => f?.raw).join('，')}`,
        locations: list.map((c) => whereFigure(c, c.change?.amount ?? c.change?.rate)),
        section: first.section,
      });
    }
  },
});

export const rateUndefined = defineRule({
  id: 'arithmetic.rate-undefined',
  title: '上年数（或预算数）为零时给出变动率',
  category: 'arithmetic',
  severity: 'warning',
  authority: AUTH_RATE,
  description: '上年数（或比较的预算数，即本年数 − 变动额）为0时变动率无定义，“增长100%”之类的写法不成立，应说明为新增（或预算外）。',
  cases: [
    { name: '上年非零', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '4.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):支出决算数为56.29万元，比上年决算增加4.79万元，增长9.30%。') },
    { name: '预算为0却比预算增长100%：说预算数', expect: 'fail', mentions: '预算数为0', text: md('七、财政拨款“三公”经费支出决算情况说明', '1.因公出国(境)费支出4.79万元，与2018年度预算相比，增加4.79万元，增长100%。') },
    { name: '上年为0，括号里写100%', expect: 'fail', mentions: '不应写“0.25万元(100.00%)”', text: md('五、一般公共预算财政拨款支出决算情况说明', '社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。支出决算为0.25万元，较上年增加0.25万元(100.00%)。') },
    { name: '上年为0却增长100%', expect: 'fail', mentions: '100.00%', text: md('五、一般公共预算财政拨款支出决算情况说明', '3.社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项):支出决算数为0.25万元，比上年决算增加0.25万元，增长100.00%。') },
  ],
  check(ctx) {
    const cs = changeClaims(ctx.doc.claims).filter((c) => c.change?.rate && c.change.direction === 'increase');
    if (!cs.length) return notApplicable('说明中没有增长率表述');
    for (const c of cs) {
      const p = priorOf(ctx.doc, c);
      const rate = c.change?.rate;
      if (!p || !rate || dec(p.ch).isZero()) continue;
      if (p.prior.lo.lte(0) && p.prior.hi.gte(0)) {
        // Compared with the budget ("与2018年度预算相比，增加4.79万元，增长100%"), the base is the budget.
        const base = baseWord(c);
        // (Quoted as written: "增加0.25万元(100.00%)" has the rate in brackets, no 增长 of its own.)
        const bracketed = [`(${rate.raw})`, `（${rate.raw}）`].find((b) => [c.sentence, rate.location.text].some((t) => t.includes(`${c.change?.amount?.raw ?? ''}${b}`)));
        ctx.report({
          message: `「${label(c)}」${base}为0（本年${wan(p.cur.figure)}万元，增加${c.change?.amount?.value}万元），变动率无定义，不应写“${bracketed ? `${c.change?.amount?.raw}${bracketed}` : `增长${rate.raw}`}”`,
          expected: base === '预算数' ? '预算为0，应说明为预算外支出' : '上年为0，应表述为新增',
          actual: pct(rate),
          locations: [whereFigure(c, rate)],
          section: c.section,
        });
      }
    }
  },
});

export const changeExceedsCurrent = defineRule({
  id: 'arithmetic.change-exceeds-current',
  title: '增加额大于本年数',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_RATE,
  description: '“增加”的金额不能大于本年数（否则上年数为负）；出现时通常是方向词或金额写错。',
  cases: [
    { name: '增加额小于本年数', expect: 'pass', text: md('十、机关运行经费支出说明', '2024年度机关运行经费支出41.02万元，比上年增加12.61万元，增长44.39%。') },
    { name: '其中一项之后的变动可能说的是整体', expect: 'pass', text: md('一、收入支出决算总体情况说明', '本部门2020年度收入总计231.24万元，其中年初结转和结余0万元，较2019年增加5.24万元，增长2.3%。') },
    { name: '增加额大于本年数', expect: 'fail', mentions: '52.61', text: md('十、机关运行经费支出说明', '2024年度机关运行经费支出41.02万元，比上年增加52.61万元。') },
    { name: '增加额大于本年数，按“减少”与变动率相符（方向词写反）', expect: 'fail', mentions: '若为“减少”则上年数188.95万元、变动率56.98%相符', text: md('三、支出决算情况说明', '项目支出81.29万元。项目支出较上年增加107.66万元，增长56.98%。') },
  ],
  check(ctx) {
    const cs = changeClaims(ctx.doc.claims).filter((c) => c.change?.amount && c.change.direction === 'increase');
    if (!cs.length) return notApplicable('说明中没有增加额表述');
    for (const c of cs) {
      const p = priorOf(ctx.doc, c);
      if (!p || !p.prior.hi.lt(0)) continue;
      // "收入总计231.24万元，其中年初结转和结余0万元，较2019年增加5.24万元": said after a 其中 part, the change
      // may be the whole's; only when the whole cannot have it either is it provably wrong.
      const whole = c.parent ? ctx.doc.claims.find((w) => w.id === c.parent) : undefined;
      if (whole?.amount && !new Decimal(whole.amount.value).lt(c.change?.amount?.value ?? 0)) continue;
      ctx.report({
        explainedBy: mixedDirection(c)
          ? { causes: [directionCause(c.id)], because: `按“增加”计上年数为负，按“减少”则不然：增加额大于本年数出于方向词写反` }
          : {
              causes: [changeCause(c.id)],
              // (A direction word proved the slip by the level printed beside it: "较2023年的188.95万元增加107.66万元".)
              orBy: [directionCause(c.id)],
              because: `增加额大于本年数亦出于此`,
              orByBecause: [`按“增加”计上年数为负，按“减少”则不然：增加额大于本年数出于方向词写反`],
            },
        message: `「${label(c)}」增加${c.change?.amount?.value}万元大于本年数${wan(p.cur.figure)}万元，推得${baseWord(c)}为负${decreaseFits(p.cur.figure, c)}`,
        expected: `增加额 ≤ ${wan(p.cur.figure)}万元`,
        actual: `${c.change?.amount?.value}万元`,
        locations: locs(where(c), whereFigure(c, c.change?.amount), where(p.cur.claim)),
        section: c.section,
      });
    }
  },
});

/**
 * "项目支出81.29万元…较上年增加107.66万元，增长56.98%": with "减少" the figures hold (107.66 ÷ 188.95 = 56.98%,
 * or the level printed beside it is 81.29 + 107.66): said in the finding, so that the reviewer sees the
 * direction word is what is wrong. Only where a rate or a printed level proves it; a change alone fits any
 * direction that leaves last year's level positive, and that proves nothing.
 */
function decreaseFits(cur: Figure, c: Claim): string {
  const amount = c.change?.amount;
  if (!amount) return '';
  const abs = { ...amount, value: dec(amount).abs().toString() };
  const prior = addI(intervalOf(money(cur)), intervalOf(money(abs)));
  const rate = c.change?.rate;
  const base = c.change?.against === 'prior' ? c.change.base : null;
  const rateFits = rate ? compareRate({ ...rate, value: dec(rate).abs().toString() }, intervalOf(money(abs)), prior)?.agreement : null;
  const baseFits = base ? overlaps(intervalOf(money(base)), prior) : null;
  if (rateFits === 'break' || baseFits === false || (rateFits == null && baseFits == null)) return '';
  const words = new AmountWords([cur, amount]);
  const said = [base ? `${baseWord(c)}${base.raw}` : `${baseWord(c)}${words.amount(dec(cur).plus(dec(abs)))}`, rate && rateFits ? `变动率${pct(rate)}` : null].filter(Boolean).join('、');
  return `；若为“减少”则${said}相符，方向词“${c.change?.words.find((w) => INC.test(w)) ?? '增加'}”可能写反`;
}

export const changeSum = defineRule({
  id: 'arithmetic.change-sum',
  title: '各部分变动额之和与总变动额不符',
  category: 'arithmetic',
  severity: 'error',
  authority: '算术一致性（整体变动额 = 各组成部分变动额之和）',
  description: '整体与其“其中”各部分都给出上年比较时，各部分的（带方向）变动额之和应等于整体的变动额，允许舍入尾差。某一部分写“持平”（按0计）却另写变动率、按该变动率算出的变动额恰能补足差额的，指出错在“持平”（并入“持平/无变化”与变动数不符）。“三公”某项本年为0且未写变动时，合计的变动额至多为其余各项之和；恰有一项的变动率与所写变动额不符、按本年数计得的变动额却使合计相符的，指出写错的是该项的变动额。某一部分的变动额以元列示、只因周围金额以万元计才被读作“万元”误写的，按所印单位各部分之和相符时不报（单位是否误写由“金额单位误写”提示）。',
  cases: [
    {
      name: '三公变动相符',
      expect: 'pass',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度财政拨款“三公”经费支出7.65万元，比上年增加4.37万元，增长132.83%。其中：因公出国（境）费支出0.00万元，占0.00%，比上年增加0.00万元。公务用车购置及运行维护费支出7.32万元，占95.69%，比上年增加4.41万元，增长151.55%。公务接待费支出0.34万元，占4.44%，比上年减少0.04万元，下降10.53%。'),
    },
    {
      name: '部分只写变动额',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2025年度“三公”经费财政拨款支出决算数比2024年度增加5.07万元，增长42.68%，其中：因公出国（境）费支出决算为0.00万元，与2024年持平；公务用车购置及运行维护费支出决算增加5.07万元，增长42.68%；公务接待费支出决算为0.00万元，与2024年持平。'),
    },
    {
      name: '各项分标题写出，之和不符',
      expect: 'fail',
      mentions: '613.80',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2016年度“三公”经费支出1360.13万元，比上年减少支出613.80万元。', '（一）因公出国（境）费支出10.00万元，比上年减少28.23万元。', '（二）公务用车购置费支出38.00万元，比上年减少79.40万元。', '（三）公务用车运行维护费支出958.00万元，比上年减少596.98万元。', '（四）公务接待费支出354.13万元，比上年增加1.36万元。'),
    },
    {
      name: '与预算比：各项之和不符',
      expect: 'fail',
      mentions: '0.08',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2020年度“三公”经费支出决算数较年初预算数减少0.04万元。', '（一）因公出国（境）费支出决算0万元，较年初预算数持平。', '（二）公务用车购置及运行维护费支出决算2.36万元，较年初预算数减少0.04万元。', '（三）公务接待费支出决算0.46万元，较年初预算数减少0.04万元。'),
    },
    {
      name: '一句中既比上年又比预算',
      expect: 'fail',
      mentions: '-0.08',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2020年度“三公”经费较上年减少15.29万元，较年初预算数减少0.04万元。其中：因公出国（境）费较年初预算数持平；公务用车购置及运行维护费较上年减少2.90万元，较年初预算数减少0.04万元；公务接待费较上年减少12.39万元，较年初预算数减少0.04万元。'),
    },
    {
      name: '一项本年为0且未写变动：合计变动额不能大于其余各项之和',
      expect: 'fail',
      mentions: '至多为-0.08',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2020年度“三公”经费支出15.37万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费14.03万元，公务接待费1.34万元。经比较，2020年度“三公”经费较上年减少15.29万元，较年初预算数减少0.04万元。其中：公务用车购置及运行维护费较上年减少2.90万元，较年初预算数减少0.04万元；公务接待费较上年减少12.39万元，较年初预算数减少0.04万元。'),
    },
    {
      name: '整数金额：按两位小数才能证明时只作提示',
      expect: 'fail',
      severity: 'info',
      mentions: '取整数',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2020年度“三公”经费41万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费21万元，公务接待费20万元。“三公”经费较上年减少19万元，下降43.78%，较年初预算数减少4万元。其中：公务用车购置及运行维护费21万元，较年初预算数减少4万元；公务接待费20万元，较年初预算数减少1万元，较上年减少2.5万元。'),
    },
    {
      name: '整数金额：印为0的一项可能增加不足0.5万元，合计仍超出时为错误',
      expect: 'fail',
      mentions: '至多为6.50',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2020年度“三公”经费41万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费21万元，公务接待费20万元。“三公”经费较上年增加9万元。其中：公务用车购置及运行维护费较上年增加4万元；公务接待费较上年增加2万元。'),
    },
    {
      name: '整数金额：印为0的一项可能增加不足0.5万元，合计超出不到此数时不报错',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2020年度“三公”经费41万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费21万元，公务接待费20万元。“三公”经费较上年增加8万元。其中：公务用车购置及运行维护费较上年增加4万元；公务接待费较上年增加2万元。'),
    },
    {
      name: '一项本年为0且未写变动：合计减少更多可由该项解释',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2020年度“三公”经费支出15.37万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费14.03万元，公务接待费1.34万元。经比较，2020年度“三公”经费较年初预算数减少0.10万元。其中：公务用车购置及运行维护费较年初预算数减少0.04万元；公务接待费较年初预算数减少0.04万元。'),
    },
    {
      name: '各项分标题写出，之和相符',
      expect: 'pass',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2016年度“三公”经费支出1360.13万元，比上年减少支出703.25万元。', '（一）因公出国（境）费支出10.00万元，比上年减少28.23万元。', '（二）公务用车购置费支出38.00万元，比上年减少79.40万元。', '（三）公务用车运行维护费支出958.00万元，比上年减少596.98万元。', '（四）公务接待费支出354.13万元，比上年增加1.36万元。'),
    },
    {
      name: '公务用车只列运行维护费：合计变动额不能大于各项之和（因公出国本年为0）',
      expect: 'fail',
      mentions: '至多为14.53',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元。较2023年度“三公”经费合计16.08万元增加15.15万元。其中：公务接待费减少0.26万元，公务用车运行维护费增加14.79万元。'),
    },
    {
      name: '一项的变动额写错，其变动率按整体推得的变动额相符：指出该项',
      expect: 'fail',
      mentions: '写错的是「公务接待费支出」的变动额-1.78万元',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出2.75万元，比上年减少0.78万元，下降22.1%。其中：因公出国（境）费支出0万元，与上年持平；公务用车购置及运行维护费支出0万元，与上年持平；公务接待费支出2.75万元，比上年减少1.78万元，下降22.1%。'),
    },
    {
      name: '整体的变动额写错，其变动率按各部分之和相符：指出整体',
      expect: 'fail',
      mentions: '写错的是整体的变动额',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出2.75万元，比上年减少7.80万元，下降22.1%。其中：因公出国（境）费支出0万元，与上年持平；公务用车购置及运行维护费支出0万元，与上年持平；公务接待费支出2.75万元，比上年减少0.78万元，下降22.1%。'),
    },
    {
      name: '一项本年为0且未写变动，另一项的变动额写错、其变动率按本年数计得的变动额使合计相符：指出该项',
      expect: 'fail',
      mentions: '写错的是「公务用车购置及运行维护费」的变动额-2.20万元',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出15.37万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费14.03万元，公务接待费1.34万元。经比较，2024年度“三公”经费较上年减少3.00万元，下降16.33%。其中：公务用车购置及运行维护费较上年减少2.20万元，下降12.00%；公务接待费较上年减少1.00万元，下降42.74%。'),
    },
    {
      name: '整体称持平，各部分却有增减',
      expect: 'fail',
      mentions: '称“持平”',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算数比2023年持平。其中：因公出国（境）费支出决算减少0万元；公务用车购置及运行维护费支出决算减少3.10万元，下降40.00%；公务接待费支出决算减少5.20万元，下降20.00%。'),
    },
    {
      name: '整体称持平，各部分增减相抵',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算数比2023年持平。其中：因公出国（境）费支出决算减少0万元；公务用车购置及运行维护费支出决算增加1.50万元；公务接待费支出决算减少1.50万元。'),
    },
    {
      name: '一项只写“持平”，整体变动不等于其余各项之和',
      expect: 'fail',
      mentions: '按0计',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算数比2023年减少1.20万元，下降10.00%。其中：因公出国（境）费支出决算增加0万元；公务用车购置及运行维护费支出决算增加0.30万元；公务接待费支出决算持平。'),
    },
    {
      name: '一项变动额以元列示（周围金额以万元计），按所印单位各项之和相符',
      expect: 'pass',
      // (An account of 1,238.51万元: 400万元 is no absurd reading, and the paragraph's unit makes it a slip.)
      text: md('一、收入支出决算总体情况说明', '2024年度收入、支出决算总计均为1,238.51万元。', '## 九、财政拨款“三公”经费支出决算情况说明', '本部门2024年的“三公”经费决算数合计为7.65万元，其中：因公出国（境）费0万元、公务用车购置费0万元、公务用车运行维护费7.32万元、公务接待费3,400.00元。2023年的“三公”经费决算数合计为3.28万元。', '2024年“三公”经费决算数相较于上年增加4.37万元，主要原因是：', '1、公务用车购置及运行维护费增加4.41万元，增加的原因是用车次数增加。', '2、公务接待费减少400.00元，减少的原因是厉行节约。', '3、因公出国（境）费2023年、2024年均为0万元，无增减变化。'),
    },
    {
      name: '部分变动之和不符',
      expect: 'fail',
      mentions: '5.37',
      text: md('九、财政拨款“三公”经费支出决算情况说明', '2024年度财政拨款“三公”经费支出7.65万元，比上年增加5.37万元。其中：因公出国（境）费支出0.00万元，比上年增加0.00万元。公务用车购置及运行维护费支出7.32万元，比上年增加4.41万元。公务接待费支出0.34万元，比上年减少0.04万元。'),
    },
  ],
  check(ctx) {
    let ran = false;
    for (const { w, wc, kids, parts } of changeWholes(ctx.doc)) {
      const against = w.change!.against;
      ran = true;
      const cmp = compareSum(money(wc), moneyAll(parts));
      // (A sum that breaks only by a part's change read as a slip of its unit, and adds up read as printed.)
      if (cmp.agreement === 'break' && addsUpAsPrinted(kids, parts, (ps) => compareSum(money(wc), moneyAll(ps)).agreement !== 'break')) continue;
      const sum = parts.reduce((s, p) => s.plus(p.value), new Decimal(0));
      // The whole's amount off its parts' sum by the same gap as its change (last year's amounts agree):
      // one misprint shows in both, and arithmetic.parts-sum reports it.
      // (Only where the amounts break too: parts that add up leave no misprint for the change to share.)
      const sameGap =
        against === 'prior' && w.amount != null && cmp.agreement === 'break' && kids.every((k) => k.amount) &&
        compareSum(money(w.amount), moneyAll(kids.map((k) => k.amount as Figure))).agreement === 'break' &&
        overlaps(impliedPrior(w.amount, wc), kids.map((k, i) => impliedPrior(k.amount as Figure, parts[i] as Figure)).reduce(addI));
      // Which change is the slip, where the rates printed beside them tell: the whole's rate worked
      // out on the parts' sum (its own 变动额 is wrong), or one part's rate on what the whole leaves it.
      const gap = new Decimal(wc.value).minus(sum);
      const wholeOff = cmp.agreement === 'break' && !sameGap && rateHoldsOn(ctx.doc, w, sum) && !rateHoldsOn(ctx.doc, w, new Decimal(wc.value));
      // (Or a part's increase above its own amount, impossible, that the whole's change makes possible.)
      const explainedPart = (k: Claim, i: number) => {
        const [printed, right] = [new Decimal(parts[i]!.value), new Decimal(parts[i]!.value).plus(gap)];
        return (rateHoldsOn(ctx.doc, k, right) && !rateHoldsOn(ctx.doc, k, printed)) || (!priorPossible(ctx.doc, k, printed) && priorPossible(ctx.doc, k, right)) || zeroByItsRate(k, printed, right);
      };
      // (Or a change of a part whose own rate is 0%, where the whole leaves it none: "减少1万元，降低0%".)
      const zeroByItsRate = (k: Claim, printed: Decimal, right: Decimal) => k.change?.rate != null && dec(k.change.rate).isZero() && !printed.isZero() && right.abs().lte(cmp.tolerance);
      // One change with contradicting direction words (增加…下降), or a rate that fits only the other
      // direction, that adds up with its sign the other way round: the sum follows from that direction,
      // reported by arithmetic.change-direction (or change-rate).
      const flipped = cmp.agreement === 'break' && !sameGap && !wholeOff ? flippedDirection(w, wc, kids, parts, (c) => mixedDirection(c) || rateFitsOtherDirection(ctx.doc, c) || levelsShowOtherDirection(ctx.doc, c)) : null;
      if (flipped) {
        reportComparison(ctx, cmp, {
          explainedBy: {
            causes: [directionCause(flipped.id)],
            because:
              flipped === w
                ? `按“${otherWord(w)}”计，「${label(w)}」变动额为${fmt(new Decimal(wc.value).negated(), Math.max(2, wc.decimals))}万元，与各部分变动额之和${fmt(sum)}万元相符`
                : `按“${otherWord(flipped)}”计，各部分变动额之和为${fmt(sum.minus(new Decimal((parts[kids.indexOf(flipped)] as Figure).value).times(2)))}万元，与「${label(w)}」变动额${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元相符`,
          },
          message: `「${label(w)}」变动额${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元与各部分变动额之和${fmt(sum)}万元不符`,
          expected: `${fmt(sum)}万元`,
          actual: `${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元`,
          locations: locs(where(w), ...kids.map(where)),
          section: w.section,
        });
        continue;
      }
      // A part said 持平 (read as 0 here) whose own rate gives just the gap ("持平，降低3.31%"): the sum
      // follows from that 持平, which arithmetic.flat-with-change reports.
      const flat = cmp.agreement === 'break' && !sameGap && !wholeOff ? kids.filter((k, i) => dec(parts[i] as Figure).isZero() && flatRateGives(ctx.doc, k, gap, wc)) : [];
      if (flat.length === 1) {
        const k = flat[0] as Claim;
        const because = `「${label(k)}」写“持平”，按其变动率${pct(k.change!.rate!)}变动额应为${fmt(gap, Math.max(2, wc.decimals))}万元，以此计各部分变动额之和与「${label(w)}」变动额相符`;
        reportComparison(ctx, cmp, {
          explainedBy: { causes: [flatCause(k.id)], because: `${because}：各部分变动额之和不符亦出于此` },
          message: `「${label(w)}」变动额${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元与各部分变动额之和${fmt(sum)}万元不符；${because}，错的是“持平”`,
          expected: `${fmt(sum)}万元`,
          actual: `${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元`,
          locations: locs(where(k), where(w), ...kids.filter((x) => x !== k).map(where)),
          section: w.section,
        });
        continue;
      }
      // A part said 持平 (read as 0) that prints a change beside it ("持平，增长100%"): what it changed by is
      // not known, so the sum cannot be proved wrong apart from that contradiction, which
      // arithmetic.flat-with-change reports. One cause, one finding.
      const contradicted = cmp.agreement === 'break' && !sameGap && !wholeOff ? kids.filter((k, i) => dec(parts[i] as Figure).isZero() && changeFiguresOfFlat(k).length > 0) : [];
      if (contradicted.length === 1) {
        const k = contradicted[0] as Claim;
        reportComparison(ctx, cmp, {
          explainedBy: { causes: [flatCause(k.id)], because: `「${label(k)}」写“持平”又写变动${changeFiguresOfFlat(k).map((f) => f.raw).join('、')}，按0计的变动额不可靠：各部分变动额之和不符亦出于此` },
          message: `「${label(w)}」变动额${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元与各部分变动额之和${fmt(sum)}万元不符（「${label(k)}」称“持平”，按0计，但它又写了变动${changeFiguresOfFlat(k).map((f) => f.raw).join('、')}）`,
          expected: `${fmt(sum)}万元`,
          actual: `${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元`,
          locations: locs(where(k), where(w), ...kids.filter((x) => x !== k).map(where)),
          section: w.section,
        });
        continue;
      }
      const off = cmp.agreement === 'break' && !sameGap && !wholeOff ? kids.filter(explainedPart) : [];
      if (off.length === 1) {
        const k = off[0] as Claim;
        const printed = new Decimal((parts[kids.indexOf(k)] as Figure).value);
        const d = Math.max(2, (parts[kids.indexOf(k)] as Figure).decimals);
        const why = rateHoldsOn(ctx.doc, k, printed.plus(gap))
          ? `其变动率${pct(k.change!.rate!)}正是按此计得`
          : zeroByItsRate(k, printed, printed.plus(gap))
            ? `其变动率${pct(k.change!.rate!)}说明并无变动`
            : `所写${fmt(printed, d)}万元推得上年数为负，不可能`;
        ctx.report({
          cause: changeCause(k.id),
          message: `「${label(w)}」变动额${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元与各部分变动额之和${fmt(sum)}万元不符：按整体变动额，「${label(k)}」的变动额应为${fmt(printed.plus(gap), d)}万元，${why}，写错的是「${label(k)}」的变动额${fmt(printed, d)}万元`,
          expected: `${fmt(printed.plus(gap), d)}万元`,
          actual: `${fmt(printed, d)}万元`,
          difference: `${fmt(gap.negated(), d)}万元`,
          tolerance: '按打印精度的舍入区间比较',
          locations: locs(where(k), where(w), ...kids.filter((x) => x !== k).map(where)),
          section: w.section,
        });
        continue;
      }
      reportComparison(ctx, cmp, {
        ...(sameGap ? { explainedBy: { causes: [partsCause(w.id)], because: `上年数各部分之和与整体相符，变动额之差即本年数之差，出于同一处` } } : {}),
        ...(wholeOff ? { cause: changeCause(w.id) } : {}),
        message: `「${label(w)}」${saidChange(w, wc)}与各部分变动额之和${fmt(sum)}万元不符${wholeOff ? `；其变动率${pct(w.change!.rate!)}正是按各部分之和计得，写错的是整体的变动额` : ''}${flatParts(kids)}`,
        expected: `${fmt(sum)}万元`,
        actual: signedChange(w) ? `${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元` : wc.raw,
        locations: locs(where(w), ...kids.map(where)),
        section: w.section,
      });
    }
    ran = zeroItemsBound(ctx) || ran;
    if (!ran) return notApplicable('说明中没有整体与各部分同时给出变动额的表述');
  },
});

/**
 * A claim's signed change, or 0 where its words say exactly 持平 / 无变化 and it prints no change figure
 * ("比2019年持平。其中：…减少2.60万元…"): "基本持平" is no statement of equality and gives null.
 */
function changeOrFlat(c: Claim): Figure | null {
  const signed = signedChange(c);
  const ch = c.change;
  if (signed || !ch || ch.direction !== 'flat' || ch.amount || ch.rate) return signed;
  if (ch.words.some((w) => /基本|大致|略/.test(w)) || /基本持平|大致持平/.test(clauseOfChange(c))) return null;
  return { value: '0', decimals: 2, kind: 'amount', unit: '万元', raw: ch.words[0] ?? '持平', location: c.location };
}

/** "变动额-0.41万元", or "称“持平”（变动额为0）" for a whole whose words say no change. */
function saidChange(w: Claim, wc: Figure): string {
  return signedChange(w) ? `变动额${fmt(new Decimal(wc.value), Math.max(2, wc.decimals))}万元` : `称“${wc.raw}”（变动额为0）`;
}

/** "（「公务接待费」称“持平”，按0计）" for the parts whose change is their word 持平 alone. */
function flatParts(kids: readonly Claim[]): string {
  const flat = kids.filter((k) => k.change?.direction === 'flat' && !k.change.amount && !k.change.rate);
  return flat.length ? `（${flat.map((k) => `「${label(k)}」`).join('、')}称“${flat[0]?.change?.words[0] ?? '持平'}”，按0计）` : '';
}

/**
 * The one change — the whole's or a part's — whose direction is suspect (its words contradict each
 * other, or its rate fits only the other direction) and with whose sign the other way round the parts
 * add up to the whole; null when none or more than one.
 */
function flippedDirection(w: Claim, wc: Figure, kids: readonly Claim[], parts: readonly Figure[], suspect: (c: Claim) => boolean): Claim | null {
  const neg = (f: Figure): Figure => ({ ...f, value: dec(f).negated().toString() });
  const holds = (whole: Figure, ps: readonly Figure[]) => compareSum(money(whole), moneyAll([...ps])).agreement !== 'break';
  const found: Claim[] = [];
  if (suspect(w) && holds(neg(wc), parts)) found.push(w);
  kids.forEach((k, i) => {
    if (suspect(k) && !dec(parts[i] as Figure).isZero() && holds(wc, parts.map((p, j) => (j === i ? neg(p) : p)))) found.push(k);
  });
  return found.length === 1 ? (found[0] as Claim) : null;
}

/**
 * Whether this year's amount and last year's (or the budget) stated with the change hold only with its
 * direction word the other way round ("1957.23万元，较2014年决算数1953.72万元减少3.51万元"), as
 * arithmetic.change-vs-prior-level reports it.
 */
function levelsShowOtherDirection(doc: Parameters<typeof statedBase>[0], c: Claim): boolean {
  const stated = statedBase(doc, c);
  const ch = signedChange(c);
  if (!stated || !ch) return false;
  const { base, cur } = stated;
  const neg = { ...ch, value: dec(ch).negated().toString() };
  return compareSum(money(cur.figure), [money(base), money(ch)]).agreement === 'break' && compareSum(money(cur.figure), [money(base), money(neg)]).agreement !== 'break';
}

/** Whether last year's amount (current − a signed change `delta`) can be 0 or more. */
function priorPossible(doc: Parameters<typeof currentAmountOf>[0], c: Claim, delta: Decimal): boolean {
  const cur = currentAmountOf(doc, c);
  const amount = c.change?.amount;
  if (!cur || !amount) return true;
  return impliedPrior(cur.figure, { ...amount, value: delta.toString() }).hi.gte(0);
}

/**
 * Whether the rate a claim prints beside its change holds on another signed change amount `delta`
 * (its current amount as stated, last year's = current − delta). False when no rate is printed.
 */
function rateHoldsOn(doc: Parameters<typeof currentAmountOf>[0], c: Claim, delta: Decimal): boolean {
  const rate = c.change?.rate;
  const cur = currentAmountOf(doc, c);
  const amount = c.change?.amount;
  if (!rate || !cur || !amount || c.change?.direction === 'flat' || delta.isZero()) return false;
  // The direction the rate's own words give must be the one the delta has.
  if ((c.change?.direction === 'increase') !== delta.gt(0)) return false;
  const ch: Figure = { ...amount, value: delta.toString() };
  const prior = impliedPrior(cur.figure, ch);
  if (prior.lo.lte(0)) return false;
  const r = compareRate({ ...rate, value: dec(rate).abs().toString() }, intervalOf(money({ ...amount, value: delta.abs().toString() })), prior);
  return r != null && r.agreement !== 'break';
}

/**
 * Each whole whose change is said with the changes of all its parts: the whole, its signed change, its
 * parts and theirs (a part said without its change but as no change counts 0).
 */
export const changeWholes: (doc: Disclosure) => readonly { w: Claim; wc: Figure; kids: Claim[]; parts: Figure[] }[] = perDocument(readChangeWholes);

// (Asked by a rule and for each part's change in another unit, each whole looking through all the claims: read once per document.)
function readChangeWholes(doc: Disclosure): { w: Claim; wc: Figure; kids: Claim[]; parts: Figure[] }[] {
  const out: { w: Claim; wc: Figure; kids: Claim[]; parts: Figure[] }[] = [];
  for (const w of doc.claims) {
    const wc = changeOrFlat(w);
    // (A list of only some of the parts: their changes need not add up to the whole's.)
    if (!wc || !w.change || w.someParts) continue;
    const against = w.change.against;
    // Every part the 其中 names, whether or not it restates its own amount ("公务用车…增加5.07万元"); for
    // the 三公 total, its items said under headings of their own ("（一）因公出国（境）费…减少28.23万元").
    // (The parts of the statement the whole is one comparison of: "…较上年减少40万元，较预算数减少103万元。其中：…".)
    const whole = statementIds(doc, w);
    let kids = sameBase(doc.claims.filter((k) => k.parent != null && whole.has(k.parent) && (k.amount || k.change)), against);
    if (kids.length < 2 && w.subject.key === 'threePublic.total') kids = threePublicItemChanges(doc.claims, w);
    if (kids.length < 2 || !kids.every((k) => k.change?.against === against && (signedChange(k) || isZeroChange(k)))) continue;
    if (!namesEveryMember(w.subject.key, kids.map((k) => k.subject.key))) continue;
    out.push({ w, wc, kids, parts: kids.map((k) => signedChange(k) ?? { ...(k.change?.amount ?? w.change!.amount!), value: '0' }) });
  }
  return out;
}

/**
 * Whether a part's change taken for a slip of its unit only by the unit around it ("公务接待费减少400.00元"
 * among 万元) is proved the unit it is printed in by its whole's change: read as printed the parts add up
 * to it, read at 万元 they do not ("增加4.37万元" = 4.41万元 − 400.00元).
 */
export function changeSumProvesPrinted(doc: Disclosure, c: Claim): boolean {
  const printed = printedUnitChange(c);
  if (!printed) return false;
  const sums = changeWholes(doc).some(({ wc, kids, parts }) => {
    const i = kids.indexOf(c);
    if (i < 0) return false;
    const alt = parts.map((p, j) => (j === i ? printed : p));
    return compareSum(money(wc), moneyAll(parts)).agreement === 'break' && compareSum(money(wc), moneyAll(alt)).agreement !== 'break';
  });
  if (sums) return true;
  // (Or the 三公 total's change bound by items said and items at 0 this year, which cannot have grown.)
  return doc.claims.some((w) => {
    const wc = changeOrFlat(w);
    if (!wc || !w.change || w.subject.key !== 'threePublic.total') return false;
    const items = threePublicItemsBounded(doc.claims, w);
    const i = items ? items.said.indexOf(c) : -1;
    if (!items || i < 0) return false;
    const parts = items.said.map((k) => signedChange(k) ?? { ...(w.change!.amount as Figure), value: '0' });
    const room = items.zero.reduce((acc, z) => (saysNone(z.amount) ? acc : acc.plus(intervalOf(money(z.amount as Figure)).hi)), new Decimal(0));
    const beyond = (ps: Figure[]) => intervalOf(money(wc)).lo.gt(ps.reduce((acc, p) => acc.plus(intervalOf(money(p)).hi), room));
    return beyond(parts) && !beyond(parts.map((p, j) => (j === i ? printed : p)));
  });
}

/**
 * A part's signed change read in the unit it is printed in, where the reader took it for a slip of the
 * unit only by the unit of the amounts around it ("公务接待费减少400.00元" among 万元): else null.
 */
function printedUnitChange(k: Claim): Figure | null {
  const slip = k.unitSlip;
  const signed = signedChange(k);
  const basis = k.unitSlipBasis;
  if (!slip?.unit || !signed || !(basis === 'paragraph' || basis === 'section' || basis === 'document') || k.change?.amount?.raw !== slip.raw) return null;
  const literal = inWanyuan({ ...signed, value: dec(slip).abs().toString(), decimals: slip.decimals }, slip.unit);
  return dec(signed).isNegative() ? { ...literal, value: dec(literal).negated().toString() } : literal;
}

/**
 * Whether the parts' changes satisfy `holds` once those taken for a slip only by the unit around them
 * are read as printed: the sum breaks only by that reading, which the unit is not proved to be (the
 * figures read as printed add up; year-unit.unit-slip says what the unit may be).
 */
function addsUpAsPrinted(kids: readonly Claim[], parts: readonly Figure[], holds: (parts: Figure[]) => boolean): boolean {
  const alt = parts.map((p, i) => printedUnitChange(kids[i] as Claim) ?? p);
  return alt.some((p, i) => p !== parts[i]) && holds(alt);
}

/**
 * The 三公 total's change when an item's own change is not said but its amount this year is 0: that
 * item cannot have grown (last year's amount and a budget are never below 0), so the total's change is
 * at most the sum of the items said. "较年初预算数减少0.04万元" for the total with 公车 −0.04, 接待 −0.04
 * and 出国 0万元 is provably wrong: the total fell by 0.08 at least.
 */
function zeroItemsBound(ctx: Parameters<(typeof changeSum)['check']>[0]): boolean {
  let ran = false;
  for (const w of ctx.doc.claims) {
    const wc = changeOrFlat(w);
    if (!wc || !w.change || w.subject.key !== 'threePublic.total') continue;
    const items = threePublicItemsBounded(ctx.doc.claims, w);
    if (!items) continue;
    ran = true;
    const parts = items.said.map((k) => signedChange(k) ?? { ...(w.change!.amount as Figure), value: '0' });
    const sum = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
    // A "0万元" in a text that rounds its amounts may be 0.3万元, up on last year by as much: at the
    // precision printed, an item said as 0 may have grown by up to what its 0 stands for.
    const room = items.zero.reduce((acc, z) => (saysNone(z.amount) ? acc : acc.plus(intervalOf(money(z.amount as Figure)).hi)), new Decimal(0));
    const beyond = (read: (f: Figure) => Figure) => intervalOf(read(wc)).lo.gt(parts.reduce((acc, p) => acc.plus(intervalOf(read(p)).hi), read === money ? room : new Decimal(0)));
    if (!beyond(asCopiedFromTables)) continue;
    if (addsUpAsPrinted(items.said, parts, (ps) => !intervalOf(money(wc)).lo.gt(ps.reduce((acc, p) => acc.plus(intervalOf(money(p)).hi), new Decimal(0))))) continue;
    // Proved at the precision printed: an error. A gap that shows only when whole amounts ("减少4万元")
    // are read as copied from the tables at 0.01 does not show at the precision printed (each may be a
    // rounding to whole 万元): information that says so.
    const proved = beyond(money);
    const d = Math.max(2, wc.decimals);
    const zeros = items.zero.map((z) => label(z)).join('、');
    // The total's direction word the wrong way round (增加…下降, or a rate that fits only the other way):
    // the other way, the bound holds, and the direction finding says it.
    const flippedHolds = intervalOf(money({ ...wc, value: dec(wc).negated().toString() })).lo.lte(parts.reduce((acc, p) => acc.plus(intervalOf(money(p)).hi), new Decimal(0)));
    const flipped = flippedHolds && (mixedDirection(w) || rateFitsOtherDirection(ctx.doc, w) || levelsShowOtherDirection(ctx.doc, w));
    const culprit = proved && !flipped ? boundCulprit(ctx.doc, w, wc, items.said, parts) : null;
    if (culprit) {
      const { k, printed, right } = culprit;
      const dk = Math.max(2, (parts[items.said.indexOf(k)] as Figure).decimals);
      ctx.report({
        cause: changeCause(k.id),
        message: `「${label(w)}」${saidChange(w, wc)}大于各项变动额之和${fmt(sum)}万元（${zeros}本年为0，其变动额只能为0或负数）：「${label(k)}」的变动率${pct(k.change!.rate!)}按本年数计得变动额${fmt(right, dk)}万元，以此计合计相符，写错的是「${label(k)}」的变动额${fmt(printed, dk)}万元`,
        expected: `${fmt(right, dk)}万元`,
        actual: `${fmt(printed, dk)}万元`,
        difference: `${fmt(printed.minus(right), dk)}万元`,
        tolerance: '按打印精度的舍入区间比较',
        locations: locs(where(k), where(w), ...items.said.filter((x) => x !== k).map(where), ...items.zero.map(where)),
        section: w.section,
      });
      continue;
    }
    ctx.report({
      ...(flipped ? { explainedBy: { causes: [directionCause(w.id)], because: `按“${otherWord(w)}”计，「${label(w)}」变动额为${fmt(dec(wc).negated(), d)}万元，不大于各项变动额之和${fmt(sum)}万元` } } : {}),
      ...(proved ? {} : { severity: 'info' as const }),
      message: `「${label(w)}」${saidChange(w, wc)}大于各项变动额之和${fmt(sum)}万元：${zeros}${proved && !room.isZero() ? `本年印为0（全文金额取整，不足${fmt(room)}万元），其变动额至多为${fmt(room)}万元，合计的变动额至多为${fmt(sum.plus(room))}万元` : `本年为0，其变动额只能为0或负数，合计的变动额至多为${fmt(sum)}万元`}${vehiclesByRunningCostAlone(ctx.doc.claims) ? '（公务用车只列运行维护费，未写购置费，按0计）' : ''}${proved ? '' : '（整数金额按两位小数读取；若为取整数，差额可能出于舍入）'}`,
      expected: `≤ ${fmt(proved ? sum.plus(room) : sum)}万元`,
      actual: `${fmt(new Decimal(wc.value), d)}万元`,
      locations: locs(where(w), ...items.said.map(where), ...items.zero.map(where)),
      section: w.section,
    });
  }
  return ran;
}

/**
 * The one item said with a change whose own rate fails with it as printed and gives, on the item's
 * amount this year, the change with which the total's change keeps its bound (the 三公 total −2.97
 * with 公务用车 −1.38 at 4.12% on 30.93, i.e. −1.33, and 接待 −1.64): that change is the slip. Not where
 * the total's own rate holds only on the items' sum (then the total's change is the likelier slip),
 * nor where two items fit.
 */
function boundCulprit(doc: Disclosure, w: Claim, wc: Figure, said: readonly Claim[], parts: readonly Figure[]): { k: Claim; printed: Decimal; right: Decimal } | null {
  const sum = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
  if (rateHoldsOn(doc, w, sum) && !rateHoldsOn(doc, w, dec(wc))) return null;
  const fits = said.flatMap((k, i) => {
    const printed = dec(parts[i] as Figure);
    const right = changeByRate(doc, k, (parts[i] as Figure).decimals);
    if (!right || printed.isZero() || right.eq(printed) || rateHoldsOn(doc, k, printed) || !rateHoldsOn(doc, k, right)) return [];
    // With that change, the total's change is no more than the items' sum (at the printed roundings).
    const others = parts.filter((_, j) => j !== i).reduce((acc, p) => acc.plus(intervalOf(money(p)).hi), new Decimal(0));
    const mine = intervalOf(money({ ...(parts[i] as Figure), value: right.toString() })).hi;
    return intervalOf(money(wc)).lo.lte(others.plus(mine)) ? [{ k, printed, right }] : [];
  });
  return fits.length === 1 ? (fits[0] as (typeof fits)[number]) : null;
}

/** The signed change a claim's rate gives on its amount this year, to `decimals` places (null without a rate or amount). */
function changeByRate(doc: Disclosure, c: Claim, decimals: number): Decimal | null {
  const rate = c.change?.rate;
  const cur = currentAmountOf(doc, c);
  if (!rate || !cur || (c.change?.direction !== 'increase' && c.change?.direction !== 'decrease')) return null;
  const r = dec(rate).abs().div(100);
  const up = c.change.direction === 'increase';
  if (!up && r.gte(1)) return null;
  const size = dec(cur.figure).times(r).div(up ? r.plus(1) : new Decimal(1).minus(r));
  return (up ? size : size.negated()).toDecimalPlaces(Math.max(2, decimals));
}

/** The 三公 items said with a change against the total's base, and those said only as 0 this year. */
function threePublicItemsBounded(claims: readonly Claim[], w: Claim): { said: Claim[]; zero: Claim[] } | null {
  const near = claims.filter((c) => c !== w && topSection(c) === topSection(w));
  const said: Claim[] = [];
  const zero: Claim[] = [];
  // (The vehicles said by their running cost alone: that is the vehicle item, the purchase none.)
  const keys = near.some((c) => c.subject.key === 'threePublic.vehicle')
    ? ['threePublic.abroad', 'threePublic.vehicle', 'threePublic.reception']
    : vehiclesByRunningCostAlone(claims)
      ? ['threePublic.abroad', 'threePublic.vehicleOps', 'threePublic.reception']
      : ['threePublic.abroad', 'threePublic.vehiclePurchase', 'threePublic.vehicleOps', 'threePublic.reception'];
  for (const key of keys) {
    const change = itemChange(claims, w, key);
    if (change === null) return null;
    if (change) {
      said.push(change);
      continue;
    }
    // Said on some other base only ("较上年减少…"), or not at all: unknown unless this year's amount is 0.
    const cs = near.filter((c) => c.subject.key === key);
    const amounts = new Set(cs.flatMap((c) => (c.amount ? [new Decimal(c.amount.value).toString()] : [])));
    const z = cs.find((c) => c.amount && dec(c.amount).isZero());
    if (!z || amounts.size !== 1) return null;
    zero.push(z);
  }
  return said.length >= 1 && zero.length >= 1 ? { said, zero } : null;
}

/**
 * Of the parts a 其中 names, one statement each against `against` (last year or the budget): a
 * sentence comparing with both ("较上年减少2.90万元，较年初预算减少0.04万元") gives a part two. A part
 * stated only against the other base, or with no change at all, stays in to fail the check for all.
 */
function sameBase(kids: readonly Claim[], against: 'prior' | 'budget'): Claim[] {
  const out: Claim[] = [];
  for (const key of new Set(kids.map((k) => k.subject.key))) {
    const of = kids.filter((k) => k.subject.key === key);
    out.push(of.find((k) => k.change?.against === against) ?? (of[0] as Claim));
  }
  return out;
}

/**
 * The 三公 items' changes on the prior year stated in the same section as the total, one claim per
 * item: none when an item's change is stated twice with two figures (which one to add is not known)
 * or not at all. 公务用车 is taken whole when stated whole, else as its purchase and its running.
 */
const topSection = (c: Claim) => (c.section ?? '').split('.').slice(0, 2).join('.');

/**
 * The one change a 三公 item is said to have against the total's base, in the total's part of the
 * account: null when it is said twice with different values, undefined when it is not said.
 */
function itemChange(claims: readonly Claim[], w: Claim, key: string): Claim | null | undefined {
  const cs = claims.filter((c) => c.subject.key === key && c !== w && topSection(c) === topSection(w) && c.change?.against === w.change?.against && (signedChange(c) || isZeroChange(c)));
  const values = new Set(cs.map((c) => signedChange(c)?.value ?? '0').map((v) => new Decimal(v).toString()));
  return values.size === 1 ? cs[0] : values.size ? null : undefined;
}

function threePublicItemChanges(claims: readonly Claim[], w: Claim): Claim[] {
  const one = (key: string) => itemChange(claims, w, key);
  const abroad = one('threePublic.abroad');
  const reception = one('threePublic.reception');
  const vehicle = one('threePublic.vehicle');
  const split = [one('threePublic.vehiclePurchase'), one('threePublic.vehicleOps')];
  if (!abroad || !reception) return [];
  if (vehicle) return [abroad, vehicle, reception];
  if (vehicle === undefined && split.every(Boolean)) return [abroad, ...(split as Claim[]), reception];
  return [];
}

function isZeroChange(k: Claim): boolean {
  const ch = k.change;
  if (!ch) return false;
  // ("基本持平" says the change is small, not that it is 0.)
  if (ch.direction === 'flat') return !ch.words.some((w) => /基本|大致|略/.test(w));
  return [ch.amount, ch.rate].some((f) => f && dec(f).isZero());
}

export const rateVsStatedBase = defineRule({
  id: 'arithmetic.rate-vs-stated-base',
  title: '变动率、方向与所写上年数（预算数）不符',
  category: 'arithmetic',
  severity: 'error',
  authority: '算术一致性（变动率 = (本年数 − 上年数) ÷ 上年数；与预算比较时以预算数为基数）',
  description:
    '句中写出本年（决算）数和所比的上年数或预算数，只给变动率（“比年初预算的1221万元下降11.5%”）时：方向词须与两数大小一致，变动率须等于两数之差除以所比的数，允许舍入尾差。给出变动额的，由“变动额与本年数、所写上年数（预算数）不符”核对。',
  cases: [
    { name: '比年初预算下降，相符', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车运行维护费支出1080万元，比年初预算的1221万元下降11.5%。') },
    { name: '比年初预算写增长，实为下降', expect: 'fail', mentions: '下降', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务用车运行维护费支出1080万元，比年初预算的1221万元增长11.5%。') },
    { name: '较上年数，变动率写错', expect: 'fail', mentions: '25.00', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出5.00万元，较2023年度决算数4.00万元增长20.00%。') },
    { name: '所写之数按变动额计则相符（漏写“减少”）：警告', expect: 'fail', severity: 'warning', mentions: '漏写了“减少”', text: md('三、支出决算情况说明', '本单位2024年度本年支出568.5万元，较2023年度决算数38.31万元，下降6.31%。') },
    { name: '较上年数，相符', expect: 'pass', text: md('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出5.00万元，较2023年度决算数4.00万元增长25.00%。') },
  ],
  check(ctx) {
    let ran = false;
    for (const c of ctx.doc.claims) {
      const rate = c.change?.rate;
      if (!rate || c.change?.amount) continue;
      const stated = statedBase(ctx.doc, c);
      if (!stated) continue;
      ran = true;
      const { base, cur } = stated;
      const b = intervalOf(money(base));
      const now = intervalOf(money(cur.figure));
      const diff = { lo: now.lo.minus(b.hi), hi: now.hi.minus(b.lo) };
      const [thisYear, baseName] = comparedWords(c);
      const said = c.change?.words.join('、') ?? '';
      const up = c.change?.direction === 'increase';
      const mid = dec(money(cur.figure)).minus(dec(money(base)));
      const level = `${thisYear}${cur.figure.raw}、${baseName}${base.raw}`;
      // "较2023年度决算数38.31万元,下降6.31%": an amount after the base's name and no 增加/减少 before the
      // rate may be the change with its verb left out; when, read so, the rate holds (38.31 ÷ 606.81 =
      // 6.31%), which the sentence means cannot be told: a warning that says both readings.
      const asChange = changeVerbLeftOut(c, base, cur.figure, rate);
      if (asChange) {
        const asBase = compareChangeRate(rate, now, b);
        ctx.report({
          severity: 'warning',
          message: `「${label(c)}」${baseName}数${base.raw}之后直接写“${said}${rate.raw}”，没有“增加”“减少”：${base.raw}若是${baseName}数，按${thisYear}${cur.figure.raw}变动率应为${asBase ? `${fmt(asBase.computed.abs(), rate.decimals)}%` : '另一个数'}；若是变动额（${baseName}数即为${fmt(asChange, Math.max(base.decimals, cur.figure.decimals))}万元），则与${pct(rate)}相符，多为漏写了“${up ? '增加' : '减少'}”，请核实`,
          locations: locs(whereFigure(c, rate), where(cur.claim)),
          section: c.section,
        });
        continue;
      }
      // The two amounts printed leave no doubt which is larger: the direction word must follow.
      if ((up && diff.hi.lt(0)) || (!up && diff.lo.gt(0))) {
        const right = up ? '下降' : '增长';
        ctx.report({
          cause: directionCause(c.id),
          message: `「${label(c)}」${level}，${thisYear}数${up ? '小于' : '大于'}${baseName}数，应为“${right}${fmt(mid.abs().div(dec(money(base))).times(100), rate.decimals)}%”，说明写“${said}${rate.raw}”`,
          expected: right,
          actual: said,
          locations: locs(whereFigure(c, rate), where(cur.claim)),
          section: c.section,
          explainedBy: figureNamedIn(c, cur.claim),
        });
        continue;
      }
      const r = compareChangeRate(rate, now, b);
      if (!r || r.agreement === 'exact') continue;
      ctx.report({
        ...(r.agreement === 'tail' ? { severity: 'info' as const } : r.truncated ? { severity: 'warning' as const } : {}),
        cause: changeCause(c.id),
        message: r.truncated
          ? `「${label(c)}」${level}，变动率${pct(rate)}是${fmt(r.computed, rate.decimals + 2)}%截断所得（未四舍五入），按四舍五入应为${fmt(r.computed, rate.decimals)}%`
          : `「${label(c)}」${level}，变动率应为${fmt(r.computed, rate.decimals)}%，说明写${pct(rate)}${r.agreement === 'tail' ? '（差异在金额舍入范围内，属尾差）' : ''}`,
        ...rateFields(r, rate),
        locations: locs(whereFigure(c, rate), where(cur.claim)),
        section: c.section,
        explainedBy: figureNamedIn(c, cur.claim),
      });
    }
    if (!ran) return notApplicable('说明中没有同时写出所比的数与变动率的表述');
  },
});

/**
 * The amount said after the compared level's name, read as the change with its verb left out: the level
 * it then implies (this year's ∓ the amount), when the rate holds with it and nothing but punctuation
 * stands between the amount and the rate's own direction word. Null otherwise.
 */
function changeVerbLeftOut(c: Claim, base: Figure, cur: Figure, rate: Figure): Decimal | null {
  const text = c.location.text ?? '';
  const at = text.indexOf(base.raw);
  const rateAt = at < 0 ? -1 : text.indexOf(rate.raw, at + base.raw.length);
  if (rateAt < 0 || !/^\s*(?:万元|元|亿元)?\s*[，,、]?\s*(?:增长|下降|上升|降低)\s*(?:了)?\s*$/.test(text.slice(at + base.raw.length, rateAt))) return null;
  const up = c.change?.direction === 'increase';
  const prior = up ? dec(money(cur)).minus(dec(money(base))) : dec(money(cur)).plus(dec(money(base)));
  if (prior.lte(0)) return null;
  const slack = halfUnit(base.decimals).plus(halfUnit(cur.decimals));
  const r = compareRate({ ...rate, value: dec(rate).abs().toString() }, intervalOf(money(base)), { lo: prior.minus(slack), hi: prior.plus(slack) });
  return r && r.agreement !== 'break' ? prior : null;
}

export const rules = [changeRate, changeVsPriorLevel, rateVsStatedBase, changeDirectionMixed, flatWithChange, zeroChangeWording, rateUndefined, changeExceedsCurrent, changeSum];
void halfUnit;
void overlaps;
