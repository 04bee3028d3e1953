import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

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

it('decides two statements of the 购置费 by the vehicles bought: 0辆 sides with the 0.00 said elsewhere (one finding)', async () => {
  const found = await added('samples/changji-prefecture-2024.txt', 73, '购置费0.00', '购置费0.01');
  expect(found.map((f) => f.rule)).toEqual(['narrative.same-subject']);
  expect([found[0]?.expected, found[0]?.actual]).toEqual(['0.00万元', '0.01万元']);
  expect(found[0]?.message).toContain('「购置公务用车数量与购置费不符」不再另报');
});

it('folds the vehicle count into the sum that names the 购置费 wrong', async () => {
  const found = await added('test/paraphrase/changji-capital-2025-wording.txt', 74, '购置费0.00', '购置费0.90');
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toContain('购置公务用车数量与购置费不符');
});

it('keeps 购置费 and 运行维护费 written in each other’s place one swap, not a 购置费 decided by the count', async () => {
  const found = await added('samples/changji-prefecture-2024.txt', 73, '公务用车购置费0.00万元，公务用车运行维护费', '公务用车运行维护费0.00万元，公务用车购置费');
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toMatch(/两项在两处的数字正好互换.*「购置公务用车数量与购置费不符」不再另报/);
});
