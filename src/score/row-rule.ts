import { Decimal, dec, fmt, halfUnit } from '../model/decimal.js';
import type { Indicator } from '../model/disclosure.js';
import { targetOutcome, unitsCompatible } from '../rules/performance/util.js';

/**
 * A row's own scoring rule, as a 赋分规则 / 评分标准 / 评分规则 column states it, when it is one of a
 * few patterns that leave nothing to guess:
 * - 完成得满分 / 达到目标值得满分 (a met target earns the weight);
 * - 未完成不得分 / 否则不得分 (a missed target earns nothing);
 * - 未达到按比例得分 / 按完成比例赋分 (a missed target earns actual ÷ target × weight; only for targets
 *   where more is better, and never for a target met or exceeded, where "按比例" does not say whether
 *   the excess counts);
 * - 每低1个百分点扣0.5分 / 每少1人扣1分 (a missed target loses k points per step of the shortfall,
 *   floored at 0; 扣完为止 and the like change nothing).
 * Any clause outside these, or two clauses that could both decide a missed target, and the whole
 * rule is not read: the row is left to the document-wide scheme.
 */
export type Clause =
  | { kind: 'full-if-met' }
  | { kind: 'zero-if-missed' }
  | { kind: 'proportional-if-missed' }
  /** "按完成比例赋分" without a condition: read for missed targets only. */
  | { kind: 'proportional' }
  | { kind: 'deduct'; side: 'short' | 'over'; step: Decimal; unit: string; points: Decimal }
  | { kind: 'floor' };

export interface RowRule {
  text: string;
  clauses: Clause[];
}

const MET = '(?:全部|如期|按期|按时)?(?:完成|达到|达成|实现|满足|达标)';
const MISSED = '(?:未完成|未达到|未达成|未实现|未满足|未达标|没有完成|没有达到|不能完成|低于|不足)';
const OBJ = '(?:年度)?(?:目标值|指标值|目标|指标|计划值|计划|标准值|标准|要求)?';
const OR_MORE = '(?:或超过|或超出|及以上|或以上|以上)?(?:目标值|指标值)?';
const THEN = '(?:的|者|即|则|时|后)?[,，]?';

const FULL_IF_MET = new RegExp(`^${MET}${OBJ}${OR_MORE}${THEN}(?:得|计|给|赋|记)?满分$`);
const ZERO_IF_MISSED = new RegExp(`^(?:${MISSED}${OBJ}|否则)${THEN}(?:不得分|不计分|不给分|(?:得|计|记)?0分)$`);
const PROPORTIONAL_IF_MISSED = new RegExp(`^(?:${MISSED}${OBJ}|否则)${THEN}按(?:照)?(?:实际)?(?:完成)?(?:比例|比率|完成率)(?:得分|计分|赋分|计算得分|折算得分)$`);
const PROPORTIONAL = /^(?:按|按照|根据)(?:实际)?(?:完成)?(?:比例|比率|完成率|完成比例)(?:得分|计分|赋分|计算得分)$/;
const SHORT = '(?:低于?|少于?|减少|降低|下降|不足|差)';
const OVER = '(?:超过|超出|超|高于?|多于?|增加)';
const DEDUCT = new RegExp(`^每(${SHORT}|${OVER})(?:目标值|指标值|目标|计划)?(\\d+(?:\\.\\d+)?)(个百分点|百分点|%|[个]?[\\u4e00-\\u9fa5]{1,2}?)(?:扣|减|扣除)(\\d+(?:\\.\\d+)?)分$`);
const FLOOR = /^(?:扣完为止|扣完即止|扣完|扣满为止|扣至0分为止|直至扣完|最低(?:为|得)?0分|不倒扣分?|不得为负(?:分)?)$/;

function normalise(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/％/g, '%');
}

function clauseOf(c: string): Clause | null {
  if (FULL_IF_MET.test(c)) return { kind: 'full-if-met' };
  if (ZERO_IF_MISSED.test(c)) return { kind: 'zero-if-missed' };
  if (PROPORTIONAL_IF_MISSED.test(c)) return { kind: 'proportional-if-missed' };
  if (PROPORTIONAL.test(c)) return { kind: 'proportional' };
  if (FLOOR.test(c)) return { kind: 'floor' };
  const d = DEDUCT.exec(c);
  if (d) {
    const step = new Decimal(d[2] as string);
    const points = new Decimal(d[4] as string);
    if (step.isZero()) return null;
    let unit = d[3] as string;
    if (/百分点/.test(unit)) unit = '百分点';
    else if (unit.length > 1 && unit.startsWith('个')) unit = unit.slice(1);
    return { kind: 'deduct', side: new RegExp(`^${SHORT}$`).test(d[1] as string) ? 'short' : 'over', step, unit, points };
  }
  return null;
}

