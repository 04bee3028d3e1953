import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import { T05, withTables } from '../../rules/narrative-table/fixtures.js';

const text = (sentence: string, table = T05) => withTables(['（三）一般公共预算财政拨款支出决算具体情况', sentence], table);
const errors = async (t: string) => (await checkText(t, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|narrative)/.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
const claims = async (t: string) => (await extractBytes('a.md', new TextEncoder().encode(t))).claims;

// The 05 table with the 款 split between two 项: 住房公积金 is not all of it.
const SPLIT = T05.replace('2210201\t住房公积金\t11.36\t11.36\t0.00', '2210201\t住房公积金\t10.00\t10.00\t0.00\n2210203\t购房补贴\t1.36\t1.36\t0.00');

describe('a 项 named alone said to be all of the 类 just stated ("全部为住房公积金（项）")', () => {
  const forms = {
    全部为: '（四）住房保障支出（类）。支出决算为11.36万元，占一般公共预算财政拨款支出的4.76%，全部为住房公积金（项），较上年增加0.55万元，增长5.09%。',
    全部用于: '（四）住房保障支出（类）。支出决算为11.36万元，全部用于住房公积金（项）。',
    均为: '4.住房保障支出（类）11.36万元，均为住房公积金（项）支出。',
  };
  for (const [name, sentence] of Object.entries(forms)) {
    it(`${name}: the 项 has the 类's amount`, async () => {
      const c = (await claims(text(sentence))).find((x) => x.subject.key === 'fc:2210201');
      expect(c?.amount?.raw).toBe('11.36万元');
    });
    it(`${name}: true text gives nothing`, async () => {
      expect(await errors(text(sentence))).toEqual([]);
    });
    it(`${name}: the 05 table's 项 short of the 类 is found with both figures`, async () => {
      expect(await errors(text(sentence, SPLIT))).toEqual([expect.stringMatching(/^narrative-table\.item-05 .*11\.36.*10\.00|^narrative-table\.item-05 .*10\.00.*11\.36/)]);
    });
  }
  it('the change said after it stays the 类\'s', async () => {
    const cs = await claims(text(forms.全部为));
    expect(cs.find((x) => x.subject.key === 'fc:221')?.change?.amount?.raw).toBe('0.55万元');
  });
});
