import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog.js';
import { readTextLayout } from '../extract/text/read-text.js';
import { interpret } from '../interpret/index.js';
import { loc } from '../model/location.js';
import { runRules, sortFindings } from './engine.js';
import { defineRule } from './rule.js';

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
