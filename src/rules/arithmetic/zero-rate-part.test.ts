import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { md } from './lib.js';

// 因公出国（境）费 none this year and none last (降低0%), its change printed 2万元: the parts' changes then
// miss the total's by just those 2.
const doc = (abroadChange: string) =>
  md(
    '七、财政拨款“三公”经费支出决算情况说明',
    `2024年度“三公”经费财政拨款支出决算8.00万元，比上年减少1.00万元，降低11.11%，其中：因公出国（境）费支出决算0万元，比上年减少${abroadChange}万元，降低0%；公务用车购置及运行维护费支出决算6.00万元，比上年减少1.50万元，降低20.00%；公务接待费支出决算2.00万元，比上年增加0.50万元，增长33.33%。`,
  );
const errors = async (text: string) => (await checkText(text, { file: 'z.md' })).findings.filter((f) => f.severity !== 'info' && f.category === 'arithmetic');

describe('a part whose change is said with a rate of 0%, where the whole leaves it none', () => {
  it('is one finding that names that change, the rate folded in', async () => {
    const fs = await errors(doc('2'));
    expect(fs.map((f) => f.rule)).toEqual(['arithmetic.change-sum']);
    expect(fs[0]?.message).toContain('写错的是「因公出国（境）费支出决算」的变动额');
    expect(fs[0]?.message).toContain('变动率与变动额不符');
  });
});
