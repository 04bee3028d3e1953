import { budgetOnly, currentAmountOf, impliedPrior, label, money, pct, sentenceBudgets, saysNone, shareWhole, signedChange, where, whereFigure, wherePhrase } from '../../model/claims.js';
import { Decimal, type Figure, type Interval, addI, asPrinted, dec, exact, fmt, halfUnit, intervalOf, overlaps, subI, wan } from '../../model/decimal.js';
import type { Claim } from '../../model/disclosure.js';
import { ratioHoldsWith } from '../holds-with.js';
import { compareChangeRate, compareRate, rateFields } from '../arith.js';
import { defineRule, type Explained, notApplicable } from '../rule.js';
import { budgetPairCause, correctedFigureCause, locs, md } from './lib.js';

/** The width of an amount printed to 0.01, the tables' precision. */
const HUNDREDTH = halfUnit(2).times(2);

const AUTH_EXEC = '算术一致性（预算完成率 = 决算数 ÷ 预算数；预决算差异率 =（决算数 − 预算数）÷ 预算数）';
const AUTH_GUIDE = '财政部《部门决算公开说明编写指引》';

/**
 * The rate of the two amounts taken as printed, when they are printed in different units (元 and
 * 万元): a rate that agrees with that is a slip of one unit (115,749.56元 of 494,400.00万元, 23.41%).
 */
function asPrintedRate(rate: Figure, act: Figure, budget: Figure) {
  if ((act.unit ?? '万元') === (budget.unit ?? '万元')) return null;
  return compareRate(rate, intervalOf(money(asPrinted(act))), intervalOf(money(asPrinted(budget))));
}

function actualOf(doc: Parameters<typeof currentAmountOf>[0], c: Claim) {
  return c.amount ? { figure: c.amount, claim: c } : currentAmountOf(doc, c);
}

/**
 * The budget a sentence gives by its difference from the actual amount alone ("财政拨款本年收入1205.11万元，
 * 完成年初预算的70%，比年初预算减少537.35万元": 1205.11 + 537.35), as an interval, with the words to quote.
 */
function impliedBudget(actual: Figure, c: Claim): { interval: Interval; value: Decimal; text: string } | null {
  const ch = c.change;
  if (!ch || ch.against !== 'budget' || !ch.amount || ch.direction === 'flat') return null;
  const a = money(actual);
  const d = money(ch.amount);
  const under = ch.direction === 'decrease';
  const value = under ? dec(a).plus(dec(d)) : dec(a).minus(dec(d));
  if (!value.gt(0)) return null;
  return {
    interval: under ? addI(intervalOf(a), intervalOf(d)) : subI(intervalOf(a), intervalOf(d)),
    value,
    text: `${a.value} ${under ? '+' : '−'} ${d.value}`,
  };
}

