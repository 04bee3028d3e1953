import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * A list of 类/款/项 whose sum is off by just what one item's own sentence is off: that item's figure
 * is the one wrong (its completion rate, 持平 or 小于 holds with the figure corrected), and the sum
 * says so in one finding, its sentence's findings folded into it.
 */
const head = '## （三）一般公共预算财政拨款支出决算具体情况\n\n2024年度一般公共预算财政拨款支出年初预算数为238.67万元，支出决算数为238.67万元，完成年初预算数的100%。其中：\n\n';
const item1 = (budget: string, actual: string, tail: string) => `1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算数为${budget}万元，支出决算数为${actual}万元，${tail}。\n\n`;
const item2 = (tail: string) => `2、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为225.61万元，支出决算数为225.61万元，${tail}。\n`;
const errors = async (text: string) => (await checkText(`# 某市某局2024年度部门决算\n\n${text}`, { file: 'a.md' })).findings.filter((f) => f.severity === 'error' && /^(?:narrative|arithmetic)\./.test(f.rule));

describe('a detail list whose sum one item’s own sentence explains', () => {
  it('a budget written ten times over: one finding naming it, the completion rate folded in', async () => {
    const found = await errors(head + item1('130.60', '13.06', '完成年初预算的100%') + item2('完成年初预算的100%'));
    expect(found.map((f) => f.rule)).toEqual(['narrative.detail-sum']);
    expect(found[0]).toMatchObject({ expected: '13.06万元', actual: '130.60万元' });
    expect(found[0]?.message).toContain('不再另报');
  });

  it('an actual amount against its 持平 and its 小于: the same, by the actual', async () => {
    const found = await errors(head + item1('13.06', '130.60', '决算数与年初预算数持平') + item2('决算数与年初预算数持平'));
    expect(found.map((f) => f.rule)).toEqual(['narrative.detail-sum']);
    expect(found[0]).toMatchObject({ expected: '13.06万元', actual: '130.60万元' });
  });

  it('names no item when the item’s sentence holds as printed (the total may be the wrong one)', async () => {
    const found = await errors(head.replace('年初预算数为238.67万元', '年初预算数为248.67万元').replace('完成年初预算数的100%', '完成年初预算数的95.98%') + item1('13.06', '13.06', '完成年初预算的100%') + item2('完成年初预算的100%'));
    const sum = found.find((f) => f.rule === 'narrative.detail-sum');
    expect(sum?.expected).toBe('238.67万元');
    expect(sum?.message).not.toContain('写作');
  });

  it('names no item when two items’ sentences would each explain it', async () => {
    // Budgets 130.60 + 225.61 are 117.54 over the total: 130.60 − 117.54 = 13.06 fits the first item's
    // 100%, and 225.61 − 117.54 = 108.07 the second's 持平 with its actual 108.07. Either may be wrong.
    const second = '2、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算数为225.61万元，支出决算数为108.07万元，决算数与年初预算数持平。\n';
    const found = await errors(head + item1('130.60', '13.06', '完成年初预算的100%') + second);
    const budget = found.find((f) => f.rule === 'narrative.detail-sum' && f.message.includes('年初预算数238.67'));
    expect(budget?.expected).toBe('356.21万元');
    expect(budget?.message).not.toContain('写作');
  });

  it('a budget far from its actual said 基本持平: one finding naming it by the sum, the 基本持平 warning folded in', async () => {
    const found = (await checkText(`# 某市某局2024年度部门决算\n\n${head}${item1('1.31', '13.06', '决算数与年初预算数基本持平')}${item2('决算数与年初预算数持平')}`, { file: 'a.md' })).findings.filter(
      (f) => f.severity !== 'info' && /^(?:narrative|arithmetic)\./.test(f.rule),
    );
    expect(found.map((f) => f.rule)).toEqual(['narrative.detail-sum']);
    expect(found[0]).toMatchObject({ expected: '13.06万元', actual: '1.31万元' });
    expect(found[0]?.message).toContain('按合计应为13.06万元');
  });

  it('names no item by a 基本持平 that holds as printed', async () => {
    const found = await errors(head.replace('年初预算数为238.67万元', '年初预算数为250.00万元') + item1('13.50', '13.06', '决算数与年初预算数基本持平') + item2('决算数与年初预算数持平'));
    const sum = found.find((f) => f.rule === 'narrative.detail-sum');
    expect(sum?.message).not.toContain('写作');
  });
});

