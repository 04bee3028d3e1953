import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';

async function changesOf(heading: string, para: string) {
  const text = `# 某某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;
  const cs = (await extractBytes('case.md', new TextEncoder().encode(text))).claims;
  return cs.filter((c) => c.change).map((c) => ({ key: c.subject.key, amount: c.change?.amount?.raw ?? null, rate: c.change?.rate?.raw ?? null, direction: c.change?.direction, against: c.change?.against }));
}

const THREE = '九、财政拨款“三公”经费支出决算情况说明';
const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';

describe('节约 as a change word', () => {
  it('is a fall where the clause compares with last year', async () => {
    expect(await changesOf(THREE, '公务接待费支出决算为0.34万元，比2023年度节约0.04万元，降低12.53%。')).toEqual([
      { key: 'threePublic.reception', amount: '0.04万元', rate: '12.53%', direction: 'decrease', against: 'prior' },
    ]);
  });

  it('is no change where it is money saved against the budget or by a purchase', async () => {
    expect(await changesOf(THREE, '公务接待费支出决算为0.34万元，比年初预算节约0.04万元。')).toEqual([]);
    expect(await changesOf(THREE, '公务接待费支出决算为0.34万元，通过集中采购节约0.04万元。')).toEqual([]);
  });
});


describe('a change rate in brackets after the change amount', () => {
  it('is the change’s rate ("增加325.48万元(21.02%)", "减少14.27万元（100.00%）")', async () => {
    expect(await changesOf(GENERAL, '2024年度一般公共预算财政拨款支出1,222.68万元，与上年相比增加325.48万元(21.02%)。')).toEqual([
      { key: 'general.expense', amount: '325.48万元', rate: '21.02%', direction: 'increase', against: 'prior' },
    ]);
    expect(await changesOf(GENERAL, '2024年度一般公共预算财政拨款支出1,222.68万元，较上年减少14.27万元（100.00%）。')).toEqual([
      { key: 'general.expense', amount: '14.27万元', rate: '100.00%', direction: 'decrease', against: 'prior' },
    ]);
  });

  it('is not read with anything else in the bracket', async () => {
    expect(await changesOf(GENERAL, '2024年度一般公共预算财政拨款支出1,222.68万元，与上年相比增加325.48万元(21.02%，主要是人员增加)。')).toEqual([
      { key: 'general.expense', amount: '325.48万元', rate: null, direction: 'increase', against: 'prior' },
    ]);
  });
});
