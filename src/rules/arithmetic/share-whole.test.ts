import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { md } from './lib.js';

// Two shares of a 政府采购 total printed ten times too large: each amount over its share gives 420.
const doc = (total: string, micro: string) =>
  md('（二）政府采购支出情况', `2024年度政府采购支出总额${total}万元，其中授予中小企业合同金额400.00万元，占政府采购支出总额的95.24%，授予小微企业合同金额100.00万元，占政府采购支出总额的${micro}。`);
const shares = async (text: string) => (await checkText(text, { file: 's.md' })).findings.filter((f) => f.severity !== 'info' && f.rule === 'arithmetic.share');

describe('shares of one whole that all give the same other whole', () => {
  it('are one finding that names the whole, with the whole they give', async () => {
    const fs = await shares(doc('4200.00', '23.81%'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.actual).toBe('4200.00万元');
    // (An estimate within the shares' rounding: 400.00 ÷ 95.24% and 100.00 ÷ 23.81% meet near 420.)
    expect(Math.abs(Number.parseFloat(fs[0]?.expected ?? '') - 420)).toBeLessThan(0.1);
    expect(fs[0]?.message).toContain('约');
  });

  it('stay apart when they give different wholes', async () => {
    const fs = await shares(doc('4200.00', '50.00%'));
    expect(fs).toHaveLength(2);
  });
});

describe('shares that give one other whole, where the parts add up to it', () => {
  it('fold into the sum that names the whole with the parts’ exact sum', async () => {
    // The shares (6%, 94%) give about 162.9 for the whole, not 200.00; the parts add up to 163.10.
    const text = md(
      '七、财政拨款“三公”经费支出决算情况说明',
      '2024年度财政拨款“三公”经费支出预算为250万元，支出决算为200.00万元。',
      '2024年度财政拨款“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费支出决算10.00万元，占6%；公务用车购置及运行维护费支出决算153.10万元，占94%。',
    );
    const fs = (await checkText(text, { file: 's.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));
    expect(fs.map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
    expect(fs[0]?.expected).toBe('163.10万元');
  });
});

describe('shares that give one other whole, where the whole is also found below its parts', () => {
  it('are one finding, the shares’ whole, with the bounds in it', async () => {
    // 50.00 printed 5.00: below its two parts, and the shares (40%, 60%) give 50.00.
    const text = md(
      '七、财政拨款“三公”经费支出决算情况说明',
      '2024年度财政拨款“三公”经费支出决算为5.00万元。',
      '公务用车购置及运行维护费支出决算20.00万元，占40%。',
      '公务接待费支出决算30.00万元，占60%。',
    );
    const fs = (await checkText(text, { file: 's.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.actual).toBe('5.00万元');
  });
});
