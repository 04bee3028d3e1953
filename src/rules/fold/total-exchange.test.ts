import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { findingsAdded } from '../../../test/helpers/slips.js';

/** Table 09's row: 预算数 合计, 因公出国, 公务用车 (小计, 购置, 运行), 公务接待; then the same for 决算数. */
const ROW = '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94\t0.00\t0.00\t0.00\t0.00\t0.94';

/** The errors and warnings that writing `row` for the 09 row of `file` (and `edit` to the text) adds. */
async function added(file: string, row: string, edit: (t: string) => string = (t) => t) {
  const text = await readFile(file, 'utf8');
  expect(text.split('\n')).toContain(ROW);
  return findingsAdded(file, text, edit(text.replace(ROW, row)));
}

const SHANXI = 'test/paraphrase/rongcheng-shanxi-jiangxi-wording.md';

it('reports a 09 合计 and a part written in each other’s place once, when the explanation quotes both as exchanged', async () => {
  const found = await added(SHANXI, '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.00\t0.94\t0.00\t0.00\t0.00\t0.94');
  expect(found.map((f) => f.rule)).toEqual(['table.09.total']);
  expect(found[0]?.message).toMatch(/^公开09表 “决算数 合计”0.00 与 公开09表 “决算数 因公出国（境）费”0.94 疑为两栏数字写反（互换）/);
  expect(found[0]?.message).toContain('不再另报');
  expect([found[0]?.expected, found[0]?.actual]).toEqual(['0.94；0.00', '0.00；0.94']);
});

it('says the 合计 is borne out but not which part, when the parts it may have been exchanged with are printed alike', async () => {
  const found = await added('test/paraphrase/rongcheng-beijing-wording.md', '0.00\t0.94\t0.00\t0.00\t0.00\t0.94\t0.94\t0.00\t0.00\t0.00\t0.00\t0.94');
  expect(found.map((f) => f.rule)).toEqual(['table.09.total']);
  expect(found[0]?.message).toMatch(/疑与“预算数 因公出国（境）费”、“预算数 公务接待费”之一（均为0.94）写反（互换）/);
  expect([found[0]?.expected, found[0]?.actual]).toEqual(['0.94', '0.00']);
});

it('keeps the 合计 and the explanation apart when the explanation quotes the part otherwise than exchanged', async () => {
  const found = await added(SHANXI, '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.00\t0.94\t0.00\t0.00\t0.00\t0.94', (t) => t.replace('因公出国（境）费支出决算0万元，占0%', '因公出国（境）费支出决算0.5万元，占0%'));
  expect(found.some((f) => f.message.includes('写反'))).toBe(false);
  expect(found.filter((f) => f.rule === 'table.09.total')).toHaveLength(1);
});

it('keeps a wrong 09 合计 a sum’s finding when the explanation does not side with an exchange', async () => {
  const found = await added(SHANXI, '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.09\t0.00\t0.00\t0.00\t0.00\t0.94');
  expect(found.some((f) => f.message.includes('写反'))).toBe(false);
});

it('folds the explanation into the exchange of a table printed in 元 too (its cells bare in 元, the quotes in 万元)', async () => {
  const file = 'test/paraphrase/rongcheng-tables-yuan-layout.md';
  const text = await readFile(file, 'utf8');
  const row = '| 9,400.00 | 9,400.00 | 0.00 | 0.00 | 0.00';
  expect(text).toContain(row);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const [base, changed] = await Promise.all([checkText(text, { file }), checkText(text.replace(row, '| 9,400.00 | 0.00 | 0.00 | 9,400.00 | 0.00'), { file })]);
  const before = new Set(base.findings.map(key));
  const found = changed.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
  expect(found.map((f) => f.rule)).toEqual(['table.09.total']);
  expect(found[0]?.message).toMatch(/疑为两栏数字写反（互换）.*说明写0.94万元，与互换后相符/);
});
