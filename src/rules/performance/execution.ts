import { Decimal, type Figure, dec, fmt, intervalOf, overlaps, scaleI } from '../../model/decimal.js';
import type { PerformanceSheet } from '../../model/disclosure.js';
import { compareRate, compareSum, tolText } from '../arith.js';
import { type Rule, defineRule, notApplicable } from '../rule.js';
import { type FundsBreak, correctedFund, fundsBreaks } from './funds-verdict.js';
import { flatSheet, fullIndicators, tabSheet } from './fixtures.js';
import { NATIONAL, isOutput, pct, pts, raw, sheetLabel } from './util.js';

function withFunds(sheets: readonly PerformanceSheet[]) {
  return sheets.filter((s) => s.funds != null);
}

/** 执行率 = 全年执行数 ÷ 全年预算数 on every sheet and every quote that prints all three. */
export const executionRate = defineRule({
  id: 'performance.execution-rate',
  title: '预算执行率计算',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}第十五条（预算执行率）；各地项目支出绩效自评表填报说明（执行率=全年执行数÷全年预算数）`,
  description: '绩效自评表和说明（绩效自评综述或逐项目的自评情况）中的执行率应等于全年执行数除以全年预算数，按印刷精度的区间比较；只差尾数的四舍五入误差记为提示，按截断而非四舍五入得到的差一位记为警告。',
  cases: [
    {
      name: '76.27% = 11.44 ÷ 15',
      expect: 'pass',
      text: tabSheet({ name: '征缴经费补助', funds: ['15', '15', '11.44', '10', '76.27%', '7.63'], indicators: fullIndicators(), total: '97.63' }),
    },
    {
      name: '执行率写成 86.27%',
      expect: 'fail',
      mentions: '86.27%',
      text: tabSheet({ name: '征缴经费补助', funds: ['15', '15', '11.44', '10', '86.27%', '8.63'], indicators: fullIndicators(), total: '98.63' }),
    },
    {
      name: '综述中的执行率与金额不符',
      expect: 'fail',
      mentions: '80.27%',
      text: '十三、预算绩效情况说明\n\n1. 医疗保险基金征缴经费补助项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为97.63分。全年预算数为15万元，执行数为11.44万元，完成预算的80.27%。\n',
    },
  ],
  check({ doc, report }) {
    const items: { label: string; full: Figure; executed: Figure; rate: Figure }[] = [];
    for (const s of withFunds(doc.performance.sheets)) {
      const f = s.funds as NonNullable<PerformanceSheet['funds']>;
      // A total funds-parts names wrong, with which the rate comes right: reported there. The rate is
      // still read with the sources' sum in its place, for a rate cut off rather than rounded (a slip of its own).
      const [full, executed] = [correctedFund(s, 'fullBudget'), correctedFund(s, 'executed')];
      if (full && executed && f.rate) items.push({ label: sheetLabel(s), full, executed, rate: f.rate });
    }
    for (const q of doc.performance.quotes) {
      if (q.fullBudget && q.executed && q.rate) items.push({ label: `说明中「${q.name}」`, full: q.fullBudget, executed: q.executed, rate: q.rate });
    }
    if (items.length === 0) return notApplicable('没有同时给出全年预算数、全年执行数和执行率的绩效自评表或综述');
    for (const it of items) {
      const c = compareRate(it.rate, intervalOf(it.executed), intervalOf(it.full));
      if (!c || c.agreement === 'exact') continue;
      const truncated = c.truncated || c.computed.toDecimalPlaces(it.rate.decimals, Decimal.ROUND_DOWN).eq(dec(it.rate));
      const severity = c.agreement === 'tail' ? 'info' : truncated ? 'warning' : 'error';
      report({
        severity,
        message:
          c.agreement === 'tail'
            ? `${it.label}执行率${raw(it.rate)}与全年执行数${raw(it.executed)}÷全年预算数${raw(it.full)}只差尾数`
            : truncated
              ? `${it.label}执行率${raw(it.rate)}是${pct(c.computed, 4)}截断所得，按四舍五入应为${pct(c.computed, it.rate.decimals)}`
              : `${it.label}执行率${raw(it.rate)}与全年执行数${raw(it.executed)}÷全年预算数${raw(it.full)}=${pct(c.computed)}不符`,
        expected: pct(c.computed, Math.max(2, it.rate.decimals)),
        actual: raw(it.rate),
        difference: fmt(c.difference, Math.max(2, it.rate.decimals)),
        tolerance: tolText(c.tolerance),
        locations: [it.rate.location, it.executed.location, it.full.location],
      });
    }
  },
});

/** Execution score = rate × weight (capped at the weight), rounded to the precision printed. */
export const executionScore = defineRule({
  id: 'performance.execution-score',
  title: '预算执行得分与执行率一致',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}附件2《项目支出绩效评价指标体系框架》（预算执行率：得分=执行率×该指标分值）`,
  description: '预算执行情况的得分应等于执行率乘以其分值（通常10分），超过100%按满分计；接受按表中印刷精度四舍五入的结果（如0.379记0.4）。执行率未达100%却给满分等不符即为错误。',
  cases: [
    {
      name: '3.79% × 10 = 0.379 记 0.4（按一位小数）',
      expect: 'pass',
      text: tabSheet({
        name: '特殊群体医疗费',
        funds: ['1540', '505.12', '19.15', '10', '3.79%', '0.4'],
        indicators: fullIndicators(),
        total: '90.4',
      }),
    },
    {
      name: '执行率 83.40% 却得 10.00 分',
      expect: 'fail',
      mentions: '10.00',
      text: flatSheet({
        name: '长期护理保险工作经费',
        funds: ['5.00', '5.00', '4.17', '10', '83.40%', '10.00'],
        indicators: fullIndicators(),
        total: '100.00',
      }),
    },
  ],
  check({ doc, report }) {
    const sheets = withFunds(doc.performance.sheets).filter((s) => s.funds?.score && s.funds.weight);
    if (sheets.length === 0) return notApplicable('没有给出预算执行分值和得分的绩效自评表');
    for (const s of sheets) {
      const f = s.funds as NonNullable<PerformanceSheet['funds']>;
      const score = f.score as Figure;
      const weight = dec(f.weight as Figure);
      let rateI = f.rate ? intervalOf(f.rate) : null;
      if (!rateI && f.fullBudget && f.executed && !dec(f.fullBudget).isZero()) {
        const r = dec(f.executed).div(dec(f.fullBudget)).times(100);
        rateI = { lo: r, hi: r };
      }
      if (!rateI) continue;
      const cap = (d: Decimal) => Decimal.min(d, weight);
      const exp = scaleI(rateI, weight.div(100));
      const expected = { lo: cap(exp.lo), hi: cap(exp.hi) };
      const mid = expected.lo.plus(expected.hi).div(2);
      const rounded = mid.toDecimalPlaces(score.decimals, Decimal.ROUND_HALF_UP);
      if (rounded.eq(dec(score))) continue;
      const si = intervalOf(score);
      const tail = overlaps(si, expected);
      report({
        severity: tail ? 'info' : 'error',
        message: tail
          ? `${sheetLabel(s)}预算执行得分${score.raw}与执行率${raw(f.rate)}×${pts(f.weight)}分只差尾数`
          : `${sheetLabel(s)}执行率${f.rate ? f.rate.raw : pct(rateI.lo)}，预算执行得分应为${fmt(mid, Math.max(score.decimals, 2))}分，表中为${pts(score)}分`,
        expected: fmt(mid, Math.max(score.decimals, 2)),
        actual: score.raw,
        difference: fmt(dec(score).minus(mid), 2),
        tolerance: tolText(new Decimal(5).times(new Decimal(10).pow(-(score.decimals + 1)))),
        locations: [score.location, ...(f.rate ? [f.rate.location] : [])],
      });
    }
  },
});

