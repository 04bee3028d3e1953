import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (para: string) => `# 某某局2024年度部门决算\n\n## 七、一般公共预算财政拨款基本支出决算情况说明\n\n${para}\n`;
const findings = async (para: string) => (await checkText(doc(para), { file: 'a.md' })).findings.filter((f) => /^(?:arithmetic|narrative)\./.test(f.rule) && f.severity !== 'info').map((f) => `${f.rule} ${f.message}`);

describe('日常公用经费 is the 公用经费 of 基本支出', () => {
  const said = (pub: string) => `2024年一般公共预算财政拨款基本支出608.04万元，其中：人员经费567.02万元，占基本支出的93.25%；日常公用经费${pub}万元，占基本支出的6.75%。`;
  it('true text: nothing', async () => {
    expect(await findings(said('41.02'))).toEqual([]);
  });
  it('a figure written wrong is found with both figures', async () => {
    expect(await findings(said('14.02'))).toEqual([expect.stringMatching(/^narrative\.basic-split .*608\.04.*567\.02.*14\.02/)]);
  });
});
