import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';

// A consistent document in another region's wording (test/fixtures/README.md): no false errors,
// and each planted error named once.
const DOC = 'test/fixtures/consistent-district-2024.txt';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-synthetic-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function planted(from: string, to: string) {
  const text = await readFile(DOC, 'utf8');
  expect(text).toContain(from);
  const file = join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  await writeFile(file, text.replace(from, to));
  return checkFile(file);
}

describe('a consistent document from another region', () => {
  it('has no error, and says the tables are attached and the detail list incomplete', async () => {
    const r = await checkFile(DOC);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const warned = r.findings.filter((f) => f.severity === 'warning').map((f) => f.rule);
    // Tables published as an attachment are a note (info) that their checks did not run, not a warning.
    expect(r.findings.find((f) => f.rule === 'completeness.tables-printed')?.severity).toBe('info');
    expect(warned).toContain('narrative.detail-sum');
  });

  it.each([
    ['增长8.64%', '增长9.64%', 'arithmetic.change-rate', '9.64%'],
    ['占8.00%', '占9.00%', 'arithmetic.share', '9.00%'],
    ['完成年初预算的115.00%', '完成年初预算的105.00%', 'arithmetic.execution-rate', '105.00%'],
    ['人员经费1,700.00万元', '人员经费1,750.00万元', 'narrative.basic-split', '2000.00万元'],
    ['政府采购服务支出300.00万元', '政府采购服务支出400.00万元', 'narrative.procurement-sum', '1000.00万元'],
    ['授予小微企业合同金额600.00万元，占政府采购支出总额的60.00%', '授予小微企业合同金额900.00万元，占政府采购支出总额的90.00%', 'narrative.procurement-sme', null],
    // The total is also smaller than its own stated increase: a second, different contradiction.
    ['财政拨款收入支出总计4,800.00万元', '财政拨款收入支出总计48.00万元', 'narrative.total-bounds', '48.00万元', 'arithmetic.change-exceeds-current'],
    ['财政拨款收入支出总计增加300.00万元，增长6.67%', '财政拨款收入支出总计持平。主要原因：场馆建设支出增加', 'arithmetic.flat-with-reason', null],
  ])('names a planted %s → %s (%s)', async (from, to, rule, actual, also?: string) => {
    const r = await planted(from, to);
    const hits = r.findings.filter((f) => f.rule === rule && f.severity !== 'info');
    expect(hits, JSON.stringify(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.actual]))).toHaveLength(1);
    if (actual) expect(hits[0]?.actual).toBe(actual);
    expect(r.findings.filter((f) => f.severity === 'error' && f.rule !== rule).map((f) => f.rule)).toEqual(also ? [also] : []);
  });
});
