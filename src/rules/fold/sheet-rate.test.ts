import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/** A paraphrase whose explanation quotes the sheet 医保专项业务经费 (25, 19.99, 79.96%). */
const FILE = 'test/paraphrase/rongcheng-tables-yuan-layout.md';
const ROW = '\t年度资金总额\t25\t25\t19.99\t10\t79.96%\t8\t';

const SOURCES = '\t其中：当年财政拨款\t25\t25\t19.99\t10\t79.96%\t8\t';

/** The errors and warnings the row changed to `row` adds (with the sources' row blanked, `noSources`). */
async function variant(row: string, noSources = false) {
  let text = await readFile(FILE, 'utf8');
  expect(text.split('\n')).toContain(ROW);
  expect(text.split('\n')).toContain(SOURCES);
  if (noSources) text = text.replace(SOURCES, '\t其中：当年财政拨款\t\t\t\t\t\t\t');
  const [base, changed] = await Promise.all([checkText(text, { file: FILE }), checkText(text.replace(ROW, row), { file: FILE })]);
  const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;
  const before = new Set(base.findings.map(key));
  return changed.findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
}

describe('a sheet figure the explanation quotes otherwise, decided by the sheet\'s own rate', () => {
  it('blames the sheet cell once when the rate holds with the quoted figure', async () => {
    // (The row of its sources, "其中：当年财政拨款 … 19.99", is taken out: the rate alone decides.)
    const added = await variant('\t年度资金总额\t25\t25\t11.99\t10\t79.96%\t8\t', true);
    expect(added.map((f) => f.rule)).toEqual(['performance.quote-consistency']);
    expect(added[0]?.message).toContain('该表执行率79.96%按19.99相符、按11.99不符，是表中该数有误（「预算执行率计算」不再另报）');
    expect([added[0]?.expected, added[0]?.actual]).toEqual(['19.99', '11.99']);
    expect(added[0]?.locations[0]?.text).toBe('11.99');
  });

  it('takes the quote into the sources\' finding that names the same cell wrong', async () => {
    const added = await variant('\t年度资金总额\t25\t25\t11.99\t10\t79.96%\t8\t');
    expect(added.map((f) => f.rule)).toEqual(['performance.funds-parts']);
    expect(added[0]?.message).toContain('全年执行数11.99有误，应为19.99');
    expect(added[0]?.message).toContain('绩效情况说明写19.99，与此相符');
  });

  it('keeps both when the rate holds with neither figure', async () => {
    const added = await variant('\t年度资金总额\t25\t25\t11.99\t10\t70.96%\t8\t');
    expect(added.map((f) => f.rule).sort()).toEqual(expect.arrayContaining(['performance.execution-rate', 'performance.quote-consistency']));
    expect(added.some((f) => f.message.includes('是表中该数有误'))).toBe(false);
  });

  it('names the 执行数 and 得分 of a row written in each other\'s place once, the sources\' and the total\'s findings within it', async () => {
    const added = await variant('\t年度资金总额\t25\t25\t8\t10\t79.96%\t19.99\t');
    expect(added.map((f) => f.rule)).toEqual(['performance.execution-score']);
    expect(added[0]?.message).toMatch(/全年执行数8与预算执行得分19\.99疑为两栏数字写反（互换）：按互换后的数，执行率79\.96%与全年执行数19\.99/);
    expect([added[0]?.actual, added[0]?.expected]).toEqual(['8；19.99', '19.99；8']);
  });

  it('decides the exchange by the rate alone where the sheet lists no sources', async () => {
    const added = await variant('\t年度资金总额\t25\t25\t8\t10\t79.96%\t19.99\t', true);
    expect(added.map((f) => f.rule)).toEqual(['performance.execution-score']);
    expect(added[0]?.message).toContain('执行率79.96%与全年执行数19.99÷全年预算数25相符');
    expect(added[0]?.message).toContain('预算执行率计算');
  });

  it('does not take a wrong score for an exchange when the rate does not hold with it', async () => {
    const added = await variant('\t年度资金总额\t25\t25\t8\t10\t79.96%\t9.5\t');
    expect(added.some((f) => f.message.includes('互换'))).toBe(false);
  });

  it('takes the quote into the sources\' break that the rate decides (a rate cut, not rounded, still reads its figures)', async () => {
    const file = 'test/paraphrase/rongcheng-fund-2024-tables.md';
    const row = '\t年度资金总额\t1600\t524.8\t8.44\t10\t1.60%\t0.2\t';
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')).toContain(row);
    const r = await checkText(text.replace(row, '\t年度资金总额\t1600\t524.8\t84.4\t10\t1.60%\t0.2\t'), { file });
    const errors = r.findings.filter((f) => f.severity === 'error' && f.locations.some((l) => l.text === '84.4'));
    expect(errors.map((f) => f.rule)).toEqual(['performance.funds-parts']);
    expect(errors[0]?.message).toContain('执行率1.60%按8.44相符、按84.4不符，全年执行数84.4有误，应为8.44');
    expect(errors[0]?.message).toContain('写8.44，与此相符；「引用的自评结果与自评表一致」不再另报');
  });
});
