import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * 持平 is a change of 0 only when it says so outright: "基本持平" (a small change) and a part's bare
 * 持平 under a whole compared with two bases (which one is it flat with?) add nothing to a sum.
 */
const doc = (para: string) => `# 某州某局2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n${para}\n`;
const sums = async (para: string) => (await checkText(doc(para), { file: 'a.md' })).findings.filter((f) => f.rule === 'arithmetic.change-sum');

describe('持平 in the sum of the parts’ changes', () => {
  it('a whole said to be 持平 while its parts changed is reported', async () => {
    const found = await sums('2024年度“三公”经费支出决算数比2023年持平。其中：因公出国（境）费支出决算减少0万元；公务用车购置及运行维护费支出决算减少3.10万元；公务接待费支出决算减少5.20万元。');
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]?.message).toContain('称“持平”');
  });

  it('基本持平 is no change of 0', async () => {
    expect(await sums('2024年度“三公”经费支出决算数与2023年基本持平。其中：因公出国（境）费支出决算减少0万元；公务用车购置及运行维护费支出决算增加0.30万元；公务接待费支出决算减少0.10万元。')).toEqual([]);
  });

  it('a part’s 基本持平 is no change of 0', async () => {
    expect(await sums('2024年度“三公”经费支出决算数比2023年减少1.20万元。其中：因公出国（境）费支出决算增加0万元；公务用车购置及运行维护费支出决算增加0.30万元；公务接待费支出决算基本持平。')).toEqual([]);
  });

  it('a part’s bare 持平 under a whole compared with last year and the budget is not read', async () => {
    expect(await sums('2024年度“三公”经费支出决算数比2023年减少1.20万元，比年初预算减少0.50万元。其中：因公出国（境）费支出决算增加0万元；公务用车购置及运行维护费支出决算增加0.30万元；公务接待费支出决算持平。')).toEqual([]);
  });

  it('a part’s bare 持平 under a whole compared with last year is flat with last year', async () => {
    const found = await sums('2024年度“三公”经费支出决算数比2023年减少1.20万元。其中：因公出国（境）费支出决算增加0万元；公务用车购置及运行维护费支出决算增加0.30万元；公务接待费支出决算持平。');
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]?.message).toContain('按0计');
  });

  it('a part said 持平 beside its own rate is the one finding, its amounts adding up within their rounding', async () => {
    const text = doc('2024年度财政拨款“三公”经费支出7.65万元，比上年增加4.37万元，增长132.83%。其中：因公出国（境）费支出0.00万元，比上年增加0.00万元。公务用车购置及运行维护费支出7.32万元，比上年增加4.41万元，增长151.55%。公务接待费支出0.34万元，比上年持平，下降10.53%。');
    const found = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity === 'error' && f.category === 'arithmetic');
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.flat-with-change']);
    expect(found[0]?.message).toContain('各部分变动额之和不符亦出于此');
  });
});

