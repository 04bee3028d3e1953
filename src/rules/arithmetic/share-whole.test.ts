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
