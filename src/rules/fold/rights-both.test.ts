import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

// 教育支出 300.00 printed 330.00: the list is 30.00 above its whole, and the share printed beside the
// item (30.00% of 1000.00) gives 300.00, the value the whole leaves it.
const doc = (education: string, share: string) =>
  `# 某某局2024年度部门决算\n\n## （二）一般公共预算财政拨款支出决算结构情况\n\n一般公共预算财政拨款支出1000.00万元，主要用于以下方面：一般公共服务支出（类）600.00万元，占60.00%；教育支出（类）${education}万元，占${share}；住房保障支出（类）100.00万元，占10.00%。\n`;
const errors = async (text: string) => (await checkText(text, { file: 'r.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic' || f.category === 'count'));

describe('a sum and a share that one figure puts right', () => {
  it('are one finding that names the item, with the value the whole leaves it', async () => {
    const fs = await errors(doc('330.00', '30.00%'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.actual).toBe('330.00万元');
    expect(fs[0]?.expected).toBe('300.00万元');
    expect(fs[0]?.message).toContain('占比与金额不符');
  });

  it('leave the two apart when the share gives another value', async () => {
    const fs = await errors(doc('330.00', '20.00%'));
    expect(fs.length).toBeGreaterThanOrEqual(2);
    expect(fs.every((f) => f.actual !== '330.00万元' || f.expected !== '300.00万元')).toBe(true);
  });
});

describe('a sum and a count that one amount puts right', () => {
  it('are one finding that names the amount said with no trips', async () => {
    // 因公出国（境）费 0 printed 2: the total is 2.00 short, and no group or person went abroad.
    const text = `# 某某局2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n2024年度“三公”经费财政拨款支出决算7.50万元，其中：因公出国（境）费2万元，公务用车购置及运行维护费6.00万元，公务接待费1.50万元。因公出国（境）团组0个，累计0人次。\n`;
    const fs = await errors(text);
    expect(fs.map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
    expect(fs[0]?.actual).toBe('2.00万元');
    expect(fs[0]?.expected).toBe('0.00万元');
    expect(fs[0]?.message).toContain('团组、人次与支出不符');
  });
});
