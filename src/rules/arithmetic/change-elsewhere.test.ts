import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('names a change amount its own rate contradicts, where the rate holds with the change said elsewhere, and folds the two last years it implies into it', async () => {
  const found = await addedOnLine('test/paraphrase/guangyuan-yunnan-guizhou-wording.txt', 88, '公务接待费支出决算减少0.78万元', '公务接待费支出决算减少0.73万元');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-rate']);
  expect([found[0]?.expected, found[0]?.actual]).toEqual(['0.78万元', '0.73万元']);
  expect(found[0]?.message).toContain('「同一上年数推算不一致」不再另报');
});
