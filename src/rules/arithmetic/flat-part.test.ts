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

  it('keeps the sum apart when the rate gives another change', async () => {
    const fs = await errors(doc('25.00%'));
    expect(fs.map((f) => f.rule).sort()).toEqual(['arithmetic.change-sum', 'arithmetic.flat-with-change']);
  });
});
