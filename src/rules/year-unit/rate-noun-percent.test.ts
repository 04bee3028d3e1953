import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * A rate named by its noun with its % missing ("预决算差异率0.00，", "节约率13.88，"): one warning at the figure,
 * and the figure read as the rate, not as an amount with its unit missing.
 */
const doc = (heading: string, para: string) => `# 某某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;
const serious = <F extends { rule: string; severity: string }>(fs: F[]) => fs.filter((f) => f.severity !== 'info' && /^(?:year-unit|narrative\.unit|arithmetic)\./.test(f.rule));

describe('a rate noun’s figure without its %', () => {
  it('is one warning, though two patterns see it', async () => {
    const r = await checkText(doc('九、财政拨款“三公”经费支出决算情况说明', '公务接待费全年预算数0.34万元，决算数0.34万元，预决算差异率0.00，主要原因是：严格按照预算执行。'), { file: 'a.md' });
    expect(serious(r.findings).map((f) => [f.rule, f.actual])).toEqual([['year-unit.rate-without-percent', '0.00']]);
  });

  it('节约率 is read as the saving’s rate: the % is missing, no unit, and the rate is held to the amounts', async () => {
    const para = (rate: string) => `本单位机关运行经费年初预算13.04万元，2024年度实际支出11.23万元，比年初预算节约1.81万元，节约率${rate}，主要是机关厉行节约。`;
    const ok = await checkText(doc('十、机关运行经费支出说明', para('13.88')), { file: 'a.md' });
    expect(serious(ok.findings).map((f) => [f.rule, f.actual])).toEqual([['year-unit.rate-without-percent', '13.88']]);
    const wrong = await checkText(doc('十、机关运行经费支出说明', para('18.38')), { file: 'a.md' });
    expect(serious(wrong.findings).map((f) => f.rule).sort()).toEqual(['arithmetic.change-rate', 'year-unit.rate-without-percent']);
  });
});
