import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import { md } from '../../rules/arithmetic/lib.js';

const found = async (t: string) => (await checkText(t, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)/.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
const claims = async (t: string) => (await extractBytes('a.md', new TextEncoder().encode(t))).claims;
const amountsOf = async (t: string, key: string) => (await claims(t)).filter((c) => c.subject.key === key && c.amount).map((c) => c.amount?.raw);

describe('a clause that opens on its figure with no subject ("为X万元") is of what the clause before it named', () => {
  const whole = '2024年度本年支出合计300.00万元，比上年增加50.00万元，增长20%。';
  // (Each planted figure, read as the whole's, gave narrative.same-subject: "本年支出合计" 300.00 here, 200.00 there.)
  const unproved = {
    'after 其中, in a sentence of its own': `${whole}其中：为200.00万元，主要用于人员支出。`,
    'after a semicolon, the whole having its figure': '2024年度本年支出合计300.00万元，比上年增加50.00万元；为200.00万元，主要用于人员支出，较上年增加10.00万元，增长5%。',
    'after a name the reader does not know': `${whole}从项目看，医保信息化专项所占比重最大，为200.00万元，占66.67%。`,
    'opening a sentence': `${whole}为200.00万元，主要用于人员支出。`,
  };
  for (const [name, para] of Object.entries(unproved)) {
    it(`${name}: left unread, no finding`, async () => {
      const t = md('三、支出决算情况说明', para);
      expect(await amountsOf(t, 'expense.total')).toEqual(['300.00万元']);
      expect(await found(t)).toEqual([]);
    });
  }

  it('after 其中, the whole\'s parts named are then not all of it', async () => {
    const t = md('三、支出决算情况说明', '2024年度本年支出合计300.00万元，其中：为200.00万元，基本支出100.00万元。');
    const cs = await claims(t);
    expect(cs.find((c) => c.subject.key === 'expense.total')?.someParts).toBe(true);
    expect(await found(t)).toEqual([]);
  });

  it('the subject named in the clause before, with no figure of its own, takes it (and a slip in it is found)', async () => {
    const t = (rate: string) => md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出2,280.29万元。', `从支出功能分类看，卫生健康支出所占比重最大，为2,123.73万元，占${rate}。`);
    expect(await amountsOf(t('93.13%'), 'fc:210')).toEqual(['2,123.73万元']);
    expect(await found(t('93.13%'))).toEqual([]);
    expect(await found(t('93.31%'))).toEqual([expect.stringMatching(/^arithmetic\.share .*卫生健康支出.*2,?123\.73万元.*2,?280\.29万元.*93\.13%.*93\.31%/)]);
  });
});
