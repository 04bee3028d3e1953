import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('takes a rate cut off as read with the other direction word into the contradiction of the words (增加…下降15.87%)', async () => {
  const found = await addedOnLine('test/real-pages/16.txt', 12, '减少1312.85', '增加1312.85');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
  expect(found[0]?.message).toMatch(/按“减少”计，预算数8267.42万元，变动率15.87%是15.8798%截断所得.*「变动率与变动额不符」不再另报/);
});

it('does so for a 收支 change said 减少…增长4.1%', async () => {
  const found = await addedOnLine('test/real-pages/499.txt', 47, '增加66.02', '减少66.02');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
});
