import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (...paras: string[]) => `# 某县某所2022年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n${paras.join('\n\n')}\n`;
const found = async (...paras: string[]) => (await checkText(doc(...paras), { file: 'c.md' })).findings.filter((f) => f.severity !== 'info' && f.category === 'narrative');

describe('two statements of one subject that disagree are one finding with what follows from them', () => {
  it('takes in the last-year amounts the two statements imply and their two change rates', async () => {
    // The reception spending is said twice: 3.20 (up 0.80, 33.3%) and 12.40 (up 1.60, 14.8%).
    const fs = await found(
      '2022年度公务接待费支出3.20万元，比上年增加0.80万元，增长33.3%。',
      '公务接待费支出12.40万元，比上年增加1.60万元，增长14.8%，主要是接待任务增加。',
    );
    expect(fs.map((f) => f.rule)).toEqual(['narrative.same-subject']);
    expect(fs[0]?.message).toMatch(/上年数不同/);
    expect(fs[0]?.message).toMatch(/变动率在/);
  });

  it('keeps apart a last-year disagreement of another subject', async () => {
    const fs = await found(
      '2022年度公务接待费支出3.20万元，比上年增加0.80万元。',
      '公务接待费支出12.40万元，比上年增加1.60万元。',
      '因公出国（境）费支出5.00万元，比上年增加1.00万元。',
      '因公出国（境）费支出5.00万元，比上年增加2.00万元。',
    );
    expect(fs.filter((f) => f.rule === 'narrative.implied-prior').map((f) => f.message)).toEqual([expect.stringMatching(/^「因公出国/)]);
  });
});
