import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

/**
 * A change's rate said in 个百分点 right after the change's amount ("减少0.04万元，下降10.53个百分点"): an amount
 * has no percentage points, so the figure is read as the rate it must be and held to the amounts; points said of
 * a share or of a level are not.
 */
const THREE_PUBLIC = '九、财政拨款“三公”经费支出决算情况说明';
const doc = (heading: string, para: string) => `# 某州某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;
const TP = (unit: string, last = '10.53') =>
  `2024年度财政拨款“三公”经费支出7.65万元，比上年增加4.37万元，增长132.83${unit}，主要原因是：用车次数增加。其中：公务用车购置及运行维护费支出7.32万元，占95.69%，比上年增加4.41万元，增长151.55${unit}。公务接待费支出0.34万元，占4.44%，比上年减少0.04万元，下降${last}${unit}。`;
const serious = (fs: { rule: string; severity: string }[]) => fs.filter((f) => f.severity !== 'info').map((f) => `${f.rule}|${f.severity}`).sort();

describe('a change rate said in 个百分点', () => {
  it('is read as the change’s rate, with the words as printed', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode(doc(THREE_PUBLIC, TP('个百分点'))));
    const rates = d.claims.filter((c) => c.change?.rate).map((c) => [c.subject.key, c.change!.rate!.value, c.change!.rate!.raw]);
    expect(rates).toEqual([
      ['threePublic.total', '132.83', '132.83个百分点'],
      ['threePublic.vehicle', '151.55', '151.55个百分点'],
      ['threePublic.reception', '10.53', '10.53个百分点'],
    ]);
  });

  it('true text: the findings the % gives, and one info on the wording', async () => {
    const pct = await checkText(doc(THREE_PUBLIC, TP('%')), { file: 'a.md' });
    const pts = await checkText(doc(THREE_PUBLIC, TP('个百分点')), { file: 'a.md' });
    expect(serious(pts.findings)).toEqual(serious(pct.findings));
    expect(pts.findings.filter((f) => f.rule === 'year-unit.rate-in-points').map((f) => [f.severity, f.actual, f.locations.length])).toEqual([['info', '132.83个百分点', 3]]);
  });

  it('planted defect: a wrong rate in 个百分点 is the change-rate warning with both figures', async () => {
    const r = await checkText(doc(THREE_PUBLIC, TP('个百分点', '12.53')), { file: 'a.md' });
    // A warning, not an error: the points might be a share's (see change.ts inPoints).
    const errors = r.findings.filter((f) => f.rule === 'arithmetic.change-rate' && f.severity === 'warning');
    expect(errors.map((f) => [f.expected, f.actual])).toEqual([['10.53%', '12.53%']]);
  });

  it('points of a share, or after a level with no change amount, are not read as a rate', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode(doc('三、支出决算情况说明', '基本支出608.04万元，比上年增加15.05万元，占比提高22.98个百分点。项目支出81.29万元，比上年提高2.5个百分点。')));
    expect(d.claims.filter((c) => c.change?.rate).map((c) => c.change!.rate!.raw)).toEqual([]);
  });
});