/** Reads a rule when every clause of it is one of the patterns and they do not contradict each other; null otherwise. */
export function parseRowRule(text: string | null | undefined): RowRule | null {
  if (!text) return null;
  const parts = normalise(text)
    .split(/[,，;；。]/)
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const clauses: Clause[] = [];
  for (const p of parts) {
    const c = clauseOf(p);
    if (!c) return null;
    clauses.push(c);
  }
  // One way of scoring a missed target, at most (a deduction for each side is one way).
  const missedWays = clauses.filter((c) => c.kind === 'zero-if-missed' || c.kind === 'proportional-if-missed' || c.kind === 'proportional');
  const deductions = clauses.filter((c) => c.kind === 'deduct');
  if (missedWays.length + (deductions.length ? 1 : 0) > 1) return null;
  if (new Set(deductions.map((d) => (d as { side: string }).side)).size !== deductions.length) return null;
  if (clauses.every((c) => c.kind === 'floor')) return null;
  return { text, clauses };
}

/** What a row's own rule gives it. */
export type RowRuleResult =
  /** The rule does not decide this row (a qualitative target, an exceeded target under "按比例", a ≤ target under "按比例"). */
  | { status: 'silent' }
  /** The rule would decide it but a figure it needs is not printed. */
  | { status: 'missing'; what: string }
  /**
   * The scores the rule allows, one per reading the words admit (a shortfall of 2.5 points at "每低1个百分点"
   * is 2.5 steps or 2; "百分点" of the value or of the completion rate): `how` says how they were reached.
   */
  | { status: 'computed'; scores: Decimal[]; how: string };

const HUNDRED = new Decimal(100);

/** The row's printed completion rate as a ratio, when it is actual ÷ target rounded as printed; null otherwise. */
function printedRatio(i: Indicator, quotient: Decimal): Decimal | null {
  const cr = i.completionRate;
  if (!cr) return null;
  return quotient.times(HUNDRED).minus(dec(cr)).abs().lte(halfUnit(cr.decimals)) ? dec(cr).div(HUNDRED) : null;
}

function unitKey(u: string | null | undefined): string {
  return (u ?? '').replace(/^个(.)/, '$1').replace(/（%）|\(%\)/, '%');
}

