import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const run = async (...sections: [string, ...string[]][]) => {
  const body = sections.map(([h, ...ps]) => `## ${h}\n\n${ps.join('\n\n')}\n`).join('\n');
  return (await checkText(`# 2025年度某某局部门决算\n\n${body}`, { file: 'n.md' })).findings.filter((f) => f.rule === 'narrative.detail-sum' || f.rule === 'narrative.class-sum');
};
const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';
const FUND = '八、政府性基金预算财政拨款收入支出决算情况说明';
const STRUCTURE = '2025年度一般公共预算财政拨款支出300.00万元，主要用于以下方面：社会保障和就业支出100.00万元，占33.33%；卫生健康支出200.00万元，占66.67%。';
const items = (kuan98Class: string) => [
  '2025年度一般公共预算财政拨款支出决算数为300.00万元。其中：',
  '1. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为100.00万元。',
  '2. 卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为140.00万元。',
  `3. ${kuan98Class}（类）超长期特别国债安排的支出（款）：支出决算为60.00万元。`,
];

describe('a 款 the catalog does not know (2025’s 款98), said whole among 项', () => {
  it('counts in its class and in the list: no finding where the figures add up', async () => {
    expect((await run([GENERAL, STRUCTURE, ...items('卫生健康支出')])).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('named under a class the structure does not state, is the one the short class misses', async () => {
    const found = (await run([GENERAL, STRUCTURE, ...items('农林水支出')])).filter((f) => f.severity !== 'info');
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['narrative.class-sum', 'error']]);
    expect(found[0]?.message).toContain('所列「农林水支出—超长期特别国债安排的支出」60.00万元正好补足所差60.00万元');
  });

  it('named under another stated class, over by just what the short class misses, is one finding at the short class', async () => {
    const found = (await run([GENERAL, STRUCTURE, ...items('社会保障和就业支出')])).filter((f) => f.severity !== 'info');
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['narrative.class-sum', 'error']]);
    expect(found[0]?.message).toContain('「卫生健康支出」决算数200.00万元与下列1个科目的决算数之和140.00万元不符；所列「社会保障和就业支出—超长期特别国债安排的支出」60.00万元正好补足所差60.00万元，而「社会保障和就业支出」100.00万元恰比其下所列各项之和少同样的金额');
  });

  it('named under an unstated class, where the stated classes do not add up to the items, is left an info', async () => {
    const partial = '2025年度一般公共预算财政拨款支出300.00万元，主要用于以下方面：社会保障和就业支出90.00万元；卫生健康支出200.00万元。';
    const found = (await run([GENERAL, partial, ...items('农林水支出')])).filter((f) => f.rule === 'narrative.class-sum' && f.message.startsWith('「卫生健康支出」'));
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  it('is not counted beside its own 项 printed under the same names', async () => {
    const found = await run([
      GENERAL,
      '2025年度一般公共预算财政拨款支出决算数为100.00万元。其中：',
      '1. 卫生健康支出（类）超长期特别国债安排的支出（款）：支出决算为60.00万元。',
      '2. 卫生健康支出（类）超长期特别国债安排的支出（款）公立医院设备更新（项）：支出决算为60.00万元。',
      '3. 卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为40.00万元。',
    ]);
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('the 科目 of the 政府性基金 section', () => {
  const fund = (second: string) => [
    FUND,
    '2025年度政府性基金预算财政拨款收入50.00万元，支出50.00万元。',
    `其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）40.00万元；其他支出（类）彩票公益金安排的支出（款）用于残疾人事业的彩票公益金支出（项）${second}万元。`,
  ] as [string, ...string[]];

  it('are checked against the fund’s spending, not the 一般公共预算’s classes', async () => {
    expect(await run([GENERAL, STRUCTURE, ...items('卫生健康支出')], fund('10.00'))).toEqual([]);
  });

  it('falling short of it, without table 07, is an info that names table 07', async () => {
    const found = await run([GENERAL, STRUCTURE, ...items('卫生健康支出')], fund('5.00'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['narrative.detail-sum', 'info']]);
    expect(found[0]?.message).toContain('「政府性基金预算财政拨款支出」决算数50.00万元与下列2个科目的决算数之和45.00万元不符，少5.00万元；未印出公开07表');
  });

  it('exceeding it is an error', async () => {
    const found = await run([GENERAL, STRUCTURE, ...items('卫生健康支出')], fund('15.00'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['narrative.detail-sum', 'error']]);
  });
});

describe('a list of 科目 that a stray paragraph breaks', () => {
  // A remark on an item set as a paragraph of its own (as a paragraph break inside an item's last sentence
  // leaves it in a PDF: "…完成年初预算的100%。决" | "算数与年初预算数基本持平。") leaves the items after it
  // without the list's lead: they go on the list, not on the section's first total.
  const broken = (last: string) => [
    GENERAL,
    '2025年度一般公共预算财政拨款支出300.00万元，占本年支出合计的100%。',
    STRUCTURE,
    '2025年度一般公共预算财政拨款支出决算数为300.00万元。其中：',
    '1. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为100.00万元。',
    '2. 卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为140.00万元，完成年初预算的100%。',
    '决算数与年初预算数基本持平。',
    `3. 卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）：支出决算为${last}万元。`,
  ] as [string, ...string[]];

  it('adds the items after the break to the list before it: no finding where all of them add up', async () => {
    expect((await run(broken('60.00'))).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('compares the whole list once where they do not', async () => {
    // (An info: without table 05 a short list may list only the main items.)
    const found = (await run(broken('50.00'))).filter((f) => f.rule === 'narrative.detail-sum');
    expect(found.map((f) => [f.severity, f.message.replace(/；.*/, '')])).toEqual([['info', '「一般公共预算财政拨款支出决算数」决算数300.00万元与下列3个科目的决算数之和290.00万元不符，少10.00万元']]);
  });
});
