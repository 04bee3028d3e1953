import { type Decimal, dec, fmt, halfUnit } from '../../model/decimal.js';
import type { Indicator, PerformanceSheet } from '../../model/disclosure.js';
import { classify } from '../../score/classify.js';
import { groupOf, inferDocument } from '../../score/document.js';
import { type IndicatorScore, reproduces, roundAt, scoreIndicator } from '../../score/recompute.js';
import { basesOf, rowFacts } from '../../score/rows.js';
import type { Scheme } from '../../score/scheme.js';
import { type Rule, defineRule, insufficient, notApplicable } from '../rule.js';
import { scoredByOwnRule } from './row-rule.js';
import { flatSheet, fullIndicators, withIndicator } from './fixtures.js';
import { NATIONAL, causeKey, fullScore, scoreDecimals, sheetLabel, targetOutcome } from './util.js';

/** Below this share of rows reproduced, no known scheme is the document's own: its rows are not judged. */
const MIN_REPRODUCED = 0.6;

/** Each indicator score recomputed under the scheme the document itself follows (inferred from its rows). */
export const indicatorScore = defineRule({
  id: 'performance.indicator-score',
  title: '指标得分与本文件评分办法一致',
  category: 'performance',
  severity: 'error',
  authority: `${NATIONAL}附件2（各指标按完成情况计分）；各地项目支出绩效自评计分口径（全国基准、偏差扣分等，见 juesuan score）`,
  description:
    '按文件自身采用的评分办法（从各行报告得分推断：能复现最多行的办法；项目表与整体支出表分别推断）重算每项指标得分（本行列有可精确执行的赋分规则的，按本行规则另行复核），报告得分高于应得分的为错误，低于应得分的为警告；没有任何已知办法能复现六成以上的行时不作判断。未达目标却给满分的由“未达目标值却给满分”规则报告；报告得分正是按表中算错的完成率计得的，原因是完成率，合并在“指标完成率计算”的发现中报告。',
  cases: [
    {
      name: '≥100人完成80人，按比例得8分',
      expect: 'pass',
      text: flatSheet({
        name: '培训经费',
        funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'],
        indicators: withIndicator(fullIndicators(), 0, { target: '≥100人', actual: '80人', rate: '80%', score: '24' }),
        total: '94.00',
      }),
    },
    {
      name: '≥100人完成80人却得27分',
      expect: 'fail',
      mentions: '应为24分',
      text: flatSheet({
        name: '培训经费',
        funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'],
        indicators: withIndicator(fullIndicators(), 0, { target: '≥100人', actual: '80人', rate: '80%', score: '27' }),
        total: '97.00',
      }),
    },
  ],
  check({ doc, report }) {
    const sheets = doc.performance.sheets.filter((s) => s.kind !== 'transfer' && s.indicators.some((i) => i.score && i.weight));
    if (sheets.length === 0) return notApplicable('没有列出指标分值和得分的绩效自评表');
    const inference = inferDocument(doc);
    const judged = (['project', 'overall'] as const).filter((g) => {
      const inf = inference[g];
      return inf && inf.comparable > 0 && inf.reproduced / inf.comparable >= MIN_REPRODUCED;
    });
    if (judged.length === 0) {
      const inf = inference.project ?? inference.overall;
      return insufficient(`没有一种已知评分办法能复现本文件六成以上的指标得分（最接近的「${inf?.scheme.title}」复现${inf?.reproduced}/${inf?.comparable}行），无法判断各行得分`);
    }
    for (const sheet of sheets) {
      const group = groupOf(sheet);
      if (!judged.includes(group)) continue;
      const inf = inference[group]!;
      const d = scoreDecimals(sheet);
      for (const ind of sheet.indicators) {
        if (reproduces(ind, inf.scheme, d) !== false) continue;
        // The same cause has its own rule: a missed target scored in full.
        if (targetOutcome(ind) === 'missed' && fullScore(ind)) continue;
        // A row whose own 赋分规则 decides its score is judged by that rule (performance.row-rule-score).
        if (scoredByOwnRule(ind)) continue;
        reportRow(sheet, ind, scoreIndicator(ind, inf.scheme, d), inf.scheme, d, report);
      }
    }
  },
});

/**
 * The score the scheme gives a row on its printed completion rate when that rate contradicts
 * actual ÷ target (the rate is wrongly computed), if the reported score is exactly that: then the
 * score follows from the wrong rate. The row's own class formula is tried first, then the scheme's
 * other quantitative formulas (a table may score a ≤ target by its cost formula).
 */
function scoreFromWrongRate(ind: Indicator, scheme: Scheme, decimals: number): Decimal | null {
  if (!ind.score || !ind.weight) return null;
  const wrong = basesOf(ind).find((b) => !b.valid);
  if (!wrong) return null;
  const own = classify(ind);
  if (own === 'qualitative' || own === 'date') return null;
  const w = dec(ind.weight);
  const reported = dec(ind.score);
  for (const cls of [own, ...(['quantity', 'cost', 'satisfaction'] as const).filter((c) => c !== own)]) {
    const share = scheme.indicator(rowFacts(ind, wrong, cls));
    if (!share || !share.lo.eq(share.hi)) continue;
    const v = roundAt(w.times(share.lo), decimals);
    if (v.eq(reported)) return v;
  }
  return null;
}

function reportRow(
  sheet: PerformanceSheet,
  ind: Indicator,
  r: IndicatorScore,
  scheme: Scheme,
  scoreDecimals: number,
  report: Parameters<Rule['check']>[0]['report'],
) {
  const schemeTitle = scheme.title;
  const c = r.computed!;
  const reported = dec(r.reported!);
  const decimals = Math.max(r.reported!.decimals, c.low.decimalPlaces());
  const want = c.low.eq(c.high) ? fmt(c.low, decimals) : `${fmt(c.low, decimals)}–${fmt(c.high, decimals)}`;
  const over = reported.gt(c.high);
  const fromWrongRate = scoreFromWrongRate(ind, scheme, scoreDecimals) != null;
  const diff = over ? reported.minus(c.high) : reported.minus(c.low);
  report({
    severity: over ? 'error' : 'warning',
    message: `${sheetLabel(sheet)}指标「${r.name}」得分${r.reported!.raw}分，按本文件的评分办法「${schemeTitle}」应为${want}分（${r.basis}）${over ? '，多计' : '，少计'}${fmt(diff.abs(), decimals)}分${r.note ? `；${r.note}` : ''}`,
    expected: want,
    actual: r.reported!.raw,
    difference: fmt(diff, decimals),
    tolerance: `±${halfUnit(r.reported!.decimals).toString()}（得分印刷精度）`,
    locations: [r.reported!.location, r.location],
    // The reported score is what the scheme gives on the printed, wrongly computed completion rate:
    // the rate is the cause, and this score is reported with it when the rate's finding is made.
    explainedBy: fromWrongRate
      ? {
          causes: [causeKey('completion-rate', ind)],
          because: `得分${r.reported!.raw}分正是按表中错误的完成率${ind.completionRate!.raw}计得的，按正确的完成率应为${want}分（「${schemeTitle}」，${r.basis}）${over ? '，多计' : '，少计'}${fmt(diff.abs(), decimals)}分`,
        }
      : undefined,
  });
}

export const rules: Rule[] = [indicatorScore];

