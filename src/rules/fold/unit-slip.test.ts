import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('folds the change rate’s unit warning into the sum that names the same amount wrong (亿元 for 万元)', async () => {
  const found = await addedOnLine('test/paraphrase/changji-hebei-numbers-wording.txt', 57, '12.70万元', '12.70亿元');
  expect(found.map((f) => f.rule)).toEqual(['narrative.class-sum']);
  expect(found[0]?.message).toContain('「变动率与变动额不符」不再另报');
});

it('folds the change rate’s unit warning into the bound the total in 元 breaks (元 for 万元)', async () => {
  const found = await addedOnLine('test/paraphrase/changji-chongqing-yuan-wording.txt', 33, '1,222.68万元', '1,222.68元');
  expect(found.map((f) => f.rule)).toEqual(['narrative.part-le-whole']);
  expect(found[0]?.message).toContain('变动率与变动额不符');
});
