import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * One slip in the identity 总计 = 本年合计 + 结转和结余 (+ the other term) breaks it as a bound (the total
 * below its parts' sum) and as the balance it implies: one finding. Two balances off by one amount from
 * the one total they share: the total is the slip.
 */
const doc = (...paras: string[]) => `# 某州某局2024年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n${paras.join('\n\n')}\n`;
const errors = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('narrative.'));
const split = (opening: string, closing: string) => `其中：收入总计包括本年收入合计1,238.41万元、年初结转和结余${opening}万元；支出总计包括本年支出合计1,238.51万元、年末结转和结余${closing}万元。`;

describe('a balance and its totals', () => {
  it('the closing balance said otherwise: one finding naming it, the total-below-parts bound folded in', async () => {
    const found = await errors(doc('2024年度收入总计1,239.70万元，支出总计1,239.70万元。', '收入总计中，本年收入合计1,238.41万元，使用非财政拨款结余0万元，年初结转和结余1.30万元；支出总计中，本年支出合计1,238.51万元，结余分配0万元，年末结转和结余1.70万元。'));
    expect(found.map((f) => f.rule)).toEqual(['narrative.implied-balance']);
    expect(found[0]?.message).toContain('「年末结转和结余」写为1.70');
    expect(found[0]?.message).toContain('总数小于其组成部分之和亦出于此');
  });

  it('both balances off by the same amount from the one total: the total is named, not the balances', async () => {
    const found = await errors(doc('2024年度收、支总计均为1,239.20万元。', split('1.30', '1.20')));
    expect(found).toHaveLength(1);
    expect(found[0]?.rule).toBe('narrative.implied-balance');
    expect(found[0]?.message).toMatch(/^「收、支总计」写为1,239.20/);
    expect(found[0]?.expected).toBe('1239.71万元');
  });

  it('the two balances off by different amounts: each balance is named', async () => {
    const found = await errors(doc('2024年度收、支总计均为1,239.70万元。', split('1.80', '1.60')));
    expect(found.filter((f) => f.rule === 'narrative.implied-balance').map((f) => f.message.slice(0, 15))).toEqual(['「年初结转和结余」写为1.80', '「年末结转和结余」写为1.60']);
  });

  it('the two balances one printed figure (均为): not decided for the total', async () => {
    const found = await errors(doc('2024年度收、支总计均为1,239.70万元。其中：收入总计包括本年收入合计1,238.41万元，支出总计包括本年支出合计1,238.41万元，年初、年末结转和结余均为1.80万元。'));
    expect(found.some((f) => /^「收、支总计」写为/.test(f.message))).toBe(false);
  });
});
