import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

// A 三公 section where 公务用车购置费 is said twice: in the breakdown of 公务用车购置及运行维护费 and in
// the comparison with the budget.
const doc = (inBreakdown: string, inComparison: string) =>
  [
    '# 某某局2024年度部门决算',
    '## 七、一般公共预算财政拨款“三公”经费支出决算情况说明',
    '2024年度一般公共预算财政拨款“三公”经费支出决算7.66万元。',
    `公务用车购置及运行维护费7.32万元，其中：公务用车购置费${inBreakdown}万元，公务用车运行维护费7.32万元。`,
    '公务接待费0.34万元。',
    `其中：因公出国（境）费全年预算数0.00万元，决算数0.00万元；公务用车购置费全年预算数0.00万元，决算数${inComparison}万元。`,
  ].join('\n\n');

const shown = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && !/^(completeness|glossary|count)\./.test(f.rule));

describe('two statements of one subject decided by a sum said with one of them', () => {
  it('names the figure the sum fails with as wrong, and folds the sum into that one finding', async () => {
    const fs = await shown(doc('1.00', '0.00'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.rule).toBe('narrative.same-subject');
    expect(fs[0]?.expected).toBe('0.00万元');
    expect(fs[0]?.actual).toBe('1.00万元');
    expect(fs[0]?.message).toMatch(/同处(?:所列的合计|的「[^」]+」)按0.00万元相符/);
    expect(fs[0]?.message).toContain('不再另报');
    // The wrong figure's place comes first.
    expect(fs[0]?.locations[0]?.text).toContain('公务用车购置费1.00万元');
  });

  it('leaves the pair undecided when no sum fails with either figure', async () => {
    const fs = await shown(doc('0.00', '1.00'));
    const same = fs.filter((f) => f.rule === 'narrative.same-subject');
    expect(same).toHaveLength(1);
    expect(same[0]?.expected).toBeNull();
    expect(same[0]?.message).toContain('各执一词');
  });

  it('folds a share worked out from the wrong figure that comes right at 0% with it corrected', async () => {
    const text = [
      '# 某某局2024年度部门决算',
      '## 七、一般公共预算财政拨款“三公”经费支出决算情况说明',
      '2024年度“三公”经费财政拨款支出决算2.75万元。',
      '2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算1万元，占0%；公务用车购置及运行维护费支出决算0万元，占0%；公务接待费支出决算2.75万元，占100%。具体情况如下：',
      '1. 因公出国（境）经费支出0万元，年初未安排预算，支出决算较2023年度无变化。',
    ].join('\n\n');
    const fs = await shown(text);
    expect(fs).toHaveLength(1);
    expect(fs[0]?.actual).toBe('1万元');
    expect(fs[0]?.message).toContain('占比与金额不符');
  });
});
