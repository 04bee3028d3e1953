import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

const findings = async (text: string) =>
  (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
const claims = async (text: string) => (await extractBytes('a.txt', new TextEncoder().encode(text))).claims;

const doc = (heading: string, body: string) =>
  `某某局2024年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出1865.86万元，占本年支出合计的88.31%。\n${heading}\n${body}\n`;
const body = (actual: string, rate: string) => `年初预算为1255.37万元，支出决算为${actual}万元，完成年初预算的${rate}，决算数大于年初预算数的主要原因是：含绩效奖和综治奖等。`;

describe('a line of a subject\'s name and a colon is the subject of the figures on the next line', () => {
  it('reads the budget, the spending and the rate under the heading as its subject\'s', async () => {
    const c = (await claims(doc('一般公共预算财政拨款支出：', body('1865.86', '148.63%')))).find((x) => x.budget?.executionRate);
    expect([c?.subject.key, c?.budget?.amount?.raw, c?.amount?.raw, c?.budget?.executionRate?.raw]).toEqual(['general.expense', '1255.37万元', '1865.86万元', '148.63%']);
  });
  it('true text gives nothing', async () => {
    expect(await findings(doc('一般公共预算财政拨款支出：', body('1865.86', '148.63%')))).toEqual([]);
  });
  it('a rate written wrong is found with both figures', async () => {
    expect(await findings(doc('一般公共预算财政拨款支出：', body('1865.86', '100%')))).toEqual([expect.stringMatching(/^arithmetic\.execution-rate .*1865\.86万元.*1255\.37万元.*100%/)]);
  });
  it('a spending written wrong is found against the same subject said before', async () => {
    const got = await findings(doc('一般公共预算财政拨款支出：', body('1856.86', '147.91%')));
    expect(got).toEqual([expect.stringMatching(/^narrative\.same-subject .*1865\.86.*1856\.86|^narrative\.same-subject .*1856\.86.*1865\.86/)]);
  });
  it('leaves unread the figures whose words name the other side than the heading ("…收入：" over "支出决算为…")', async () => {
    const text = doc('一般公共预算财政拨款收入：', body('1865.86', '100%'));
    expect((await claims(text)).filter((x) => x.budget?.executionRate)).toEqual([]);
    expect(await findings(text)).toEqual([]);
  });
  it('takes no heading from a line that says more than a name ("具体情况如下：")', async () => {
    const text = doc('一般公共预算财政拨款支出具体情况如下：', body('1865.86', '100%'));
    expect((await claims(text)).filter((x) => x.budget?.executionRate)).toEqual([]);
  });
  it('carries over one paragraph only', async () => {
    const text = doc('一般公共预算财政拨款支出：', `主要用于保障机构运转。\n${body('1865.86', '100%')}`);
    expect((await claims(text)).filter((x) => x.budget?.executionRate)).toEqual([]);
  });
});
