import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('decides two statements of the 购置费 by the vehicles bought: 0辆 sides with the 0.00 said elsewhere (one finding)', async () => {
  const found = await addedOnLine('samples/changji-prefecture-2024.txt', 73, '购置费0.00', '购置费0.01');
  expect(found.map((f) => f.rule)).toEqual(['narrative.same-subject']);
  expect([found[0]?.expected, found[0]?.actual]).toEqual(['0.00万元', '0.01万元']);
  expect(found[0]?.message).toContain('「购置公务用车数量与购置费不符」不再另报');
});

it('folds the vehicle count into the sum that names the 购置费 wrong', async () => {
  const found = await addedOnLine('test/paraphrase/changji-capital-2025-wording.txt', 74, '购置费0.00', '购置费0.90');
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toContain('购置公务用车数量与购置费不符');
});

it('keeps 购置费 and 运行维护费 written in each other’s place one swap, not a 购置费 decided by the count', async () => {
  const found = await addedOnLine('samples/changji-prefecture-2024.txt', 73, '公务用车购置费0.00万元，公务用车运行维护费', '公务用车运行维护费0.00万元，公务用车购置费');
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toMatch(/两项在两处的数字正好互换.*「购置公务用车数量与购置费不符」不再另报/);
});
