import { describe, expect, it } from 'vitest';
import { checkText } from '../check.js';
import { SEVERITY_ORDER } from '../model/finding.js';
import { ALL_RULES } from './index.js';

/**
 * Every rule carries its own positive and negative cases as data (document fragments). This runs
 * each through the real pipeline and asserts the rule behaves as the case says.
 */
describe('rule catalog', () => {
  it('has unique ids with the required metadata', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^[a-z-]+\.[a-z0-9.-]+$/);
      expect(r.title.length).toBeGreaterThan(1);
      expect(r.authority.length).toBeGreaterThan(1);
      expect(r.description.length).toBeGreaterThan(1);
    }
  });
});

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('has at least one passing and one failing case', () => {
    expect(rule.cases.some((c) => c.expect === 'pass')).toBe(true);
    expect(rule.cases.some((c) => c.expect === 'fail')).toBe(true);
  });
  for (const c of rule.cases) {
    it(`${c.expect}: ${c.name}`, async () => {
      const report = await checkText(c.text, { rules: [rule] });
      const outcome = report.outcomes[0];
      expect(outcome).toBeDefined();
      if (c.expect === 'insufficient') {
        expect(outcome?.status).toBe('insufficient-data');
        return;
      }
      expect(outcome?.reason ?? '').not.toMatch(/程序缺陷/);
      expect(outcome?.status, outcome?.reason ?? '').toBe('ran');
      const serious = report.findings.filter((f) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER.warning);
      if (c.expect === 'pass') {
        expect(serious.map((f) => f.message)).toEqual([]);
        return;
      }
      const want = c.severity ?? rule.severity;
      const hits = report.findings.filter((f) => f.severity === want);
      expect(hits.length, `expected a ${want} finding; got ${JSON.stringify(report.findings.map((f) => [f.severity, f.message]))}`).toBeGreaterThan(0);
      if (c.mentions) {
        const text = hits.map((f) => `${f.message} ${f.expected ?? ''} ${f.actual ?? ''}`).join('\n');
        expect(text).toContain(c.mentions);
      }
    });
  }
});
