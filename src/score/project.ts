import { Decimal, type Figure, dec, fmt, halfUnit, sumFigures } from '../model/decimal.js';
import type { Indicator, PerformanceQuote, PerformanceSheet } from '../model/disclosure.js';
import { classify } from './classify.js';
import type { Location } from '../model/location.js';
import { QUOTE_SOURCE, duplicateIndexes, normalizeGrade, pts, scoreDecimals } from '../rules/performance/util.js';
import { type ExecutionScore, type IndicatorScore, gradeOf, roundAt, scoreExecution, scoreIndicator } from './recompute.js';
import { ownRule } from './row-rule.js';
import type { Scheme } from './scheme.js';

/** A project (or the department as a whole) as reported and as recomputed under a scheme. */
export interface ProjectScore {
  name: string;
  kind: PerformanceSheet['kind'];
  /** Where the scores were read: a self-evaluation table, or only quotes (a report's sub-scores, a summary table, the narrative). */
  source: 'sheet' | PerformanceQuote['source'];
  reported: { executionScore: Figure | null; total: Figure | null; grade: string | null };
  computed: { executionScore: Decimal | null; total: Decimal | null; grade: string | null };
  execution: ExecutionScore | null;
  indicators: IndicatorScore[];
  /** Sub-scores a report gives instead of indicator rows (项目决策 18, 项目管理 18, …). */
  parts: { name: string; score: Figure }[];
  /** Each disagreement, in words a reviewer can act on. */
  differences: string[];
  location: Location;
}

/** Recomputes one self-evaluation table under a scheme; `quotes` are the same project's scores quoted elsewhere. */
export function scoreSheet(s: PerformanceSheet, scheme: Scheme, quotes: readonly PerformanceQuote[]): ProjectScore {
  const d = scoreDecimals(s);
  // A row that states its own 赋分规则 in an exact pattern is scored by it; the others by the scheme.
  const indicators = s.indicators.map((i) => byOwnRule(i, d) ?? scoreIndicator(i, scheme, d));
  const execution = s.funds ? scoreExecution(s.funds, scheme, d) : null;
  const differences: string[] = [];
  const quoted = quotes.find((q) => q.score) ?? null;
  const reportedTotal = s.total ?? quoted?.score ?? null;
  const reportedGrade = s.grade ?? quotes.find((q) => q.grade)?.grade ?? null;

  if (execution?.agrees === false) {
    differences.push(`预算执行得分：报告${pts(execution.reported)}分，按执行率${execution.rate}×${pts(execution.weight)}分应为${fmt(execution.computed as Decimal, d)}分`);
  }
  for (const r of indicators) {
    if (r.agrees !== false) continue;
    const c = r.computed as { low: Decimal; high: Decimal };
    const want = c.low.eq(c.high) ? fmt(c.low, d) : `${fmt(c.low, d)}–${fmt(c.high, d)}`;
    differences.push(`指标「${r.name}」：报告${pts(r.reported)}分，按${r.ownRule ? `本行赋分规则「${r.ownRule}」` : `「${scheme.title}」`}应为${want}分（${r.basis}）${r.note ? `；${r.note}` : ''}`);
  }
  for (const r of indicators) if (r.weight && !r.reported) differences.push(`指标「${r.name}」未填得分`);

  const weights = [...s.indicators.map((i) => i.weight), s.funds?.weight].filter((f): f is Figure => f != null);
  const max = s.statedMax ? dec(s.statedMax) : new Decimal(100);
  if (s.kind !== 'transfer' && weights.length > 1 && s.indicators.every((i) => i.weight)) {
    const sum = sumFigures(weights);
    if (!sum.eq(max)) differences.push(`分值合计${fmt(sum, sum.decimalPlaces())}分，不等于总分${fmt(max, max.decimalPlaces())}分`);
  }
  const duplicated = new Set(duplicateIndexes(s));
  for (const k of duplicated) {
    const i = s.indicators[k] as PerformanceSheet['indicators'][number];
    differences.push(`指标「${i.name}」重复列出${i.score ? `，重复计${pts(i.score)}分（重算总分时只计一次）` : ''}`);
  }

  // The recomputed total: each row's own computation where the scheme gives one point, the reported score otherwise.
  let computedTotal: Decimal | null = null;
  const scored = indicators.filter((r) => r.reported || r.computed);
  if (scored.length > 0 && s.kind !== 'transfer') {
    let t = execution?.computed ?? (s.funds?.score ? dec(s.funds.score) : new Decimal(0));
    // A duplicated indicator is one indicator: it is not scored twice.
    for (const [k, r] of indicators.entries()) {
      if (duplicated.has(k)) continue;
      if (r.computed && r.computed.low.eq(r.computed.high)) t = t.plus(r.computed.low);
      else if (r.reported && (r.agrees !== false || !r.computed)) t = t.plus(dec(r.reported));
      else if (r.computed) t = t.plus(r.computed.high);
    }
    computedTotal = roundAt(t, reportedTotal ? Math.max(reportedTotal.decimals, d) : d);
    if (reportedTotal) {
      const parts = [...indicators.map((r) => r.reported), execution?.reported ?? s.funds?.score].filter((f): f is Figure => f != null);
      const reportedSum = sumFigures(parts);
      if (parts.length > 1 && !roundAt(reportedSum, reportedTotal.decimals).eq(dec(reportedTotal))) {
        differences.push(`总分：报告${pts(reportedTotal)}分，不等于各项报告得分之和${fmt(reportedSum, d)}分${duplicated.size ? '（含重复列出的指标）' : ''}`);
      }
      if (!computedTotal.eq(dec(reportedTotal))) differences.push(`总分：报告${pts(reportedTotal)}分，按「${scheme.title}」重算为${fmt(computedTotal, computedTotal.decimalPlaces())}分`);
    }
  }
  for (const q of quotes) {
    if (q.score && reportedTotal && !dec(q.score).eq(dec(reportedTotal))) differences.push(`${quoteSource(q)}引用得分${pts(q.score)}分，与表中总分${pts(reportedTotal)}分不一致`);
  }
  const computedGrade = gradeFor(scheme, computedTotal ?? (reportedTotal ? dec(reportedTotal) : null));
  if (reportedGrade && computedGrade && normalizeGrade(reportedGrade) && normalizeGrade(reportedGrade) !== normalizeGrade(computedGrade)) {
    differences.push(`等级：报告“${reportedGrade}”，按${computedTotal ? '重算总分' : '报告总分'}应为“${computedGrade}”`);
  }
  return {
    name: s.name,
    kind: s.kind,
    source: 'sheet',
    reported: { executionScore: s.funds?.score ?? null, total: reportedTotal, grade: reportedGrade },
    computed: { executionScore: execution?.computed ?? null, total: computedTotal, grade: computedGrade },
    execution,
    indicators,
    parts: [],
    differences,
    location: s.location,
  };
}

