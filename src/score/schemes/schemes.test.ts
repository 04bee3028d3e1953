import { describe, expect, it } from 'vitest';
import { type Figure, parseNumber } from '../../model/decimal.js';
import type { Indicator, PerformanceSheet } from '../../model/disclosure.js';
import { loc } from '../../model/location.js';
import { scoreExecution, scoreIndicator } from '../recompute.js';
import { deviation } from './deviation.js';
import { national } from './national.js';

/** A figure as a table prints it ("5.4", "84%", "4.50万元"). */
function fig(raw: string, kind: Figure['kind'] = 'count'): Figure {
  const m = /^([-\d.,]+)(.*)$/.exec(raw.replace(/^[≥≤<>=]+/, '')) as RegExpExecArray;
  const p = parseNumber(m[1] as string) as { value: string; decimals: number };
  return { ...p, kind, unit: (m[2] as string) || null, raw, location: loc('t.txt', raw) };
}

/** An indicator row as the samples print it: target with operator, actual, completion rate, weight, score. */
function row(r: { l1?: string; l2?: string; name?: string; target: string; actual: string; rate?: string; weight: string; score?: string; date?: boolean }): Indicator {
  const op = /^(≥|>=)/.test(r.target) ? '>=' : /^(≤|<=)/.test(r.target) ? '<=' : /^=/.test(r.target) ? '=' : /\d/.test(r.target) ? '>=' : 'qualitative';
  const quantitative = !r.date && op !== 'qualitative';
  return {
    level1: r.l1 ?? '产出指标',
    level2: r.l2 ?? '数量指标',
    name: r.name ?? '指标',
    weight: fig(r.weight, 'score'),
    operator: r.date ? '<=' : op,
    target: r.target,
    targetValue: quantitative ? fig(r.target.replace(/^[≥≤<>=]+/, '')) : null,
    actual: r.actual,
    actualValue: quantitative && /\d/.test(r.actual) ? fig(r.actual.replace(/^=/, '')) : null,
    unit: null,
    completionRate: r.rate ? fig(r.rate, 'percent') : null,
    score: r.score ? fig(r.score, 'score') : null,
    deviationNote: null,
    location: loc('t.txt', r.name ?? '指标'),
    targetKind: r.date ? 'date' : quantitative ? 'quantitative' : 'qualitative',
  };
}

const at = (scheme: typeof national, i: Indicator, decimals = 2) => scoreIndicator(i, scheme, decimals);
const value = (r: ReturnType<typeof at>) => r.computed?.low.toFixed(2);

describe('national baseline', () => {
  it('gives full marks to a met target and to a met cap (rongcheng: ≥85% reached 98%, ≤5万元 spent 4.96万元)', () => {
    expect(at(national, row({ target: '≥85%', actual: '98%', rate: '100%', weight: '10', score: '10' }))).toMatchObject({ agrees: true });
    expect(at(national, row({ l1: '成本指标', l2: '经济成本', target: '≤5万元', actual: '4.96万元', rate: '100%', weight: '10', score: '10' }))).toMatchObject({ agrees: true });
  });
  it('scores a missed ≥ target by the share reached, even below 60% of it', () => {
    expect(value(at(national, row({ target: '≥100人', actual: '80人', weight: '30', score: '24' })))).toBe('24.00');
    expect(value(at(national, row({ target: '≥100人', actual: '45人', weight: '20' })))).toBe('9.00');
  });
  it('scores an overrun cost cap by target ÷ actual', () => {
    expect(value(at(national, row({ l1: '成本指标', target: '≤90万元', actual: '100万元', weight: '10' })))).toBe('9.00');
  });
  it('gives nothing for a cost indicator with nothing spent (rongcheng 医保一图清: ≤7万元, actual 0, scored 0)', () => {
    expect(at(national, row({ l1: '成本指标', l2: '经济成本', target: '≤7万元', actual: '0', rate: '0', weight: '10', score: '0' }), 0)).toMatchObject({ agrees: true });
  });
  it('gives full marks for a zero target met, and says nothing it cannot compute', () => {
    expect(value(at(national, row({ l2: '质量指标', target: '≤0起', actual: '0起', weight: '10' })))).toBe('10.00');
    expect(at(national, row({ target: '≥0个', actual: '3个', weight: '10' })).computed?.low.toFixed(0)).toBe('10');
  });
  it('scores qualitative rows by grade band: achieved full, 基本达成 60–80%, not achieved under 60%', () => {
    const q = (actual: string, score: string) => at(national, row({ l1: '效益指标', target: '显著提升', actual, weight: '10', score }), 0);
    expect(q('达到预期指标', '10')).toMatchObject({ agrees: true });
    expect(q('基本达到', '7')).toMatchObject({ agrees: true });
    expect(q('基本达到', '10')).toMatchObject({ agrees: false });
    expect(q('0', '0')).toMatchObject({ agrees: true });
  });
  it('scores a deadline met in full and leaves a missed one to the missed-target rule', () => {
    expect(at(national, row({ l2: '时效指标', target: '2024年12月10日前', actual: '2024年8月27日', weight: '10', score: '10', date: true }))).toMatchObject({ agrees: true });
    expect(at(national, row({ l2: '时效指标', target: '2024年6月30日前', actual: '2024年8月27日', weight: '10', score: '10', date: true })).computed).toBeNull();
  });
});

