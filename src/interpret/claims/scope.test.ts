import { describe, expect, it } from 'vitest';
import { checkBytes, extractBytes } from '../../check.js';
import type { Claim } from '../../model/disclosure.js';
import { qualifierBefore, sentenceTopic } from './scope.js';

/** The claims read from explanation sections: [heading, ...paragraphs] per section. */
async function claimsOf(...sections: [string, ...string[]][]): Promise<Claim[]> {
  const body = sections.map(([h, ...ps]) => `## ${h}\n\n${ps.join('\n\n')}\n`).join('\n');
  const doc = await extractBytes('case.md', new TextEncoder().encode(`# 2024年度某某区某某局部门决算\n\n${body}`));
  return doc.claims;
}

/** subject key → amount, in reading order. */
const keyed = (cs: Claim[]) => cs.filter((c) => c.amount).map((c) => [c.subject.key, c.amount?.value]);
const DEPARTMENT = /^(total|income\.(total|grand|opening|actual)|expense\.(total|grand|closing|actual|basic|project))$/;

const TOTAL = '一、收入支出决算总体情况说明';
const FUND = '八、政府性基金预算财政拨款收入支出决算情况说明';
const FUND_SUB = '（六）政府性基金预算财政拨款支出决算情况';
const CAPITAL = '九、国有资本经营预算财政拨款支出决算情况说明';
const FISCAL = '四、财政拨款收入支出决算总体情况说明';
const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';

describe('a generic subject under a 政府性基金 heading is the fund’s, not the department’s', () => {
  it('本年收入, 本年支出, 年初/年末结转和结余 in the fund section are the fund’s', async () => {
    for (const heading of [FUND, FUND_SUB]) {
      const cs = await claimsOf([heading, '2024年度政府性基金预算财政拨款年初结转和结余5.00万元，本年收入80.00万元，本年支出85.00万元，年末结转和结余0.00万元。']);
      expect(keyed(cs)).toEqual([
        ['fund.opening', '5.00'],
        ['fund.income', '80.00'],
        ['fund.expense', '85.00'],
        ['fund.closing', '0.00'],
      ]);
    }
  });

  it('the same words in the 收入支出决算总体情况 section are the department’s', async () => {
    const cs = await claimsOf([TOTAL, '2024年度年初结转和结余5.00万元，本年收入80.00万元，本年支出85.00万元，年末结转和结余0.00万元。']);
    expect(keyed(cs)).toEqual([
      ['income.opening', '5.00'],
      ['income.total', '80.00'],
      ['expense.total', '85.00'],
      ['expense.closing', '0.00'],
    ]);
  });

  it('a sentence opening with 政府性基金 keeps its generic subjects the fund’s in any section', async () => {
    const cs = await claimsOf([TOTAL, '2024年度政府性基金预算财政拨款收入80.00万元，本年支出80.00万元，年末结转和结余0.00万元。', '收入总计1,239.70万元，其中：本年收入合计1,238.41万元，年初结转和结余1.30万元。']);
    expect(keyed(cs)).toEqual([
      ['income.fund', '80.00'],
      ['fund.expense', '80.00'],
      ['fund.closing', '0.00'],
      ['income.grand', '1239.70'],
      ['income.total', '1238.41'],
      ['income.opening', '1.30'],
    ]);
  });

  it('the qualifier right before the words gives the scope', async () => {
    const cs = await claimsOf([TOTAL, '本部门政府性基金预算财政拨款年初结转和结余3.00万元，国有资本经营预算财政拨款年末结转和结余2.00万元，财政拨款年初结转和结余1.00万元。']);
    expect(keyed(cs)).toEqual([
      ['fund.opening', '3.00'],
      ['capital.closing', '2.00'],
      ['fiscal.opening', '1.00'],
    ]);
  });

  it('a fund’s own totals and spending are not read as the department’s 收入/支出总计 or as its income', async () => {
    const cs = await claimsOf([FUND, '2024年度政府性基金预算财政拨款收入支出总计80.00万元。', '政府性基金预算财政拨款收入总计85.00万元。', '政府性基金预算财政拨款收入80.00万元，政府性基金预算财政拨款支出75.00万元。'], [CAPITAL, '国有资本经营预算财政拨款支出12.00万元。']);
    expect(keyed(cs)).toEqual([
      ['fund.total', '80.00'],
      ['fund.income.grand', '85.00'],
      ['income.fund', '80.00'],
      ['fund.expense', '75.00'],
      ['capital.expense', '12.00'],
    ]);
  });

  it('a fund’s 基本支出 and 项目支出 are its own', async () => {
    const cs = await claimsOf([FUND, '政府性基金预算财政拨款支出80.00万元，其中：基本支出5.00万元，项目支出75.00万元。']);
    expect(keyed(cs)).toEqual([
      ['fund.expense', '80.00'],
      ['fund.basic', '5.00'],
      ['fund.project', '75.00'],
    ]);
  });

  it('where the scope cannot be told, the words are not the department’s total', async () => {
    const cs = await claimsOf(
      // The department named under a fund's heading: the words and the heading disagree.
      [FUND, '本单位本年收入合计1,238.41万元。'],
      // Under the 财政拨款 heading, 本年收入 is 财政拨款's (table 04) or the department's (table 01).
      [FISCAL, '本年收入1,222.68万元，本年支出1,222.68万元。'],
      // A sentence opening with 财政拨款收入 may go on to the department's spending.
      [TOTAL, '财政拨款收入1,222.68万元，本年支出合计1,238.51万元。'],
    );
    const generic = cs.filter((c) => c.amount && !/^income\.fiscal$/.test(c.subject.key));
    expect(generic.length).toBe(4);
    for (const c of generic) {
      expect(c.subject.key, c.sentence).toMatch(/^unsure:/);
      expect(c.subject.key).not.toMatch(DEPARTMENT);
    }
  });

  it('a subject of the department’s own ends the sentence’s scope', async () => {
    const cs = await claimsOf([TOTAL, '一般公共预算财政拨款收入1,222.68万元，其他收入15.73万元，本年收入合计1,238.41万元。']);
    expect(keyed(cs).at(-1)).toEqual(['income.total', '1238.41']);
  });

  it('占本年支出合计的 in the 一般公共预算 section is the department’s total', async () => {
    const cs = await claimsOf([GENERAL, '2024年度一般公共预算财政拨款支出1,222.68万元，占本年支出合计的98.72%。']);
    const g = cs.find((c) => c.subject.key === 'general.expense');
    expect(g?.share?.base).toBe('expense.total');
  });

  it('占本年支出的 under a fund’s heading is not the department’s total', async () => {
    const cs = await claimsOf([FUND, '政府性基金预算财政拨款支出80.00万元，占本年支出的6.46%。']);
    const f = cs.find((c) => c.subject.key === 'fund.expense');
    expect(f?.share?.base).toMatch(/^unsure:fund:/);
  });
});