/** A row scored by its own rule (score/row-rule.ts), as the scheme's rows are reported; null when the rule does not decide it. */
function byOwnRule(i: Indicator, decimals: number): IndicatorScore | null {
  const own = ownRule(i);
  if (own?.result.status !== 'computed') return null;
  const scores = own.result.scores.map((c) => roundAt(c, decimals));
  const low = scores.reduce((a, b) => (b.lt(a) ? b : a));
  const high = scores.reduce((a, b) => (b.gt(a) ? b : a));
  const half = halfUnit(decimals);
  const reported = i.score ? dec(i.score) : null;
  return {
    name: i.name,
    level1: i.level1,
    level2: i.level2,
    cls: classify(i),
    weight: i.weight,
    reported: i.score,
    computed: { low, high },
    basis: own.result.how,
    agrees: reported ? own.result.scores.some((c) => c.minus(reported).abs().lte(half)) : null,
    note: reported ? (low.eq(high) ? null : '规则文字有几种读法，取其一即可') : '未填得分',
    ownRule: own.rule.text,
    location: i.location,
  };
}

function gradeFor(scheme: Scheme, total: Decimal | null): string | null {
  return total ? gradeOf(scheme, total) : null;
}

function quoteSource(q: PerformanceQuote): string {
  return QUOTE_SOURCE[q.source];
}

/**
 * A project known only from quotes: a report with sub-scores is recomputed as their sum; otherwise
 * the quotes are compared with each other.
 */
export function scoreQuotes(quotes: readonly PerformanceQuote[], scheme: Scheme): ProjectScore {
  const primary = quotes.find((q) => q.parts?.some((p) => p.parent == null)) ?? quotes.find((q) => q.source === 'summary-table' && q.score) ?? quotes.find((q) => q.score) ?? (quotes[0] as PerformanceQuote);
  const parts = (primary.parts ?? []).filter((p) => p.parent == null).map((p) => ({ name: p.name, score: p.score }));
  const differences: string[] = [];
  let computedTotal: Decimal | null = null;
  if (parts.length > 1) {
    const d = Math.max(primary.score?.decimals ?? 0, ...parts.map((p) => p.score.decimals));
    computedTotal = roundAt(sumFigures(parts.map((p) => p.score)), d);
    if (primary.score && !computedTotal.eq(dec(primary.score))) {
      differences.push(`总分：报告${pts(primary.score)}分，各部分得分之和为${fmt(computedTotal, d)}分（${parts.map((p) => `${p.name}${pts(p.score)}`).join('＋')}）`);
    }
  }
  const grade = quotes.find((q) => q.grade)?.grade ?? null;
  for (const q of quotes) {
    if (q !== primary && q.score && primary.score && !dec(q.score).eq(dec(primary.score))) {
      differences.push(`${quoteSource(q)}引用得分${pts(q.score)}分，与${quoteSource(primary)}的${pts(primary.score)}分不一致`);
    }
  }
  const computedGrade = gradeFor(scheme, computedTotal ?? (primary.score ? dec(primary.score) : null));
  if (grade && computedGrade && normalizeGrade(grade) && normalizeGrade(grade) !== normalizeGrade(computedGrade)) {
    differences.push(`等级：报告“${grade}”，按得分应为“${computedGrade}”`);
  }
  return {
    name: primary.name,
    kind: /整体/.test(primary.name) ? 'overall' : 'project',
    source: primary.source,
    reported: { executionScore: null, total: primary.score, grade },
    computed: { executionScore: null, total: computedTotal, grade: computedGrade },
    execution: null,
    indicators: [],
    parts,
    differences,
    location: primary.location,
  };
}
