import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('folds a part above its whole into the finding that names that part wrong by another statement (a 三公 item ×10)', async () => {
  const found = await addedOnLine('test/paraphrase/changji-zhejiang-wording.txt', 65, '7.32', '73.2');
  expect(found.map((f) => f.rule)).toEqual(['narrative.same-subject']);
  expect(found[0]?.message).toContain('「部分大于整体」不再另报');
});

it('names the part above its whole when the part’s own 倍数 holds only with a value within the whole', async () => {
  const found = await addedOnLine('test/paraphrase/changji-hebei-numbers-wording.txt', 70, '7.32', '73.2');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.part-exceeds-whole']);
  expect(found[0]?.message).toMatch(/写错的应是「公务用车购置及运行维护费支出决算」73.2万元/);
  expect(found[0]?.locations[0]?.line).toBe(70);
});

it('names a component above its total when its own change rate holds only with a value within the total', async () => {
  const found = await addedOnLine('test/paraphrase/guangyuan-yunnan-guizhou-wording.txt', 49, '2,280.29', '22802.9');
  expect(found.map((f) => f.rule)).toEqual(['narrative.total-bounds']);
  expect(found[0]?.message).toMatch(/写错的应是22802.9万元（「变动率与变动额不符」不再另报）/);
});

it('leaves the parts alone when the whole is the figure its own sentence contradicts', async () => {
  const found = await addedOnLine('test/paraphrase/changji-hebei-numbers-wording.txt', 68, '支出决算为7.65万元', '支出决算为6.65万元');
  expect(found.some((f) => /写错的应是「公务用车/.test(f.message))).toBe(false);
});

it('never decides a change’s bound by a sum’s part (a 三公 item printed 0 that the sum would need at −53)', async () => {
  const found = await addedOnLine('test/real-pages/247.txt', 2, '28.91', '82.91');
  expect(found.some((f) => /写错的应是/.test(f.message))).toBe(false);
  expect(found.map((f) => f.rule)).toContain('narrative.three-public-sum');
});
