import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('folds the negative balance a 支出合计 ×10 works out into the share that names 支出合计 with a correction keeping it at 0 or above', async () => {
  const found = await addedOnLine('test/real-pages/352.txt', 11, '支出合计387.82', '支出合计3878.2');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.share']);
  expect(found[0]?.message).toContain('「结转结余与总计、合计推算不符」不再另报');
});

it('does so for a digit slip of 支出合计 as well', async () => {
  const found = await addedOnLine('test/real-pages/847.txt', 26, '支出合计676.66', '支出合计776.66');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.share']);
});
