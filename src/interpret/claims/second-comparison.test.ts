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
const findings = async (para: string) => (await checkText(doc(para), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.category === 'arithmetic');

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
