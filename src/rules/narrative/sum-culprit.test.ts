import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (...paras: string[]) => `# 某县某局2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n${paras.join('\n\n')}\n`;
const errors = async (...paras: string[]) => (await checkText(doc(...paras), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));

// Budgets 20 + 80 + 100 = 200, actuals 10 + 60 + 30 = 100; each part's rate against its own budget.
const total = '2024年度“三公”经费支出决算数为100.00万元，比年初预算的200.00万元下降50.00%。';
const parts = (vehicleBudget: string, receptionActual = '30.00') =>
  `其中：因公出国（境）费10.00万元，比年初预算的20.00万元下降50.00%；公务用车购置及运行维护费60.00万元，比年初预算的${vehicleBudget}万元下降25.00%；公务接待费${receptionActual}万元，比年初预算的100.00万元下降70.00%。`;

describe('a 三公 sum off by one figure that its own sentence shows wrong', () => {
  it('names a part budget printed ten times too large, once, with what its rate gives', async () => {
    const [one, ...rest] = await errors(total, parts('800.00'));
    expect(rest).toEqual([]);
    expect(one?.rule).toBe('narrative.three-public-sum');
    expect(one?.actual).toBe('800.00万元');
    expect(one?.expected).toBe('80.00万元');
  });

  it('names a part amount whose rate against its budget fails, and not the total', async () => {
    const [one, ...rest] = await errors(total, parts('80.00', '40.00'));
    expect(rest).toEqual([]);
    expect(one?.actual).toBe('40.00万元');
    expect(one?.expected).toBe('30.00万元');
  });

  it('names no figure when no sentence tells which is wrong', async () => {
    const found = await errors(
      '2024年度“三公”经费支出决算数为100.00万元。',
      '其中：因公出国（境）费10.00万元；公务用车购置及运行维护费70.00万元；公务接待费30.00万元。',
    );
    expect(found.map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
    expect(found[0]?.expected).toBe('110.00万元');
  });
});

describe('the same amount printed for two items of one sentence', () => {
  it('gives one finding when two rules blame the copied figure with the same correction', async () => {
    // 公务用车运行维护费 printed with 公务接待费's 8.00: its own change (+1.80, 11.11%) and the vehicle
    // sum (20.00 = 2.00 + 18.00) both say 18.00, as does its own sentence later.
    const found = await errors(
      '2024年度“三公”经费支出28.00万元，其中：公务接待费8.00万元，较上年增加0.80万元，增长11.11%；公务用车购置及运行维护费20.00万元（其中：公务用车购置费2.00万元，公务用车运行维护费8.00万元，较上年增加1.80万元，增长11.11%）。',
      '公务用车运行维护费18.00万元，主要用于车辆维修。',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.actual).toBe('8.00万元');
    expect(found[0]?.expected).toBe('18.00万元');
    expect(found[0]?.message).toContain('“三公”经费合计与分项之和不符');
  });
});

describe('a whole printed smaller than its parts, its parts\' shares printed right', () => {
  it('is one finding naming the whole, with the parts above it folded in', async () => {
    // 因公出国（境）费 is said nowhere, so the 三公 sum cannot run and the parts are checked against the whole.
    const found = await errors('2024年度“三公”经费财政拨款支出决算为3.52万元。其中：公务接待费30.10万元，占89.53%；公务用车运行维护费3.52万元，占10.47%。');
    expect(found).toHaveLength(1);
    expect(found[0]?.actual).toBe('3.52万元');
    expect(found[0]?.expected).toBe('33.62万元');
    expect(found[0]?.message).toContain('部分大于整体');
  });
});
