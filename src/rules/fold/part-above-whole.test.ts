import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('reports one part above its whole once: the list’s sum above it follows from that part (a 财政拨款收入 ×10)', async () => {
  const found = await addedOnLine('test/real-pages/58.txt', 22, '财政拨款收入697.85', '财政拨款收入6978.5');
  expect(found.map((f) => f.rule)).toEqual(['narrative.total-bounds']);
  expect(found[0]?.message).toContain('「部分大于整体」不再另报');
  expect(found[0]?.message).toMatch(/写错的应是6978.5万元/);
});

it('reports a whole below its one part once when nothing tells which of the two is wrong (收入合计 with its digits swapped)', async () => {
  const found = await addedOnLine('test/real-pages/16.txt', 7, '收入合计6955.73', '收入合计6955.37');
  expect(found.map((f) => f.rule)).toEqual(['narrative.total-bounds']);
  expect(found[0]?.message).toContain('其中所列各部分之和6955.73万元大于「收入合计」亦出于此');
});

it('keeps the list’s sum apart when the other parts are above the whole on their own', async () => {
  const found = await addedOnLine('test/real-pages/881.txt', 9, '财政拨款收入696.44万元,占98.03%;事业收入0.00', '财政拨款收入6964.4万元,占98.03%;事业收入900.00');
  expect(found.map((f) => f.rule).sort()).toEqual(expect.arrayContaining(['arithmetic.part-exceeds-whole', 'narrative.total-bounds']));
});
