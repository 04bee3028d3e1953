import { dec, fmt, halfUnit } from '../../model/decimal.js';
import type { Indicator, PerformanceSheet } from '../../model/disclosure.js';
import { roundAt } from '../../score/recompute.js';
import { type RowRule, type RowRuleResult, ownRule } from '../../score/row-rule.js';
import { type Rule, defineRule, notApplicable } from '../rule.js';
import { type CaseIndicator, flatSheet, fullIndicators, tabSheet, withIndicator } from './fixtures.js';
import { NATIONAL, causeKey, fullScore, indicatorLabel, pts, scoreDecimals, sheetLabel, targetOutcome } from './util.js';

const FUNDS = ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'] as [string, string, string, string, string, string];
const DEDUCT = '完成得满分，每低1个百分点扣0.5分';

function sheet(k: number, patch: Partial<CaseIndicator>, tab = false): string {
  const indicators = withIndicator(fullIndicators(), k, patch);
  if (tab) return tabSheet({ name: '医疗救助经费', funds: ['100', '100', '100', '10', '100%', '10'], indicators, total: '100' });
  return flatSheet({ name: '医疗救助经费', funds: FUNDS, indicators, total: '100.00' });
}

/** Each indicator row scored by the rule its own 赋分规则 / 评分标准 column states, when that rule can be applied exactly. */
export const rowRuleScore = defineRule({
  id: 'performance.row-rule-score',
  title: '指标得分与本行赋分规则一致',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}附件2（各指标按设定的评分标准计分）；自评表本行列明的赋分规则`,
  description:
    '自评表列有赋分规则（评分标准）的，按该行自己的规则重算得分：完成得满分；未完成不得分；未达到按比例得分（完成值÷指标值×分值，只用于越高越好的指标）；每低（超）1个百分点或1个单位扣k分、扣完为止。得分与规则不符且超出得分印刷精度的报告为错误；规则文字可有几种读法（按整步扣还是按比例扣、百分点指指标值还是完成率）而得分不符合任何一种的为警告。其他写法的规则（按评判等级赋分、按完成比例赋分而已超额完成等）不作判断；规则需要的数字未列出的只作提示。',
  cases: [
    { name: '≥95% 实际91%，低4个百分点扣2分得18分', expect: 'pass', text: sheet(1, { weight: '20', target: '≥95%', actual: '91%', rate: '95.79%', score: '18', rule: DEDUCT }) },
    {
      name: '≥100% 实际96%，每低1个百分点扣0.5分应得18分，表中19分',
      expect: 'fail',
      mentions: '应得18.00分',
      text: sheet(1, { weight: '20', target: '≥100%', actual: '96%', rate: '96%', score: '19', rule: DEDUCT }),
    },
    {
      name: '≥95% 实际91%，得19.5分：按指标值或完成率的百分点都不符（警告）',
      expect: 'fail',
      severity: 'warning',
      mentions: '19.5',
      text: sheet(1, { weight: '20', target: '≥95%', actual: '91%', rate: '95.79%', score: '19.5', rule: DEDUCT }),
    },
    { name: '≥100人 完成80人，未达到按比例得分，得24分', expect: 'pass', text: sheet(0, { target: '≥100人', actual: '80人', rate: '80%', score: '24', rule: '达到目标值得满分，未达到按比例得分' }) },
    {
      name: '≥100人 完成80人，按比例应得24分，表中27分',
      expect: 'fail',
      mentions: '应得24.00分',
      text: sheet(0, { target: '≥100人', actual: '80人', rate: '80%', score: '27', rule: '达到目标值得满分，未达到按比例得分' }),
    },
    {
      name: '≥2次 完成1次，未完成不得分，表中15分',
      expect: 'fail',
      mentions: '应得0分',
      text: sheet(0, { target: '≥2次', actual: '1次', rate: '50%', score: '15', rule: '完成得满分，未完成不得分' }, true),
    },
    { name: '按照完成比例赋分、已超额完成：规则未说超额如何计分，不判断', expect: 'pass', text: sheet(0, { target: '≥180人', actual: '294人', rate: '163.33%', score: '3.67', rule: '按照完成比例赋分' }) },
    { name: '按评判等级赋分：不是可以精确执行的写法，不判断', expect: 'pass', text: sheet(3, { score: '7', rule: '按评判等级赋分' }) },
    { name: '每少1人扣1分，少3人得27分', expect: 'pass', text: sheet(0, { target: '≥100人', actual: '97人', rate: '97%', score: '27', rule: '每少1人扣1分，扣完为止' }) },
  ],
  check({ doc, report }) {
    const rows = doc.performance.sheets.flatMap((s) => (s.kind === 'transfer' ? [] : s.indicators.filter((i) => i.scoringRule).map((i) => ({ s, i }))));
    if (rows.length === 0) return notApplicable('自评表没有列出各行的赋分规则（评分标准）');
    const applied = rows.flatMap(({ s, i }) => {
      const own = ownRule(i);
      return own ? [{ s, i, ...own }] : [];
    });
    // Rules in other words (按评判等级赋分 …) are read and left alone: the check ran and found nothing to judge.
    for (const { s, i, rule, result } of applied) {
      if (result.status === 'silent') continue;
      if (result.status === 'missing') {
        report({
          severity: 'info',
          message: `${sheetLabel(s)}${indicatorLabel(i)}列有赋分规则「${rule.text}」，但未列${result.what}，无法按规则重算得分`,
          locations: [i.location],
        });
        continue;
      }
      // A blank score is the blank-cell rule's.
      if (!i.score) continue;
      check(s, i, rule, result, report);
    }
  },
});

function check(s: PerformanceSheet, i: Indicator, rule: RowRule, r: Extract<RowRuleResult, { status: 'computed' }>, report: Parameters<Rule['check']>[0]['report']) {
  const d = scoreDecimals(s);
  const half = halfUnit(d);
  const reported = dec(i.score!);
  if (r.scores.some((c) => c.minus(reported).abs().lte(half))) return;
  const printed = [...new Map(r.scores.map((c) => roundAt(c, d)).map((c) => [c.toString(), c])).values()].sort((a, b) => b.comparedTo(a));
  const unambiguous = printed.length === 1;
  const want = printed.map((c) => fmt(c, d)).join('或');
  const nearest = r.scores.reduce((a, b) => (b.minus(reported).abs().lt(a.minus(reported).abs()) ? b : a));
  const diff = reported.minus(roundAt(nearest, d));
  const over = diff.gt(0);
  const weight = i.weight!;
  report({
    severity: unambiguous ? 'error' : 'warning',
    message:
      `${sheetLabel(s)}${indicatorLabel(i)}得分${pts(i.score)}分，按本行赋分规则「${rule.text}」（目标${i.target}，实际${i.actual}，分值${pts(weight)}分；${r.how}）应得${want}分` +
      `${over ? '，多计' : '，少计'}${fmt(diff.abs(), d)}分${unambiguous ? '' : '（规则文字有几种读法，得分与哪一种都不符）'}`,
    expected: want,
    actual: i.score!.raw,
    difference: fmt(diff, d),
    tolerance: `±${half.toString()}（得分印刷精度）`,
    locations: [i.score!.location, i.location],
    // A missed target given full marks, or a score above its weight, has its own finding: this one says
    // what the row's rule gives, within it.
    explainedBy:
      targetOutcome(i) === 'missed' && fullScore(i)
        ? { causes: [causeKey('missed-full', i)], because: `按本行赋分规则「${rule.text}」应得${want}分` }
        : reported.gt(dec(weight))
          ? { causes: [causeKey('over-weight', i)], because: `按本行赋分规则「${rule.text}」应得${want}分` }
          : undefined,
  });
}

/** Rows whose own rule decides their score: the document-wide scheme does not judge them. */
export function scoredByOwnRule(i: Indicator): boolean {
  return ownRule(i)?.result.status === 'computed';
}

export const rules: Rule[] = [rowRuleScore];
