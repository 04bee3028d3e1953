import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (total: string) =>
  [
    '# 某某站2024年度部门决算',
    '## 七、财政拨款“三公”经费支出决算情况说明',
    '公务用车购置及运行维护费支出决算3.50万元。',
    '公务接待费支出决算2.20万元。',
    `2024年度“三公”经费财政拨款支出决算为${total}万元，比上年增加2.00万元。`,
  ].join('\n\n');
const errors = async (text: string) => (await checkText(text, { file: 'b.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));

describe('one figure that several findings find too small', () => {
  it('is one finding at that figure, saying all of it', async () => {
    const fs = await errors(doc('1.00'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).toContain('3.50');
    expect(fs[0]?.message).toContain('2.20');
    expect(fs[0]?.message).toContain('增加2.00万元');
    expect(fs[0]?.message).toContain('3处都说明此1.00万元偏小');
    expect(fs[0]?.locations.some((l) => /决算为1\.00万元/.test(l.text ?? ''))).toBe(true);
  });

  it('leaves a figure found too small once as it is', async () => {
    const fs = await errors(doc('3.00'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).not.toContain('偏小');
  });
});
