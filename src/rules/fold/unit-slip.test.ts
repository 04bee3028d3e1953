import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

/** The errors and warnings that writing `to` for `from` on line `line` of `file` adds. */
async function added(file: string, line: number, from: string, to: string) {
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = (lines[line - 1] as string).replace(from, to);
  const [base, changed] = await Promise.all([checkText(text, { file }), checkText(lines.join('\n'), { file })]);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const before = new Set(base.findings.map(key));
  return changed.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
}

it('folds the change rate’s unit warning into the sum that names the same amount wrong (亿元 for 万元)', async () => {
  const found = await added('test/paraphrase/changji-hebei-numbers-wording.txt', 57, '12.70万元', '12.70亿元');
  expect(found.map((f) => f.rule)).toEqual(['narrative.class-sum']);
  expect(found[0]?.message).toContain('「变动率与变动额不符」不再另报');
});

it('folds the change rate’s unit warning into the bound the total in 元 breaks (元 for 万元)', async () => {
  const found = await added('test/paraphrase/changji-chongqing-yuan-wording.txt', 33, '1,222.68万元', '1,222.68元');
  expect(found.map((f) => f.rule)).toEqual(['narrative.part-le-whole']);
  expect(found[0]?.message).toContain('变动率与变动额不符');
});
