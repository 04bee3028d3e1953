import { describe, expect, it } from 'vitest';
import { checkBytes, extractBytes } from '../../check.js';

const FUND = '八、政府性基金预算财政拨款收入支出决算情况说明';
const CAPITAL = '九、国有资本经营预算财政拨款支出决算情况说明';
const doc = (heading: string, para: string) => new TextEncoder().encode(`# 2024年度某某局部门决算\n\n## ${heading}\n\n${para}\n`);

describe('a bare 支出 right after a fund’s income is that fund’s spending', () => {
  it('"政府性基金预算财政拨款收入50万元，支出50万元" reads the fund’s two sides', async () => {
    const d = await extractBytes('case.md', doc(FUND, '本单位2024年度政府性基金预算财政拨款收入50万元，支出50万元，年初结转和结余0万元，年末结转和结余0万元。'));
    expect(d.claims.filter((c) => c.amount).map((c) => [c.subject.key, c.amount?.value])).toEqual([
      ['income.fund', '50'],
      ['fund.expense', '50'],
      ['fund.opening', '0'],
      ['fund.closing', '0'],
    ]);
  });

  it('the same for 国有资本经营预算', async () => {
    const d = await extractBytes('case.md', doc(CAPITAL, '本单位2024年度国有资本经营预算财政拨款收入12.00万元，支出12.00万元。'));
    expect(d.claims.filter((c) => c.amount).map((c) => [c.subject.key, c.amount?.value])).toEqual([
      ['income.capital', '12.00'],
      ['capital.expense', '12.00'],
    ]);
  });

  it('so a fund’s closing balance that its income and spending do not give is found', async () => {
    const r = await checkBytes('case.md', doc(FUND, '本单位2024年度政府性基金预算财政拨款收入50万元，支出50万元，年初结转和结余0万元，年末结转和结余5万元。'));
    const found = r.findings.filter((f) => f.rule === 'narrative.implied-balance');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '0.00万元', '5万元']]);
  });

  it('and a 国有资本经营 closing balance likewise', async () => {
    const r = await checkBytes('case.md', doc(CAPITAL, '本单位2024年度国有资本经营预算财政拨款收入30.00万元，支出30.00万元，年初结转和结余0.00万元，年末结转和结余3.00万元。'));
    const found = r.findings.filter((f) => f.rule === 'narrative.implied-balance');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '0.00万元', '3.00万元']]);
  });

  it('but not where the balance follows from the flow', async () => {
    const r = await checkBytes('case.md', doc(CAPITAL, '本单位2024年度国有资本经营预算财政拨款收入30.00万元，支出27.00万元，年初结转和结余0.00万元，年末结转和结余3.00万元。'));
    expect(r.findings.filter((f) => f.rule === 'narrative.implied-balance')).toEqual([]);
  });
});
