import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

it('reports two item names of a sentence written in each other’s place once, though both its 决算数 and 预算数 disagree with table 09', async () => {
  const file = 'test/paraphrase/rongcheng-guangdong-fujian-wording.md';
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  const line = lines[395] as string;
  expect(line).toContain('其中：因公出国（境）费支出决算为0万元');
  expect(line).toContain('；公务接待费支出决算为0.94万元');
  lines[395] = line.replace('其中：因公出国（境）费支出决算为0万元', '其中：公务接待费支出决算为0万元').replace('；公务接待费支出决算为0.94万元', '；因公出国（境）费支出决算为0.94万元');
  const [base, changed] = await Promise.all([checkText(text, { file }), checkText(lines.join('\n'), { file })]);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const before = new Set(base.findings.map(key));
  const found = changed.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
  expect(found.map((f) => f.rule)).toEqual(['narrative-table.three-public-09']);
  expect(found[0]?.message).toMatch(/写反（互换）.*预算数说明写0万元.*（「[^」]+」不再另报）$/);
});
