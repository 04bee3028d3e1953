import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { addedOnLine } from '../../../test/helpers/slips.js';

it('folds a part’s share into the list’s sum when that part at its share’s amount makes the sum hold, another share of the list being wrong on its own', async () => {
  const found = await addedOnLine('test/real-pages/926.txt', 43, '171.05', '131.05');
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.parts-sum']);
  expect(found[0]?.message).toMatch(/「事业收入」应约为169.39万元，而写131.05万元.*「占比与金额不符」不再另报/);
});

it('keeps the list’s other share, wrong on its own (0.019% for 1.9%), as its own finding', async () => {
  const text = await readFile('test/real-pages/926.txt', 'utf8');
  const r = await checkText(text.replace('事业收入171.05', '事业收入131.05'), { file: '926.txt' });
  expect(r.findings.some((f) => f.rule === 'arithmetic.share' && /0.019%/.test(f.message))).toBe(true);
});
