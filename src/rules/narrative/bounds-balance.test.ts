import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { md } from '../arithmetic/lib.js';

// 收入总计 printed a tenth of 本年收入合计: the balance brought forward it implies is negative.
const doc = (grand: string) => md('一、收入支出决算总体情况说明', `2024年度收入总计${grand}万元，其中：本年收入合计3600.00万元，年初结转和结余120.00万元。`);
const found = async (text: string) => (await checkText(text, { file: 'n.md' })).findings.filter((f) => f.severity !== 'info' && f.category === 'narrative');

describe('a total below a part taken from it, and the negative balance worked out from them', () => {
  it('is one finding, the total below its part, with the negative balance in it', async () => {
    const fs = await found(doc('372.00'));
    expect(fs.map((f) => f.rule)).toEqual(['narrative.total-bounds']);
    expect(fs[0]?.message).toContain('为负数');
  });

  it('leaves a balance that disagrees on its own as it is', async () => {
    const fs = await found(doc('3800.00'));
    expect(fs.map((f) => f.rule)).toEqual(['narrative.implied-balance']);
  });
});
