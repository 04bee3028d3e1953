import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.js';
import type { Finding } from '../src/model/finding.js';

/**
 * A 政府性基金 section states the fund's 本年收入, 本年支出 and 结转和结余 (table 07), not the
 * department's (table 01). Real samples with a fund section written in, as other regions write it:
 * no error may come of it, while a wrong department total in the 收入支出决算总体情况 section is still
 * found.
 */
const rongcheng = readFileSync('samples/rongcheng-city-2024.md', 'utf8');
const changji = readFileSync('samples/changji-prefecture-2024.txt', 'utf8');

const RONGCHENG_FUND = '本单位没有政府性基金财政拨款收支。';
const CHANGJI_FUND = '本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。';

function swap(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `“${from}” must occur exactly once`).toBe(1);
  return text.replace(from, to);
}

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => `${f.rule}|${f.expected}|${f.actual}`).sort();
const mentions = (f: Finding, v: string) => [f.message, f.expected, f.actual].some((s) => s?.includes(v));

describe('a 政府性基金 section is not read as the department’s totals', () => {
  it('rongcheng (tables printed): the fund’s 本年收入 0.00 is not compared with table 01’s 本年收入合计 238.67', async () => {
    const before = await checkText(rongcheng, { file: 'r.md' });
    for (const fund of [
      '2024年度本单位政府性基金预算财政拨款年初结转和结余0.00万元，本年收入0.00万元，本年支出0.00万元，年末结转和结余0.00万元。',
      '政府性基金预算财政拨款收入支出总计0.00万元。本年收入0.00万元，本年支出0.00万元，其中：基本支出0.00万元，项目支出0.00万元。',
    ]) {
      const after = await checkText(swap(rongcheng, RONGCHENG_FUND, fund), { file: 'r.md' });
      expect(errors(after.findings), fund).toEqual(errors(before.findings));
    }
  });

  it('rongcheng: a fund item whose class is not in table 05 is not “missing from table 05”', async () => {
    const before = await checkText(rongcheng, { file: 'r.md' });
    const fund = '2024年度政府性基金预算财政拨款支出0.00万元，其中：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）支出决算为0.00万元。';
    const after = await checkText(swap(rongcheng, RONGCHENG_FUND, fund), { file: 'r.md' });
    expect(errors(after.findings)).toEqual(errors(before.findings));
  });

  it('changji (no tables): a fund section with 80.00 does not contradict the department’s 1,238.41 and 1,238.51', async () => {
    const before = await checkText(changji, { file: 'c.txt' });
    for (const fund of [
      '2024年度政府性基金预算财政拨款收入80.00万元，与上年相比增加80.00万元。本年收入80.00万元，本年支出80.00万元，年末结转和结余0.00万元。',
      '政府性基金预算财政拨款年初结转和结余5.00万元，本年收入80.00万元，本年支出85.00万元，年末结转和结余0.00万元。',
    ]) {
      const after = await checkText(swap(changji, CHANGJI_FUND, fund), { file: 'c.txt' });
      expect(errors(after.findings), fund).toEqual(errors(before.findings));
    }
  });

  it('rongcheng: a wrong 本年收入合计 in the 收入支出决算总体情况 section is still an error against table 01', async () => {
    const total = '2024年度收、支总计均为238.67万元。';
    const wrong = swap(rongcheng, total, `${total}本年收入合计283.67万元，本年支出合计238.67万元。`);
    const r = await checkText(wrong, { file: 'r.md' });
    const hit = r.findings.filter((f) => f.severity === 'error' && f.rule === 'narrative-table.totals-01' && mentions(f, '283.67'));
    expect(hit.length).toBe(1);
    // The same words under the fund's heading are the fund's, and say nothing about table 01.
    const inFund = swap(rongcheng, RONGCHENG_FUND, '本年收入283.67万元，本年支出238.67万元。');
    const f = await checkText(inFund, { file: 'r.md' });
    expect(f.findings.filter((x) => x.rule === 'narrative-table.totals-01' && mentions(x, '283.67'))).toEqual([]);
  });

  it('changji: a department total said differently in two department sections is still an error', async () => {
    const wrong = swap(changji, '本年收入1,238.41万元，其中：财政拨款收入', '本年收入1,283.41万元，其中：财政拨款收入');
    const r = await checkText(wrong, { file: 'c.txt' });
    // Said twice differently, and decided by its shares (computed on 1238.41): one error naming 1,283.41,
    // into which the two statements' disagreement is folded.
    const named = r.findings.filter((f) => f.severity === 'error' && (mentions(f, '1,283.41') || mentions(f, '1283.41')));
    expect(named.some((f) => f.rule === 'narrative.same-subject' || /同一事项前后金额不一致/.test(f.message))).toBe(true);
  });
});
