import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

const FILE = 'test/paraphrase/rongcheng-other-wording-2.md';
const RIGHT = '财政拨款收、支总计均为238.67万元';

it('names a figure that is both off its table and above the totals holding it once, at the table', async () => {
  const text = await readFile(FILE, 'utf8');
  expect(text).toContain(RIGHT);
  const wrong = text.replace(RIGHT, '财政拨款收、支总计均为238.77万元');
  const found = (await checkText(wrong, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /238\.77/.test(`${f.message}${f.actual}`));
  expect(found.map((f) => f.rule)).toEqual(['narrative-table.fiscal-04']);
  // What the bound says is kept in the one finding.
  expect(found[0]?.message).toContain('由此引起的「总数小于其组成部分」不再另报');
  expect(found[0]?.locations.some((l) => l.line === 326)).toBe(true);
});

it('keeps the bound as a finding of its own when no table names that figure', async () => {
  const text = [
    '# 某某站2024年度部门决算',
    '## 一、收入支出决算总体情况说明',
    '2024年度收入总计238.67万元，支出总计238.67万元。',
    '## 四、财政拨款收入支出决算总体情况说明',
    '财政拨款收、支总计均为238.77万元。',
  ].join('\n\n');
  const found = (await checkText(text, { file: 'b.md' })).findings.filter((f) => f.severity !== 'info' && f.category === 'narrative');
  expect(found.map((f) => f.rule)).toEqual(['narrative.total-bounds']);
});
