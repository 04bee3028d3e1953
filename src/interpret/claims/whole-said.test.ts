import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText, extractBytes } from '../../check.js';
import { T01 } from '../../rules/narrative-table/fixtures.js';

/** T01 with 10.00万元 carried over from last year: 本年收入合计 238.67, 收入总计 248.67. */
const T01_CARRIED = T01.replace('年初结转和结余\t29\t0.00', '年初结转和结余\t29\t10.00')
  .replace('年末结转和结余\t60\t0.00', '年末结转和结余\t60\t10.00')
  .replace(/<b>238.67<\/b>(\t<b>总计<\/b>\t<b>62<\/b>\t)<b>238.67<\/b>/, '<b>248.67</b>$1<b>248.67</b>');

const doc = (heading: string, para: string, tables = T01_CARRIED) => `# 某某局2024年度部门决算\n\n## ${heading}\n\n${para}\n\n${tables}`;
const TOTAL = '一、收入支出决算总体情况说明';

async function wholes(heading: string, para: string) {
  const d = await extractBytes('a.md', new TextEncoder().encode(doc(heading, para)));
  return d.claims.filter((c) => /^(?:income|expense)\.actual$/.test(c.subject.key)).map((c) => [c.subject.key, c.amount?.value ?? null]);
}

async function totalsFindings(heading: string, para: string) {
  return (await checkText(doc(heading, para), { file: 'a.md' })).findings.filter((f) => f.rule === 'narrative-table.totals-01').map((f) => `${f.severity} ${f.message}`);
}

describe('the year’s income or spending said as a whole (总收入, 收入总额, 决算总收入) is read and checked against table 01', () => {
  it.each([
    ['2024年度决算总收入238.67万元，决算总支出238.67万元。', [['income.actual', '238.67'], ['expense.actual', '238.67']]],
    ['本单位2024年度总收入248.67万元，总支出248.67万元。', [['income.actual', '248.67'], ['expense.actual', '248.67']]],
    ['2024年度收入总额238.67万元，支出总额238.67万元。', [['income.actual', '238.67'], ['expense.actual', '238.67']]],
  ])('read, and either total of table 01 agrees: %s', async (para, read) => {
    expect(await wholes(TOTAL, para)).toEqual(read);
    expect(await totalsFindings(TOTAL, para)).toEqual([]);
  });

  it.each([
    ['2024年度决算总收入283.67万元，决算总支出238.67万元。', '283.67'],
    ['2024年度收入总额238.67万元，支出总额284.67万元。', '284.67'],
  ])('a figure that is neither 本年合计 nor 总计 is an error naming both: %s', async (para, wrong) => {
    const fs = await totalsFindings(TOTAL, para);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatch(/^error /);
    expect(fs[0]).toContain(wrong);
    expect(fs[0]).toContain('238.67');
    expect(fs[0]).toContain('248.67');
  });

  it.each([
    // Not the department's: a government's, an enterprise's, the procurement's, the 三公's.
    '2024年度全县一般公共预算总收入126.05亿元，营业总收入5.00万元。',
    '2024年度政府采购支出总额709.65万元。',
    '2024年度“三公”经费总支出为19.28万元。',
  ])('other wholes are not the year’s income or spending: %s', async (para) => {
    expect(await wholes(TOTAL, para)).toEqual([]);
    expect(await totalsFindings(TOTAL, para)).toEqual([]);
  });

  it('another year’s whole, and a whole said under the 财政拨款 heading, are not compared with table 01', async () => {
    expect(await totalsFindings(TOTAL, '2024年度总收入238.67万元，比2023年度总收入200.00万元增加38.67万元。')).toEqual([]);
    expect(await totalsFindings('四、财政拨款收入支出决算总体情况说明', '2024年度总收入200.00万元。')).toEqual([]);
  });
});

describe('planted in a copy of the Rongcheng sample (its table 01: 本年支出合计 = 支出总计 = 238.67)', () => {
  const sample = readFileSync(new URL('../../../samples/rongcheng-city-2024.md', import.meta.url), 'utf8');
  const said = (spent: string) => sample.replace('2024年度收、支总计均为238.67万元。与2023年相比', `2024年度决算总收入238.67万元，决算总支出${spent}万元。与2023年相比`);
  const totals = async (text: string) => (await checkText(text, { file: 'rongcheng.md' })).findings.filter((f) => f.rule === 'narrative-table.totals-01').map((f) => f.message);
  it('the true figure gives no finding; a wrong one gives one that quotes both sides', async () => {
    expect(sample).toContain('2024年度收、支总计均为238.67万元。与2023年相比');
    expect(await totals(said('238.67'))).toEqual([]);
    expect(await totals(said('283.67'))).toEqual(['「决算总支出」说明写283.67万元，公开01表的本年支出合计、支出总计均为238.67']);
  });
});
