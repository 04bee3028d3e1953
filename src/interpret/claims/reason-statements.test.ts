import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

/**
 * A reason whose items are comparisons of their own, whole ("主要原因是(1)本年度财政拨款收入较上年决算数减少112.6万元,
 * 下降4.4%,(2)事业收入较上年决算数增加5.89万元,增长11.0%"): each item is read as a statement of its subject, held
 * to its own rate and the subject's level said elsewhere; an item that only names a part and its change stays cut.
 */
const doc = (para: string) =>
  `# 某县某局2022年度部门决算\n\n## 二、收入决算情况说明\n\n2022年度收入合计2,519.13万元,较上年决算数减少106.71万元,下降4.1%,${para}\n\n其中:财政拨款收入2,459.67万元,占97.6%;事业收入59.46万元,占2.4%。\n`;
const REASON = '主要原因是(1)本年度财政拨款收入较上年决算数减少112.6万元,下降4.4%,(2)事业收入较上年决算数增加5.89万元,增长11.0%。';

describe('a reason whose items are comparisons of their own', () => {
  it('reads each item as its subject’s change and rate', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode(doc(REASON)));
    const changes = d.claims.filter((c) => c.change?.amount && !c.sentence.startsWith('2022年度')).map((c) => [c.subject.key, c.change!.amount!.value, c.change!.rate?.value]);
    expect(changes).toEqual([
      ['income.fiscal', '112.6', '4.4'],
      ['income.business', '5.89', '11.0'],
    ]);
  });

  it('true text: no finding on the items; planted defect: the wrong rate with both figures', async () => {
    const good = await checkText(doc(REASON), { file: 'a.md' });
    expect(good.findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.'))).toEqual([]);
    const bad = await checkText(doc(REASON.replace('增长11.0%', '增长12.0%')), { file: 'a.md' });
    expect(bad.findings.filter((f) => f.rule === 'arithmetic.change-rate' && f.severity === 'error').map((f) => [f.expected, f.actual])).toEqual([['11.0%', '12.0%']]);
  });

  it('an item naming only a part and its change, or no subject it knows, stays unread', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode(doc('主要原因是基本支出减少6.08万元,项目支出减少34.15万元;本年度财政拨款收支较上年决算数减少112.6万元,下降4.4%。')));
    expect(d.claims.filter((c) => c.change?.amount && !c.sentence.startsWith('2022年度')).map((c) => c.subject.key)).toEqual([]);
  });
});
