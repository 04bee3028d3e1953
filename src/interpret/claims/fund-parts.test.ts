import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const findings = async (text: string) =>
  (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);

const doc = (...paras: string[]) => `某某局2024年度部门决算\n四、财政拨款收入支出决算总体情况说明\n${paras.join('\n')}\n`;

describe('a fund’s 基本支出 and 项目支出 in brackets are parts of that fund’s spending', () => {
  const said = (fundProject: string, capitalProject: string) =>
    doc(`2024年度财政拨款支出1350.00万元，其中：一般公共预算财政拨款支出1000.00万元（其中：基本支出600.00万元，项目支出400.00万元），政府性基金预算财政拨款支出300.00万元（其中：基本支出10.00万元，项目支出${fundProject}万元），国有资本经营预算财政拨款支出50.00万元（其中：基本支出0万元，项目支出${capitalProject}万元）。`);
  it('true text: nothing', async () => {
    expect(await findings(said('290.00', '50.00'))).toEqual([]);
  });
  it('政府性基金: a part written wrong is found against that fund’s whole', async () => {
    expect(await findings(said('280.00', '50.00'))).toEqual([expect.stringMatching(/^arithmetic\.parts-sum 「政府性基金预算财政拨款支出」300\.00万元.*10\.00.*280\.00/)]);
  });
  it('国有资本经营: a part written wrong is found against that fund’s whole', async () => {
    expect(await findings(said('290.00', '40.00'))).toEqual([expect.stringMatching(/^arithmetic\.parts-sum 「国有资本经营预算财政拨款支出」50\.00万元.*40\.00/)]);
  });
});

describe('基本支出 of all 财政拨款, beside a fund’s spending, is not 一般公共预算’s', () => {
  const said = (generalBasic: string) =>
    doc(
      '2024年度财政拨款支出1300.00万元，其中：一般公共预算财政拨款支出1000.00万元、政府性基金预算财政拨款支出300.00万元；按支出性质分，基本支出610.00万元，项目支出690.00万元。',
      `五、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出1000.00万元，其中：基本支出${generalBasic}万元，项目支出400.00万元。`,
    );
  it('true text: nothing', async () => {
    expect(await findings(said('600.00'))).toEqual([]);
  });
  it('一般公共预算’s own 基本支出 written wrong is still found, against its own whole', async () => {
    expect(await findings(said('650.00'))).toEqual([expect.stringMatching(/^arithmetic\.parts-sum 「一般公共预算财政拨款支出」1000\.00万元.*650\.00.*400\.00/)]);
  });
});
