import { Decimal, type Figure, type Interval, dec, divI, fmt, intervalOf, overlaps, scaleI, sumFigures } from '../../model/decimal.js';
import type { Indicator, PerformanceSheet } from '../../model/disclosure.js';
import { compareSum, tolText } from '../arith.js';
import { type Rule, defineRule, insufficient, notApplicable } from '../rule.js';
import { type CaseIndicator, flatSheet, fullIndicators, tabSheet, withIndicator } from './fixtures.js';
import { NATIONAL, atFinest, causeKey, dupKey, duplicateIndexes, fullScore, indicatorLabel, pct, pts, sheetLabel, targetOutcome, unitsCompatible } from './util.js';

const HUNDRED = new Decimal(100);

const scored = (s: PerformanceSheet) => s.kind !== 'transfer' && s.indicators.length > 0;

function duplicates(s: PerformanceSheet): Indicator[] {
  return duplicateIndexes(s).map((k) => s.indicators[k] as Indicator);
}

const dupCase: CaseIndicator[] = [
  ...fullIndicators().slice(0, 4),
  { l1: '效益指标', l2: '社会效益指标', name: '业务能力', weight: '10', target: '显著提升', actual: '显著提升', rate: '100%', score: '10' },
  fullIndicators()[4] as CaseIndicator,
];

const fragmentCase: CaseIndicator[] = [
  ...fullIndicators().slice(0, 4),
  { l1: '效益指标', l2: '社会效益指标', name: '计', weight: '5', target: '显著提升', actual: '显著提升', rate: '100%', score: '5' },
  { l1: '效益指标', l2: '社会效益指标', name: '计', weight: '5', target: '显著提升', actual: '显著提升', rate: '100%', score: '5' },
  fullIndicators()[4] as CaseIndicator,
];

