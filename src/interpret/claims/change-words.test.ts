import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

const doc = (heading: string, para: string) => `# 某某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;

async function changesOf(heading: string, para: string) {
  const text = doc(heading, para);
  const cs = (await extractBytes('case.md', new TextEncoder().encode(text))).claims;
  return cs.filter((c) => c.change).map((c) => ({ key: c.subject.key, amount: c.change?.amount?.raw ?? null, rate: c.change?.rate?.raw ?? null, direction: c.change?.direction, against: c.change?.against }));
}

const THREE = '九、财政拨款“三公”经费支出决算情况说明';
const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';
const OPERATING = '十、机关运行经费支出说明';

describe('节约 as a change word', () => {
  it('is a fall where the clause compares with last year', async () => {
    expect(await changesOf(THREE, '公务接待费支出决算为0.34万元，比2023年度节约0.04万元，降低12.53%。')).toEqual([
      { key: 'threePublic.reception', amount: '0.04万元', rate: '12.53%', direction: 'decrease', against: 'prior' },
    ]);
  });

  it('is the actual below its budget where the clause compares with the budget, its rate 节约率 too', async () => {
    expect(await changesOf(THREE, '公务接待费支出决算为0.34万元，比年初预算节约0.04万元。')).toEqual([
      { key: 'threePublic.reception', amount: '0.04万元', rate: null, direction: 'decrease', against: 'budget' },
    ]);
    expect(await changesOf(OPERATING, '本单位机关运行经费年初预算13.04万元，2024年度实际支出11.23万元，比年初预算节约1.81万元，节约率13.88%，主要是机关厉行节约，压减支出。')).toEqual([
      { key: 'operatingCost', amount: '1.81万元', rate: '13.88%', direction: 'decrease', against: 'budget' },
    ]);
    expect(await changesOf(OPERATING, '2024年度机关运行经费支出11.23万元，比年初预算13.04万元节约1.81万元，降低13.88%，主要是机关厉行节约。')).toEqual([
      { key: 'operatingCost', amount: '1.81万元', rate: '13.88%', direction: 'decrease', against: 'budget' },
    ]);
  });

  it('is no change where it is money saved by a purchase', async () => {
    expect(await changesOf(THREE, '公务接待费支出决算为0.34万元，通过集中采购节约0.04万元。')).toEqual([]);
  });

  // (The case is one paragraph, no whole document: only the arithmetic rules' findings are of the case.)
  const arithmetic = <F extends { rule: string; severity: string }>(fs: F[]) => fs.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.'));
  const SAVED = (saved: string, rate: string) => doc(OPERATING, `本单位机关运行经费年初预算13.04万元，2024年度实际支出11.23万元，比年初预算节约${saved}万元，节约率${rate}%，主要是机关厉行节约，压减支出。`);

  it('true text: a saving that fits the budget and the actual gives nothing', async () => {
    expect(arithmetic((await checkText(SAVED('1.81', '13.88'), { file: 'a.md' })).findings)).toEqual([]);
  });

  it('planted defect: a saving or its rate at odds with the budget and the actual is found with both figures', async () => {
    const amount = arithmetic((await checkText(SAVED('1.87', '13.88'), { file: 'a.md' })).findings);
    expect(amount.map((f) => [f.rule, f.severity])).toEqual([['arithmetic.change-vs-prior-level', 'error']]);
    expect(amount[0]!.message).toContain('1.87');
    expect(amount[0]!.message).toContain('1.81');
    const rate = arithmetic((await checkText(SAVED('1.81', '18.38'), { file: 'a.md' })).findings);
    expect(rate.map((f) => [f.rule, f.severity, f.actual])).toEqual([['arithmetic.change-rate', 'error', '18.38%']]);
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