const LOW_RATE = new Decimal(20);

/** Little or no money spent, yet every output indicator is reported as fully achieved. */
export const zeroExecutionFullOutput = defineRule({
  id: 'performance.low-execution-full-output',
  title: '资金基本未执行而产出指标全部完成',
  category: 'performance',
  severity: 'warning',
  authority: `${NATIONAL}第十九条（绩效评价应当客观公正、真实反映产出和效果）`,
  description: '执行率低于20%（含零执行）的项目，若产出指标（数量、质量、时效）全部按100%完成并给满分，产出与资金使用明显不相称，提示核实实际完成值和评分。',
  cases: [
    {
      name: '执行率 80% 产出全部完成',
      expect: 'pass',
      text: tabSheet({ name: '培训经费', funds: ['100', '100', '80', '10', '80.00%', '8'], indicators: fullIndicators(), total: '98' }),
    },
    {
      name: '零执行而产出全部完成',
      expect: 'fail',
      mentions: '0%',
      text: tabSheet({ name: '职工免费查体', funds: ['651', '213.53', '0', '10', '0', '0'], indicators: fullIndicators(), total: '90' }),
    },
  ],
  check({ doc, report }) {
    const sheets = withFunds(doc.performance.sheets).filter((s) => s.indicators.some(isOutput));
    if (sheets.length === 0) return notApplicable('没有同时含预算执行和产出指标的绩效自评表');
    for (const s of sheets) {
      const f = s.funds as NonNullable<PerformanceSheet['funds']>;
      // The figures as the sheet's own sums correct them (funds-parts names a total wrong): the warning
      // is of the project's execution, not of a slip in its total, which is reported on its own.
      const [budget, executed] = [correctedFund(s, 'fullBudget'), correctedFund(s, 'executed')];
      let rate: Decimal | null = f.rate ? dec(f.rate) : null;
      if (rate == null && budget && executed && !dec(budget).isZero()) rate = dec(executed).div(dec(budget)).times(100);
      if (rate == null || rate.gte(LOW_RATE)) continue;
      const outputs = s.indicators.filter(isOutput);
      const full = outputs.filter(
        (i) => (i.completionRate && dec(i.completionRate).gte(100)) || (i.score && i.weight && dec(i.score).gte(dec(i.weight)) && !dec(i.weight).isZero()),
      );
      if (full.length !== outputs.length) continue;
      report({
        message: `${sheetLabel(s)}全年执行数${raw(executed)}万元、执行率${pct(rate)}，但${outputs.length}项产出指标全部按完成计满分（${outputs.map((i) => i.name).join('、')}）`,
        expected: '产出完成程度与资金执行相称，或说明未用资金而完成产出的原因',
        actual: `执行率${pct(rate)}，产出指标全部完成`,
        locations: [f.location, ...outputs.map((i) => i.location)],
      });
    }
  },
});


