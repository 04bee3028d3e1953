import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { findingsAdded } from '../../../test/helpers/slips.js';

/** A paraphrase whose explanation quotes the sheet 特殊群体医疗费(2024年) (预算 505.12, 执行 19.15, 3.79%). */
const FILE = 'test/paraphrase/rongcheng-yunnan-sheets-wording.md';
const ROW = '年度资金总额\t1540\t505.12\t19.15\t10\t3.79%\t0.4';
const QUOTE = '全年预算数505.12万元，执行数19.15万元';

/** The errors and warnings that changing the row to `row` (and the quote to `quote`) adds. */
async function added(row: string, quote = QUOTE) {
  const text = await readFile(FILE, 'utf8');
  expect(text.split('\n')).toContain(ROW);
  expect(text).toContain(QUOTE);
  const found = await findingsAdded(FILE, text, text.replace(ROW, row).replace(QUOTE, quote));
  return found.filter((f) => /特殊群体医疗费\(2024年\)/.test(f.message));
}

it('reports a sheet row whose 全年预算数 and 全年执行数 are exchanged once, at the two cells', async () => {
  const found = await added('年度资金总额\t1540\t19.15\t505.12\t10\t3.79%\t0.4');
  const errors = found.filter((f) => f.severity === 'error');
  expect(errors.map((f) => f.rule)).toEqual(['performance.execution-rate']);
  expect(errors[0]?.message).toContain('全年预算数19.15与全年执行数505.12疑为两栏数字写反（互换）');
  expect(errors[0]?.message).toContain('「引用的自评结果与自评表一致、年度资金总额等于各资金来源之和」不再另报');
  expect(errors[0]?.locations.slice(0, 2).map((l) => l.text)).toEqual(['19.15', '505.12']);
});

it('keeps the findings apart when the rate does not hold with the figures exchanged', async () => {
  const found = await added('年度资金总额\t1540\t19.15\t505.12\t10\t4.79%\t0.4');
  expect(found.some((f) => f.message.includes('疑为两栏数字写反'))).toBe(false);
  // (The quoted rate 3.79% differs as well.)
  expect(found.filter((f) => f.rule === 'performance.quote-consistency')).toHaveLength(3);
});

it('keeps the findings apart when a quote does not hold with the figures exchanged', async () => {
  const found = await added('年度资金总额\t1540\t19.15\t505.12\t10\t3.79%\t0.4', '全年预算数500.12万元，执行数19.15万元');
  expect(found.some((f) => f.message.includes('疑为两栏数字写反'))).toBe(false);
  expect(found.filter((f) => f.rule === 'performance.quote-consistency')).toHaveLength(2);
});

it('keeps the sheet’s low-execution warning as it was, quoting the 全年执行数 meant rather than the exchanged one', async () => {
  const found = await added('年度资金总额\t1540\t19.15\t505.12\t10\t3.79%\t0.4');
  expect(found.map((f) => f.rule)).toEqual(['performance.execution-rate']);
});
