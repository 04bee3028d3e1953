import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog.js';
import { readTextLayout } from '../extract/text/read-text.js';
import { interpret } from '../interpret/index.js';
import { loc } from '../model/location.js';
import { foldRootCauses, runRules, sortFindings } from './engine.js';
import { type FindingInput, defineRule } from './rule.js';

const doc = interpret(readTextLayout('某某局2024年度部门决算\n', 'a.pdf', 'text'), defaultCatalog());

/** A rule that reports "XXX" at each given page and line. */
const at = (places: [number, number][]) =>
  defineRule({
    id: 'test.places',
    title: '测试',
    category: 'template',
    severity: 'error',
    authority: '测试',
    description: '测试',
    cases: [],
    check({ report }) {
      for (const [page, line] of places) report({ message: '“XXX”是未替换的模板占位符。', locations: [loc('a.pdf', 'XXX', { page, line })] });
    },
  });

describe('the rule engine', () => {
  it('keeps one finding per place: the same words on line 4 of two pages are two findings', () => {
    const [out] = runRules(doc, [at([[16, 4], [18, 4], [16, 4]])], defaultCatalog());
    expect(out?.findings.map((f) => [f.locations[0]?.page, f.locations[0]?.line])).toEqual([
      [16, 4],
      [18, 4],
    ]);
  });

  it('sorts findings by page, then line', () => {
    const [out] = runRules(doc, [at([[18, 2], [16, 30], [17, 1]])], defaultCatalog());
    expect(sortFindings(out?.findings ?? []).map((f) => f.locations[0]?.page)).toEqual([16, 17, 18]);
  });
});

/** A rule that reports the given findings (at lines 1, 2, …). */
const reporting = (id: string, inputs: Omit<FindingInput, 'locations'>[]) =>
  defineRule({
    id,
    title: id,
    category: 'performance',
    severity: 'warning',
    authority: '测试',
    description: '测试',
    cases: [],
    check({ report }) {
      inputs.forEach((f, k) => report({ ...f, locations: [loc('a.pdf', id, { line: k + 1 })] }));
    },
  });

function folded(...rules: ReturnType<typeof reporting>[]) {
  return foldRootCauses(runRules(doc, rules, defaultCatalog()).flatMap((o) => o.findings));
}

describe('findings explained by others (one cause, one finding)', () => {
  const cause = reporting('test.rate', [{ message: '完成率算错', cause: 'rate-1' }]);

  it('reports an explained finding within its cause: places, sentence, and the higher severity', () => {
    const out = folded(cause, reporting('test.score', [{ message: '得分不对', severity: 'error', explainedBy: { causes: ['rate-1'], because: '得分由错误的完成率算出' } }]));
    expect(out).toHaveLength(1);
    expect(out[0]?.rule).toBe('test.rate');
    expect(out[0]?.severity).toBe('error');
    expect(out[0]?.message).toBe('完成率算错；得分由错误的完成率算出（「test.score」不再另报）');
    expect(out[0]?.locations.map((l) => l.text)).toEqual(['test.rate', 'test.score']);
  });

  it('keeps a finding whose cause is not reported, or only as info, or only some of its causes', () => {
    const score = (causes: string[]) => reporting('test.score', [{ message: '得分不对', explainedBy: { causes, because: '…' } }]);
    expect(folded(cause, score(['rate-2']))).toHaveLength(2);
    expect(folded(cause, score(['rate-1', 'rate-2']))).toHaveLength(2);
    expect(folded(reporting('test.rate', [{ message: '尾数', severity: 'info', cause: 'rate-1' }]), score(['rate-1']))).toHaveLength(2);
  });

  it('follows a chain to its first cause, and keeps both of two findings that name each other', () => {
    const chain = folded(
      reporting('test.a', [{ message: 'A', cause: 'a' }]),
      reporting('test.b', [{ message: 'B', cause: 'b', explainedBy: { causes: ['a'], because: 'B由A' } }]),
      reporting('test.c', [{ message: 'C', explainedBy: { causes: ['b'], because: 'C由B' } }]),
    );
    expect(chain.map((f) => f.message)).toEqual(['A；B由A（「test.b」不再另报）；C由B（「test.c」不再另报）']);
    const cycle = folded(
      reporting('test.a', [{ message: 'A', cause: 'a', explainedBy: { causes: ['b'], because: 'A由B' } }]),
      reporting('test.b', [{ message: 'B', cause: 'b', explainedBy: { causes: ['a'], because: 'B由A' } }]),
    );
    expect(cycle.map((f) => f.message)).toEqual(['A', 'B']);
  });
});
