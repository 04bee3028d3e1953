import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { md } from './lib.js';

// The budget printed as the actual amount (12.00 for 8.00): the completion rate 150% and "大于" agree
// with each other, and both fail on the two equal amounts.
const doc = (rate: string, word: string) => md('七、财政拨款“三公”经费支出决算情况说明', `2024年度“三公”经费支出预算为12.00万元，支出决算为12.00万元，完成预算的${rate}，决算数${word}预算数的主要原因是会议增加。`);
const errors = async (text: string) => (await checkText(text, { file: 'b.md' })).findings.filter((f) => f.severity !== 'info' && f.category === 'arithmetic');

describe('a completion rate and a 大于/小于 that agree, on two amounts that do not', () => {
  it('are one finding, the rate, with the comparison in it', async () => {
    const fs = await errors(doc('150%', '大于'));
    expect(fs.map((f) => f.rule)).toEqual(['arithmetic.execution-rate']);
    expect(fs[0]?.message).toContain('决算数与预算数大小表述不符');
  });

  it('stay apart when the rate and the word disagree too', async () => {
    const fs = await errors(doc('50%', '大于'));
    expect(fs.map((f) => f.rule).sort()).toEqual(['arithmetic.budget-comparison', 'arithmetic.execution-rate']);
  });
});

it('reports a project summary’s wrong execution rate once, under the project’s name', async () => {
  const text = '# 某区某局2024年度部门决算\n\n## 十三、预算绩效情况说明\n\n1. 某某征缴经费补助项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为97.63分。全年预算数为14万元，执行数为11.44万元，完成预算的76.27%。\n';
  const r = await checkText(text, { file: 'a.md' });
  const rates = r.findings.filter((f) => /execution-rate$/.test(f.rule) && f.severity === 'error');
  expect(rates.map((f) => [f.rule, f.actual])).toEqual([['performance.execution-rate', '76.27%']]);
});
