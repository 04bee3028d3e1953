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

  it('is two findings when the amount the sum needs would not bear the share out either (two slips)', async () => {
    // 768.88 + 111.33 = 880.21 against 880.25 printed; the share 70.00% fits neither 111.33 nor the 111.37
    // the sum needs, so it does not show the part misprinted: both slips are reported, neither explains the other.
    const found = await arithmetic('2021年本年支出合计880.25万元，其中：基本支出768.88万元，占87.35%；项目支出111.33万元，占70.00%。');
    expect(found.map((f) => f.rule).sort()).toEqual(['arithmetic.parts-sum', 'arithmetic.share']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found.find((f) => f.rule === 'arithmetic.parts-sum')?.message).not.toContain('所列金额有误');
  });

  it('leaves a wrong share alone when the list adds up', async () => {
    const found = await arithmetic('2021年本年支出合计880.20万元，其中：基本支出768.88万元，占87.35%；项目支出111.32万元，占15.65%。');
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.share']);
  });
});

describe('a list that leaves an item out, its last share made up to 100%', () => {
  // 本年收入 640.00 of which 200.00 (31.25%) and 380.00 printed as 68.75% (= 100 − 31.25); 380.00 fits its
  // own change (+20.00 on 360.00 is 5.56%), so the amount is not what is wrong: 60.00 of income is not listed.
  const sentence = '2021年本年收入合计640.00万元，其中：财政拨款收入200.00万元，占31.25%；事业收入380.00万元，占68.75%，比上年增加20.00万元，增长5.56%。';

  it('is one finding that does not call the amount wrong', async () => {
    const [one, ...rest] = await arithmetic(sentence);
    expect(rest).toEqual([]);
    expect(one?.rule).toBe('arithmetic.parts-sum');
    expect(one?.message).toContain('与其增减额、增减率相符');
    expect(one?.message).not.toContain('所列金额有误');
  });
});

describe('a whole whose amount and change are both off its parts by the same gap', () => {
  // Last year: 505.00 = 400.00 + 105.00. This year the total is printed 530.50 (+25.50), the parts 430.00
  // (+30.00) and 100.00 (−5.00): the amounts and the changes are off by the same 0.50, one misprint.
  const sentence = '2021年本年支出合计530.50万元，比上年增加25.50万元，其中：基本支出430.00万元，比上年增加30.00万元；项目支出100.00万元，比上年减少5.00万元。';

  it('is reported once, as the list that does not add up', async () => {
    const found = await arithmetic(sentence);
    expect(found.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual(['arithmetic.parts-sum']);
    expect(found[0]?.message).toContain('变动额之差即本年数之差');
  });
});
