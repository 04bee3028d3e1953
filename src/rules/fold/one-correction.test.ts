import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

it('reports a 类 amount that two sums name wrong with corrections within their rounding (2123.73, 2123.72) once', async () => {
  const file = 'test/paraphrase/guangyuan-2019-wording.txt';
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  expect(lines[42]).toContain('卫生健康支出2,123.73万元');
  lines[42] = (lines[42] as string).replace('2,123.73', '2,223.73');
  const [base, changed] = await Promise.all([checkText(text, { file }), checkText(lines.join('\n'), { file })]);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const before = new Set(base.findings.map(key));
  const found = changed.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
  expect(found.map((f) => f.rule)).toEqual(['narrative.detail-sum']);
  expect(found[0]?.message).toContain('项级明细之和与所属类的金额不符');
});
