import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/** 财政拨款 of the year split by the kinds of 财政拨款: summed when the kinds listed are all it has. */
const doc = (...sections: [string, string][]) => `# 某区某局2024年度部门决算\n\n${sections.map(([h, p]) => `## ${h}\n\n${p}`).join('\n\n')}\n`;
const FISCAL = '四、财政拨款收入支出决算总体情况说明';
const LIST = '本部门2024年度财政拨款本年支出1094.65万元，其中：一般公共预算财政拨款支出869.00万元，政府性基金预算财政拨款支出125.58万元。';
const sums = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'arithmetic.parts-sum');

describe('财政拨款 split by the kinds of 财政拨款', () => {
  it('two kinds listed, the third stated nowhere: the list is all of it, and its sum is checked', async () => {
    expect((await sums(doc([FISCAL, LIST]))).map((f) => f.message)).toEqual([expect.stringContaining('994.58')]);
  });

  it('the kind left out stated elsewhere with an amount: the list is only some of it, no sum', async () => {
    expect(await sums(doc([FISCAL, LIST], ['七、国有资本经营预算财政拨款支出决算情况说明', '2024年度国有资本经营预算财政拨款支出100.07万元。']))).toEqual([]);
  });
});
