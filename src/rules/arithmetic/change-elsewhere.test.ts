import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

it('names a change amount its own rate contradicts, where the rate holds with the change said elsewhere, and folds the two last years it implies into it', async () => {
  const file = 'test/paraphrase/guangyuan-yunnan-guizhou-wording.txt';
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  expect(lines[87]).toContain('公务接待费支出决算减少0.78万元，下降22.10%');
  lines[87] = (lines[87] as string).replace('公务接待费支出决算减少0.78万元', '公务接待费支出决算减少0.73万元');
  const [base, changed] = await Promise.all([checkText(text, { file }), checkText(lines.join('\n'), { file })]);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const before = new Set(base.findings.map(key));
  const found = changed.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
  expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-rate']);
  expect([found[0]?.expected, found[0]?.actual]).toEqual(['0.78万元', '0.73万元']);
  expect(found[0]?.message).toContain('「同一上年数推算不一致」不再另报');
});
