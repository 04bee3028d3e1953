import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (...paras: string[]) => `# 某某所2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n${paras.join('\n\n')}\n`;
const errors = async (...paras: string[]) => (await checkText(doc(...paras), { file: 'h.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));

describe('a finding that holds with the figure another names wrong, corrected', () => {
  it('folds a change rate into the whole found below its parts when the rate gives a whole above them', async () => {
    // 95.00 printed 9.50: the rate 9.5% on a fall of 10.00 gives about 95, above the parts' 60.00 + 30.00.
    const fs = await errors('2024年度“三公”经费财政拨款支出9.50万元，比上年减少10.00万元，下降9.5%，其中公务用车购置及运行维护费60.00万元，公务接待费30.00万元。');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).toContain('变动率与变动额不符');
  });

  it('keeps a change rate that is wrong with the whole at any value above its parts', async () => {
    // 20% on a fall of 1.00 gives 4.00 for the whole: still below its parts, the rate is wrong on its own.
    const fs = await errors('2024年度“三公”经费财政拨款支出9.00万元，比上年减少1.00万元，下降20%，其中公务用车购置及运行维护费60.00万元，公务接待费30.00万元。');
    expect(fs.map((f) => f.rule)).toContain('arithmetic.change-rate');
  });

  it('decides two statements of one amount by the share printed beside one of them', async () => {
    const fs = await errors(
      '2024年度“三公”经费财政拨款支出决算20.00万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费14.00万元，公务接待费6.00万元。',
      '2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算14.00万元，占70.00%；公务接待费支出决算6.60万元，占30.00%。',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]?.rule).toBe('narrative.same-subject');
    expect(fs[0]?.actual).toBe('6.60万元');
    expect(fs[0]?.expected).toBe('6.00万元');
    expect(fs[0]?.message).toContain('占比与金额不符');
  });

  it('folds a change rate that holds with the sum of the parts into the sum that names the whole', async () => {
    // 35.00 printed 53.00: the rise of 10.00 is 40% on 25.00, last year's with 35.00. The completion
    // rate (50% of 60.00) is wrong with either and stays a finding of its own.
    const fs = await errors(
      '2024年度“三公”经费财政拨款支出预算为60.00万元，支出决算为53.00万元，完成预算的50.00%，比上年增加10.00万元，增长40.00%。其中：因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算10.00万元；公务接待费支出决算25.00万元。',
    );
    expect(fs.map((f) => f.rule).sort()).toEqual(['arithmetic.execution-rate', 'narrative.three-public-sum']);
    expect(fs.find((f) => f.rule === 'narrative.three-public-sum')?.message).toContain('变动率与变动额不符');
  });

  it('folds an increase above this year\'s amount into the statement that names that amount wrong', async () => {
    const fs = await errors(
      '2024年度公务接待费支出决算4.02万元，主要用于上级检查接待。',
      '公务接待费支出决算0万元，比上年增加0.05万元。',
      '公务接待费支出4.02万元，接待12批次60人次。',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]?.rule).toBe('narrative.same-subject');
    expect(fs[0]?.actual).toBe('0万元');
  });
});