/** 年度资金总额 = 当年财政拨款 + 上年结转 + 其他资金, column by column, where the sources are printed. */
export const fundsParts = defineRule({
  id: 'performance.funds-parts',
  title: '年度资金总额等于各资金来源之和',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}附件（项目支出绩效自评表：年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金）`,
  description:
    '自评表“年度资金总额”的年初预算数、全年预算数和全年执行数，应等于其下“其中：当年财政拨款”“上年结转资金”“其他资金”各行之和（空白按0计），按印刷精度做区间比较；只在至少一个来源印有金额的列上比较。',
  cases: [
    {
      name: '90 = 90 + 0',
      expect: 'pass',
      text: tabSheet({ name: '委托业务', funds: ['90', '90', '89.97', '10', '99.97%', '10'], fundParts: [['当年财政拨款', '90', '90', '89.97'], ['上年结转资金', '', '', ''], ['其他资金', '', '', '']], indicators: fullIndicators(), total: '100' }),
    },
    {
      name: '总额印成0而财政拨款有90',
      expect: 'fail',
      mentions: '89.97',
      text: tabSheet({ name: '委托业务', funds: ['0', '0', '0', '10', '0', '0'], fundParts: [['当年财政拨款', '90', '90', '89.97'], ['上年结转资金', '', '', ''], ['其他资金', '', '', '']], indicators: fullIndicators(), total: '90' }),
    },
  ],
  check({ doc, report }) {
    const sheets = withFunds(doc.performance.sheets).filter((s) => s.fundParts.length > 0);
    if (!sheets.length) return notApplicable('自评表没有列出资金来源（其中：当年财政拨款等）');
    for (const s of sheets) {
      const f = s.funds as NonNullable<PerformanceSheet['funds']>;
      const breaks = fundsBreaks(s);
      if (!breaks.length) continue;
      const wrong = breaks.map((b) => `${b.name}${raw(b.total)} ≠ ${s.fundParts.filter((p) => p[b.key]).map((p) => `${p.label}${raw(p[b.key] as Figure)}`).join(' + ')}`);
      const decided = breaks.length === 1 ? (breaks[0] as FundsBreak) : null;
      if (decided?.wrong === 'total') {
        // The execution rate sides with the sources: the total is the figure to correct, and the
        // rate worked out from it (performance.execution-rate) is not reported again.
        const should = fmt(decided.sum, Math.max(decided.total.decimals, ...decided.parts.map((p) => p.decimals)));
        report({
          message: `${sheetLabel(s)}年度资金总额与各资金来源之和不符：${wrong.join('；')}；执行率${raw(f.rate)}按${should}相符、按${raw(decided.total)}不符，${decided.name}${raw(decided.total)}有误，应为${should}（由此引起的执行率不符不再另报）`,
          expected: should,
          actual: decided.total.raw,
          difference: fmt(decided.sum.minus(dec(decided.total)), 2),
          locations: [decided.total.location, f.location, ...s.fundParts.map((p) => p.location)],
        });
        continue;
      }
      const side = decided?.wrong === 'parts' ? `；执行率${raw(f.rate)}与${decided.name}${raw(decided.total)}相符，差错应在各资金来源之中` : '';
      report({
        message: `${sheetLabel(s)}年度资金总额与各资金来源之和不符：${wrong.join('；')}${side}`,
        expected: '年度资金总额 = 各资金来源之和',
        actual: wrong.join('；'),
        locations: [f.location, ...s.fundParts.map((p) => p.location)],
      });
    }
  },
});

export const rules: Rule[] = [executionRate, executionScore, zeroExecutionFullOutput, fundsParts];
