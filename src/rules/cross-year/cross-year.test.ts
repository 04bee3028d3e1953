import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';
import { SEVERITY_ORDER } from '../../model/finding.js';
import { loc } from '../../model/location.js';
import { type Published, type YearFigures, YearFiguresSchema, yearFigures } from '../../model/year-figures.js';
import { CROSS_YEAR_RULES, compareYears, type YearDocument } from './index.js';

async function summary(text: string, file: string): Promise<YearFigures> {
  return yearFigures(await extractBytes(file, new TextEncoder().encode(text)));
}

describe.each(CROSS_YEAR_RULES.map((r) => [r.id, r] as const))('cross-year rule %s', (_id, rule) => {
  it('has metadata and at least one passing and one failing case', () => {
    expect(rule.id).toMatch(/^cross-year\.[a-z0-9-]+$/);
    expect(rule.category).toBe('cross-year');
    expect(rule.cases.some((c) => c.expect === 'pass')).toBe(true);
    expect(rule.cases.some((c) => c.expect === 'fail')).toBe(true);
  });
  for (const c of rule.cases) {
    it(`${c.expect}: ${c.name}`, async () => {
      const prior: YearDocument = { fileName: `上年-${c.prior.year}.md`, year: c.prior.year, figures: await summary(c.prior.text, `上年-${c.prior.year}.md`) };
      const current: YearDocument = { fileName: `本年-${c.current.year}.md`, year: c.current.year, figures: await summary(c.current.text, `本年-${c.current.year}.md`) };
      // What is stored must read back as it was written.
      expect(YearFiguresSchema.parse(JSON.parse(JSON.stringify(current.figures)))).toEqual(current.figures);
      const findings = rule.compare(current, prior);
      const serious = findings.filter((f) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER.warning);
      if (c.expect === 'pass') {
        expect(serious.map((f) => f.message)).toEqual([]);
        return;
      }
      const hits = findings.filter((f) => f.severity === rule.severity);
      expect(hits.length, JSON.stringify(findings.map((f) => f.message))).toBeGreaterThan(0);
      if (c.mentions) expect(hits.map((f) => `${f.message} ${f.expected} ${f.actual}`).join('\n')).toContain(c.mentions);
    });
  }
});

/** A summary by hand: one published figure per key and the prior statements given. */
function figures(year: number, current: Record<string, [string, number]>, prior: YearFigures['prior'] = []): YearFigures {
  const pub = (value: string, decimals: number, source: Published['source'] = 'text'): Published => ({
    value,
    decimals,
    raw: value,
    source,
    place: '第1行',
    location: loc('x.md', value, { line: 1 }),
  });
  return {
    version: 1,
    file: `${year}.md`,
    year,
    region: '某市',
    department: '某局',
    current: Object.fromEntries(Object.entries(current).map(([k, [v, d]]) => [k, { label: k, figures: [pub(v, d)] }])),
    prior,
    analysis: { threePublic: null, structure: null, execution: [], performance: { overall: null, projects: [] } },
  };
}

function stmt(key: string, lo: string, hi: string, mid: string): YearFigures['prior'][number] {
  const l = loc('y.md', '比上年增加…', { line: 7 });
  return {
    key,
    label: key,
    lo,
    hi,
    mid,
    how: 'change',
    current: { value: '10.00', decimals: 2, raw: '10.00', source: 'text', place: '第7行', location: l },
    change: { raw: '1.00', value: '1.00' },
    words: ['增加'],
    sentence: '比上年增加1.00万元',
    section: 'explain.total',
    location: l,
  };
}

describe('cross-year comparison on summaries', () => {
  const doc = (year: number, f: YearFigures): YearDocument => ({ fileName: `${year}.md`, year, figures: f });

  it('says nothing when the implied prior equals the published figure', () => {
    const cur = figures(2025, {}, [stmt('total', '8.99', '9.01', '9.00')]);
    const pri = figures(2024, { total: ['9.00', 2] });
    expect(compareYears(doc(2025, cur), doc(2024, pri))).toEqual([]);
  });

  it('calls a difference within rounding a tail (info), beyond it a warning with both figures and both files', () => {
    const cur = figures(2025, {}, [stmt('total', '8.99', '9.01', '9.00')]);
    const tail = compareYears(doc(2025, cur), doc(2024, figures(2024, { total: ['9.01', 2] })));
    expect(tail.map((f) => f.severity)).toEqual(['info']);
    const [w] = compareYears(doc(2025, cur), doc(2024, figures(2024, { total: ['9.05', 2] })));
    expect(w).toMatchObject({ rule: 'cross-year.prior-figures', category: 'cross-year', severity: 'warning', expected: '9.05万元', actual: '9.00万元', difference: '-0.05万元' });
    expect(w?.message).toContain('2025年度文件「2025.md」');
    expect(w?.message).toContain('2024年度文件「2024.md」');
    expect(w?.message).toContain('9.05万元');
  });

  it('reads a coarser printing as the interval it stands for', () => {
    // 9.0 printed to one decimal stands for [8.95, 9.05]: 9.04 is within it.
    const cur = figures(2025, {}, [stmt('total', '9.03', '9.05', '9.04')]);
    const out = compareYears(doc(2025, cur), doc(2024, figures(2024, { total: ['9.0', 1] })));
    expect(out.every((f) => f.severity === 'info')).toBe(true);
  });

  it('compares nothing when last year did not publish the subject, or the years are not consecutive', () => {
    const cur = figures(2025, {}, [stmt('operatingCost', '8.99', '9.01', '9.00')]);
    expect(compareYears(doc(2025, cur), doc(2024, figures(2024, { total: ['100.00', 2] })))).toEqual([]);
    expect(compareYears(doc(2025, figures(2025, {}, [stmt('total', '8.99', '9.01', '9.00')])), doc(2023, figures(2023, { total: ['1.00', 2] })))).toEqual([]);
  });

  it('does not warn when one of last year’s printings agrees (its own inconsistency is its own finding)', () => {
    const cur = figures(2025, {}, [stmt('total', '8.99', '9.01', '9.00')]);
    const pri = figures(2024, { total: ['9.50', 2] });
    pri.current.total?.figures.push({ ...(pri.current.total.figures[0] as Published), value: '9.00', raw: '9.00', source: 'table' });
    expect(compareYears(doc(2025, cur), doc(2024, pri))).toEqual([]);
  });
});
