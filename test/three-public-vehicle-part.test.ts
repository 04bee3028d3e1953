import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.js';

const THREE = '七、财政拨款“三公”经费支出决算情况说明';
const doc = (...paras: string[]) => `# 某局2024年度“三公”经费决算情况说明\n\n## ${THREE}\n\n${paras.join('\n\n')}\n`;
const sumFindings = async (text: string) => (await checkText(text, { file: 'case.md' })).findings.filter((f) => f.rule === 'narrative.three-public-sum');

describe('the 三公 total whose list names the vehicles by their running cost alone', () => {
  it('is checked against that list, the purchase taken as none, and says so', async () => {
    const found = await sumFindings(doc('2024年度“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元。'));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toContain('未写购置费');
    expect(found[0]?.expected).toBe('30.49万元');
  });

  it('is not checked when the text says vehicles were bought: the list left the purchase out', async () => {
    expect(await sumFindings(doc('2024年度“三公”经费合计31.23万元，其中：公务接待费1.58万元，公务用车运行维护费28.91万元，因公出国（境）费0万元。', '本年购置公务用车1辆。'))).toEqual([]);
  });

  it('is checked with the purchase when the purchase is said elsewhere', async () => {
    expect(await sumFindings(doc('2024年度“三公”经费合计31.23万元，其中：公务接待费1.58万元，公务用车运行维护费28.91万元，因公出国（境）费0万元。', '公务用车购置费0.74万元。'))).toEqual([]);
  });
});
