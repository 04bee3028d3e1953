import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import { md } from '../../rules/arithmetic/lib.js';

const doc = (sentence: string) => md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出2,280.29万元。', sentence);
const found = async (t: string) => (await checkText(t, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)/.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
const claims = async (t: string) => (await extractBytes('a.md', new TextEncoder().encode(t))).claims;

describe('the classes of a breakdown, each with its own figures', () => {
  const forms = {
    // The breakdown run on from the whole's amount, no comma between.
    'run on from the whole': (rate: string) => `一般公共预算财政拨款支出2,280.29万元按功能分类构成为：卫生健康支出（类）2,123.73万元，占比${rate}；社会保障和就业支出（类）103.30万元，占比4.53%；住房保障支出（类）53.26万元，占比2.34%。`,
    // The first class ranked by its share, its amount in the next clause.
    'ranked by its share': (rate: string) => `从支出功能分类看，卫生健康支出所占比重最大，为2,123.73万元，占${rate}；其次是社会保障和就业支出103.30万元，占4.53%；住房保障支出53.26万元，占2.34%。`,
  };
  for (const [name, form] of Object.entries(forms)) {
    it(`${name}: the first class has its amount and share, the whole keeps its own`, async () => {
      const cs = await claims(doc(form('93.13%')));
      expect(cs.filter((c) => c.subject.key === 'fc:210').map((c) => [c.amount?.raw, c.share?.rate.raw])).toEqual([['2,123.73万元', '93.13%']]);
      expect(cs.filter((c) => c.subject.key === 'general.expense').map((c) => [c.amount?.raw, c.share?.rate.raw ?? null])).toEqual([['2,280.29万元', null], ...(name === 'run on from the whole' ? [['2,280.29万元', null]] : [])]);
    });
    it(`${name}: true text gives nothing`, async () => {
      expect(await found(doc(form('93.13%')))).toEqual([]);
    });
    it(`${name}: the first class's share written wrong is found with its amounts`, async () => {
      expect(await found(doc(form('93.31%')))).toEqual([expect.stringMatching(/^arithmetic\.share .*卫生健康支出.*2,?123\.73万元.*2,?280\.29万元.*93\.13%.*93\.31%/)]);
    });
  }
});