/** Applies a parsed rule to its row. */
export function applyRowRule(i: Indicator, rule: RowRule): RowRuleResult {
  if (!i.weight) return { status: 'missing', what: '分值' };
  if (i.targetKind === 'qualitative' || i.targetKind === 'date' || i.operator === 'qualitative') return { status: 'silent' };
  if (i.target.trim() === '') return { status: 'missing', what: '目标值' };
  if (i.actual.trim() === '') return { status: 'missing', what: '实际完成值' };
  if (!i.targetValue || !i.actualValue || !unitsCompatible(i.targetValue.unit, i.actualValue.unit)) return { status: 'silent' };
  const w = dec(i.weight);
  const t = dec(i.targetValue);
  const a = dec(i.actualValue);
  // An "=" target missed is short of it or beyond it: short reads as a "≥" target missed.
  const eqSide = i.operator === '=' && !a.eq(t) ? (a.lt(t) ? 'short' : 'over') : null;
  const outcome = eqSide ? 'missed' : targetOutcome(i);
  const has = (k: Clause['kind']) => rule.clauses.some((c) => c.kind === k);
  if (outcome === 'unknown') return { status: 'silent' };
  if (outcome === 'met') {
    // "按完成比例" alone does not say what an exceeded target earns.
    if (has('proportional')) return { status: 'silent' };
    return { status: 'computed', scores: [w], how: '达到目标值，得满分' };
  }
  const higher = i.operator === '>=' || i.operator === '>' || eqSide === 'short';
  const lower = i.operator === '<=' || i.operator === '<' || eqSide === 'over';
  // Beyond an "=" target only a deduction per unit over says what it earns ("未完成" does not fit it).
  if (eqSide === 'over' && !rule.clauses.some((c) => c.kind === 'deduct' && c.side === 'over')) return { status: 'silent' };
  if (has('zero-if-missed')) return { status: 'computed', scores: [new Decimal(0)], how: '未达到目标值，不得分' };
  if (has('proportional') || has('proportional-if-missed')) {
    if (!higher || t.lte(0) || a.lt(0)) return { status: 'silent' };
    const q = a.div(t);
    const scores = [w.times(q)];
    // The table's own printed completion rate, when it agrees with actual ÷ target, is as good a basis.
    const printed = printedRatio(i, q);
    if (printed) scores.push(w.times(printed));
    return { status: 'computed', scores, how: `未达到目标值，按完成比例${fmt(q.times(HUNDRED), 2)}%×${i.weight.raw}分` };
  }
  const side = higher ? 'short' : lower ? 'over' : null;
  const deduct = rule.clauses.find((c): c is Extract<Clause, { kind: 'deduct' }> => c.kind === 'deduct' && c.side === side);
  if (!deduct) return { status: 'silent' };
  // The shortfall in the rule's unit, on every reading its words admit.
  const gaps: { gap: Decimal; label: string }[] = [];
  const valueGap = a.minus(t).abs();
  if (deduct.unit === '百分点' || deduct.unit === '%') {
    const percent = unitKey(i.targetValue.unit) === '%' && unitKey(i.actualValue.unit) === '%';
    if (percent) gaps.push({ gap: valueGap, label: `${higher ? '低' : '高'}${fmt(valueGap, Math.max(i.targetValue.decimals, i.actualValue.decimals))}个百分点` });
    if (!t.isZero()) {
      const rateGap = a.div(t).minus(1).abs().times(HUNDRED);
      // Of a percent target, "百分点" most likely means the value's; the completion rate's is the other reading.
      gaps.push({ gap: rateGap, label: `完成率${fmt(a.div(t).times(HUNDRED), 2)}%，${higher ? '低' : '高'}${fmt(rateGap, 2)}个百分点` });
      // The table's own printed (rounded) completion rate, when it agrees with actual ÷ target.
      const printed = printedRatio(i, a.div(t));
      if (printed) gaps.push({ gap: printed.minus(1).abs().times(HUNDRED), label: `表列完成率${i.completionRate?.raw}` });
    }
  } else {
    const u = unitKey(deduct.unit);
    if (u === '' || (u !== unitKey(i.targetValue.unit) && u !== unitKey(i.actualValue.unit)) || unitKey(i.targetValue.unit) === '') return { status: 'silent' };
    gaps.push({ gap: valueGap, label: `${higher ? '少' : '多'}${fmt(valueGap, Math.max(i.targetValue.decimals, i.actualValue.decimals))}${deduct.unit}` });
  }
  if (gaps.length === 0) return { status: 'silent' };
  const scores: Decimal[] = [];
  for (const { gap } of gaps) {
    const steps = gap.div(deduct.step);
    // Whole steps only, or each part of a step in proportion: the words do not say.
    for (const s of [steps, steps.floor(), steps.ceil()]) {
      const v = w.minus(deduct.points.times(s));
      scores.push(v.isNeg() ? new Decimal(0) : v);
    }
  }
  const first = gaps[0] as { gap: Decimal; label: string };
  const ded = deduct.points.times(first.gap.div(deduct.step));
  return { status: 'computed', scores, how: `未达到目标值，${first.label}，每${fmt(deduct.step, deduct.step.decimalPlaces())}${deduct.unit === '百分点' ? '个百分点' : deduct.unit}扣${fmt(deduct.points, deduct.points.decimalPlaces())}分，扣${fmt(ded, Math.min(4, Math.max(2, ded.decimalPlaces())))}分` };
}

const OWN = new WeakMap<Indicator, { rule: RowRule; result: RowRuleResult } | null>();

/** A row's own scoring rule, read and applied (once per row), when its 赋分规则 column states one of the exact patterns; null otherwise. */
export function ownRule(i: Indicator): { rule: RowRule; result: RowRuleResult } | null {
  if (OWN.has(i)) return OWN.get(i) ?? null;
  const rule = parseRowRule(i.scoringRule);
  const out = rule ? { rule, result: applyRowRule(i, rule) } : null;
  OWN.set(i, out);
  return out;
}
