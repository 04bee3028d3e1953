import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (...paras: string[]) => `# 某县某局2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n${paras.join('\n\n')}\n`;
const errors = async (...paras: string[]) => (await checkText(doc(...paras), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));

describe('a 三公 part whose amount is misprinted, its share printed right', () => {
  // 3.80 printed as 38.00: its share 30.65% of 12.40 gives 3.80, with which the total holds, and the
  // other part's share (69.35%) fits the printed total, so the total is not the wrong figure.
  const total = '2024年度“三公”经费财政拨款支出决算为12.40万元。';
  const list = (reception: string) => `2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算8.60万元，占69.35%；公务接待费支出决算${reception}万元，占30.65%。`;

  it('is one finding that names the part, at the part, with what its share gives', async () => {
    const [one, ...rest] = await errors(total, list('38.00'));
    expect(rest).toEqual([]);
    expect(one?.rule).toBe('narrative.three-public-sum');
    expect(one?.actual).toBe('38.00万元');
    expect(one?.expected).toBe('3.80万元');
    expect(one?.locations[0]?.line).toBe(7);
  });

  it('does not name a part when every share says the total is the wrong figure', async () => {
    const found = await errors('2024年度“三公”经费财政拨款支出决算为21.40万元。', list('3.80'));
    expect(found.some((f) => f.rule === 'narrative.three-public-sum')).toBe(true);
    expect(found.every((f) => !/应约为/.test(f.message))).toBe(true);
  });
});