export const executionRate = defineRule({
  id: 'arithmetic.execution-rate',
  title: '预算完成率与金额不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_EXEC,
  description: '“完成（年初/全年）预算的X%”“执行率X%”须等于决算（执行）数 ÷ 同句给出的预算数，按区间算术复核。',
  cases: [
    { name: '完成年初预算数的11.58%', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算数为2,060.9万元，支出决算数为238.67万元，完成年初预算数的11.58%。') },
    { name: '完成率截断为警告', expect: 'fail', severity: 'warning', mentions: '截断', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算数为1,000.00万元，支出决算数为998.68万元，完成年初预算数的99.86%。') },
    { name: '完成率写错', expect: 'fail', mentions: '12.58', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算数为2,060.9万元，支出决算数为238.67万元，完成年初预算数的12.58%。') },
    {
      name: '元与万元混写而按所印数字完成率相符：单位笔误（警告）',
      expect: 'fail',
      severity: 'warning',
      mentions: '单位',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出预算为300,000.00万元，支出决算为150,000.50元，完成预算的50.00%。'),
    },
    { name: '预算数由差额得出，完成率相符', expect: 'pass', text: md('四、财政拨款收入支出决算总体情况说明', '本部门2024年度财政拨款本年收入1205.11万元，完成年初预算的69.16%，比年初预算减少537.35万元。') },
    { name: '预算数由差额得出，完成率不符', expect: 'fail', mentions: '69', text: md('四、财政拨款收入支出决算总体情况说明', '本部门2024年度财政拨款本年收入1205.11万元，完成年初预算的70%，比年初预算减少537.35万元。') },
    {
      name: '同句给出年初和全年两个预算，完成年初预算的比率按年初预算算',
      expect: 'pass',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元，完成年初预算的110.00%。'),
    },
    {
      name: '“完成年初预算的”比率却是按全年预算算的',
      expect: 'fail',
      mentions: '全年预算120.00万元',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元，完成年初预算的91.67%。'),
    },
    {
      name: '同句两个预算、完成率未说按哪个算：与其中之一相符即可（按年初预算）',
      expect: 'pass',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元，完成预算的110.00%。'),
    },
    {
      name: '同句两个预算、完成率未说按哪个算：与其中之一相符即可（按全年预算）',
      expect: 'pass',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元，完成预算的91.67%。'),
    },
    {
      name: '同句两个预算、完成率与两者都不符',
      expect: 'fail',
      mentions: '按哪一个算都不符',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元，完成预算的95.00%。'),
    },
    { name: '项目执行率', expect: 'pass', text: md('十三、预算绩效情况说明', '1. 医疗保险基金征缴经费补助项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为97.63分。全年预算数为15万元，执行数为11.44万元，完成预算的76.27%。') },
  ],
  check(ctx) {
    const cs = ctx.doc.claims.filter((c) => c.budget?.executionRate && c.budget.amount);
    // A rate with the budget given only as the difference from it ("比年初预算减少537.35万元").
    let implieds = 0;
    for (const c of ctx.doc.claims) {
      const b = c.budget;
      if (!b?.executionRate || b.amount || !c.amount) continue;
      const implied = impliedBudget(c.amount, c);
      if (!implied) continue;
      implieds++;
      const rate = b.executionRate;
      const r = compareRate(rate, intervalOf(money(c.amount)), implied.interval);
      if (!r || r.agreement !== 'break') continue;
      ctx.report(rateFinding(c, rate, r, c.amount.value, `${fmt(implied.value, 2)}万元（${implied.text}，由同句所写与预算之差得出）`, c));
    }
    // A rate with a claim of its own, in a sentence that gives two budgets: checked against the budget of
    // its own basis ("完成年初预算的" against 年初预算), and when it is the other budget's rate, said so.
    for (const c of ctx.doc.claims) {
      const b = c.budget;
      if (!b?.executionRate || b.amount || c.amount || b.basis === 'unspecified') continue;
      const { actual, budgets } = sentenceBudgets(ctx.doc, c);
      const own = budgets.filter((x) => x.basis === b.basis);
      if (!actual || own.length !== 1 || dec(own[0]!.figure).isZero()) continue;
      implieds++;
      const rate = b.executionRate;
      const r = compareRate(rate, intervalOf(money(actual)), intervalOf(money(own[0]!.figure)));
      if (!r || r.agreement !== 'break') continue;
      const other = budgets.find((x) => x.basis !== b.basis && !dec(x.figure).isZero() && compareRate(rate, intervalOf(money(actual)), intervalOf(money(x.figure)))?.agreement !== 'break');
      const base = `${basisWord(b.basis)}预算`;
      ctx.report({
        ...rateFinding(c, rate, r, actual.value, `${wan(own[0]!.figure)}万元`, c),
        ...(other && !r.truncated
          ? { message: `「${label(c)}」说明写完成${base}的${pct(rate)}，这是决算${actual.raw} ÷ ${basisWord(other.basis) || '另一'}预算${other.figure.raw}的结果；按${base}${own[0]!.figure.raw}应为${fmt(r.computed, rate.decimals)}%` }
          : {}),
      });
    }
    if (!cs.length && !implieds) return notApplicable('说明中没有同时给出预算数与完成率的表述');
    // A project's self-evaluation summary that gives its budget, what it spent and the rate is checked
    // by performance.execution-rate, which names the project: the same rate is not reported twice.
    const summarised = (f: Figure) =>
      ctx.doc.performance.quotes.some((q) => q.fullBudget && q.executed && q.rate && samePrint(q.rate, f));
    for (const c of cs) {
      const b = c.budget!;
      if (summarised(b.executionRate!)) continue;
      const act = actualOf(ctx.doc, c);
      const rate = b.executionRate!;
      if (!act || dec(b.amount!).isZero()) continue;
      const r = compareRate(rate, intervalOf(money(act.figure)), intervalOf(money(b.amount!)));
      if (!r || r.agreement !== 'break') continue;
      // "完成预算的X%" in a sentence that gives two budgets (年初 and 全年): either may be meant, so a rate
      // that agrees with the other is no finding, and one that agrees with neither says both.
      const others = rateNamesNoBudget(c, rate) ? sentenceBudgets(ctx.doc, c).budgets.filter((x) => x.figure.value !== b.amount!.value && !dec(x.figure).isZero()) : [];
      const tried = others.map((x) => ({ x, r: compareRate(rate, intervalOf(money(act.figure)), intervalOf(money(x.figure))) }));
      if (tried.some((t) => !t.r || t.r.agreement !== 'break')) continue;
      if (tried.length) {
        const all = [{ x: { figure: b.amount!, basis: b.basis }, r }, ...tried];
        ctx.report({
          ...rateFinding(c, rate, r, act.figure.value, `${wan(b.amount!)}万元`, act.claim),
          message: `「${label(c)}」说明写完成预算的${pct(rate)}，同句的预算数按哪一个算都不符：${all.map((t) => `决算${act.figure.raw} ÷ ${basisWord(t.x.basis)}预算${t.x.figure.raw} = ${fmt(t.r!.computed, rate.decimals)}%`).join('，')}`,
        });
        continue;
      }
      const printed = asPrintedRate(rate, act.figure, b.amount!);
      if (printed) {
        const slip = `决算${act.figure.raw}与预算${b.amount!.raw}的单位不同，疑为其中一处单位误写（元/万元）`;
        // Agreeing as printed, the rate is right and the unit is the slip; otherwise it is wrong either way.
        ctx.report(
          printed.agreement !== 'break'
            ? { severity: 'warning', message: `「${label(c)}」${slip}；按所印数字计算完成率与说明的${pct(rate)}一致`, expected: '决算数与预算数单位一致', actual: `${act.figure.raw}；${b.amount!.raw}`, locations: locs(whereFigure(c, rate), where(act.claim)), section: c.section }
            : { message: `「${label(c)}」${slip}；即使按所印数字计算，完成率也应为${fmt(printed.computed, rate.decimals)}%，说明写${pct(rate)}`, ...rateFields(printed, rate), locations: locs(whereFigure(c, rate), where(act.claim)), section: c.section },
        );
        continue;
      }
      ctx.report({ ...rateFinding(c, rate, r, act.figure.value, `${wan(b.amount!)}万元`, act.claim), ...(r.truncated ? {} : { cause: budgetPairCause(c.id) }), holdsWith: ratioHoldsWith(rate, act.figure, where(act.claim), b.amount!, whereFigure(c, b.amount!)) });
    }
  },
});

/**
 * Whether a completion rate's own words name no budget ("完成预算的95%", not "完成年初预算的"/"全年预算"): the
 * claim's basis may come from the budget it was read with, which in a sentence of two budgets is only one.
 */
function rateNamesNoBudget(c: Claim, rate: Figure): boolean {
  const at = c.sentence.indexOf(rate.raw);
  return at >= 0 && /预算数?的?\s*$/.test(c.sentence.slice(0, at)) && !clauseNamesBudget(c.sentence, rate);
}

/** Whether the clause a rate is printed in names the budget it is taken on ("与年初预算相比，差异率…"). */
function clauseNamesBudget(sentence: string, rate: Figure): boolean {
  const at = sentence.indexOf(rate.raw);
  if (at < 0) return true;
  const clause = sentence.slice(0, at).split(/[，,；;。]/).pop() ?? '';
  return /(?:年初|全年|调整后?|年度)预算/.test(clause);
}

/** The same printed figure: the same digits at the same place. */
function samePrint(a: Figure, b: Figure): boolean {
  const la = a.location;
  const lb = b.location;
  return a.raw.replace(/\s+/g, '') === b.raw.replace(/\s+/g, '') && la.file === lb.file && la.page === lb.page && la.line === lb.line && (la.cell ?? null) === (lb.cell ?? null);
}

/** The finding of a completion rate that the amounts rule out: a truncation is a warning that says so. */
function rateFinding(c: Claim, rate: Figure, r: NonNullable<ReturnType<typeof compareRate>>, actual: string, budget: string, actualClaim: Claim) {
  return {
    ...(r.truncated ? { severity: 'warning' as const } : {}),
    message: r.truncated
      ? `「${label(c)}」完成率${pct(rate)}是${fmt(r.computed, rate.decimals + 2)}%截断所得（未四舍五入），按四舍五入应为${fmt(r.computed, rate.decimals)}%（预算${budget}）`
      : `「${label(c)}」决算${actual}万元 ÷ 预算${budget} = ${fmt(r.computed, rate.decimals)}%，说明写完成${pct(rate)}`,
    ...rateFields(r, rate),
    locations: locs(whereFigure(c, rate), where(actualClaim)),
    section: c.section,
    explainedBy: ownFigureNamed(c, actualClaim),
  };
}

/**
 * A budget word ("持平", "小于") said with a completion rate that says the same: both fail on the same two
 * amounts, one of which is wrong, so the word's finding goes into the rate's (budgetPairCause), or into
 * the finding that names its own figure wrong when there is one.
 */
function withTheRate(c: Claim, own: Explained): Explained {
  return { causes: [], orBy: [...(own.orBy ?? []), budgetPairCause(c.id)], because: `同句所写“${c.budget!.words.join('')}”与完成率${c.budget?.executionRate?.raw ?? ''}一致，二者都因决算数与预算数之一有误而不符`, orByBecause: (own.orBy ?? []).map(() => own.because) };
}

/** A sentence's relation to its budget, explained when the list it is in names its figure wrong. */
function ownFigureNamed(...cs: Claim[]): Explained {
  return { causes: [], orBy: [...new Set(cs.map((c) => correctedFigureCause(c.id)))], because: '该项的完成率、与预算数的比较按改正后的金额即相符' };
}

export const executionRateUndefined = defineRule({
  id: 'arithmetic.execution-rate-undefined',
  title: '预算数为零时给出完成率',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_EXEC,
  description:
    '“完成年初预算的X%”的预算数为0时完成率无定义（除以零），不应写出百分比，应说明为年中追加或无年初预算。有决算数时，按完成率反推的预算数明显不为0，报错误；决算数也为0（或小到舍入后为0）时只作警告。',
  cases: [
    { name: '预算数不为零', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算数为2,060.9万元，支出决算数为238.67万元，完成年初预算数的11.58%。') },
    { name: '无年初预算的说明', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '1、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）。年初预算为0万元，支出决算为81.29万元，决算数大于预算数的主要原因是年中追加项目经费。\n2024年度一般公共预算财政拨款支出年初预算数为2,060.9万元，支出决算数为238.67万元，完成年初预算数的11.58%。') },
    { name: '年初预算为0却完成100%', expect: 'fail', mentions: '81.29', text: md('五、一般公共预算财政拨款支出决算情况说明', '1、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）。年初预算为0万元，支出决算为81.29万元，完成年初预算的100%。') },
    { name: '预算和决算都为0且写完成0%：不报', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出决算为0万元，完成全年预算0万元的0%。') },
    { name: '完成预算0万元的100%（比率在预算之后）', expect: 'fail', severity: 'warning', mentions: '100', text: md('七、财政拨款“三公”经费支出决算情况说明', '因公出国(境)费支出决算为0万元，完成预算0万元的100%。') },
    { name: '预算和决算都为0', expect: 'fail', severity: 'warning', text: md('七、财政拨款“三公”经费支出决算情况说明', '因公出国（境）费年初预算为0万元，支出决算为0万元，完成预算的100%。') },
    { name: '金额取整的说明写预算、决算都为0万元、完成100%：不足0.5万元的预算取整为0', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '“三公”经费支出8万元，比上年增加4万元，其中：公务用车购置及运行维护费7万元，比上年增加4万元；公务接待费年初预算为0万元，支出决算为0万元，完成预算的100%。') },
  ],
  check(ctx) {
    if (!ctx.doc.claims.some((c) => c.budget?.executionRate)) return notApplicable('说明中没有预算完成率的表述');
    const cs = ctx.doc.claims.filter((c) => c.budget?.executionRate && c.budget.amount && dec(c.budget.amount).isZero());
    for (const c of cs) {
      const b = c.budget!;
      const rate = b.executionRate!;
      const act = actualOf(ctx.doc, c);
      // The budget the stated rate implies: actual ÷ rate. Outside what a printed 0 can stand for, the
      // rate cannot be right whatever the rounding; inside it, the rate is only meaningless.
      const implied = act && !dec(rate).isZero() ? dec(act.figure).div(dec(rate)).times(100) : null;
      const provable = implied !== null && implied.abs().gt(halfUnit(b.amount!.decimals));
      // "预算0万元，决算0万元，完成0%": nothing budgeted, nothing spent, nothing claimed as done.
      if (!provable && dec(rate).isZero()) continue;
      // A budget "0万元" in a text that rounds its amounts may be 0.3万元: the rate is then defined.
      if (!provable && !saysNone(b.amount)) continue;
      ctx.report({
        severity: provable ? 'error' : 'warning',
        message: `「${label(c)}」${basisWord(b.basis)}预算数为${wan(b.amount!)}万元，完成率无定义（除以零），说明却写完成${pct(rate)}${act ? `（决算${wan(act.figure)}万元）` : ''}${provable ? '' : '；应改为说明无年初预算的原因'}`,
        expected: '不写完成率，说明预算数为0的原因',
        actual: `完成${pct(rate)}`,
        locations: locs(whereFigure(c, rate), act ? where(act.claim) : null),
        section: c.section,
        ...(provable && act ? { explainedBy: ownFigureNamed(c, act.claim) } : {}),
      });
    }
  },
});

function basisWord(basis: 'initial' | 'full' | 'unspecified'): string {
  return basis === 'initial' ? '年初' : basis === 'full' ? '全年' : '';
}

export const diffRate = defineRule({
  id: 'arithmetic.diff-rate',
  title: '预决算差异率与金额不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_EXEC,
  description: '“预决算差异率X%”须等于（决算数 − 预算数）÷ 预算数。',
  cases: [
    { name: '差异率9.13%', expect: 'pass', text: md('四、财政拨款收入支出决算总体情况说明', '财政拨款收入支出总计1,222.68万元。与年初预算相比，年初预算数1,120.42万元，决算数1,222.68万元，预决算差异率9.13%。') },
    { name: '差异率写错', expect: 'fail', mentions: '8.13', text: md('四、财政拨款收入支出决算总体情况说明', '财政拨款收入支出总计1,222.68万元。与年初预算相比，年初预算数1,120.42万元，决算数1,222.68万元，预决算差异率8.13%。') },
    { name: '同句两个预算数，差异率按年初预算', expect: 'pass', text: md('四、财政拨款收入支出决算总体情况说明', '财政拨款收入支出总计1,222.68万元。年初预算数1,120.42万元，全年预算数1,200.00万元，决算数1,222.68万元，预决算差异率9.13%。') },
    { name: '同句两个预算数，差异率按哪个都不符', expect: 'fail', mentions: '9.13', text: md('四、财政拨款收入支出决算总体情况说明', '财政拨款收入支出总计1,222.68万元。年初预算数1,120.42万元，全年预算数1,200.00万元，决算数1,222.68万元，预决算差异率5.13%。') },
  ],
  check(ctx) {
    const cs = ctx.doc.claims.filter((c) => c.budget?.diffRate);
    if (!cs.length) return notApplicable('说明中没有预决算差异率');
    for (const c of cs) {
      const b = c.budget!;
      const act = actualOf(ctx.doc, c);
      const budget = b.amount ?? ctx.doc.claims.find((x) => x.subject.key === c.subject.key && x.section === c.section && x.budget?.amount)?.budget?.amount;
      if (!act || !budget) continue;
      const rate = b.diffRate!;
      // (No rate is taken on a zero budget.)
      if (dec(budget).isZero()) continue;
      const ai = intervalOf(money(act.figure));
      // (actual − budget) ÷ budget, on the intervals the printed figures allow.
      const onBudget = (f: Figure) => {
        const bi = intervalOf(money(f));
        return compareRate(rate, { lo: ai.lo.minus(bi.hi), hi: ai.hi.minus(bi.lo) }, bi);
      };
      const r = onBudget(budget);
      if (!r || r.agreement !== 'break') continue;
      // "预决算差异率" in a sentence that gives two budgets (年初 and 全年) names neither: a rate that agrees
      // with the other budget is no finding, and one that agrees with neither says both.
      const others = clauseNamesBudget(c.sentence, rate) ? [] : sentenceBudgets(ctx.doc, c).budgets.filter((x) => x.figure.value !== budget.value && !dec(x.figure).isZero());
      const tried = others.map((x) => ({ x, r: onBudget(x.figure) }));
      if (tried.some((t) => !t.r || t.r.agreement !== 'break')) continue;
      const both = tried.length && !r.truncated
        ? { message: `「${label(c)}」说明写差异率${pct(rate)}，同句的预算数按哪一个算都不符：${[{ x: { figure: budget, basis: b.basis }, r }, ...tried].map((t) => `（决算${act.figure.raw} − ${basisWord(t.x.basis)}预算${t.x.figure.raw}）÷ 预算 = ${fmt(t.r!.computed, rate.decimals)}%`).join('，')}` }
        : {};
      ctx.report({
        ...(r.truncated ? { severity: 'warning' as const } : {}),
        message: r.truncated
          ? `「${label(c)}」差异率${pct(rate)}是${fmt(r.computed, rate.decimals + 2)}%截断所得（未四舍五入），按四舍五入应为${fmt(r.computed, rate.decimals)}%`
          : `「${label(c)}」（决算${act.figure.value} − 预算${budget.value}）÷ 预算 = ${fmt(r.computed, rate.decimals)}%，说明写差异率${pct(rate)}`,
        ...rateFields(r, rate),
        locations: locs(whereFigure(c, rate), where(act.claim)),
        section: c.section,
        explainedBy: ownFigureNamed(c, act.claim),
        ...both,
      });
    }
  },
});

/** A figure with another value at its printed precision: what a corrected figure would print. */
function asValue(f: Figure, v: Decimal): Figure {
  const value = v.toFixed(f.decimals);
  return { ...f, value, raw: value };
}

/** How far apart "基本持平" lets actual and budget be, as a share of the budget. */
const BASICALLY_FLAT = new Decimal('0.05');

/**
 * Whether the relations a claim states between its actual amount and its budget (完成预算的X%, 差异率,
 * 持平/等于, 大于/小于; relationsWith adds the amount's share of its whole) hold with the given actual and budget figures: 'break' when one fails, 'hold' when
 * all hold, null when the claim states none ("基本持平" is no exact relation). Used to tell which
 * figure of a list is wrong: the one whose corrected value makes its own sentence right.
 */
export function budgetRelations(c: Claim, actual: Figure, budget: Figure | null, withChange = false): 'hold' | 'break' | null {
  const b = c.budget;
  const results: boolean[] = [];
  // The change on last year said of the amount itself: its rate, on last year's level (本年 − 变动额).
  const ch = withChange && c.change?.against === 'prior' ? signedChange(c) : null;
  if (ch && c.change?.rate) {
    const prior = impliedPrior(actual, ch);
    const r = prior.lo.gt(0) ? compareRate({ ...c.change.rate, value: dec(c.change.rate).abs().toString() }, intervalOf(money({ ...ch, value: dec(ch).abs().toString() })), prior) : null;
    if (r) results.push(r.agreement !== 'break');
  }
  if (!b || !budget) return results.length ? (results.every(Boolean) ? 'hold' : 'break') : null;
  const ai = intervalOf(money(actual));
  const bi = intervalOf(money(budget));
  const d = dec(actual).minus(dec(budget));
  if (b.executionRate) {
    const r = compareRate(b.executionRate, ai, bi);
    if (r) results.push(r.agreement !== 'break');
    // A budget that may be 0 leaves the rate undefined: a rate asking for a budget the printed 0 cannot stand for fails.
    else if (!dec(b.executionRate).isZero() && dec(actual).div(dec(b.executionRate)).times(100).abs().gt(halfUnit(budget.decimals))) results.push(false);
  }
  if (b.diffRate) {
    const r = compareRate(b.diffRate, { lo: ai.lo.minus(bi.hi), hi: ai.hi.minus(bi.lo) }, bi);
    if (r) results.push(r.agreement !== 'break');
  }
  // The change said against the budget ("比年初预算的1221万元下降11.5%"): its direction, amount and rate.
  const vs = c.change?.against === 'budget' && c.change.direction !== 'flat' ? c.change : null;
  if (vs && !bi.lo.lte(0)) {
    const diff = { lo: ai.lo.minus(bi.hi), hi: ai.hi.minus(bi.lo) };
    const up = vs.direction === 'increase';
    results.push(up ? diff.hi.gt(0) : diff.lo.lt(0));
    if (vs.amount) {
      const a = intervalOf(money(vs.amount));
      results.push(overlaps(diff, up ? a : { lo: a.hi.negated(), hi: a.lo.negated() }));
    }
    const r = vs.rate ? compareChangeRate(vs.rate, ai, bi) : null;
    if (r) results.push(r.agreement !== 'break');
  }
  const words = b.words.join('');
  if (/持平|一致|相等|等于/.test(words) && !/基本|大体|略/.test(words)) results.push(d.isZero() || overlaps(ai, bi));
  // "基本持平": within the 5% arithmetic.budget-flat allows.
  else if (/基本持平/.test(words) && !dec(budget).isZero()) results.push(overlaps(ai, bi) || d.div(dec(budget)).abs().lte(BASICALLY_FLAT));
  if (/小于|低于/.test(words)) results.push(d.isNegative() && !overlaps(ai, bi));
  else if (/大于|高于|超过/.test(words)) results.push(d.gt(0) && !overlaps(ai, bi));
  if (!results.length) return null;
  return results.every(Boolean) ? 'hold' : 'break';
}

/** The words of a claim's sentence that budgetRelations checks, for messages ("完成预算的100%、“持平”"). */
export function relationWords(c: Claim, ofAmount: boolean, withShare = false): string {
  const b = c.budget;
  const ch = ofAmount && c.change?.against === 'prior' && c.change.rate ? `变动额${c.change.amount?.raw ?? ''}、变动率${c.change.rate.raw}` : '';
  const share = ofAmount && withShare && c.share ? `占比${c.share.rate.raw}` : '';
  const vs = c.change?.against === 'budget' && c.change.direction !== 'flat' ? c.change : null;
  const vsBudget = vs ? `比预算${vs.words.join('')}${[vs.amount?.raw, vs.rate?.raw].filter(Boolean).join('、')}` : '';
  return [share, ch, vsBudget, b?.executionRate ? `完成预算的${b.executionRate.raw}` : '', b?.diffRate ? `预决算差异率${b.diffRate.raw}` : '', ...(b?.words ?? []).map((w) => `“${w}”`)].filter(Boolean).join('、');
}

/** budgetRelations of a claim with its actual amount or its budget taken as `fig`, the other as said. */
export function relationsWith(doc: Parameters<typeof currentAmountOf>[0], c: Claim, which: 'amount' | 'budget', fig: Figure, withShare = false): 'hold' | 'break' | null {
  if (which === 'budget') {
    const other = actualOf(doc, c)?.figure;
    return other ? budgetRelations(c, other, fig) : null;
  }
  const own = budgetRelations(c, fig, c.budget?.amount ?? null, c.amount != null);
  // The share the sentence gives the amount ("公务接待费6.15万元，占21.22%") of its whole.
  const whole = withShare && c.share && !budgetOnly(c) ? shareWhole(doc, c) : null;
  const r = whole?.figure && whole.claim !== c ? compareRate(c.share!.rate, intervalOf(money(fig)), intervalOf(money(whole.figure))) : null;
  if (!r) return own;
  if (r.agreement === 'break' || own === 'break') return 'break';
  return 'hold';
}

/**
 * The claim of a list whose figure (its actual amount or its budget) is wrong by just what the list's
 * sum is off, told by the claim's own sentence: its relations to its budget fail as printed and hold
 * with the figure corrected by the difference. Null unless exactly one claim is so told.
 */
export function culpritOfSum(
  doc: Parameters<typeof currentAmountOf>[0],
  items: readonly { claim: Claim; fig: Figure }[],
  which: 'amount' | 'budget',
  excess: Decimal,
  slack: Decimal,
): { claim: Claim; printed: Figure; corrected: Figure } | null {
  const found: { claim: Claim; printed: Figure; corrected: Figure }[] = [];
  for (const { claim, fig } of items) {
    const other = which === 'amount' ? claim.budget?.amount : actualOf(doc, claim)?.figure;
    // The figure the sum asks for, or, within the sum's own rounding, the one the sentence pins.
    const target = dec(fig).minus(excess);
    // A printed 0 tells no precision: the corrected figure takes the other figure's of its sentence.
    const decimals = dec(fig).isZero() && other ? Math.max(fig.decimals, other.decimals) : fig.decimals;
    const pinned = other ? pinnedBy(claim, which, other, decimals) : null;
    const value = pinned && pinned.minus(target).abs().lte(slack) ? pinned : target;
    if (value.isNegative()) continue;
    const corrected = asValue({ ...fig, decimals }, value);
    if (relationsWith(doc, claim, which, fig) === 'break' && relationsWith(doc, claim, which, corrected) === 'hold') found.push({ claim, printed: fig, corrected });
  }
  return found.length === 1 ? (found[0] as (typeof found)[number]) : null;
}

/**
 * A "其中" whole whose own sentence (its change on last year, its completion rate, 大于/小于) fails as
 * printed and holds with the sum of its parts in its place, while no part's own sentence tells that
 * part wrong: the whole is the misprinted figure, 应为 the sum (a ×10 or swapped-digit whole whose 100%
 * share would otherwise have the one part named wrong).
 */
export function wholeNamedBySum(
  doc: Parameters<typeof currentAmountOf>[0],
  whole: Claim,
  wFig: Figure,
  parts: readonly { claim: Claim; fig: Figure }[],
  slack: Decimal,
): { claim: Claim; printed: Figure; corrected: Figure } | null {
  const sum = parts.reduce((t, p) => t.plus(dec(p.fig)), new Decimal(0));
  const excess = dec(wFig).minus(sum);
  if (excess.isZero() || culpritOfSum(doc, parts, 'amount', excess.negated(), slack)) return null;
  return culpritOfSum(doc, [{ claim: whole, fig: wFig }], 'amount', excess, slack);
}

/** The value a claim's sentence fixes for its amount or budget, given the other (持平: the same; 完成X%: by the rate). */
function pinnedBy(c: Claim, which: 'amount' | 'budget', other: Figure, decimals: number): Decimal | null {
  const b = c.budget;
  if (b?.words.some((w) => /持平|一致|相等|等于/.test(w) && !/基本|大体|略/.test(w))) return dec(other);
  // 差异率 d%: actual = budget × (1 + d/100).
  if (b?.diffRate && !dec(b.diffRate).eq(-100)) {
    const k = dec(b.diffRate).div(100).plus(1);
    return (which === 'amount' ? dec(other).times(k) : dec(other).div(k)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  }
  const rate = b?.executionRate;
  if (!rate || dec(rate).isZero()) return null;
  const v = which === 'amount' ? dec(other).times(dec(rate)).div(100) : dec(other).div(dec(rate)).times(100);
  return v.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** How an actual amount stands to a budget, as printed: smaller, larger, equal, or within rounding of each other. */
function actualVersusBudget(actual: Figure, budget: Figure): 'lt' | 'gt' | 'eq' | 'tail' {
  const ai = intervalOf(money(actual));
  const bi = intervalOf(money(budget));
  const d = dec(actual).minus(dec(budget));
  // Printed alike to the 0.01 the tables print, the two are equal; printed alike to fewer decimals
  // ("决算15.0万元，预算15.0万元" for 14.98 and 15.00), either may still be the smaller.
  if (d.isZero()) return ai.hi.minus(ai.lo).lte(HUNDREDTH) && bi.hi.minus(bi.lo).lte(HUNDREDTH) ? 'eq' : 'tail';
  if (overlaps(ai, bi)) return 'tail';
  return d.isNegative() ? 'lt' : 'gt';
}

/** Actual and budget of a claim, or the execution rate when only that is printed. */
function versus(doc: Parameters<typeof currentAmountOf>[0], c: Claim): { diff: 'lt' | 'gt' | 'eq' | 'tail'; text: string } | null {
  const b = c.budget;
  if (!b) return null;
  const act = actualOf(doc, c);
  if (b.amount && act) return { diff: actualVersusBudget(act.figure, b.amount), text: `决算${wan(act.figure)}万元，预算${wan(b.amount)}万元` };
  if (b.executionRate) {
    const r = intervalOf(money(b.executionRate));
    const text = `完成预算${b.executionRate.value}%`;
    if (dec(b.executionRate).eq(100)) return { diff: 'eq', text };
    if (overlaps(r, exact(new Decimal(100)))) return { diff: 'tail', text };
    return { diff: dec(b.executionRate).lt(100) ? 'lt' : 'gt', text };
  }
  return null;
}

/**
 * In a sentence that gives two budgets (年初 and 全年/调整), the comparison of its actual with the budget its
 * words mean: the one they name ("大于年初预算数"), or, when they name none, whichever makes them true. A
 * statement true of the budget it speaks of is no finding, whatever budget the reader read it with.
 */
function holdsWithItsBudget(doc: Parameters<typeof currentAmountOf>[0], c: Claim, holds: (diff: 'lt' | 'gt' | 'eq' | 'tail') => boolean): boolean {
  const own = c.budget?.amount;
  const act = actualOf(doc, c);
  if (!own || !act) return false;
  const others = sentenceBudgets(doc, c).budgets.filter((x) => x.figure.value !== own.value);
  if (!others.length) return false;
  const named = BUDGET_NAMED.exec(c.sentence)?.[1];
  const basis = named ? (named.startsWith('年初') ? 'initial' : 'full') : null;
  const candidates = basis ? others.filter((x) => x.basis === basis) : others;
  return candidates.some((x) => holds(actualVersusBudget(act.figure, x.figure)));
}
/** The budget a comparison or an equality names ("小于年初预算数", "与全年预算持平", "等于调整预算数"). */
const BUDGET_NAMED = /(?:小于|低于|大于|高于|超过|持平|一致|相等|等于|与)(年初|全年|调整后?)预算/;

/**
 * The words a claim says its actual equals its budget with: "决算数与年初预算数持平", or its change read against
 * the budget said flat with no figure ("完成年初预算的109.13%，比年初预算持平"), the same statement in other words.
 * (A flat change printed with a change figure is arithmetic.flat-with-change's.)
 */
function flatWords(c: Claim): string[] {
  if (c.budget?.words.some((w) => /持平|一致|相等|等于/.test(w))) return c.budget.words;
  const ch = c.change;
  return ch?.against === 'budget' && ch.direction === 'flat' && !ch.amount && !ch.rate ? ch.words : [];
}

export const budgetFlat = defineRule({
  id: 'arithmetic.budget-flat',
  title: '“决算数与预算数持平（等于）”与金额不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_GUIDE,
  description: '说明称决算数与（年初/全年）预算数“持平”“一致”“相等”、“比年初预算持平”或“决算数等于预算数”时二者应相等（完成率100%，舍入尾差除外）；“基本持平”允许差异在5%以内，超出为警告。同句所写完成率与“持平”一致、二者都按所写金额不符时，并入“预算完成率与金额不符”（错在决算数或预算数之一）。',
  cases: [
    { name: '完成100%且持平', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为2.75万元，完成预算100%，决算数与预算数持平。') },
    { name: '等于且确实相等', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出年初预算为2.75万元，支出决算为2.75万元，决算数等于预算数。') },
    { name: '等于却不相等', expect: 'fail', mentions: '2.57', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出年初预算为2.75万元，支出决算为2.57万元，决算数等于预算数。') },
    { name: '“各项目决算数与年初预算数一致”说的是各项，不是整体', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出决算数238.67万元，为年初预算数2060.90万元的11.58%。差异主要原因是部分项目费用未结算。各项目决算数与年初预算数一致，具体为：（1）2101501行政运行126.26万元；（2）2210201住房公积金112.41万元。公务接待费支出年初预算为2.00万元，支出决算为2.00万元，决算数与年初预算数持平。') },
    { name: '持平却只完成11.58%', expect: 'fail', mentions: '11.58', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算数为2,060.9万元，支出决算数为238.67万元，完成年初预算数的11.58%。决算数与年初预算数持平。') },
    { name: '“比年初预算持平”且完成100%', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '本部门2024年度财政拨款本年支出1,222.68万元，完成年初预算的100%，比年初预算持平。') },
    { name: '“比年初预算持平”却完成109.13%', expect: 'fail', mentions: '109.13', text: md('五、一般公共预算财政拨款支出决算情况说明', '本部门2024年度财政拨款本年支出1,222.68万元，完成年初预算的109.13%，比年初预算持平，决算数大于预算数主要原因是年中追加中央能力提升补助资金。') },
    { name: '“与年初预算持平”而所写预算数不同', expect: 'fail', mentions: '1120.42', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年一般公共预算财政拨款支出年初预算为1,120.42万元，支出决算为1,222.68万元，与年初预算持平。') },
  ],
  check(ctx) {
    const cs = ctx.doc.claims.filter((c) => flatWords(c).length);
    if (!cs.length) return notApplicable('说明中没有“决算数与预算数持平”的表述');
    for (const c of cs) {
      const v = versus(ctx.doc, c);
      if (!v || v.diff === 'eq' || v.diff === 'tail') continue;
      if (holdsWithItsBudget(ctx.doc, c, (d) => d === 'eq' || d === 'tail')) continue;
      const words = flatWords(c);
      const basic = words.some((w) => /基本/.test(w));
      let ratio: Decimal | null = null;
      const act = actualOf(ctx.doc, c);
      if (c.budget?.amount && act && !dec(c.budget.amount).isZero()) ratio = dec(act.figure).div(dec(c.budget.amount)).times(100);
      else if (c.budget?.executionRate) ratio = dec(c.budget.executionRate);
      if (basic && ratio && ratio.minus(100).div(100).abs().lte(BASICALLY_FLAT)) continue;
      // The completion rate printed with it says the same ("完成预算的100%，决算数与预算数基本持平"): the word
      // and the rate agree, and both fail on the same two amounts, one of which is wrong (arithmetic.execution-rate).
      const rate = c.budget?.executionRate;
      const sameSay = rate != null && dec(rate).minus(100).div(100).abs().lte(basic ? BASICALLY_FLAT : 0);
      const own = ownFigureNamed(c);
      ctx.report({
        severity: basic ? 'warning' : 'error',
        message: `「${label(c)}」称决算数与预算数“${words.join('')}”，但${v.text}${ratio ? `（完成${fmt(ratio)}%）` : ''}`,
        expected: '决算数 = 预算数',
        actual: v.text,
        locations: locs(wherePhrase(ctx.doc, c, /持平|一致|相等|等于/), where(c)),
        explainedBy: sameSay ? withTheRate(c, own) : own,
        section: c.section,
      });
    }
  },
});

export const budgetComparison = defineRule({
  id: 'arithmetic.budget-comparison',
  title: '决算数与预算数大小表述不符',
  category: 'arithmetic',
  severity: 'error',
  authority: AUTH_GUIDE,
  description: '“决算数小于/大于（年初）预算数”须与所给决算数、预算数（或完成率）相符。同句所写完成率与大小表述一致、二者都按所写金额不符时，并入“预算完成率与金额不符”（错在决算数或预算数之一）。',
  cases: [
    { name: '小于且确实小于', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算数为2,060.9万元，支出决算数为238.67万元，完成年初预算数的11.58%。决算数小于年初预算数。') },
    {
      name: '以“；”分列各项：某一项所说的“小于”只是该项的',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '其中：因公出国（境）费预算为5.00万元，支出决算为0万元，完成预算的0%，决算数小于预算数的主要原因是未安排出国团组；公务用车购置及运行维护费预算为10.00万元，支出决算为10.00万元，完成预算的100%；公务接待费预算为5.00万元，支出决算为5.00万元，完成预算的100%。'),
    },
    {
      name: '以“；”分列各项：单独成分句的“小于”是整句的',
      expect: 'fail',
      mentions: '20.00万元',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出预算为20.00万元，支出决算为20.00万元，完成预算的100%；决算数小于预算数的主要原因是厉行节约。'),
    },
    {
      name: '同句两个预算：“大于年初预算数”按年初预算比（读作一句时并入的是全年预算）',
      expect: 'pass',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元，决算数大于年初预算数，主要原因是年中追加。'),
    },
    {
      name: '同句两个预算：“大于预算数”未说哪个，对其中之一成立即可',
      expect: 'pass',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元，决算数大于预算数，主要原因是年中追加。'),
    },
    {
      name: '同句两个预算：“大于全年预算数”却小于全年预算',
      expect: 'fail',
      mentions: '120.00',
      text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元，决算数大于全年预算数，主要原因是年中追加。'),
    },
    { name: '称大于实则小于', expect: 'fail', mentions: '238.67', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算数为2,060.9万元，支出决算数为238.67万元。决算数大于年初预算数。') },
  ],
  check(ctx) {
    const cs = ctx.doc.claims.filter((c) => c.budget?.words.some((w) => /小于|低于|大于|高于|超过/.test(w)));
    if (!cs.length) return notApplicable('说明中没有决算数与预算数大小比较的表述');
    for (const c of cs) {
      const v = versus(ctx.doc, c);
      if (!v || v.diff === 'tail') continue;
      const saysLess = c.budget!.words.some((w) => /小于|低于/.test(w));
      const ok = saysLess ? v.diff === 'lt' : v.diff === 'gt';
      if (ok) continue;
      if (holdsWithItsBudget(ctx.doc, c, (d) => d === 'tail' || d === (saysLess ? 'lt' : 'gt'))) continue;
      // The completion rate printed with it says the same ("完成163.45%"…"大于"): the word and the rate
      // agree, and both fail on the same two amounts, one of which is wrong (arithmetic.execution-rate).
      const rate = c.budget?.executionRate;
      const sameSay = rate != null && (saysLess ? dec(rate).lt(100) : dec(rate).gt(100));
      const own = ownFigureNamed(c);
      ctx.report({
        message: `「${label(c)}」称决算数${c.budget!.words.join('')}预算数，但${v.text}`,
        expected: saysLess ? '决算数 < 预算数' : '决算数 > 预算数',
        actual: v.text,
        locations: locs(wherePhrase(ctx.doc, c, /小于|低于|大于|高于|超过/), where(c)),
        // (A figure of its own named wrong by a sum is the likelier finding to take it in: it comes first.)
        explainedBy: sameSay ? withTheRate(c, own) : own,
        section: c.section,
      });
    }
  },
});

export const rules = [executionRate, executionRateUndefined, diffRate, budgetFlat, budgetComparison];
