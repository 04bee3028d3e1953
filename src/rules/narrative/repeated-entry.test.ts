import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * A detail line copied over the next one ("13.…" replaced by "12.…" again): the list numbers it as the
 * previous entry's and skips one, and the entry states the same item with the same figure. The sums
 * over the list count the item once and fall short by the item that is no longer listed: one finding,
 * the repeated entry, with the sums that fall short folded into it.
 */
const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';
const doc = (...lines: string[]) => `# 某州某局2024年度部门决算\n\n## ${GENERAL}\n\n${lines.join('\n\n')}\n`;
const head = ['一般公共预算财政拨款支出300.00万元，主要用于以下方面：卫生健康支出（类）300.00万元，占100.00%。', '其中：'];
const item1 = '1.卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算数为100.00万元。';
const item2 = '2.卫生健康支出（类）医疗保障管理事务（款）一般行政管理事务（项）：支出决算数为150.00万元。';
const item3 = '3.卫生健康支出（类）医疗保障管理事务（款）医疗保障经办事务（项）：支出决算数为50.00万元。';
const item4 = '4.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算数为0.00万元。';
const serious = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:narrative|arithmetic|template)\./.test(f.rule));

describe('a detail line printed twice over the next one', () => {
  it('the list as printed adds up', async () => {
    expect(await serious(doc(...head, item1, item2, item3, item4))).toEqual([]);
  });

  it('is one finding: the repeated entry, with the sums it leaves short folded in', async () => {
    const found = await serious(doc(...head, item1, item2, item2, item4));
    expect(found.map((f) => f.rule)).toEqual(['template.numbering']);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toContain('不再另报');
    expect(found[0]?.message).toContain('50.00万元');
  });

  it('an item said twice with its figure but no repeated number stays the sum’s finding', async () => {
    const found = await serious(doc(...head, item1, item2, item2.replace('2.', '3.'), item4.replace('4.', '4.')));
    expect(found.map((f) => f.rule)).not.toContain('template.numbering');
    expect(found.some((f) => f.rule === 'narrative.class-sum' || f.rule === 'narrative.detail-sum')).toBe(true);
  });
});

describe('a line of one class printed again over an entry of the next class', () => {
  it('is one finding: the other class short by the same amount is folded in as well', async () => {
    const head2 = ['一般公共预算财政拨款支出310.00万元，主要用于以下方面：社会保障和就业支出（类）10.00万元，占3.23%；卫生健康支出（类）300.00万元，占96.77%。', '其中：'];
    const social = '1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算数为10.00万元。';
    const renum = (t: string, n: number) => t.replace(/^\d+\./, `${n}.`);
    const found = await serious(doc(...head2, social, renum(social, 1), renum(item2, 3), renum(item3, 4), renum(item4, 5)));
    expect(found.map((f) => f.rule)).toEqual(['template.numbering']);
    expect(found[0]?.message).toContain('项级明细之和与所属类的金额不符');
  });
});
