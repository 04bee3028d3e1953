import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import type { Disclosure } from '../../model/disclosure.js';

const doc = (...paras: string[]) => `# 某县某局2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n${paras.join('\n\n')}\n`;
const model = (...paras: string[]): Promise<Disclosure> => extractBytes('a.md', new TextEncoder().encode(doc(...paras)));
const amountOf = (d: Disclosure, key: string) => d.claims.find((c) => c.subject.key === key && c.amount)?.amount?.value;
const errors = async (...paras: string[]) => (await checkText(doc(...paras), { file: 'a.md' })).findings.filter((f) => f.severity === 'error' && (f.category === 'narrative' || f.category === 'arithmetic'));

describe('the 三公 items by the names regions give them', () => {
  it('reads the collective name in brackets after the list of items as the total', async () => {
    const d = await model('2024年全县各单位因公出国（境）费、公务接待费、公车购置费，公车运行费（“三公”经费）决算总额300万元，比上年下降2.0%。');
    expect(amountOf(d, 'threePublic.total')).toBe('300');
    expect(amountOf(d, 'threePublic.vehicleOps')).toBeUndefined();
  });

  it('reads 公务用车及运行维护费 and 运行及维护支出 as the vehicle items', async () => {
    const d = await model('2024年度“三公”经费支出30.00万元，其中公务用车及运行维护费20.00万元，公务接待费10.00万元。', '公务用车购置支出为0万元；公务用车运行及维护支出20.00万元。');
    expect(amountOf(d, 'threePublic.vehicle')).toBe('20.00');
    expect(amountOf(d, 'threePublic.vehicleOps')).toBe('20.00');
  });

  it('reads 运维费, 运行维护费 said short, in the vehicle items', async () => {
    const d = await model('2024年度“三公”经费支出合计40.14万元。其中，因公出国(境)费0万元；公务用车购置及运维费30.93万元；公务接待费9.21万元。', '公务用车运维费30.93万元，主要用于车辆燃油及维修。');
    expect(amountOf(d, 'threePublic.vehicle')).toBe('30.93');
    expect(amountOf(d, 'threePublic.vehicleOps')).toBe('30.93');
    expect(await errors('2024年度“三公”经费支出合计40.14万元。其中，因公出国(境)费0万元；公务用车购置及运维费30.93万元；公务接待费9.21万元。')).toEqual([]);
    expect((await errors('2024年度“三公”经费支出合计40.14万元。其中，因公出国(境)费0万元；公务用车购置及运维费34.93万元；公务接待费9.21万元。')).map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
  });

  it('reads a 三公 total qualified by its funds (公共预算财政拨款支出)', async () => {
    const d = await model('2024年度“三公”经费公共预算财政拨款支出30.00万元。');
    expect(amountOf(d, 'threePublic.total')).toBe('30.00');
  });
});

describe('a 三公 total with an item said nowhere', () => {
  it('checks its listed parts against it, once each: the running cost within the vehicles is not added again', async () => {
    const ok = await errors('2024年度“三公”经费公共预算财政拨款支出30.00万元，其中公务用车及运行维护费用20.00万元，公务接待费10.00万元。公务用车费用中含公车购置费0万元，公务用车运行维护费20.00万元。无因公出国（境）团组。');
    expect(ok).toEqual([]);
    const above = await errors('2024年度“三公”经费公共预算财政拨款支出30.00万元，其中公务用车及运行维护费用200.00万元，公务接待费10.00万元。无因公出国（境）团组。');
    expect(above.map((f) => f.rule)).toEqual(['arithmetic.part-exceeds-whole']);
  });
});

describe('支出 said after a 三公 item’s counts', () => {
  const para = (rate: string) => `2024年公务接待24批次，210人次，支出2.05万元，较上年减少0.03万元，${rate}，原因为严格落实中央八项规定精神。`;

  it('is that item’s spending, with its change', async () => {
    const d = await model('2024年度“三公”经费支出2.05万元。', para('减少了1.44%'));
    const r = d.claims.find((c) => c.subject.key === 'threePublic.reception' && c.amount);
    expect([r?.amount?.value, r?.change?.amount?.value, r?.change?.rate?.value]).toEqual(['2.05', '0.03', '1.44']);
    expect(await errors('2024年度“三公”经费支出2.05万元。', para('减少了1.44%'))).toEqual([]);
    expect((await errors('2024年度“三公”经费支出2.05万元。', para('增加了1.44%'))).map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
  });

  it('is not a vehicle count’s', async () => {
    const d = await model('2024年末公务用车保有量3辆，支出2.05万元。');
    expect(d.claims.filter((c) => c.subject.key === 'threePublic.vehicleStock' && c.amount)).toEqual([]);
  });
  it('reads "公务车购置及运行维护费" as 公务用车购置及运行维护费: true text gives nothing, a wrong part the sum error', async () => {
    const said = (vehicle: string) => `2024年度“三公”经费财政拨款支出决算为68.3万元，其中：因公出国（境）费支出决算为0万元；公务接待费支出决算为26.4万元；公务车购置及运行维护费支出决算为${vehicle}万元。`;
    expect(amountOf(await model(said('41.9')), 'threePublic.vehicle')).toBe('41.9');
    expect(await errors(said('41.9'))).toEqual([]);
    expect((await errors(said('49.1'))).map((f) => f.message)).toEqual([expect.stringMatching(/68\.3万元.*公务车购置及运行维护费支出决算49\.1/)]);
  });
});
