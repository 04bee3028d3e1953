import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (sentence: string) => `# 某县某小学2021年度部门决算\n\n## 三、支出决算情况说明\n\n${sentence}\n`;
const arithmetic = async (sentence: string) => (await checkText(doc(sentence), { file: 'a.md' })).findings.filter((f) => f.rule.startsWith('arithmetic.'));

describe('a part whose amount is misprinted', () => {
  it('is one finding: the list does not add up, and its share shows what the amount should be', async () => {
    const [one, ...rest] = await arithmetic('2021年本年支出合计880.20万元，其中：基本支出768.88万元，占87.35%；项目支出11.33万元，占12.65%。');
    expect(rest).toEqual([]);
    expect(one?.rule).toBe('arithmetic.parts-sum');
    expect(one?.severity).toBe('error');
    expect(one?.message).toContain('应约为111.35万元');
  });

  it('leaves a wrong share alone when the list adds up', async () => {
    const found = await arithmetic('2021年本年支出合计880.20万元，其中：基本支出768.88万元，占87.35%；项目支出111.32万元，占15.65%。');
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.share']);
  });
});
