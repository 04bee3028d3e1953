import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * "年初预算130.6万元，支出决算13.06万元，完成年初预算的100%，决算数等于年初预算数": the rate and the word
 * 等于 agree with each other and both fail on the same two amounts, one of which is wrong: one finding.
 */
const doc = (para: string) => `# 某区某局2025年度部门决算\n\n## 五、一般公共预算财政拨款支出决算情况说明\n\n${para}\n`;
const errors = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.'));
const item = '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）';

describe('持平 with a completion rate of 100% over two amounts that differ', () => {
  it('等于 and 100% on a budget one slip away: the completion rate’s finding takes in the word’s', async () => {
    const found = await errors(doc(`${item}：年初预算130.6万元，支出决算13.06万元，完成年初预算的100%，决算数等于年初预算数。`));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.execution-rate']);
    expect(found[0]?.message).toContain('二者都因决算数与预算数之一有误而不符');
  });

  it('基本持平 with a rate that itself says otherwise (80%): the word is its own finding', async () => {
    const found = await errors(doc(`${item}：年初预算16.33万元，支出决算13.06万元，完成年初预算的80%，决算数与年初预算数基本持平。`));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.budget-flat']);
  });
});
