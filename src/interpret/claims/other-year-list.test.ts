import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import { md } from '../../rules/arithmetic/lib.js';

const found = async (t: string) => (await checkText(t, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)/.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
const claims = async (t: string) => (await extractBytes('a.md', new TextEncoder().encode(t))).claims;
const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';
// This year's items, said in the paragraph after: the year before's, read as this year's, contradicted them.
const THIS_YEAR = '（二）卫生健康支出（类）。支出决算为33.76万元，其中行政事业单位医疗（款）行政单位医疗（项）10.29万元、事业单位医疗（项）23.47万元。';

describe('the items of another year listed after its level ("2023年支出决算为…，其中…（项）…") are not this year\'s', () => {
  for (const year of ['2023年', '上年', '2023年度的']) {
    const para = `（一）卫生健康支出（类）行政事业单位医疗（款）。支出决算为5.00万元，${year}支出决算为15.47万元，其中行政单位医疗（项）14.27万元、事业单位医疗（项）1.20万元。本年减少的主要原因是人员调出。`;
    it(`${year}: none of the year's list is read`, async () => {
      const cs = await claims(md(GENERAL, para));
      expect(cs.filter((c) => c.amount).map((c) => [c.subject.key, c.amount?.raw])).toEqual([['fc:21011', '5.00万元']]);
    });
    it(`${year}: beside this year's items, no finding (both were said to differ)`, async () => {
      expect(await found(md(GENERAL, para, THIS_YEAR))).toEqual([]);
    });
  }

  it('a clause after it that compares, or names the report year, is read again', async () => {
    const cs = await claims(md(GENERAL, '（一）卫生健康支出（类）。2023年支出决算为15.47万元，2024年支出决算为20.00万元，较上年增加4.53万元，增长29.28%。'));
    expect(cs.filter((c) => c.amount || c.change).map((c) => [c.subject.key, c.amount?.raw, c.change?.amount?.raw, c.change?.rate?.raw])).toEqual([['unsure:general:expense.actual', '20.00万元', '4.53万元', '29.28%']]);
  });

  for (const word of ['上年结转', '上年结转和结余']) {
    it(`${word} is this year's own: read`, async () => {
      const cs = await claims(md('一、收入支出决算总体情况说明', `2024年度收入总计120.00万元，其中：本年收入合计100.00万元，${word}20.00万元。`));
      expect(cs.filter((c) => c.amount).map((c) => c.amount?.raw)).toEqual(['120.00万元', '100.00万元', '20.00万元']);
    });
  }
});
