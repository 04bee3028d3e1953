import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

// cr-layout-sheet-funds.txt: the head of a 项目支出绩效自评表 of the changji Chromium print, copied with
// pdftotext -layout: its budget line "年度资金总额 9.93 9.93 9.20 10 92.65% 10.00" under a header wrapped
// over lines, the rest of the sheet's cells wrapped around their rows.
const text = readFileSync(new URL('../../../test/fixtures/cr-layout-sheet-funds.txt', import.meta.url), 'utf8');
const check = (t: string) => checkText(t, { file: 'sheet.txt' });

describe("the budget line of a laid-out copy's sheet", () => {
  it('is read where its six figures stand in the form order, and its score checked against its rate', async () => {
    const r = await check(text);
    expect(r.coverage.performanceSheets).toBe(1);
    expect(r.coverage.unread.some((u) => /「扩面征收项目经费」.*只读出预算执行/.test(u))).toBe(true);
    const f = r.findings.filter((x) => x.rule === 'performance.execution-score');
    expect(f.map((x) => [x.severity, x.expected, x.actual])).toEqual([['error', '9.27', '10.00']]);
  });

  it('is left unread where the rate is not the executed amount over the full budget (a figure may be misplaced)', async () => {
    const r = await check(text.replace('92.65%', '93.65%'));
    expect(r.coverage.performanceSheets).toBe(0);
    expect(r.findings.filter((x) => x.rule.startsWith('performance.execution'))).toEqual([]);
    expect(r.coverage.unread.some((u) => /印在文中，但其表格未能读取/.test(u))).toBe(true);
  });

  it('is left unread where a figure of the six is missing', async () => {
    const r = await check(text.replace('年度资金总额 9.93 9.93', '年度资金总额      9.93'));
    expect(r.coverage.performanceSheets).toBe(0);
    expect(r.findings.filter((x) => x.rule.startsWith('performance.execution'))).toEqual([]);
  });

  it('is left unread where the header does not name 分值, 执行率 and 得分 in that order', async () => {
    const r = await check(text.replace('分值      执行率 得分', '执行率      分值 得分'));
    expect(r.coverage.performanceSheets).toBe(0);
  });
});

describe('the funds total against sheets of which some were not read', () => {
  it('is not checked on the sheets read alone', async () => {
    const said = '十一、预算绩效的情况说明\n\n本单位预算绩效评价项目1个，全年预算数20.00万元，全年执行数9.20万元。\n\n';
    // A second sheet printed whose budget line the copy lost: 9.93 of the sheets read is no sum of all.
    const second = '项目支出绩效自评表\n(2024年度)\n项目 援疆培训经费\n名称\n主管 昌吉回族自治州 实施 昌吉回族自治州医疗保障局\n';
    const r = await check(said + text + '\f' + second);
    expect(r.findings.filter((x) => x.rule === 'performance.funds-total')).toEqual([]);
    expect(r.coverage.skipped.find((x) => x.rule === 'performance.funds-total')?.reason).toMatch(/未能读取其资金/);
    const one = await check(said + text);
    expect(one.findings.filter((x) => x.rule === 'performance.funds-total' && x.severity === 'error').map((x) => x.actual)).toEqual(['20.00']);
  });
});
