import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/** A paraphrase whose explanation quotes the sheet 医保专项业务经费 (25, 19.99, 79.96%). */
const FILE = 'test/paraphrase/rongcheng-tables-yuan-layout.md';
const ROW = '\t年度资金总额\t25\t25\t19.99\t10\t79.96%\t8\t';

async function variant(row: string) {
  const text = await readFile(FILE, 'utf8');
  expect(text.split('\n')).toContain(ROW);
  const [base, changed] = await Promise.all([checkText(text, { file: FILE }), checkText(text.replace(ROW, row), { file: FILE })]);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const before = new Set(base.findings.map(key));
  return changed.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
}

describe('a sheet figure the explanation quotes otherwise, decided by the sheet\'s own rate', () => {
  it('blames the sheet cell once when the rate holds with the quoted figure', async () => {
    const added = await variant('\t年度资金总额\t25\t25\t11.99\t10\t79.96%\t8\t');
    expect(added.map((f) => f.rule)).toEqual(['performance.quote-consistency']);
    expect(added[0]?.message).toContain('该表执行率79.96%按19.99相符、按11.99不符，是表中该数有误（「预算执行率计算」不再另报）');
    expect([added[0]?.expected, added[0]?.actual]).toEqual(['19.99', '11.99']);
    expect(added[0]?.locations[0]?.text).toBe('11.99');
  });

  it('keeps both when the rate holds with neither figure', async () => {
    const added = await variant('\t年度资金总额\t25\t25\t11.99\t10\t70.96%\t8\t');
    expect(added.map((f) => f.rule).sort()).toEqual(expect.arrayContaining(['performance.execution-rate', 'performance.quote-consistency']));
    expect(added.some((f) => f.message.includes('是表中该数有误'))).toBe(false);
  });
});
