import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

it('names the item that a 类 and the whole are both short of by one amount when the item’s own share holds with it corrected', async () => {
  const file = 'test/paraphrase/guangyuan-neimenggu-liaoning-wording.txt';
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  expect(lines[88]).toContain('一般行政管理事务（项）26.95万元，占1.18%');
  lines[88] = (lines[88] as string).replace('26.95', '269.5');
  const [base, changed] = await Promise.all([checkText(text, { file }), checkText(lines.join('\n'), { file })]);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const before = new Set(base.findings.map(key));
  const found = changed.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
  expect(found.map((f) => f.rule)).toEqual(['narrative.class-sum']);
  expect([found[0]?.expected, found[0]?.actual]).toEqual(['26.96万元', '269.50万元']);
  expect(found[0]?.message).toContain('「占比与金额不符」不再另报');
  expect(found[0]?.message).not.toContain('请逐项核对；');
  expect(found[0]?.locations[0]?.line).toBe(89);
});