/** Indicator weights + the execution weight = the stated total (100). */
export const weightSum = defineRule({
  id: 'performance.weight-sum',
  title: '指标权重之和等于总分',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}附件2（预算执行率10分，产出、效益、满意度等绩效指标合计90分，总分100分）`,
  description: '各三级指标的分值（权重）之和加上预算执行的分值，应等于表列总分（未列明时为100分）。多出的分值恰为重复列出的指标的分值时，原因是重复，合并在“绩效指标重复列出”的发现中报告。',
  cases: [
    { name: '90 + 10 = 100', expect: 'pass', text: tabSheet({ name: '培训经费', funds: ['100', '100', '100', '10', '100%', '10'], indicators: fullIndicators(), total: '100' }) },
    {
      name: '重复列出一项指标，权重合计110',
      expect: 'fail',
      mentions: '110',
      text: tabSheet({ name: '特殊群体医疗费（二）', funds: ['100', '100', '100', '10', '100%', '10'], indicators: dupCase, total: '110' }),
    },
    {
      name: '未读出预算执行行：指标分值90分不足总分，不下结论',
      expect: 'insufficient',
      text: withoutFunds(tabSheet({ name: '培训经费', funds: ['100', '100', '100', '10', '100%', '10'], indicators: fullIndicators(), total: '100' })),
    },
    {
      name: '未读出预算执行行，指标分值已超过总分（执行分值只会更多）',
      expect: 'fail',
      mentions: '120',
      text: withoutFunds(tabSheet({ name: '培训经费', funds: ['100', '100', '100', '10', '100%', '10'], indicators: withIndicator(fullIndicators(), 0, { weight: '60', score: '60' }), total: '100' })),
    },
  ],
  check({ doc, report }) {
    const sheets = doc.performance.sheets.filter((s) => scored(s) && s.indicators.every((i) => i.weight));
    if (sheets.length === 0) return notApplicable('没有各指标都列明分值的绩效自评表');
    let concluded = 0;
    for (const s of sheets) {
      const weights = s.indicators.map((i) => i.weight as Figure);
      const fw = s.funds?.weight ? [s.funds.weight] : [];
      const sum = sumFigures([...weights, ...fw]);
      const max = s.statedMax ? dec(s.statedMax) : new Decimal(100);
      // A sheet whose budget-execution row was not read (a page break between its head and its 项目资金
      // block) lacks the weight that row may carry: a sum short of the total proves nothing, one over it
      // still does (no weight is below zero).
      if (s.funds == null && sum.lt(max)) continue;
      concluded++;
      if (sum.eq(max)) continue;
      const dups = duplicates(s);
      const total = `指标分值合计${fmt(sumFigures(weights), 0)}分${fw.length ? `加预算执行${fw[0]?.raw}分` : ''}共${fmt(sum, sum.decimalPlaces())}分`;
      const excess = sum.minus(max);
      // The excess is exactly the weight of the rows listed twice: the duplicates are the cause, and
      // this sum is reported with them (one cause, one finding). Any other difference stands alone.
      const dupWeight = sumFigures(dups.map((d) => d.weight as Figure));
      const explained = dups.length > 0 && excess.eq(dupWeight);
      report({
        message: `${sheetLabel(s)}${total}，不等于总分${fmt(max, max.decimalPlaces())}分${dups.length ? `（「${dups.map((d) => d.name).join('、')}」重复列出）` : ''}`,
        expected: fmt(max, max.decimalPlaces()),
        actual: fmt(sum, sum.decimalPlaces()),
        difference: fmt(excess, sum.decimalPlaces()),
        locations: [s.location, ...s.indicators.map((i) => (i.weight as Figure).location).slice(0, 3)],
        explainedBy: explained
          ? {
              causes: dups.map((d) => causeKey('duplicate', d)),
              because: `因此${total}，比总分${fmt(max, max.decimalPlaces())}分多出${fmt(excess, excess.decimalPlaces())}分，恰为重复列出的${dups.length > 1 ? `「${dups.map((d) => d.name).join('、')}」` : ''}分值`,
            }
          : undefined,
      });
    }
    if (concluded === 0) return insufficient('绩效自评表未读出预算执行（年度资金总额）行，指标分值之和缺少其分值，无从核对');
  },
});

/** A sheet's text without its budget-execution rows (as when they were not read). */
function withoutFunds(text: string): string {
  return text.replace(/^项目预算执行情况.*\n.*年度资金总额.*\n/m, '');
}

/** The same indicator listed twice in one sheet. */
export const duplicateIndicator = defineRule({
  id: 'performance.duplicate-indicator',
  title: '绩效指标重复列出',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}第十七条（绩效指标应当相互独立、避免重复）`,
  description: '同一张自评表中同一二级指标下出现名称相同的三级指标，重复计分会抬高总分。',
  cases: [
    { name: '指标各不相同', expect: 'pass', text: tabSheet({ name: '培训经费', funds: ['100', '100', '100', '10', '100%', '10'], indicators: fullIndicators(), total: '100' }) },
    {
      name: '“业务能力”列出两次',
      expect: 'fail',
      mentions: '业务能力',
      text: tabSheet({ name: '培训经费', funds: ['100', '100', '100', '10', '100%', '10'], indicators: dupCase, total: '110' }),
    },
    {
      name: '两行指标名称只读到一个字“计”（单元格读断）：不能证明重复',
      expect: 'pass',
      text: tabSheet({ name: '培训经费', funds: ['100', '100', '100', '10', '100%', '10'], indicators: fragmentCase, total: '110' }),
    },
  ],
  check({ doc, report }) {
    const sheets = doc.performance.sheets.filter((s) => s.indicators.length > 1);
    if (sheets.length === 0) return notApplicable('没有列出绩效指标的自评表');
    for (const s of sheets) {
      for (const d of duplicates(s)) {
        const first = s.indicators.find((i) => dupKey(i) === dupKey(d)) as Indicator;
        report({
          message: `${sheetLabel(s)}${indicatorLabel(d)}（${d.level2 ?? '同一二级指标'}）重复列出${d.score ? `，重复计${pts(d.score)}分` : ''}`,
          expected: '每项指标只列一次',
          actual: `「${d.name}」出现两次`,
          locations: [first.location, d.location],
          cause: causeKey('duplicate', d),
        });
      }
    }
  },
});

