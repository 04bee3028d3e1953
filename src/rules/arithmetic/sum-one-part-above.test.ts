import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('folds a list’s sum into the bound that names its one part above the whole (基本支出 217.52 written 271.52, its share taken in too)', async () => {
  const found = await addedOnLine('test/real-pages/522.txt', 15, '217.52', '271.52');
  expect(found.map((f) => f.rule)).toEqual(['narrative.total-bounds']);
  expect(found[0]?.message).toMatch(/「基本支出」应约为217.57万元.*其中所列各部分之和291.52万元大于「支出合计」亦出于此/);
});

it('does so for a part written ×10', async () => {
  const found = await addedOnLine('test/real-pages/883.txt', 8, '303.45', '3034.5');
  expect(found.map((f) => f.rule)).toEqual(['narrative.total-bounds']);
});

it('leaves the sum its own where another part’s share names that part wrong (483’s 项目支出 11.33 at 12.65%, a slip of the page itself)', async () => {
  const found = await addedOnLine('test/real-pages/483.txt', 14, '768.88', '7688.8');
  expect(found.some((f) => f.rule === 'narrative.total-bounds' && /「项目支出」应约为111.35万元/.test(f.message))).toBe(false);
});
