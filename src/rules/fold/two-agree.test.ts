import { expect, it } from 'vitest';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('reports a whole once that a part’s share and the whole’s own change rate both fail with and hold with at one value (支出合计 4062.98 written 4002.98)', async () => {
  const found = await addedOnLine('test/real-pages/708.txt', 10, '4,062.98', '4,002.98');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.share']);
  expect(found[0]?.message).toMatch(/二者都按所印的4002.98万元不符、按4062.79～4063.31万元相符/);
});

it('leaves two change rates apart that quote two figures printed alike (本年收入 and 本年支出 both 225.58, each rate cut off)', async () => {
  const { checkText } = await import('../../check.js');
  const { readFile } = await import('node:fs/promises');
  const r = await checkText(await readFile('test/real-pages/686.txt', 'utf8'), { file: '686.txt' });
  expect(r.findings.filter((f) => f.rule === 'arithmetic.change-rate' && /253%是253.57%截断所得/.test(f.message) && !/不再另报/.test(f.message))).toHaveLength(2);
});
