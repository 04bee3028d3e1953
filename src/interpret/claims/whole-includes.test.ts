import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

const doc = (para: string) => `# 某某局2024年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n${para}\n`;
const amounts = async (para: string) =>
  (await extractBytes('a.md', new TextEncoder().encode(doc(para)))).claims.filter((c) => c.amount).map((c) => `${c.subject.key} ${c.amount?.value}`);

describe('a whole named with no figure, then 包括 and its parts: the parts are read', () => {
  it('收入总计包括本年收入合计…、年初结转和结余…', async () => {
    expect(await amounts('2024年度收、支总计均为1,239.71万元。收入总计包括本年收入合计1,238.41万元、年初结转和结余1.30万元；支出总计包括本年支出合计1,238.51万元、年末结转和结余1.20万元。')).toEqual([
      'total 1239.71',
      'income.total 1238.41',
      'income.opening 1.30',
      'expense.total 1238.51',
      'expense.closing 1.20',
    ]);
  });
  it('not a name that is no part of the whole', async () => {
    expect(await amounts('收入总计包括基本支出100.00万元。')).not.toContain('expense.basic 100.00');
  });
  it('a part written wrong is found with both figures; the true text gives nothing', async () => {
    const findings = async (para: string) => (await checkText(doc(para), { file: 'a.md' })).findings.filter((f) => /^(?:arithmetic|narrative)/.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
    const said = '本年收入合计1,238.41万元，其中财政拨款收入1,222.68万元、其他收入15.73万元。';
    expect(await findings(`${said}收入总计包括本年收入合计1,238.41万元、年初结转和结余1.30万元。`)).toEqual([]);
    const planted = await findings(`${said}收入总计包括本年收入合计1,283.41万元、年初结转和结余1.30万元。`);
    expect(planted).toContainEqual(expect.stringMatching(/1,?283\.41.*1,?238\.41|1,?238\.41.*1,?283\.41/));
  });
});
