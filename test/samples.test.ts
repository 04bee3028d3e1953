import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';

/**
 * The real mistakes of the three samples, as read by hand (see the issue note for why each is one).
 * Every error-level finding must be one of these, and each must be found: a new error is either a
 * new real mistake (add it here with its reason) or a false positive (fix the rule).
 */
const EXPECTED_ERRORS: Record<string, [rule: string, expected: string | null, actual: string | null][]> = {
  'samples/changji-prefecture-2024.txt': [
    // 整体自评表: DRG支付方式改革病种覆盖率 target ≤90%, actual 90.1%, scored 6/6.
    ['performance.target-missed-full-score', '低于6分并说明偏差原因', '6分'],
    // 扩面征收项目经费: executed 9.20 of 9.93 = 92.65%, execution scored 10.00 instead of 9.27.
    ['performance.execution-score', '9.27', '10.00'],
    // 长期护理保险工作经费: 4.17 of 5.00 = 83.40%, execution scored 10.00 instead of 8.34.
    ['performance.execution-score', '8.34', '10.00'],
    // 医疗基金监管工作经费: 定点医疗机构监督检查覆盖率 105.26% scored in full, where every other exceeded
    // target of the project tables loses the excess (the document's deviation scheme): 9.47.
    ['performance.indicator-score', '9.47', '10'],
    // 长期护理保险鉴定执行率 ≤95%, actual 100%: the completion rate is 105.26%, printed 97.95%; the score
    // 18.98 is the cost formula applied to that wrong rate (105.26% gives 18.95). One cause, one finding:
    // the rate's, which says the score follows from it (and keeps the score's severity).
    ['performance.completion-rate', '105.26%', '97.95%'],
  ],
  'samples/guangyuan-city-2024.txt': [
    // None of the nine tables is printed, nor said to be attached.
    ['completeness.tables-printed', '公开01–09表', '缺失'],
    // 基本支出 816.48 in the explanation, 816.49 in the performance report, and no third statement:
    // which one is wrong cannot be told, so neither is named as expected.
    ['narrative.same-subject', null, '816.48万元与816.49万元'],
    // 年初结转 stated 0.15 while 收支总计 2280.29 − 本年收入 2252.3 = 27.99.
    ['narrative.implied-balance', '27.99万元', '0.15万元'],
    // "变化率小于市直行政事业单位人均资产变化率为，": the figure to compare with was never filled in.
    ['template.missing-figure', '具体数字', '率为，'],
  ],
  'samples/rongcheng-city-2024.md': [
    // 公开06表 is missing between 05 and 07.
    ['completeness.table-06', '一般公共预算财政拨款基本支出决算明细表', '缺失'],
    // 年初预算数 2,060.9 stated for the total; the five item lines' 年初预算数 add to 238.67.
    ['narrative.detail-sum', '238.67万元', '2060.9万元'],
    // 特殊群体医疗费（二）: 特殊群体医疗保障覆盖率 listed twice, weights 100 + 10 = 110: one finding, the
    // duplicate's, which names the sum (the 10 points too many are the duplicated row's).
    ['performance.duplicate-indicator', '每项指标只列一次', '「特殊群体医疗保障覆盖率」出现两次'],
  ],
};

const EXPECTED_WARNINGS: Record<string, string[]> = {
  'samples/changji-prefecture-2024.txt': ['arithmetic.rate-undefined', 'arithmetic.zero-change-wording', 'year-unit.cutoff-date', 'year-unit.rate-without-percent', 'performance.indicator-score'],
  'samples/guangyuan-city-2024.txt': ['narrative.unit-missing', 'performance.sheet-count', 'template.chart-default'],
  'samples/rongcheng-city-2024.md': ['glossary.copied-definition', 'performance.low-execution-full-output', 'performance.funds-total', 'performance.execution-rate', 'arithmetic.zero-change-wording', 'template.level-mismatch', 'year-unit.unit-label'],
};

const EXPECTED_FACTS: Record<string, { department: string; fiscalYear: number; scope: string }> = {
  'samples/changji-prefecture-2024.txt': { department: '昌吉回族自治州医疗保障局', fiscalYear: 2024, scope: '部门' },
  'samples/guangyuan-city-2024.txt': { department: '广元市医疗保障局', fiscalYear: 2024, scope: '部门' },
  'samples/rongcheng-city-2024.md': { department: '荣成市医疗保障局', fiscalYear: 2024, scope: '单位' },
};

describe.each(Object.keys(EXPECTED_ERRORS))('%s', (file) => {
  it('names its department, year and scope', async () => {
    const report = await checkFile(file);
    expect(report.facts).toMatchObject(EXPECTED_FACTS[file] ?? {});
  });

  it('reports exactly the real errors', async () => {
    const report = await checkFile(file);
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual]);
    expect(errors.sort()).toEqual([...(EXPECTED_ERRORS[file] ?? [])].sort());
  });

  it('warns about the likely mistakes', async () => {
    const report = await checkFile(file);
    const warned = new Set(report.findings.filter((f) => f.severity === 'warning').map((f) => f.rule));
    for (const rule of EXPECTED_WARNINGS[file] ?? []) expect(warned, rule).toContain(rule);
  });

  it('says which checks could not run instead of passing them silently', async () => {
    const report = await checkFile(file);
    const c = report.coverage;
    expect(c.rulesRun + c.rulesNotApplicable + c.rulesInsufficientData).toBeGreaterThanOrEqual(100);
    for (const s of c.skipped) expect(s.reason.length, s.rule).toBeGreaterThan(3);
    if (!c.tablesFound.length) expect(c.rulesInsufficientData).toBeGreaterThan(10);
  });
});
