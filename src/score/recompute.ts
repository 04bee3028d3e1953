import { Decimal, type Figure, dec, fmt } from '../model/decimal.js';
import type { Indicator, PerformanceSheet } from '../model/disclosure.js';
import type { Location } from '../model/location.js';
import { type IndicatorClass, CLASS_LABEL, classify } from './classify.js';
import { type Basis, basesOf, rowFacts } from './rows.js';
import { type RowFacts, type Scheme, type Share, gradeOf } from './scheme.js';
import { SCHEMES } from './schemes/index.js';

/** One indicator row, as reported and as the scheme computes it. */
export interface IndicatorScore {
  name: string;
  level1: string | null;
  level2: string | null;
  cls: IndicatorClass;
  weight: Figure | null;
  reported: Figure | null;
  /** The scheme's score at the reported precision; `high` differs when the scheme allows a band (qualitative grades). */
  computed: { low: Decimal; high: Decimal } | null;
  /** What the computation rests on (表列完成率, 完成值÷指标值, 定性达成). */
  basis: string | null;
  /** null when there is nothing to compare (no weight, no reported score, or the scheme does not say). */
  agrees: boolean | null;
  /** Why the row could not be computed, or what the reported score matches instead. */
  note: string | null;
  /** The row's own 赋分规则, when it was scored by it rather than by the scheme. */
  ownRule?: string;
  location: Location;
}

export interface ExecutionScore {
  weight: Figure | null;
  rate: string | null;
  reported: Figure | null;
  computed: Decimal | null;
  agrees: boolean | null;
  note: string | null;
}

const HUNDRED = new Decimal(100);

