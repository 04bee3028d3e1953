import { expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { addedOnLine } from '../../../test/helpers/slips.js';

const doc = (vehicle: string, reception: string) =>
  `# 某某局2024年度部门决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n2024年度“三公”经费支出15.37万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费14.03万元，公务接待费1.34万元。经比较，2024年度“三公”经费较上年减少3.00万元，下降16.33%。其中：公务用车购置及运行维护费较上年${vehicle}；公务接待费较上年${reception}。\n`;
const changes = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.change'));

it('names the item whose own rate gives the change that keeps the 三公 total within its items (one finding, the rate taken in)', async () => {
  const found = await addedOnLine('test/real-pages/158.txt', 4, '减少1.33', '减少1.38');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-sum']);
  expect(found[0]?.message).toMatch(/变动额-1.33万元，以此计合计相符，写错的是「公务用车购置及运行维护费」的变动额-1.38万元.*不再另报/);
});

it('names the reception change written ×10 (its rate gives 0.90 on 2.65)', async () => {
  const found = await addedOnLine('test/real-pages/186.txt', 3, '减少0.9万', '减少9万');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-sum']);
  expect(found[0]?.message).toMatch(/写错的是「公务接待费」的变动额-9.00万元/);
});

it('names no item when the change its rate gives still leaves the total above its items', async () => {
  const fs = await changes(doc('减少2.20万元，下降13.56%', '减少1.00万元，下降50.00%'));
  expect(fs.map((f) => f.rule).sort()).toEqual(['arithmetic.change-rate', 'arithmetic.change-sum']);
  expect(fs.find((f) => f.rule === 'arithmetic.change-sum')?.message).toMatch(/合计的变动额至多为-3.20万元$/);
});
