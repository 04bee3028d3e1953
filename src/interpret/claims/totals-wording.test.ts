import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

const findings = async (text: string) =>
  (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
const claims = async (text: string) => (await extractBytes('a.txt', new TextEncoder().encode(text))).claims;

const total = (body: string) => `某某局2024年度部门决算\n一、收入支出决算总体情况说明\n${body}\n`;
const fiscal = (body: string) => `某某局2024年度部门决算\n四、财政拨款收入支出决算总体情况说明\n${body}\n`;

describe('the account’s totals as other templates word them', () => {
  it('"收、支与2023年度相比" after the totals: the change of 收、支总计 (true text: nothing)', async () => {
    const text = total('1.总体情况。2024年度收入总计1262.46万元,支出总计1262.46万元。收、支与2023年度相比,增加66.69万元,增长5.6%,主要原因是项目增加。');
    expect((await claims(text)).find((c) => c.change)?.subject.key).toBe('total');
    expect(await findings(text)).toEqual([]);
  });
  it('"收、支与2023年度相比": a rate written wrong is found with the change and the level', async () => {
    const text = total('1.总体情况。2024年度收入总计1262.46万元,支出总计1262.46万元。收、支与2023年度相比,增加66.69万元,增长6.6%,主要原因是项目增加。');
    expect(await findings(text)).toEqual([expect.stringMatching(/^arithmetic\.change-rate .*6\.6%.*66\.69万元.*1262\.46/)]);
  });
  it('"财政拨款收入、支出总计均为…" is 财政拨款收、支总计, not 财政拨款收入 (true text: nothing)', async () => {
    const text = fiscal('2024年度财政拨款收入、支出总计均为2280.29万元，同比减少219.11万元，降幅8.77%。');
    const c = (await claims(text)).find((x) => x.change);
    expect([c?.subject.key, c?.amount?.raw]).toEqual(['fiscal.total', '2280.29万元']);
    expect(await findings(text)).toEqual([]);
  });
  it('"财政拨款收入、支出总计均为…": a rate written wrong is found', async () => {
    const text = fiscal('2024年度财政拨款收入、支出总计均为2280.29万元，同比减少219.11万元，降幅8.67%。');
    expect(await findings(text)).toEqual([expect.stringMatching(/^arithmetic\.change-rate .*8\.67%.*219\.11万元/)]);
  });
  it('"…收入总计和支出总计同为…": 同为 says the amount as 均为 does', async () => {
    const ok = fiscal('2024年度财政拨款收入总计和支出总计同为2280.29万元，较2023年度决算数2499.4万元减少219.11万元。');
    expect((await claims(ok)).find((x) => x.change)?.amount?.raw).toBe('2280.29万元');
    expect(await findings(ok)).toEqual([]);
    const wrong = fiscal('2024年度财政拨款收入总计和支出总计同为2290.29万元，较2023年度决算数2499.4万元减少219.11万元。');
    expect(await findings(wrong)).toEqual([expect.stringMatching(/^arithmetic\.change-vs-prior-level .*2290\.29万元.*2499\.4万元.*219\.11万元/)]);
  });
  it('"财政拨款收支较上年决算数减少…" is the change of 财政拨款收、支总计', async () => {
    const text = fiscal('本年度财政拨款收支较上年决算数减少112.6万元,下降4.4%。');
    expect((await claims(text)).find((x) => x.change)?.subject.key).toBe('fiscal.total');
  });
  it('a 收、支 inside a word is no total ("基本支出收、支增长…")', async () => {
    const text = total('2024年度收、支总计均为393.71万元。主要原因一是基本支出收、支增长22.98%。');
    expect((await claims(text)).filter((x) => x.subject.key === 'total' && x.change)).toEqual([]);
  });
});

