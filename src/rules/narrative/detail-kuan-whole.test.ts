import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import { md } from '../arithmetic/lib.js';

const detailSum = async (text: string) => (await checkText(text, { file: 'n.md' })).findings.filter((f) => f.rule === 'narrative.detail-sum');

describe('a 款 said whole between 项, its own 项 as its 其中 list', () => {
  const text = (rest: string) =>
    md(
      '五、一般公共预算财政拨款支出决算情况说明',
      '2024年度一般公共预算财政拨款支出238.67万元，具体情况如下：',
      '1.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”13.06万元。',
      `2.“卫生健康支出（类）医疗保障管理事务（款）”214.25万元，其中：${rest}`,
      '3.“住房保障支出（类）住房改革支出（款）住房公积金（项）”11.36万元。',
    );

  it('counts in the detail sum with the 项 beside it: they make up the whole', async () => {
    expect(await detailSum(text('“行政运行（项）”132.96万元，“医疗保障政策管理（项）”81.29万元。'))).toEqual([]);
  });

  it('its 项 are that 款’s, named by their 项 alone', async () => {
    const doc = await extractBytes('n.md', new TextEncoder().encode(text('“行政运行（项）”132.96万元，“医疗保障政策管理（项）”81.29万元。')));
    expect(doc.claims.filter((c) => c.amount?.value === '132.96' || c.amount?.value === '81.29').map((c) => c.subject.key)).toEqual(['fc:2101501', 'fc:2101505']);
  });
});

describe('a 款 said whole among 项 listed each on a line of its own, with no whole above them', () => {
  it('stands for its 项 in the detail sum', async () => {
    const text = md(
      '五、一般公共预算财政拨款支出决算情况说明',
      '2024年度一般公共预算财政拨款支出年初预算为238.67万元，支出决算为238.67万元，按科目列示如下：',
      '1.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”13.06万元。',
      '2.“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”6.70万元。',
      '3.“卫生健康支出（类）医疗保障管理事务（款）”207.55万元，其中：“行政运行（项）”126.26万元；“医疗保障政策管理（项）”81.29万元。',
      '4.“住房保障支出（类）住房改革支出（款）住房公积金（项）”11.36万元。',
    );
    expect(await detailSum(text)).toEqual([]);
  });
});

describe('a class whose 款 is said whole, its one 项 named bare in brackets', () => {
  it('sums with that 款 standing for its 项: no gap', async () => {
    const text = md(
      '五、一般公共预算财政拨款支出决算情况说明',
      '一般公共预算财政拨款支出决算2349.00万元，按款级科目列示如下：',
      '1.卫生健康支出（类）2349.00万元，其中医疗救助（款）225.00万元（全部为其他医疗救助支出），医疗保障管理事务（款）2124.00万元（行政运行2000.00万元、一般行政管理事务124.00万元）。',
    );
    const found = (await checkText(text, { file: 'n.md' })).findings.filter((f) => f.rule === 'narrative.class-sum');
    expect(found).toEqual([]);
  });
});
