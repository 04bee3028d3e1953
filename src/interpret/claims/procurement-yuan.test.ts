import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

// An explanation in 万元 whose procurement part prints some amounts in 元.
const doc = (procurement: string) =>
  `# 2024年度某某局部门决算\n\n## 一、收入支出决算总体情况说明\n\n2024年度收入总计1,222.68万元，支出总计1,222.68万元，较上年减少325.48万元，下降21.02%。本年支出合计1,222.68万元，其中基本支出608.04万元，项目支出614.64万元。\n\n## 十一、政府采购支出情况说明\n\n${procurement}\n`;
const found = async (t: string) => (await checkText(t, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative|year-unit)/.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
const claims = async (t: string) => (await extractBytes('a.md', new TextEncoder().encode(t))).claims;

describe('procurement parts in 元 among 万元 totals, each read in its own unit', () => {
  const sme = (amount: string, rate: string) => `本局2024年度政府采购支出合计70.24万元，其中货物类100,000.00元，服务类602,400.00元，无工程类采购。全年授予中小企业的政府采购合同金额为${amount}，占政府采购支出总额的${rate}，且全部授予小微企业。`;

  it('"授予中小企业的政府采购合同金额" is the amount awarded to small firms', async () => {
    const c = (await claims(doc(sme('186,400.00元', '26.54%')))).find((x) => x.subject.key === 'procurement.sme');
    expect([c?.amount?.raw, c?.share?.rate.raw]).toEqual(['186,400.00元', '26.54%']);
  });
  it('true text gives nothing', async () => {
    expect(await found(doc(sme('186,400.00元', '26.54%')))).toEqual([]);
  });
  it('a wrong share is found with both amounts, each in its own unit', async () => {
    expect(await found(doc(sme('186,400.00元', '28.54%')))).toEqual([expect.stringMatching(/^arithmetic\.share .*18\.64万元.*70\.24万元.*26\.54%.*28\.54%/)]);
  });
  it('a part in 元 that is only the unit slipped (its share fits in 万元) is a unit slip, not a wrong share', async () => {
    expect(await found(doc(sme('18.64元', '26.54%')))).toEqual([expect.stringMatching(/^year-unit\.unit-slip .*18\.64元.*18\.64万元/)]);
  });
  it('a part in 元 whose sum with the others fits in 万元 is a unit slip, not a wrong sum', async () => {
    expect(await found(doc('本局2024年度政府采购支出总额70.24万元，其中货物类10元，服务类60.24万元。'))).toEqual([expect.stringMatching(/^year-unit\.unit-slip .*10元.*所属总数与所列各部分之和相符/)]);
  });
  it('a part in 元 that makes the sum wrong in either unit is a wrong sum', async () => {
    expect(await found(doc('本局2024年度政府采购支出总额70.24万元，其中货物类100,000.00元，服务类612,400.00元。'))).toEqual([expect.stringMatching(/^narrative\.procurement-sum .*70\.24万元.*71\.24万元/)]);
  });
});
