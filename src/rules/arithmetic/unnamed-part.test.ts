import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/** "其中X万元为…": a part named after its amount is still a part of the whole before it. */
const doc = (para: string) => `# 某学院2024年度部门决算\n\n## 二、收入决算情况说明\n\n${para}\n`;
const serious = async (para: string) => (await checkText(doc(para), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:narrative|arithmetic)\./.test(f.rule));

describe('a part named after its amount', () => {
  it('may not exceed its whole', async () => {
    const found = await serious('本年度我院事业收入3216.40万元。其中32164.00万元为学费、住宿费收入，其余为对外服务收入。');
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.part-exceeds-whole']);
  });

  it('need not add up to it with others', async () => {
    expect(await serious('本年度我院其他收入512.00万元。其中300.00万元为捐赠收入，150.00万元为利息收入。')).toEqual([]);
  });

  it('is no part of a budget said with the whole', async () => {
    expect(await serious('本年度其他收入年初预算600.00万元，决算512.00万元。其中550.00万元为捐赠收入。')).toEqual([]);
  });
});
