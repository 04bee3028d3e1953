import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { md } from './lib.js';

// A 三公 list whose vehicle item is said 持平 with a rate beside it: the rate on its 10.00万元 gives a
// change of −2.50, with which the parts' changes add up to the total's −2.00.
const doc = (vehicleRate: string) =>
  md(
    '七、财政拨款“三公”经费支出决算情况说明',
    `2024年度“三公”经费财政拨款支出12.00万元，比上年减少2.00万元，下降14.29%。其中：因公出国（境）费支出0万元，与上年持平；公务用车购置及运行维护费支出10.00万元，与上年持平，下降${vehicleRate}；公务接待费支出2.00万元，比上年增加0.50万元，增长33.33%。`,
  );
const errors = async (text: string) => (await checkText(text, { file: 'f.md' })).findings.filter((f) => f.severity !== 'info' && f.category === 'arithmetic');

describe('a part said 持平 whose own rate gives the gap of the sum of changes', () => {
  it('is one finding, the 持平, with the sum of changes folded into it', async () => {
    const fs = await errors(doc('20.00%'));
    expect(fs.map((f) => f.rule)).toEqual(['arithmetic.flat-with-change']);
    expect(fs[0]?.message).toContain('变动额应为-2.50万元');
    expect(fs[0]?.message).toContain('各部分变动额之和与总变动额不符');
  });

  it('folds the sum into the 持平 too when the rate gives another change: what the part changed by is unknown', async () => {
    const fs = await errors(doc('25.00%'));
    expect(fs.map((f) => f.rule)).toEqual(['arithmetic.flat-with-change']);
    expect(fs[0]?.message).toContain('按0计的变动额不可靠');
  });

  it('a part said 持平 beside a rate that has no base ("持平，增长100%" of an item new this year): one finding', async () => {
    const text = md(
      '七、财政拨款“三公”经费支出决算情况说明',
      '2025年度“三公”经费财政拨款支出决算数比2024年度减少19.66万元，下降86.61%，其中：因公出国（境）费支出决算与2024年持平；公务用车购置及运行维护费支出决算减少20.06万元，下降88.37%；公务接待费支出决算持平，增长100%。',
    );
    const fs = await errors(text);
    expect(fs.map((f) => f.rule)).toEqual(['arithmetic.flat-with-change']);
  });
});