describe('scope words', () => {
  it('the qualifier right before a subject', () => {
    expect(qualifierBefore('2024年度政府性基金预算财政拨款', null)).toBe('fund');
    expect(qualifierBefore('政府性基金的', null)).toBe('fund');
    expect(qualifierBefore('国有资本经营预算', null)).toBe('capital');
    expect(qualifierBefore('一般公共预算财政拨款', null)).toBe('general');
    expect(qualifierBefore('财政拨款', null)).toBe('fiscal');
    expect(qualifierBefore('使用非财政拨款', null)).toBeNull();
    expect(qualifierBefore('本部门', null)).toBe('department');
    expect(qualifierBefore('某某局', '某某局')).toBe('department');
    expect(qualifierBefore('2024年度', null)).toBeNull();
  });

  it('what a sentence opens with, after its year, number and department', () => {
    expect(sentenceTopic('2024年度政府性基金预算财政拨款收入80.00万元', null)).toEqual({ scope: 'fund', department: false });
    expect(sentenceTopic('1、某某局2024年度国有资本经营预算财政拨款支出0万元', '某某局')).toEqual({ scope: 'capital', department: true });
    expect(sentenceTopic('本单位本年收入合计1,238.41万元', null)).toEqual({ scope: null, department: true });
    expect(sentenceTopic('收入总计1,239.70万元，其中：财政拨款收入', null)).toEqual({ scope: null, department: false });
  });
});

describe('a text without title or heading (one part of a final account, published alone)', () => {
  const text = (body: string) => new TextEncoder().encode(body);
  it('has its sentences read and checked as an explanation’s', async () => {
    const body =
      '2023年度“三公”经费财政拨款支出决算为30.00万元。其中因公出国（境）费为0.00万元；公务用车购置费为0.00万元；公务接待费为18.00万元，占60.00%；公务用车运行维护费为11.00万元，占40.00%。\n';
    const doc = await extractBytes('part.txt', text(body));
    expect(doc.claims.filter((c) => c.amount).map((c) => [c.subject.key, c.amount?.value])).toEqual([
      ['threePublic.total', '30.00'],
      ['threePublic.abroad', '0.00'],
      ['threePublic.vehiclePurchase', '0.00'],
      ['threePublic.reception', '18.00'],
      ['threePublic.vehicleOps', '11.00'],
    ]);
    // 18 + 11 is not 30, and 11 is 36.67% of 30, not the 40.00% printed: checked, and found as one
    // finding, since 40% of 30 (12.00) makes the total hold and 18.00 fits its 60.00%.
    const report = await checkBytes('part.txt', text(body));
    const errors = report.findings.filter((f) => f.severity === 'error');
    const sum = errors.find((f) => f.rule === 'narrative.three-public-sum');
    expect([sum?.expected, sum?.actual]).toEqual(['12.00万元', '11.00万元']);
    expect(sum?.message).toMatch(/占比与金额不符/);
    expect(errors.map((f) => f.rule)).not.toContain('arithmetic.share');
  });

  it('reads no form line ("label：value", its unit in a header) as a sentence', async () => {
    const doc = await extractBytes('form.txt', text('年度资金总额\n\n按收入性质分:2030.12\n\n其中:基本支出:900.47\n'));
    expect(doc.claims).toEqual([]);
  });
});