describe('deviation scheme (Xinjiang), pinned with changji rows', () => {
  const cases: [string, Parameters<typeof row>[0]][] = [
    ['over-achievement loses the excess: ≥70% reached 100% → 142.86%, 5.71 of 10', { target: '>=70%', actual: '=100%', rate: '142.86%', weight: '10', score: '5.71' }],
    ['≥114万人 reached 115.76万人 → 101.54%, 9.85 of 10', { target: '>=114万人', actual: '=115.76万人', rate: '101.54%', weight: '10', score: '9.85' }],
    ['effect indicator 105.26% → 18.95 of 20', { l1: '效益指标', l2: '社会效益指标', target: '>=95%', actual: '=100%', rate: '105.26%', weight: '20', score: '18.95' }],
    ['cost saving loses 2.5× its share: ≤4.50万元 spent 3.77万元 → 84%, 5.4 of 9', { l1: '成本指标', l2: '经济成本指标', target: '<=4.50万元', actual: '=3.77万元', rate: '84%', weight: '9', score: '5.4' }],
    ['cost saving: ≤450元 spent 420元 → 93.33%, 8.33 of 10', { l1: '成本指标', l2: '经济成本指标', target: '<=450元', actual: '=420元', rate: '93.33%', weight: '10', score: '8.33' }],
    ['cost saving: ≤22.5万元 spent 22.455万元 → 99.8%, 3.98 of 4', { l1: '成本指标', l2: '经济成本指标', target: '<=22.5万元', actual: '=22.455万元', rate: '99.8%', weight: '4', score: '3.98' }],
    ['cost overrun loses the excess once: 100.25% → 3.99 of 4', { l1: '成本指标', l2: '经济成本指标', target: '<=127.4565万元', actual: '=127.7696万元', rate: '100.25%', weight: '4', score: '3.99' }],
    ['satisfaction is not penalised for exceeding: ≥95% reached 100% → full 10', { l1: '满意度指标', l2: '满意度指标', target: '>=95%', actual: '=100%', rate: '105.26%', weight: '10', score: '10' }],
  ];
  it.each(cases)('%s', (_, r) => {
    expect(at(deviation, row(r))).toMatchObject({ agrees: true });
  });
  it('national does not reproduce the over-achievement deductions', () => {
    expect(at(national, row(cases[0]![1]))).toMatchObject({ agrees: false });
  });
  it('does not credit a printed completion rate that actual ÷ target contradicts (changji: ≤95%, actual 100%, printed 97.95%, scored 18.98)', () => {
    const r = at(deviation, row({ l1: '效益指标', l2: '社会效益指标', target: '<=95%', actual: '=100%', rate: '97.95%', weight: '20', score: '18.98' }));
    expect(r).toMatchObject({ agrees: false });
    expect(value(r)).toBe('18.95');
    expect(r.note).toMatch(/成本指标公式.*97\.95%.*18\.98/);
  });
  it('scores zero when the deviation reaches 100%', () => {
    expect(value(at(deviation, row({ target: '>=10次', actual: '=25次', weight: '10' })))).toBe('0.00');
  });
});

describe('execution score', () => {
  const funds = (full: string, executed: string, rate: string | null, score: string): NonNullable<PerformanceSheet['funds']> => ({
    initialBudget: null,
    fullBudget: fig(full, 'amount'),
    executed: fig(executed, 'amount'),
    weight: fig('10', 'score'),
    rate: rate ? fig(rate, 'percent') : null,
    score: fig(score, 'score'),
    location: loc('t.txt', ''),
  });
  it('is the execution rate × 10 at the printed precision (rongcheng: 3.79% → 0.4; changji: 92.65% → 9.27, not 10.00)', () => {
    expect(scoreExecution(funds('505.12', '19.15', '3.79%', '0.4'), national, 1)).toMatchObject({ agrees: true });
    const c = scoreExecution(funds('9.93', '9.20', '92.65%', '10.00'), national, 2);
    expect(c.agrees).toBe(false);
    expect(c.computed?.toFixed(2)).toBe('9.27');
  });
  it('is capped at the weight when more than the budget was spent', () => {
    expect(scoreExecution(funds('100', '120', '120%', '10'), national, 0)).toMatchObject({ agrees: true });
  });
  it('says that a zero budget has no execution rate', () => {
    const c = scoreExecution(funds('0', '0', null, '10'), national, 0);
    expect(c.computed).toBeNull();
    expect(c.note).toMatch(/全年预算数为0/);
  });
});
