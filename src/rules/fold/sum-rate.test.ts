import { expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { addedOnLine } from '../../../test/helpers/slips.js';

const doc = (vehicle: string, reception: string, rates: string) =>
  `# 某某局2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n2024年度“三公”经费财政拨款支出决算为10.00万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费${vehicle}万元，公务接待费${reception}万元。\n\n与2023年度相比，${rates}\n`;
const errors = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:narrative|arithmetic)\./.test(f.rule));

it('names the item of a 三公 sum whose change rate, said in another sentence, fails with it and holds with what the sum leaves it', async () => {
  const found = await addedOnLine('test/real-pages/350.txt', 86, '316.57', '313.57');
  expect(found.map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
  expect(found[0]?.message).toMatch(/写作313.57万元，按合计应为316.57万元，「变动率与变动额不符」按此数也相符（?/);
});

it('names the vehicles’ part that its own change rate bears out (公务用车运行支出 with its digits swapped)', async () => {
  const found = await addedOnLine('test/real-pages/63.txt', 26, '3.98', '3.89');
  expect(found.map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
  expect(found[0]?.message).toMatch(/「公务用车运行支出」写作3.89万元，按合计应为3.98万元/);
});

it('names one item when only its rate bears the sum out', async () => {
  const fs = await errors(doc('6.00', '5.00', '公务用车购置及运行维护费增加1.00万元，增长20%；公务接待费增加1.00万元，增长33.33%。'));
  expect(fs.map((f) => f.rule)).toEqual(['narrative.three-public-sum']);
  expect(fs[0]?.message).toMatch(/「公务接待费」写作5.00万元，按合计应为4.00万元/);
});

it('names no item when the rates of two items each bear the sum out', async () => {
  const fs = await errors(doc('7.00', '5.00', '公务用车购置及运行维护费增加1.00万元，增长25%；公务接待费增加1.00万元，增长50%。'));
  expect(fs.some((f) => /按合计应为/.test(f.message))).toBe(false);
  expect(fs.filter((f) => f.rule === 'arithmetic.change-rate')).toHaveLength(2);
});

it('leaves the sum to a change rate that names the item with a value of its own (the rate, not the sum, is then the root)', async () => {
  const found = await addedOnLine('test/real-pages/65.txt', 4, '运行费支出决算为0.4万元', '运行费支出决算为4万元');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-rate']);
  expect(found[0]?.message).toContain('“三公”经费合计与分项之和不符');
});
