import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

/**
 * A number in a rate's place (after 增长/下降/占/完成预算…) printed without its %: it is that rate with
 * its % missing, reported once as such, and never read as an amount (nor a change amount) that sums
 * and shares are then worked out from.
 */
const THREE_PUBLIC = '九、财政拨款“三公”经费支出决算情况说明';
const doc = (heading: string, para: string) => `# 某州某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;
const TP = (rate: string) =>
  `2024年度财政拨款“三公”经费支出7.65万元，比上年增加4.37万元，增长${rate}，主要原因是：用车次数增加。其中：因公出国（境）费支出0.00万元，占0.00%，比上年增加0.00万元。公务用车购置及运行维护费支出7.32万元，占95.69%，比上年增加4.41万元，增长151.55%。公务接待费支出0.34万元，占4.44%，比上年减少0.04万元，下降10.53%。`;

describe('a rate printed without its %', () => {
  it('增长132.83 after the change amount is the change’s rate, not a second change of the subject', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode(doc(THREE_PUBLIC, TP('132.83'))));
    const total = d.claims.filter((c) => c.subject.key === 'threePublic.total');
    expect(total.map((c) => [c.amount?.value ?? null, c.change?.amount?.value ?? null, c.change?.rate?.value ?? null])).toEqual([['7.65', '4.37', '132.83']]);
  });

  it('gives the findings the % would have given, plus the missing %: no share-sum error', async () => {
    const good = await checkText(doc(THREE_PUBLIC, TP('132.83%')), { file: 'a.md' });
    const bad = await checkText(doc(THREE_PUBLIC, TP('132.83')), { file: 'a.md' });
    const key = (f: { rule: string; severity: string }) => `${f.rule}|${f.severity}`;
    const before = good.findings.filter((f) => f.severity !== 'info').map(key);
    const after = bad.findings.filter((f) => f.severity !== 'info').map(key);
    expect(after.filter((k) => !before.includes(k))).toEqual(['year-unit.rate-without-percent|warning']);
    expect(bad.findings.filter((f) => f.rule === 'arithmetic.share-sum').map((f) => f.severity)).toEqual(good.findings.filter((f) => f.rule === 'arithmetic.share-sum').map((f) => f.severity));
  });

  it('完成预算100 is an execution rate missing its %, not an amount missing its unit', async () => {
    const text = doc('五、一般公共预算财政拨款支出决算情况说明', '1. 卫生健康（类）医疗救助（款）其他医疗救助支出（项）：支出决算数为225.83万元，完成预算100。');
    const r = await checkText(text, { file: 'a.md' });
    const d = await extractBytes('a.md', new TextEncoder().encode(text));
    expect(d.claims.flatMap((c) => (c.budget?.executionRate ? [c.budget.executionRate.value] : []))).toEqual(['100']);
    expect(r.findings.filter((f) => f.rule === 'narrative.unit-missing')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'year-unit.rate-without-percent').map((f) => f.actual)).toEqual(['100']);
  });

  it('减少了1.44 right after the change amount is its rate missing its %, no second change derived from it', async () => {
    const r = await checkText(doc(THREE_PUBLIC, '公务接待费支出2.05万元，较上年减少0.03万元，减少了1.44，原因为厉行节约。'), { file: 'a.md' });
    // (A one-paragraph document lacks its parts, its glossary, its counts and its other 三公 items: not what is tested.)
    const serious = r.findings.filter(
      (f) => f.severity !== 'info' && !f.rule.startsWith('completeness.') && !f.rule.startsWith('glossary.') && !f.rule.startsWith('count.') && f.rule !== 'narrative-table.three-public-items',
    );
    expect(serious.map((f) => [f.rule, f.actual])).toEqual([['year-unit.rate-without-percent', '1.44']]);
  });

  it('减少 said again after the change amount takes its rate (减少770.65万元、减少20.8): no second change, no last year worked out from it', async () => {
    const r = await checkText(doc('二、收入决算情况说明', '2021年度收入合计2942万元,较上年决算数减少770.65万元、减少20.8,主要原因是项目减少。'), { file: 'a.md' });
    const serious = r.findings.filter((f) => f.severity !== 'info' && /^(?:narrative|arithmetic|year-unit\.rate)/.test(f.rule));
    expect(serious.map((f) => [f.rule, f.actual])).toEqual([['year-unit.rate-without-percent', '20.8']]);
  });

  it('增加 after a level, not after a change amount, stays an amount missing its unit', async () => {
    const r = await checkText(doc('二、收入决算情况说明', '2021年度收入合计2942万元,较上年决算数增加20.8,主要原因是项目增加。'), { file: 'a.md' });
    expect(r.findings.filter((f) => f.rule === 'year-unit.rate-without-percent')).toEqual([]);
  });

  it('a bare amount after 增加 stays an amount missing its unit', async () => {
    const r = await checkText(doc('一、收入支出决算总体情况说明', '2024年度收、支总计238.67万元。与2023年度相比，收、支总计各减少92.61，下降27.96%。'), { file: 'a.md' });
    expect(r.findings.filter((f) => f.rule === 'narrative.unit-missing').map((f) => f.actual)).toEqual(['92.61']);
  });
});
