import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

const SOURCE = 'test/paraphrase/rongcheng-other-wording-1.md';
const RIGHT = '基本支出157.38万元，项目支出81.29万元，分别占本年支出合计';

it('reports two figures of one sentence written in each other’s place as one swap, both names and places kept', async () => {
  const text = await readFile(SOURCE, 'utf8');
  expect(text).toContain(RIGHT);
  const swapped = text.replace(RIGHT, '基本支出81.29万元，项目支出157.38万元，分别占本年支出合计');
  const before = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'narrative-table.expense-03');
  const after = (await checkText(swapped, { file: 'a.md' })).findings.filter((f) => f.rule === 'narrative-table.expense-03');
  expect(before).toEqual([]);
  expect(after).toHaveLength(1);
  expect(after[0]?.message).toMatch(/^「基本支出」与「项目支出」的数字写反/);
  expect([after[0]?.expected, after[0]?.actual]).toEqual(['157.38万元；81.29万元', '81.29万元；157.38万元']);
  expect(after[0]?.locations.filter((l) => l.cell).length).toBe(2);
});

it('keeps two wrong figures of one sentence apart when neither is the other’s', async () => {
  const text = (await readFile(SOURCE, 'utf8')).replace(RIGHT, '基本支出157.83万元，项目支出81.92万元，分别占本年支出合计');
  const found = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'narrative-table.expense-03' && f.severity === 'error');
  expect(found.map((f) => f.actual).sort()).toEqual(['157.83万元', '81.92万元']);
});

it('reports two subjects whose two statements disagree crosswise as one pair written the other way round', async () => {
  const file = 'test/paraphrase/rongcheng-other-wording-2.md';
  const right = '其中：人员经费146.15万元，主要包括基本工资、津贴补贴等；公用经费11.23万元';
  const text = await readFile(file, 'utf8');
  expect(text).toContain(right);
  const swapped = text.replace(right, '其中：公用经费146.15万元，主要包括基本工资、津贴补贴等；人员经费11.23万元');
  const found = (await checkText(swapped, { file: 'a.md' })).findings.filter((f) => f.rule === 'narrative.same-subject' && f.severity === 'error');
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toMatch(/^「(人员|公用)经费」与「(公用|人员)经费」两项在两处的数字正好互换/);
});

it('says the make-up listed beside the swapped amounts within that one finding, not as findings of its own', async () => {
  const file = 'test/paraphrase/rongcheng-other-wording-2.md';
  const right = '其中：人员经费146.15万元，主要包括基本工资、津贴补贴等；公用经费11.23万元';
  const text = await readFile(file, 'utf8');
  const swapped = text.replace(right, '其中：公用经费146.15万元，主要包括基本工资、津贴补贴等；人员经费11.23万元');
  const found = (await checkText(swapped, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info');
  expect(found.filter((f) => f.rule === 'narrative.spending-make-up')).toEqual([]);
  expect(found.find((f) => f.rule === 'narrative.same-subject')?.message).toContain('人员经费与公用经费的构成写反');
});

it('says a vehicle purchase amount against the vehicles bought within the swap that put it there', async () => {
  const file = 'samples/changji-prefecture-2024.txt';
  const right = '其中：公务用车购置费0.00万元，公务用车运行维护费7.32万元。';
  const text = await readFile(file, 'utf8');
  expect(text).toContain(right);
  const swapped = text.replace(right, '其中：公务用车运行维护费0.00万元，公务用车购置费7.32万元。');
  const found = (await checkText(swapped, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info');
  expect(found.filter((f) => f.rule === 'count.vehicle-purchase')).toEqual([]);
  expect(found.find((f) => f.rule === 'narrative.same-subject')?.message).toContain('购置公务用车数量与购置费不符');
});

it('keeps a vehicle purchase amount against the vehicles bought when nothing is swapped', async () => {
  const file = 'samples/changji-prefecture-2024.txt';
  const text = (await readFile(file, 'utf8')).replace('公务用车购置数0辆', '公务用车购置数2辆');
  const found = (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info');
  expect(found.filter((f) => f.rule === 'count.vehicle-purchase')).toHaveLength(1);
});

it('reports two subjects stated together once and each again on its own line, crosswise, as one pair written the other way round', async () => {
  const file = 'test/paraphrase/rongcheng-beijing-wording.md';
  const right = '其中：人员经费支出146.15万元，公用经费支出11.23万元；';
  const text = await readFile(file, 'utf8');
  expect(text).toContain(right);
  const swapped = text.replace(right, '其中：公用经费支出146.15万元，人员经费支出11.23万元；');
  const found = (await checkText(swapped, { file: 'a.md' })).findings.filter((f) => f.rule === 'narrative.same-subject' && f.severity === 'error');
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toMatch(/两项在两处的数字正好互换/);
});
