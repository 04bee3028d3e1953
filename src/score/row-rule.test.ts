import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/decimal.js';
import type { Indicator } from '../model/disclosure.js';
import { loc } from '../model/location.js';
import { applyRowRule, parseRowRule } from './row-rule.js';

const at = loc('a.txt', '');
const fig = (value: string, unit: string | null, kind: Figure['kind'] = 'count'): Figure => ({ value, decimals: value.includes('.') ? value.split('.')[1]!.length : 0, kind, unit, raw: `${value}${unit ?? ''}`, location: at });

function row(op: Indicator['operator'], target: [string, string], actual: [string, string | null], weight = '20', extra: Partial<Indicator> = {}): Indicator {
  return {
    level1: '产出指标',
    level2: '质量指标',
    name: '覆盖率',
    weight: fig(weight, '分', 'score'),
    operator: op,
    target: `${op === '>=' ? '≥' : op === '<=' ? '≤' : '='}${target.join('')}`,
    targetValue: fig(target[0], target[1]),
    actual: actual.join(''),
    actualValue: fig(actual[0], actual[1]),
    unit: target[1],
    completionRate: null,
    score: null,
    deviationNote: null,
    location: at,
    targetKind: 'quantitative',
    ...extra,
  };
}

const scores = (r: ReturnType<typeof applyRowRule>) => (r.status === 'computed' ? [...new Set(r.scores.map((s) => s.toFixed(2)))] : r.status);

describe('reading a row’s own scoring rule', () => {
  it('reads the exact patterns, in full- and half-width writing', () => {
    expect(parseRowRule('完成得满分，每低1个百分点扣0.5分')?.clauses.map((c) => c.kind)).toEqual(['full-if-met', 'deduct']);
    expect(parseRowRule('达到目标值得满分，未达到按比例得分')?.clauses.map((c) => c.kind)).toEqual(['full-if-met', 'proportional-if-missed']);
    expect(parseRowRule('完成得满分；未完成不得分。')?.clauses.map((c) => c.kind)).toEqual(['full-if-met', 'zero-if-missed']);
    expect(parseRowRule('按照完成比例赋分')?.clauses.map((c) => c.kind)).toEqual(['proportional']);
    expect(parseRowRule('每少１人扣１分，扣完为止')?.clauses).toMatchObject([{ kind: 'deduct', side: 'short', unit: '人' }, { kind: 'floor' }]);
    expect(parseRowRule('每超过1个百分点扣2分')?.clauses).toMatchObject([{ kind: 'deduct', side: 'over', unit: '百分点' }]);
  });

  it('leaves alone rules in other words, and rules that give a missed target two scores', () => {
    for (const t of ['按评判等级赋分', '满意度赋分', '直接赋分', '根据完成情况酌情扣分', '完成得满分，未完成酌情扣分', '未完成不得分，未达到按比例得分', '扣完为止', '', '每低1个百分点扣0.5分，最高扣5分'])
      expect(parseRowRule(t), t).toBeNull();
  });
});

describe('applying it', () => {
  const deduct = parseRowRule('完成得满分，每低1个百分点扣0.5分')!;

  it('gives full marks to a met target, nothing or the share reached to a missed one', () => {
    expect(scores(applyRowRule(row('>=', ['95', '%'], ['96', '%']), deduct))).toEqual(['20.00']);
    expect(scores(applyRowRule(row('>=', ['2', '次'], ['1', '次']), parseRowRule('完成得满分，未完成不得分')!))).toEqual(['0.00']);
    expect(scores(applyRowRule(row('>=', ['100', '人'], ['80', '人'], '30'), parseRowRule('未达到目标值按比例得分')!))).toEqual(['24.00']);
  });

  it('deducts per percentage point on every reading the words admit, floored at 0', () => {
    // A 100% target: the value's points and the completion rate's are the same 4.
    expect(scores(applyRowRule(row('>=', ['100', '%'], ['96', '%']), deduct))).toEqual(['18.00']);
    // A 95% target: 4 points of the value, or 4.21 of the completion rate (whole steps or in proportion).
    expect(scores(applyRowRule(row('>=', ['95', '%'], ['91', '%']), deduct))).toEqual(['18.00', '17.89', '17.50']);
    expect(scores(applyRowRule(row('>=', ['100', '%'], ['10', '%']), deduct))).toEqual(['0.00']);
    // An "=" target fallen short of reads as a "≥" one; beyond it, "每低" does not apply, nor "未完成".
    expect(scores(applyRowRule(row('=', ['100', '%'], ['96', '%']), deduct))).toEqual(['18.00']);
    expect(applyRowRule(row('=', ['12', '次'], ['13', '次']), deduct).status).toBe('silent');
    expect(applyRowRule(row('=', ['12', '次'], ['13', '次']), parseRowRule('完成得满分，未完成不得分')!).status).toBe('silent');
  });

  it('deducts per unit only in the indicator’s own unit', () => {
    const perPerson = parseRowRule('每少1人扣1分')!;
    expect(scores(applyRowRule(row('>=', ['100', '人'], ['97', '人'], '30'), perPerson))).toEqual(['27.00']);
    expect(scores(applyRowRule(row('>=', ['100', '次'], ['97', '次'], '30'), perPerson))).toBe('silent');
  });

  it('says nothing where the rule does not decide: an exceeded target "按比例", a cap "按比例", words, a deduction on the other side', () => {
    const prop = parseRowRule('按照完成比例赋分')!;
    expect(applyRowRule(row('>=', ['180', '人'], ['294', '人']), prop).status).toBe('silent');
    expect(applyRowRule(row('<=', ['3.5', '万元'], ['4', '万元']), prop).status).toBe('silent');
    expect(applyRowRule(row('>=', ['95', '%'], ['91', '%'], '20', { targetKind: 'qualitative', operator: 'qualitative' }), deduct).status).toBe('silent');
    expect(applyRowRule(row('<=', ['5', '%'], ['7', '%']), deduct).status).toBe('silent');
  });

  it('says what is missing when the rule would decide but a figure is not printed', () => {
    expect(applyRowRule(row('>=', ['95', '%'], ['91', '%'], '20', { weight: null }), deduct)).toEqual({ status: 'missing', what: '分值' });
    expect(applyRowRule(row('>=', ['95', '%'], ['', null], '20', { actual: '', actualValue: null }), deduct)).toEqual({ status: 'missing', what: '实际完成值' });
  });
});
