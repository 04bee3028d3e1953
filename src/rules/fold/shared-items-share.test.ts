import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('names the item that a 类 and the whole are both short of by one amount when the item’s own share holds with it corrected', async () => {
  const found = await addedOnLine('test/paraphrase/guangyuan-neimenggu-liaoning-wording.txt', 89, '26.95', '269.5');
  expect(found.map((f) => f.rule)).toEqual(['narrative.class-sum']);
  expect([found[0]?.expected, found[0]?.actual]).toEqual(['26.96万元', '269.50万元']);
  expect(found[0]?.message).toContain('「占比与金额不符」不再另报');
  expect(found[0]?.message).not.toContain('请逐项核对；');
  expect(found[0]?.locations[0]?.line).toBe(89);
});
