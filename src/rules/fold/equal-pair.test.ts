import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('names the total of an unequal pair that the change rate of both fails with, and takes the rate in (收入总计 digits swapped)', async () => {
  const found = await addedOnLine('test/real-pages/180.txt', 9, '收入总计13,826.42', '收入总计13,826.24');
  expect(found.map((f) => f.rule)).toEqual(['narrative.total-balance']);
  expect(found[0]?.message).toMatch(/写错的应是收入总计13826.24万元（「变动率与变动额不符」不再另报）/);
  expect(found[0]?.actual).toBe('13826.24万元');
});

it('decides the pair by a rate that is wrong, not only cut off, with the slipped total', async () => {
  const found = await addedOnLine('test/real-pages/491.txt', 27, '收入总计2417.13', '收入总计2147.13');
  expect(found.map((f) => f.rule)).toEqual(['narrative.total-balance']);
  expect(found[0]?.message).toMatch(/写错的应是收入总计2147.13万元/);
});

it('leaves the pair undecided when the rate holds with neither total (its own rounding already off)', async () => {
  const found = await addedOnLine('test/real-pages/499.txt', 47, '收入总计1651.74', '收入总计1611.74');
  expect(found.map((f) => f.rule).sort()).toEqual(['arithmetic.change-rate', 'narrative.total-balance']);
  expect(found.some((f) => /写错的应是/.test(f.message))).toBe(false);
});
