import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import type { Claim } from '../../model/disclosure.js';

/**
 * A subject compared with last year and with the budget in one breath: each comparison is read as its
 * own, whichever comes first and whether it gives a figure or says 持平.
 */
const THREE_PUBLIC = '七、财政拨款“三公”经费支出决算情况说明';
const doc = (para: string) => `# 某镇2021年度部门决算\n\n## ${THREE_PUBLIC}\n\n${para}\n`;
const claimsOf = async (para: string): Promise<Claim[]> => (await extractBytes('a.md', new TextEncoder().encode(doc(para)))).claims;
const findings = async (para: string) => (await checkText(doc(para), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'arithmetic' || f.category === 'narrative'));

describe('持平 against the other base than the change said before it', () => {
  it('is a flat change against that base, not lost on the subject already compared', async () => {
    const cs = await claimsOf('2021年度“三公”经费决算4.5万元。经比较，2021年度“三公”经费较上年决算数减少0.03万元，下降0.6%；较年初预算数持平。');
    const changes = cs.filter((c) => c.subject.key === 'threePublic.total' && c.change).map((c) => [c.change?.against, c.change?.direction]);
    expect(changes).toEqual([['prior', 'decrease'], ['budget', 'flat']]);
  });

  it('持平 with a rate after it, against the budget after a change against last year, is reported', async () => {
    const fs = await findings('2021年度“三公”经费决算4.5万元。经比较，2021年度“三公”经费较上年决算数减少0.03万元，下降0.6%；较年初预算数持平，下降58.3%。');
    expect(fs.map((f) => [f.rule, f.message.includes('预算')])).toEqual([['arithmetic.flat-with-change', true]]);
  });

  it('持平 with a rate after it, against last year after a change against the budget, is reported', async () => {
    const fs = await findings('2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降54.65%，较上年支出数持平，下降7.83%，主要原因是从严控制。');
    expect(fs.map((f) => [f.rule, f.message.includes('上年')])).toEqual([['arithmetic.flat-with-change', true]]);
  });

  it('a true 持平 against the other base gives no finding', async () => {
    expect(await findings('2021年度“三公”经费决算4.5万元。经比较，2021年度“三公”经费较上年决算数减少0.03万元，下降0.6%；较年初预算数持平。')).toEqual([]);
    expect(await findings('2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降54.65%，较上年支出数持平，主要原因是从严控制。')).toEqual([]);
  });
});

describe('a 其中 list after a subject compared with last year and the budget', () => {
  const para = (reception: string, receptionBudget: string) =>
    `2021年，一般公共预算财政拨款“三公”经费支出决算汇总数为1134万元，较上年1174万元减少40万元，下降3%，较预算数1237万元减少103万元，下降8%。其中：因公出国(境)费为0万元，较上年6万元减少6万元，下降100%，较预算数0万元无增减；公务接待费为${reception}万元，较上年144万元减少22万元，下降15%，较预算数339万元减少${receptionBudget}万元，下降64%；公务用车购置及运行维护费为1012万元，较上年1024万元减少12万元，下降1%，较预算数898万元增加114万元，增长13%。`;

  it('lists the parts of the amount, not of the comparison with the budget said last', async () => {
    const cs = await claimsOf(para('122', '217'));
    const whole = cs.find((c) => c.subject.key === 'threePublic.total' && c.amount?.value === '1134');
    expect(whole).toBeDefined();
    const parts = cs.filter((c) => c.amount && c.parent === whole?.id).map((c) => [c.subject.key, c.amount?.value]);
    expect(parts).toEqual([['threePublic.abroad', '0'], ['threePublic.reception', '122'], ['threePublic.vehicle', '1012']]);
  });

  it('a part’s amount off the whole is reported, and the changes against the budget are still summed', async () => {
    expect((await findings(para('212', '217'))).map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
    expect((await findings(para('122', '227'))).map((f) => f.rule)).toContain('arithmetic.change-sum');
    expect(await findings(para('122', '217'))).toEqual([]);
  });
});

describe('the changes of a list’s parts against the budget, under a whole compared with both', () => {
  const spending = (projectBudgetChange: string) =>
    `# 某局2021年度部门决算\n\n## 三、支出决算情况说明\n\n2021年度本年支出合计1000万元，较上年增加100万元，增长11.1%，较年初预算减少50万元，下降4.8%。其中：基本支出600万元，较上年增加60万元，较年初预算减少20万元；项目支出400万元，较上年增加40万元，较年初预算减少${projectBudgetChange}万元。\n`;
  const sums = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'arithmetic.change-sum');

  it('add up to the whole’s change against the budget', async () => {
    expect(await sums(spending('30'))).toEqual([]);
    expect((await sums(spending('40'))).map((f) => f.message.includes('50'))).toEqual([true]);
  });
});