/** Rounds half-up to the printed precision, as the tables do. */
export function roundAt(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

function inRange(reported: Figure | Decimal, w: Decimal, s: Share, decimals: number): boolean {
  const r = reported instanceof Decimal ? reported : dec(reported);
  const lo = roundAt(w.times(s.lo), decimals);
  return s.lo === s.hi || s.lo.eq(s.hi) ? lo.eq(r) : lo.lte(r) && r.lte(roundAt(w.times(s.hi), decimals));
}

function shareText(w: Decimal, s: Share, decimals: number): string {
  const lo = fmt(roundAt(w.times(s.lo), decimals), decimals);
  const hi = fmt(roundAt(w.times(s.hi), decimals), decimals);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/**
 * Scores one indicator under a scheme at the given score precision. The row agrees when the
 * reported score is what the scheme gives on any basis the document could have used.
 */
export function scoreIndicator(i: Indicator, scheme: Scheme, decimals: number, options: { explain?: boolean } = {}): IndicatorScore {
  const p = prepare(i);
  const base: Omit<IndicatorScore, 'computed' | 'basis' | 'agrees' | 'note'> = {
    name: i.name,
    level1: i.level1,
    level2: i.level2,
    cls: p.cls,
    weight: i.weight,
    reported: i.score,
    location: i.location,
  };
  if (!p.w) return { ...base, computed: null, basis: null, agrees: null, note: '未列分值' };
  const w = p.w;
  if (p.ways.length === 0) return { ...base, computed: null, basis: null, agrees: null, note: '完成值或指标值不是可比较的数值' };
  let first: { share: Share; label: string } | null = null;
  let agrees = false;
  for (const way of p.ways) {
    const share = scheme.indicator(way.facts);
    if (!share) continue;
    first ??= { share, label: way.label };
    if (p.score && inRange(p.score, w, share, decimals)) agrees = true;
  }
  if (!first) return { ...base, computed: null, basis: null, agrees: null, note: `${scheme.title}对此行没有规定（${describeUnscorable(i, p.cls)}）` };
  const computed = { low: roundAt(w.times(first.share.lo), decimals), high: roundAt(w.times(first.share.hi), decimals) };
  if (!i.score) return { ...base, computed, basis: first.label, agrees: null, note: '未填得分' };
  return { ...base, computed, basis: first.label, agrees, note: agrees || options.explain === false ? null : explain(i, scheme, decimals) };
}

/**
 * Whether a scheme reproduces a row's reported score: true, false, or null when there is nothing to
 * compare. The lean path scheme inference takes for every row under every scheme.
 */
export function reproduces(i: Indicator, scheme: Scheme, decimals: number): boolean | null {
  // (Asked again of the scheme inferred, row by row, by performance.indicator-score: kept per row.)
  let byScheme = REPRODUCED.get(i);
  if (!byScheme) REPRODUCED.set(i, (byScheme = new Map()));
  let byDecimals = byScheme.get(scheme);
  if (!byDecimals) byScheme.set(scheme, (byDecimals = new Map()));
  const known = byDecimals.get(decimals);
  if (known !== undefined) return known;
  const r = reproducedBy(i, scheme, decimals);
  byDecimals.set(decimals, r);
  return r;
}

// Per row (keyed by the Indicator object): nothing is kept from one document to the next.
const REPRODUCED = new WeakMap<Indicator, Map<Scheme, Map<number, boolean | null>>>();

function reproducedBy(i: Indicator, scheme: Scheme, decimals: number): boolean | null {
  const p = prepare(i);
  if (!p.w || !p.score) return null;
  let any = false;
  for (const way of p.ways) {
    const share = scheme.indicator(way.facts);
    if (!share) continue;
    any = true;
    if (inRange(p.score, p.w, share, decimals)) return true;
  }
  return any ? false : null;
}

/** What every scheme reads of a row, worked out once per row (inference scores each row under every scheme). */
interface Prepared {
  cls: IndicatorClass;
  w: Decimal | null;
  score: Decimal | null;
  /** The valid bases with their facts, in the order the document most likely used them. */
  ways: { label: string; facts: RowFacts }[];
}

const PREPARED = new WeakMap<Indicator, Prepared>();

function prepare(i: Indicator): Prepared {
  const hit = PREPARED.get(i);
  if (hit) return hit;
  const cls = classify(i);
  let bases: (Basis | null)[] = cls === 'qualitative' || cls === 'date' ? [null] : basesOf(i).filter((b) => b.valid);
  // A zero target has no ratio: the scheme decides by whether it was met.
  if (bases.length === 0 && i.targetValue && dec(i.targetValue).isZero()) bases = [null];
  const ways = bases.map((b) => ({
    label: b?.label ?? (cls === 'date' ? '按期完成' : cls === 'qualitative' ? `定性：${i.actual || '（空）'}` : `指标值为0，完成值${i.actual}`),
    facts: rowFacts(i, b, cls),
  }));
  const p: Prepared = { cls, w: i.weight ? dec(i.weight) : null, score: i.score ? dec(i.score) : null, ways };
  PREPARED.set(i, p);
  return p;
}

function describeUnscorable(i: Indicator, cls: IndicatorClass): string {
  if (cls === 'date') return '未能判断是否按期完成';
  if (cls === 'qualitative') return `未能从“${i.actual}”判断是否达成`;
  return '无法计算完成率';
}

/** Which other formula, on which basis, reproduces a reported score that the scheme does not. */
function explain(i: Indicator, scheme: Scheme, decimals: number): string | null {
  if (!i.score || !i.weight) return null;
  const w = dec(i.weight);
  // Full marks need no formula to explain them: say so, and whether the target was in fact missed.
  if (dec(i.score).gte(w)) {
    const met = rowFacts(i, null).met;
    return met === 'missed' ? '报告按满分计，但完成值未达到指标值' : '报告按满分计，未按偏差扣分';
  }
  const own = classify(i);
  const schemes = [scheme, ...SCHEMES.filter((s) => s !== scheme)];
  const classes: IndicatorClass[] = [own, ...(['quantity', 'cost', 'satisfaction'] as const).filter((c) => c !== own)];
  for (const s of schemes) {
    for (const cls of own === 'qualitative' || own === 'date' ? [own] : classes) {
      for (const b of own === 'qualitative' || own === 'date' ? [null] : basesOf(i)) {
        if (s === scheme && cls === own) continue;
        const share = s.indicator(rowFacts(i, b, cls));
        if (!share || !share.lo.eq(share.hi) || !inRange(i.score, w, share, decimals)) continue;
        const how = `${s === scheme ? '' : `「${s.title}」的`}${CLASS_LABEL[cls]}公式${b ? `按${b.label}` : ''}`;
        return `报告得分与${how}计得的${shareText(w, share, decimals)}分一致`;
      }
    }
  }
  return null;
}

/** Execution score = share at the execution rate × its weight, on the printed rate and on executed ÷ budget. */
export function scoreExecution(funds: NonNullable<PerformanceSheet['funds']>, scheme: Scheme, decimals: number): ExecutionScore {
  const out: ExecutionScore = { weight: funds.weight, rate: funds.rate?.raw ?? null, reported: funds.score, computed: null, agrees: null, note: null };
  if (!funds.weight) return { ...out, note: '未列预算执行分值' };
  const w = dec(funds.weight);
  const rates: Decimal[] = [];
  if (funds.rate) rates.push(dec(funds.rate));
  if (funds.fullBudget && funds.executed) {
    if (dec(funds.fullBudget).isZero()) {
      if (!funds.rate) return { ...out, note: '全年预算数为0，执行率无从计算' };
    } else rates.push(dec(funds.executed).div(dec(funds.fullBudget)).times(HUNDRED));
  }
  if (rates.length === 0) return { ...out, note: '未列执行率和执行数' };
  const candidates = rates.map((r) => roundAt(w.times(scheme.execution(r)), decimals));
  const computed = candidates[0] as Decimal;
  if (!funds.score) return { ...out, computed, note: '未填预算执行得分' };
  const agrees = candidates.some((c) => c.eq(dec(funds.score as Figure)));
  return { ...out, rate: out.rate ?? `${fmt(rates[0] as Decimal, 2)}%`, computed, agrees };
}

export { gradeOf };