/** Total = Σ indicator scores + execution score. */
export const totalSum = defineRule({
  id: 'performance.total-sum',
  title: '总分等于各项得分之和',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}第二十七条（评价结果采取评分和评级相结合的方式，总分由各项指标得分汇总）`,
  description: '自评表总分应等于各三级指标得分之和加上预算执行得分，按各得分的印刷精度做区间比较，尾数差记为提示。预算执行一行未读出、或有分值而得分未读出时，总分无从核对，不作判断。若不符恰由重复列出的指标造成，则只作提示（重复另有结论）；不符不止于此时，按重复的指标只计一次的合计报告。',
  cases: [
    { name: '8 + 90 = 98', expect: 'pass', text: tabSheet({ name: '培训经费', funds: ['100', '100', '80', '10', '80.00%', '8'], indicators: fullIndicators(), total: '98' }) },
    { name: '预算执行得分未读出：总分无从核对', expect: 'pass', text: tabSheet({ name: '培训经费', funds: ['100', '100', '80', '10', '80.00%', ''], indicators: fullIndicators(), total: '98' }) },
    {
      name: '总分写成 96',
      expect: 'fail',
      mentions: '96',
      text: flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '80.00', '10', '80.00%', '8.00'], indicators: fullIndicators(), total: '96.00' }),
    },
  ],
  check({ doc, report }) {
    // A sheet whose budget-execution row was not read (or whose execution is weighted but its score
    // not read) has a part of its total unknown: its sum proves nothing.
    const executionKnown = (s: PerformanceSheet) => s.funds != null && (s.funds.score != null || s.funds.weight == null);
    const sheets = doc.performance.sheets.filter((s) => scored(s) && s.total && s.indicators.every((i) => i.score));
    if (sheets.length === 0) return notApplicable('没有列出总分且各指标都有得分的绩效自评表');
    for (const s of sheets.filter(executionKnown)) {
      const [total, ...parts] = atFinest([s.total as Figure, ...s.indicators.map((i) => i.score as Figure), ...(s.funds?.score ? [s.funds.score] : [])]) as [Figure, ...Figure[]];
      const c = compareSum(total, parts);
      if (c.agreement === 'exact') continue;
      const dups = duplicates(s);
      const dupScore = sumFigures(dups.map((d) => d.score).filter((f): f is Figure => f != null));
      const explainedByDup = dups.length > 0 && c.difference.plus(dupScore).abs().lte(c.tolerance);
      const sum = sumFigures(parts);
      // A row listed twice is a finding of its own (duplicate-indicator): a total off by more than its
      // score is compared with the rows counted once, so the sum's own slip is said by itself.
      const dupAt = new Set(duplicateIndexes(s));
      const once = dups.length && !explainedByDup && c.agreement !== 'tail' ? parts.filter((_, i) => !dupAt.has(i)) : null;
      const c1 = once ? compareSum(total, once) : c;
      const sum1 = once ? sumFigures(once) : sum;
      report({
        severity: c.agreement === 'tail' || explainedByDup ? 'info' : 'error',
        message: explainedByDup
          ? `${sheetLabel(s)}各项得分合计${fmt(sum, 2)}分，总分${pts(total)}分恰好未计重复列出的「${dups.map((d) => d.name).join('、')}」`
          : c.agreement === 'tail'
            ? `${sheetLabel(s)}总分${pts(total)}分与各项得分合计${fmt(sum, 2)}分只差尾数`
            : `${sheetLabel(s)}总分${pts(total)}分不等于各指标得分与预算执行得分之和${fmt(sum1, 2)}分${once ? `（重复列出的「${dups.map((d) => d.name).join('、')}」只计一次；计入则为${fmt(sum, 2)}分）` : ''}`,
        expected: fmt(sum1, 2),
        actual: total.raw,
        difference: fmt(c1.difference, 2),
        tolerance: tolText(c1.tolerance),
        locations: [total.location],
      });
    }
  },
});

/** An indicator's score cannot exceed its weight. */
export const scoreCap = defineRule({
  id: 'performance.score-over-weight',
  title: '指标得分不超过分值',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}附件2（各指标得分不得超过其分值）`,
  description: '每项三级指标的得分、预算执行得分都不能超过该项的分值（权重）。',
  cases: [
    { name: '得分等于分值', expect: 'pass', text: flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'], indicators: fullIndicators(), total: '100.00' }) },
    {
      name: '满意度 10 分记 12 分',
      expect: 'fail',
      mentions: '12',
      text: flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'], indicators: withIndicator(fullIndicators(), 4, { score: '12' }), total: '102.00' }),
    },
  ],
  check({ doc, report }) {
    const sheets = doc.performance.sheets.filter(scored);
    if (sheets.length === 0) return notApplicable('没有列出指标得分的绩效自评表');
    for (const s of sheets) {
      const items: { what: string; score: Figure; weight: Figure; row?: Indicator }[] = s.indicators
        .filter((i) => i.score && i.weight)
        .map((i) => ({ what: indicatorLabel(i), score: i.score as Figure, weight: i.weight as Figure, row: i }));
      if (s.funds?.score && s.funds.weight) items.push({ what: '预算执行', score: s.funds.score, weight: s.funds.weight });
      for (const it of items) {
        if (intervalOf(it.score).lo.lte(dec(it.weight))) continue;
        report({
          message: `${sheetLabel(s)}${it.what}得分${pts(it.score)}分超过其分值${pts(it.weight)}分`,
          expected: `≤ ${it.weight.raw}`,
          actual: it.score.raw,
          difference: fmt(dec(it.score).minus(dec(it.weight)), 2),
          locations: [it.score.location, it.weight.location],
          cause: it.row ? causeKey('over-weight', it.row) : undefined,
        });
      }
    }
  },
});

