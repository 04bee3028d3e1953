import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { AmountWords, Decimal } from '../../model/decimal.js';

const doc = (sentence: string) => `# 某县某小学2023年度部门决算\n\n## 二、收入决算情况说明\n\n${sentence}\n`;
const found = async (sentence: string, rule: string) => (await checkText(doc(sentence), { file: 'a.md' })).findings.find((f) => f.rule === rule);

describe('a finding on amounts printed in 元', () => {
  it('states the whole, the sum, the difference and the tolerance in 元, as the page prints them', async () => {
    const f = await found('本年收入合计1,000,000.50元，其中：财政拨款收入800,000.25元；事业收入200,000.00元。', 'arithmetic.parts-sum');
    expect(f?.message).toBe('「本年收入合计」1000000.50元与其中各项之和1000000.25元（财政拨款收入800000.25 + 事业收入200000.00）不符');
    expect([f?.expected, f?.actual, f?.difference, f?.tolerance]).toEqual(['1000000.25元', '1000000.50元', '0.25元', '±0.015元']);
  });

  it('states a change rate’s last-year level in 元', async () => {
    const f = await found('2023年度本年收入合计1,234,567.89元，比上年增加100,000.00元，增长9.8%。', 'arithmetic.change-rate');
    expect(f?.message).toContain('与变动额100000.00元不符：上年数1134567.89元（本年1234567.89 − 100000.00），应为8.8%');
  });

  it('states a share’s amounts in 元', async () => {
    const f = await found('本年收入合计1,000,000.00元，其中：财政拨款收入800,000.00元，占70.00%；事业收入200,000.00元，占20.00%。', 'arithmetic.share');
    expect(f?.message).toBe('「财政拨款收入」800000.00元占本年收入合计1000000.00元的比例应为80.00%，说明写70.00%');
  });

  it('states a 三公 total against its items in 元', async () => {
    const text = '# 某县某小学2023年度部门决算\n\n## 八、财政拨款“三公”经费支出决算情况说明\n\n2023年度“三公”经费财政拨款支出决算为35,000.00元。其中：因公出国（境）费0.00元；公务用车购置及运行维护费20,000.00元；公务接待费16,000.00元。\n';
    const f = (await checkText(text, { file: 'a.md' })).findings.find((x) => x.rule === 'narrative.three-public-sum');
    expect(f?.message).toContain('35000.00元 ≠ 因公出国（境）费0.00 + 公务用车购置及运行维护费20000.00 + 公务接待费16000.00 = 36000.00元');
    expect(f?.difference).toBe('-1000.00元');
  });

  it('is folded as a 万元 one is: a 三公 total misprinted in 元 against table 09 is one finding, its sum taken in', async () => {
    const { T09, withTables } = await import('../narrative-table/fixtures.js');
    const text = withTables(['九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出94000.0元，其中：因公出国（境）费0元，公务用车购置及运行维护费0元，公务接待费9,400.00元。'], T09);
    const found = (await checkText(text, { file: 'a.md' })).findings.filter((f) => /three-public/.test(f.rule) && f.severity === 'error');
    expect(found.map((f) => f.rule)).toEqual(['narrative-table.three-public-09']);
    expect(found[0]?.message).toContain('不再另报');
  });

  it('keeps 万元 when any amount it quotes was printed in 万元', () => {
    const yuan = { value: '80.000025', decimals: 6, unit: '元' };
    const wan = { value: '20.00', decimals: 2, unit: null };
    const words = new AmountWords([yuan, wan]);
    expect(words.yuan).toBe(false);
    expect([words.figure(yuan), words.figure(wan), words.amount(new Decimal('100.000025'))]).toEqual(['80.000025万元', '20.00万元', '100.00万元']);
    expect(new AmountWords([yuan]).figure(yuan)).toBe('800000.25元');
  });
});
