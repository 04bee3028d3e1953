import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (...paras: string[]) => `# 某市某中心2023年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n${paras.join('\n\n')}\n`;
const errors = async (...paras: string[]) => (await checkText(doc(...paras), { file: 'b.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));

describe('a 三公 sum decided by the own sentence of the figure that is wrong', () => {
  const parts = '其中：因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算6.20万元；公务接待费支出决算2.40万元。';

  it('names the total when its completion rate and 小于 hold with the parts’ sum, and takes in the rate and the comparison', async () => {
    // 8.60 printed as 86.00: 完成预算的80% of 10.75 is 8.60, the parts' sum.
    const found = await errors('2023年度财政拨款“三公”经费支出预算为10.75万元，支出决算为86.00万元，完成预算的80%，决算数小于预算数。', parts);
    expect(found.map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
    const [one] = found;
    expect(one?.actual).toBe('86.00万元');
    expect(one?.expected).toBe('8.60万元');
    expect(one?.message).toMatch(/预算完成率与金额不符」「决算数与预算数大小表述不符」不再另报/);
  });

  it('names a part’s budget when its completion rate holds with what the total leaves it', async () => {
    // The reception budget 3.00 printed as 30.00: 2.40 is 80% of 3.00.
    const found = await errors(
      '2023年度“三公”经费财政拨款支出预算为10.75万元，支出决算为8.60万元。',
      '因公出国（境）费支出决算0万元，完成预算0万元的0%；公务用车购置及运行维护费支出决算为6.20万元，完成预算7.75万元的80%；公务接待费支出决算为2.40万元，完成预算30.00万元的80%。',
    );
    const sums = found.filter((f) => f.rule === 'narrative.three-public-sum');
    expect(sums).toHaveLength(1);
    expect(sums[0]?.actual).toBe('30.00万元');
    expect(sums[0]?.expected).toBe('3.00万元');
    expect(found.some((f) => f.rule === 'arithmetic.execution-rate')).toBe(false);
  });

  it('takes in a part’s share of the wrong total, which comes right with the total corrected (within the share’s rounding)', async () => {
    // 2.40 of 8.60 is 27.906%, printed 28%; of 86.00 it would be 3%.
    const found = await errors(
      '2023年度财政拨款“三公”经费支出预算为10.75万元，支出决算为86.00万元，完成预算的80%。',
      '其中：因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算6.20万元；公务接待费支出决算2.40万元，占28%。',
    );
    expect(found.map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
    expect(found[0]?.message).toMatch(/占比与金额不符/);
  });

  it('names no figure when the total’s own rate fails with the sum too', async () => {
    // The rate says 90%, which neither 86.00 nor 8.60 of 10.75 gives: the sum cannot tell which is wrong.
    const found = await errors('2023年度财政拨款“三公”经费支出预算为10.75万元，支出决算为86.00万元，完成预算的90%。', parts);
    const sum = found.find((f) => f.rule === 'narrative.three-public-sum');
    expect(sum?.expected).toBe('8.60万元');
    expect(sum?.message).not.toMatch(/按同句所写/);
    expect(found.some((f) => f.rule === 'arithmetic.execution-rate')).toBe(true);
  });
});
