import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { readLayout } from '../../extract/index.js';
import { interpret } from '../../interpret/index.js';
import '../../extract/register.js';
import { SEVERITY_ORDER } from '../../model/finding.js';
import { rules as classification } from '../classification/index.js';
import { rules as completeness } from '../completeness/index.js';
import { rules as crossTable } from '../cross-table/index.js';
import { runRule } from '../engine.js';
import type { Rule } from '../rule.js';
import { rules as table } from './index.js';

/**
 * The cases of the table, cross-table, completeness and classification rules, run through the real
 * extraction without the rest of the catalog (same contract as src/rules/cases.test.ts).
 */
const OWN = (r: Rule) => /^(table|cross-table)\.|^completeness\.(table|empty|unit)|^classification\.(code|hierarchy|order|economic|consistent)/.test(r.id);
const RULES = [...completeness, ...table, ...crossTable, ...classification].filter(OWN);

async function run(text: string, rule: Rule) {
  const layout = await readLayout('case.md', new TextEncoder().encode(text));
  const doc = interpret(layout, defaultCatalog(), { validate: true });
  return runRule(doc, rule, defaultCatalog());
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('has at least one passing and one failing case', () => {
    expect(rule.cases.some((c) => c.expect === 'pass')).toBe(true);
    expect(rule.cases.some((c) => c.expect === 'fail')).toBe(true);
  });
  for (const c of rule.cases) {
    it(`${c.expect}: ${c.name}`, async () => {
      const outcome = await run(c.text, rule);
      if (c.expect === 'insufficient') {
        expect(outcome.status).toBe('insufficient-data');
        return;
      }
      expect(outcome.reason ?? '').not.toMatch(/程序缺陷/);
      expect(outcome.status, outcome.reason ?? '').toBe('ran');
      const serious = outcome.findings.filter((f) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER.warning);
      if (c.expect === 'pass') {
        expect(serious.map((f) => f.message)).toEqual([]);
        return;
      }
      const want = c.severity ?? rule.severity;
      const hits = outcome.findings.filter((f) => f.severity === want);
      expect(hits.length, JSON.stringify(outcome.findings.map((f) => [f.severity, f.message]))).toBeGreaterThan(0);
      if (c.mentions) expect(hits.map((f) => `${f.message} ${f.expected ?? ''} ${f.actual ?? ''}`).join('\n')).toContain(c.mentions);
    });
  }
});