/** A target missed (by its own operator) but scored in full. */
export const targetMissedFull = defineRule({
  id: 'performance.target-missed-full-score',
  title: '未达目标值却给满分',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}附件2（定量指标按实际完成值与年度指标值的比较计分，未完成的应扣分并说明偏差原因）`,
  description: '定量或时间指标按其运算符判断是否达标（≥ 要求实际不低于目标，≤ 要求实际不高于目标，日期要求不晚于），未达标却给满分的，评分与完成情况矛盾。',
  cases: [
    { name: '≤90% 实际 88% 得满分', expect: 'pass', text: flatSheet({ name: '整体', funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'], indicators: withIndicator(fullIndicators(), 1, { target: '<=90%', actual: '88%' }), total: '100.00' }) },
    {
      name: '≤90% 实际 90.1% 仍得满分',
      expect: 'fail',
      mentions: '90.1%',
      text: flatSheet({ name: '整体', funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'], indicators: withIndicator(fullIndicators(), 1, { target: '<=90%', actual: '90.1%' }), total: '100.00' }),
    },
  ],
  check({ doc, report }) {
    const sheets = doc.performance.sheets.filter(scored);
    if (sheets.length === 0) return notApplicable('没有列出指标得分的绩效自评表');
    for (const s of sheets) {
      for (const i of s.indicators) {
        if (targetOutcome(i) !== 'missed' || !fullScore(i)) continue;
        // A money cap missed by under 0.5% (an overrun of a few yuan) is worth a look, not an error.
        const slight =
          i.targetValue && i.actualValue && !dec(i.targetValue).isZero() && /[元万]/.test(`${i.targetValue.unit ?? ''}${i.unit ?? ''}${i.target}`)
            ? dec(i.actualValue).minus(dec(i.targetValue)).abs().div(dec(i.targetValue).abs()).lt(0.005)
            : false;
        report({
          severity: slight ? 'warning' : undefined,
          message: `${sheetLabel(s)}${indicatorLabel(i)}目标${i.target}，实际完成${i.actual}，${slight ? '略未达目标（差距不足0.5%）' : '未达目标'}却得满分${pts(i.score)}分`,
          expected: `低于${pts(i.weight)}分并说明偏差原因`,
          actual: `${pts(i.score)}分`,
          locations: [i.location, ...(i.score ? [i.score.location] : [])],
          cause: causeKey('missed-full', i),
        });
      }
    }
  },
});

/** Blank scores or actual values in a scored sheet. */
export const blankCells = defineRule({
  id: 'performance.blank-score-or-actual',
  title: '指标得分或实际完成值空缺',
  category: 'performance',
  severity: 'warning',
  authority: `${NATIONAL}第二十二条（自评应如实填报各项指标的实际完成值和得分）`,
  description: '计分的自评表中每项指标都应填写实际完成值和得分；空缺的无法复核总分和评分。',
  cases: [
    { name: '全部填写', expect: 'pass', text: tabSheet({ name: '培训经费', funds: ['100', '100', '100', '10', '100%', '10'], indicators: fullIndicators(), total: '100' }) },
    {
      name: '满意度得分空缺',
      expect: 'fail',
      mentions: '学员满意度',
      text: flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'], indicators: withIndicator(fullIndicators(), 4, { score: '' }), total: '90.00' }),
    },
    {
      name: '一行只有指标名称的一截（分值、指标值也空：名称折行被读成一行）',
      expect: 'pass',
      text: flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'], indicators: withIndicator(fullIndicators(), 4, { weight: '', target: '', actual: '', rate: '', score: '' }), total: '90.00' }),
    },
  ],
  check({ doc, report }) {
    const sheets = doc.performance.sheets.filter((s) => scored(s) && s.indicators.some((i) => i.score));
    if (sheets.length === 0) return notApplicable('没有列出指标得分的绩效自评表');
    for (const s of sheets) {
      for (const i of s.indicators) {
        // A row holding only a name, not even its weight or target, is a name's wrapped line read as a
        // row of its own (a sheet copied as laid out), not an indicator whose results were left blank.
        if (!i.weight && i.target.trim() === '' && !i.score && i.actual.trim() === '' && !i.completionRate) continue;
        const missing = [!i.score ? '得分' : null, i.actual.trim() === '' ? '实际完成值' : null].filter(Boolean);
        if (missing.length === 0) continue;
        report({
          message: `${sheetLabel(s)}${indicatorLabel(i)}未填写${missing.join('和')}`,
          expected: '填写实际完成值和得分',
          actual: '空白',
          locations: [i.location],
        });
      }
    }
  },
});

/**
 * Do the completion rates the rounded figures allow (100 × actual ÷ target, as divI and scaleI work
 * them out) surely include the printed rate? Decided by two exact products instead of two 20-digit
 * divisions: if rate/100 lies between the exact quotients, it lies between the rounded ones too
 * (rounding is monotonic and leaves a number of at most `precision` digits as it is), and the
 * printed rate lies within its own interval. False means "divide to find out", not "no".
 */
function surelyReached(rate: Decimal, actual: Interval, target: Interval): boolean {
  // divI's non-negative-over-positive case only, and products that decimal.js keeps exact.
  if (actual.lo.lt(0) || target.lo.lte(0)) return false;
  const p = Decimal.precision;
  if (rate.sd() + Math.max(target.lo.sd(), target.hi.sd()) > p || Math.max(actual.lo.sd(), actual.hi.sd()) + 1 > p) return false;
  // actual.lo / target.hi ≤ rate / 100 ≤ actual.hi / target.lo
  return actual.lo.times(HUNDRED).lte(rate.times(target.hi)) && rate.times(target.lo).lte(actual.hi.times(HUNDRED));
}

/** Completion rate = actual ÷ target for quantitative indicators (the sheet may cap met targets at 100%). */
export const completionRate = defineRule({
  id: 'performance.completion-rate',
  title: '指标完成率计算',
  category: 'performance',
  severity: 'warning',
  authority: `${NATIONAL}附件2（完成率=实际完成值÷年度指标值）`,
  description: '定量指标的完成率应等于实际完成值除以年度指标值；已达标时按表的口径记为100%也接受。两者都对不上的，完成率填写有误。',
  cases: [
    {
      name: '≥90% 实际 100% 记 111.11%；已达标记 100%',
      expect: 'pass',
      text: flatSheet({ name: '培训经费', funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'], indicators: withIndicator(fullIndicators(), 4, { target: '>=90%', actual: '=100%', rate: '111.11%' }), total: '100.00' }),
    },
    {
      name: '≤95% 实际 100% 记 97.95%',
      expect: 'fail',
      mentions: '97.95%',
      text: flatSheet({
        name: '长期护理保险工作经费',
        funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'],
        indicators: withIndicator(fullIndicators(), 3, { name: '鉴定执行率', target: '<=95%', actual: '=100%', rate: '97.95%', score: '9.5' }),
        total: '99.50',
      }),
    },
  ],
  check({ doc, report }) {
    const items = doc.performance.sheets.flatMap((s) =>
      s.indicators
        .filter((i) => i.completionRate && i.targetValue && i.actualValue && i.targetKind === 'quantitative' && unitsCompatible(i.targetValue.unit, i.actualValue.unit))
        .map((i) => ({ s, i })),
    );
    if (items.length === 0) return notApplicable('没有可复核完成率的定量指标');
    for (const { s, i } of items) {
      const cr = i.completionRate as Figure;
      const t = i.targetValue as Figure;
      const a = i.actualValue as Figure;
      if (dec(t).isZero()) continue;
      // The sheet's own convention: a met target is recorded as 100%. Asked first: it needs no
      // division, and it passes most indicators (either test passing lets the indicator go).
      if (dec(cr).eq(100) && targetOutcome(i) === 'met') continue;
      if (surelyReached(dec(cr), intervalOf(a), intervalOf(t))) continue;
      const q = divI(intervalOf(a), intervalOf(t));
      if (!q) continue;
      const computed = scaleI(q, HUNDRED);
      const crI = intervalOf(cr);
      if (overlaps(crI, computed)) continue;
      const mid = dec(a).div(dec(t)).times(100);
      report({
        message: `${sheetLabel(s)}${indicatorLabel(i)}目标${i.target}、实际${i.actual}，完成率应为${pct(mid)}${targetOutcome(i) === 'met' ? '（或按达标记100%）' : ''}，表中为${cr.raw}`,
        expected: pct(mid),
        actual: cr.raw,
        difference: fmt(dec(cr).minus(mid), 2),
        tolerance: tolText(crI.hi.minus(crI.lo).div(2)),
        locations: [cr.location, i.location],
        cause: causeKey('completion-rate', i),
      });
    }
  },
});

export const rules: Rule[] = [weightSum, duplicateIndicator, totalSum, scoreCap, targetMissedFull, blankCells, completionRate];
