import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (income: string, rate = '25.00') =>
  `# 某某中心2024年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n2024年度收入总计${income}万元，支出总计150.00万元。收支较上年决算数增加30.00万元，增长${rate}%。\n`;
const errors = async (text: string) => (await checkText(text, { file: 'p.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));

describe('two totals that must be equal, one of them named wrong by its change rate', () => {
  it('is one finding: the rate names 1500.00 wrong (应为150.00), and the two totals follow from it', async () => {
    const fs = await errors(doc('1500.00'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.rule).toBe('arithmetic.change-rate');
    expect(fs[0]?.actual).toBe('1500.00万元');
    expect(fs[0]?.expected).toBe('150.00万元');
    expect(fs[0]?.message).toContain('收入总计与支出总计不等');
  });

  it('keeps the two totals apart when the rate decides neither', async () => {
    // 40.00% holds on neither total: the rate is wrong on its own, and so is one of the two totals.
    const fs = await errors(doc('1500.00', '40.00'));
    expect(fs.map((f) => f.rule).sort()).toEqual(['arithmetic.change-rate', 'narrative.total-balance']);
  });
});
