import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * "比上年决算持平，7.50万元，增长46.96%": 持平 written over the change leaves its amount standing alone in
 * a clause of its own. That figure is no second amount of the subject (no "两处各执一词", no share worked
 * out on it); the one finding is 持平 against the rate given, with the reason that says otherwise in it.
 */
const doc = (heading: string, para: string) => `# 某州某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;
const serious = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:narrative|arithmetic)\./.test(f.rule));

describe('持平 with the change amount left standing after it', () => {
  it('is one finding: 持平 against the rate, the reason folded in', async () => {
    const found = await serious(doc('五、一般公共预算财政拨款支出决算情况说明', '1.卫生健康支出(类)行政事业单位医疗(款)事业单位医疗(项):支出决算数为23.47万元，比上年决算持平，7.50万元，增长46.96%,主要原因是：医疗缴费基数上涨，相应支出增加。'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.flat-with-change']);
    expect(found[0]?.message).toContain('不再另报');
  });

  it('the 持平 of the year before and the 持平 of the budget in one sentence are each read in their clause', async () => {
    const found = await serious(doc('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为2.75万元，完成预算100%，较上年度持平，0.78万元，下降22.1%，决算数与预算数持平。'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.flat-with-change']);
  });

  it('an amount said again with a word before it is still the subject’s', async () => {
    const found = await serious(doc('十、机关运行经费支出说明', '2024年度机关运行经费支出11.23万元，与上年持平，均为11.32万元。'));
    expect(found.map((f) => f.rule)).toContain('narrative.same-subject');
  });
});
