import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * 人员经费 and 公用经费 listed in the place of 基本支出 under a spending ("支出799.12万元。其中：人员经费
 * 434.89万元，公用经费77.4万元，项目支出286.83万元"), and a bare 收入 / 支出 heading a list item.
 */
const doc = (heading: string, ...paras: string[]) => `# 某县某委员会2024年度部门决算\n\n## ${heading}\n\n${paras.join('\n\n')}\n`;
const serious = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:narrative|arithmetic)\./.test(f.rule));
const EXPENSE = '三、支出决算情况说明';

describe('人员经费 and 公用经费 in the place of 基本支出', () => {
  it('their sum with 项目支出 may not exceed the spending', async () => {
    const found = await serious(doc(EXPENSE, '2024年度本年支出合计640.50万元。其中：人员经费支出402.30万元，公用经费支出61.20万元，项目支出177.10万元。'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.part-exceeds-whole']);
  });

  it('a sum short of the spending is no error: 基本支出 may hold more', async () => {
    expect(await serious(doc(EXPENSE, '2024年度本年支出合计660.50万元。其中：人员经费支出402.30万元，公用经费支出61.20万元，项目支出177.00万元。'))).toEqual([]);
  });

  it('listed beside 基本支出 itself they are not counted twice', async () => {
    expect(await serious(doc(EXPENSE, '2024年度本年支出合计640.50万元。其中：基本支出463.50万元，人员经费支出402.30万元，公用经费支出61.20万元，项目支出177.00万元。'))).toEqual([]);
  });
});

describe('a bare 收入 / 支出 heading a list item', () => {
  it('is the whole of the parts its 其中 lists', async () => {
    const found = await serious(doc('一、部门整体支出概况', '1、收入：640.50万元。', '2、支出：61.20万元。其中：人员经费支出402.30万元，公用经费支出61.20万元，项目支出177.00万元。'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.part-exceeds-whole']);
  });

  it('takes the change said after it', async () => {
    const found = await serious(doc('一、部门整体支出概况', '1、收入：640.50万元。同比上年度减少150.50万元，增加30.73%。'));
    expect(found.map((f) => f.rule)).toContain('arithmetic.change-direction');
  });

  it('is compared with no other statement of a total', async () => {
    expect(await serious(doc('一、收入支出决算总体情况说明', '2024年度本年收入合计600.00万元，收入总计640.50万元。', '1、收入：640.50万元。'))).toEqual([]);
  });
});
