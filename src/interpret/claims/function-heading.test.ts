import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

const findings = async (text: string) =>
  (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);

const claims = async (text: string) => (await extractBytes('a.txt', new TextEncoder().encode(text))).claims;
const doc = (body: string) => `某某局2024年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出决算为1,222.68万元。\n${body}\n`;

describe('a 类/款/项 heading is the subject of what follows it', () => {
  const forms = {
    'run into the sentence, ending in 。': (amount: string) => `（二）社会保障和就业支出（类）。支出决算为${amount}万元，占一般公共预算财政拨款支出的6.93%。`,
    'on a line of its own': (amount: string) => `（二）社会保障和就业支出（类）\n支出决算为${amount}万元，占一般公共预算财政拨款支出的6.93%。`,
    'on a line of its own, ending in 。': (amount: string) => `（二）社会保障和就业支出（类）。\n支出决算为${amount}万元，占一般公共预算财政拨款支出的6.93%。`,
  };
  for (const [name, form] of Object.entries(forms)) {
    it(`${name}: true text gives nothing`, async () => {
      expect(await findings(doc(form('84.68')))).toEqual([]);
    });
    it(`${name}: a figure written wrong is found with the figures it fails against`, async () => {
      expect(await findings(doc(form('84.86')))).toEqual([expect.stringMatching(/^arithmetic\.share 「社会保障和就业支出」84\.86万元.*1222\.68万元.*6\.93%/)]);
    });
  }
  it('a 类…款…项 path on its own line gives the 项 its figures', async () => {
    const cs = await claims(doc('（一）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）\n支出决算为56.29万元，比上年增加4.79万元，增长9.30%。'));
    const c = cs.find((x) => x.subject.key === 'fc:2080505');
    expect([c?.amount?.raw, c?.change?.amount?.raw, c?.change?.rate?.raw]).toEqual(['56.29万元', '4.79万元', '9.30%']);
    expect(c?.sentence).toContain('支出决算为56.29万元');
  });
  it('carries over one paragraph only: a description under the heading ends it', async () => {
    const cs = await claims(doc('（二）社会保障和就业支出（类）\n主要用于离退休人员。\n支出决算为84.68万元。'));
    expect(cs.filter((x) => x.subject.key === 'fc:208' && x.amount)).toEqual([]);
  });
});
