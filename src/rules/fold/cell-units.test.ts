import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import type { Finding } from '../../model/finding.js';
import { amountOf, amountsIn, sameAmount } from './figures.js';

const FILE = 'test/paraphrase/rongcheng-tables-yuan-layout.md';
const ROW = '| 合计 |  |  |  | 2,386,700.00 | 0.00 | 0.00 | 0.00 | 0.00 | 0.00 | 2,386,700.00 |';

it('folds the explanation into the finding of a cell of a table printed in 元 that it contradicts (at one unit)', async () => {
  const text = await readFile(FILE, 'utf8');
  expect(text).toContain(ROW);
  // 财政拨款收入 of the 02 table ×10: the table's sums name the cell, the explanation's 238.67万元 agrees with them.
  const wrong = text.replace(ROW, ROW.replace('2,386,700.00 | 0.00', '23867000.0 | 0.00'));
  const found = (await checkText(wrong, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.locations.some((l) => l.text === '23867000.0'));
  expect(found.map((f) => f.rule)).toEqual(['table.02.row-sum']);
  expect(found[0]?.message).toContain('说明写238.67万元，与此相符');
});

describe('amounts at one unit', () => {
  const f = (expected: string, actual: string) => ({ expected, actual, difference: null }) as unknown as Finding;
  it('reads a cell printed without a unit in the unit its finding states', () => {
    expect(amountOf('23867000.0', f('2386700.00元', '23867000.0'))?.value.toString()).toBe('2386.7');
    expect(amountOf('23867000.0', f('2386700.00万元', '23867000.0'))?.value.toString()).toBe('23867000');
  });
  it('reads the bare cells of a table in 元 by the unit of its tolerance', () => {
    const swap = { expected: '9,400.00；0.00', actual: '0.00；9,400.00', difference: null, tolerance: '±0.02元' } as unknown as Finding;
    expect(amountsIn(swap.actual, swap).map(String)).toEqual(['0', '0.94']);
    expect(amountsIn('0.00；0.94', { ...swap, tolerance: '±0.015' }).map(String)).toEqual(['0', '0.94']);
  });
  it('takes 万元 and 元 figures as the same at the coarser printed precision only', () => {
    const table = f('2386749.00元', '23867000.0');
    expect(sameAmount(amountOf('238.67万元', table), amountOf('2386749.00元', table))).toBe(true);
    expect(sameAmount(amountOf('238.68万元', table), amountOf('2386749.00元', table))).toBe(false);
    expect(sameAmount(amountOf('238.67万元', table), amountOf('238.68万元', table))).toBe(false);
  });
});
