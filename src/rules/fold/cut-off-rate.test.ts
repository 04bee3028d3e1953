import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('folds the change rate that looks cut off into the common total named wrong, when it holds with the total corrected', async () => {
  const found = await addedOnLine('test/paraphrase/changji-shaanxi-wording.txt', 30, '1,239.70', '1,239.20');
  expect(found.map((f) => f.rule)).toEqual(['narrative.implied-balance']);
  expect(found[0]?.message).toContain('「变动率与变动额不符」不再另报');
});

it('folds a share that looks cut off into the table’s finding on its whole, when it holds with the table’s figure', async () => {
  const found = await addedOnLine('test/paraphrase/rongcheng-guangdong-fujian-wording.md', 344, '238.67', '238.60');
  expect(found.map((f) => f.rule)).toEqual(['narrative-table.totals-01']);
});

it('folds a share that looks cut off into the table’s finding on its part', async () => {
  const found = await addedOnLine('test/paraphrase/rongcheng-unit-centre-wording.md', 328, '11.36', '11.63');
  expect(found.map((f) => f.rule)).toEqual(['narrative-table.class-05']);
});
