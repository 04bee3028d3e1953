import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('reports a 类 amount that two sums name wrong with corrections within their rounding (2123.73, 2123.72) once', async () => {
  const found = await addedOnLine('test/paraphrase/guangyuan-2019-wording.txt', 43, '2,123.73', '2,223.73');
  expect(found.map((f) => f.rule)).toEqual(['narrative.detail-sum']);
  expect(found[0]?.message).toContain('项级明细之和与所属类的金额不符');
});
