import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const findings = async (text: string) =>
  (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);

const doc = (general: string, fund: string) =>
  `某某局2024年度部门决算\n二、收入决算情况说明\n本年收入合计25,031.67万元;包括财政拨款收入24,940.34万元(其中,一般公共预算${general}万元,政府性基金预算${fund}万元,国有资本经营预算0万元),占收入合计99.64%;上级补助收入0万元,占收入合计0%;事业收入91.33万元,占收入合计0.36%。\n`;

describe('the parts of 财政拨款收入 in its brackets, named by the kind of 财政拨款 alone, are that kind’s 财政拨款收入', () => {
  it('true text: nothing', async () => {
    expect(await findings(doc('24,399.59', '540.75'))).toEqual([]);
  });
  it('a part written wrong is found against the whole, with the parts named', async () => {
    expect(await findings(doc('24,399.95', '540.75'))).toEqual([expect.stringMatching(/^arithmetic\.parts-sum 「财政拨款收入」24940\.34万元.*一般公共预算财政拨款收入24399\.95.*政府性基金预算财政拨款收入540\.75/)]);
  });
  it('names no part so outside the brackets of a 财政拨款 whole ("其中：一般公共预算…" of another whole is left as it is)', async () => {
    const text = `某某局2024年度部门决算\n三、支出决算情况说明\n本年支出合计1000.00万元(其中,一般公共预算800.00万元)。\n`;
    expect(await findings(text)).toEqual([]);
  });
});
