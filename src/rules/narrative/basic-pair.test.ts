import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const findings = async (text: string) =>
  (await checkText(text, { file: 'a.md' })).findings.filter((f) => /^(?:arithmetic|narrative)\./.test(f.rule) && f.severity !== 'info').map((f) => `${f.rule} ${f.message}`);

// 支出决算 speaks of all funds' 基本支出 and its pair; the 基本支出 section of 一般公共预算's and its own.
const doc = (allPersonnel: string, ownPublic: string, allBasic = '900.00', total = '1300.00') =>
  `# 某某局2024年度部门决算\n\n## 三、支出决算情况说明\n\n本年支出合计${total}万元，其中：基本支出${allBasic}万元，其中人员经费${allPersonnel}万元，公用经费120.00万元；项目支出400.00万元。\n\n` +
  `## 六、一般公共预算财政拨款基本支出决算情况说明\n\n2024年度一般公共预算财政拨款基本支出816.48万元，其中：\n\n人员经费707.15万元，主要包括：基本工资、津贴补贴。\n\n公用经费${ownPublic}万元，主要包括：办公费、印刷费。\n`;

describe('the 基本支出 split takes the pair said of that total', () => {
  it('true text, where the pairs of the two sections differ: nothing', async () => {
    expect(await findings(doc('780.00', '109.33'))).toEqual([]);
  });
  it('the 基本支出 section\'s own pair written wrong is found with both figures', async () => {
    expect(await findings(doc('780.00', '119.33'))).toEqual([expect.stringMatching(/^narrative\.basic-split .*816\.48.*707\.15.*119\.33/)]);
  });
  it('the other section\'s pair is never held to this total', async () => {
    // 780 + 120 = 900 of its own total; against 816.48 it would fail, and must not be reported.
    expect((await findings(doc('780.00', '109.33'))).filter((f) => /816\.48/.test(f))).toEqual([]);
  });
  it('all funds\' 人员经费 above 一般公共预算\'s 基本支出 is no part exceeding its whole', async () => {
    expect(await findings(doc('880.00', '109.33', '1000.00', '1400.00'))).toEqual([]);
  });
});
