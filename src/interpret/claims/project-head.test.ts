import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

const findings = async (text: string) =>
  (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative|performance)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
const claims = async (text: string) => (await extractBytes('a.txt', new TextEncoder().encode(text))).claims;

const doc = (para: string) => `某某局2024年度部门决算\n十、预算绩效管理情况说明\n本单位对8个项目开展了绩效自评。\n${para}\n`;

describe('a project’s paragraph headed by its name gives the project its budget, spending and rate', () => {
  const forms = [
    (spent: string) => `1. 医疗保险基金征缴经费补助项目：自评得分97.63分。全年预算数15万元，执行数${spent}万元，完成预算的76.27%。完成医保宣传材料印刷10万张。`,
    (spent: string) => `1.“医疗保险基金征缴经费补助”项目：全年预算数15万元，执行数${spent}万元，预算执行率76.27%，自评得分97.63分。`,
    (spent: string) => `1.医疗保险基金征缴经费补助：自评得分97.63分，全年预算数15万元，执行数${spent}万元，执行率76.27%。`,
  ];
  for (const [i, form] of forms.entries()) {
    it(`form ${i + 1}: read as the project's`, async () => {
      const c = (await claims(doc(form('11.44')))).find((x) => x.subject.key === 'project:医疗保险基金征缴经费补助');
      expect([c?.amount?.raw, c?.budget?.amount?.raw, c?.budget?.executionRate?.raw]).toEqual(['11.44万元', '15万元', '76.27%']);
    });
    it(`form ${i + 1}: true text gives nothing`, async () => {
      expect(await findings(doc(form('11.44')))).toEqual([]);
    });
    it(`form ${i + 1}: the spending written wrong is found with the budget and the rate`, async () => {
      const found = await findings(doc(form('12.44')));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^(?:arithmetic|performance)\.execution-rate .*医疗保险基金征缴经费补助/);
      for (const figure of ['12.44', '15', '76.27%']) expect(found[0]).toContain(figure);
    });
  }
  it('a sentence that merely opens with a name and a colon is no project head', async () => {
    const cs = await claims(doc('主要成效：全年预算数15万元的项目已完成。'));
    expect(cs.filter((c) => c.subject.key.startsWith('project:'))).toEqual([]);
  });
});
