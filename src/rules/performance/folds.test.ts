import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { type CaseIndicator, flatSheet, fullIndicators, tabSheet, withIndicator } from './fixtures.js';
import { rules } from './index.js';

/**
 * One cause, one finding, across performance rules: a finding the figures show to follow from
 * another (the rule declares `explainedBy`) is reported within it, and stands alone otherwise.
 */
async function findings(text: string) {
  const r = await checkText(text, { rules });
  return r.findings.filter((f) => f.severity !== 'info');
}

const FUNDS: [string, string, string, string, string, string] = ['100', '100', '100', '10', '100%', '10'];
const dup = (weight: string): CaseIndicator => ({ l1: '效益指标', l2: '社会效益指标', name: '业务能力', weight, target: '显著提升', actual: '显著提升', rate: '100%', score: weight });

describe('a duplicated indicator and the weight sum it breaks', () => {
  it('folds the sum into the duplicate when the excess is exactly the duplicated weight (100 + 10 = 110)', async () => {
    const list = [...fullIndicators().slice(0, 4), dup('10'), fullIndicators()[4] as CaseIndicator];
    const fs = await findings(tabSheet({ name: '特殊群体医疗费（二）', funds: FUNDS, indicators: list, total: '110' }));
    expect(fs.map((f) => f.rule)).toEqual(['performance.duplicate-indicator']);
    const f = fs[0]!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('业务能力');
    expect(f.message).toMatch(/共110分，比总分100分多出10分，恰为重复列出的分值/);
    expect(f.message).toContain('「指标权重之和等于总分」不再另报');
    // Both places: the two rows and the sheet whose weights do not add up.
    expect(f.locations.some((l) => /项目名称/.test(l.text))).toBe(true);
    expect(f.locations.filter((l) => /业务能力/.test(l.text))).toHaveLength(2);
  });

  it('keeps both when the sum is off by more than the duplicate (a weight also mistyped: 120)', async () => {
    const list = [...withIndicator(fullIndicators(), 0, { weight: '40', score: '40' }).slice(0, 4), dup('10'), fullIndicators()[4] as CaseIndicator];
    const fs = await findings(tabSheet({ name: '培训经费', funds: FUNDS, indicators: list, total: '120' }));
    expect(fs.map((f) => f.rule).sort()).toEqual(['performance.duplicate-indicator', 'performance.weight-sum']);
    expect(fs.find((f) => f.rule === 'performance.duplicate-indicator')?.message).not.toContain('不再另报');
  });

  it('keeps the sum alone when nothing is duplicated', async () => {
    const list = withIndicator(fullIndicators(), 0, { weight: '40', score: '40' });
    const fs = await findings(tabSheet({ name: '培训经费', funds: FUNDS, indicators: list, total: '110' }));
    expect(fs.map((f) => f.rule)).toEqual(['performance.weight-sum']);
  });
});

describe('a score computed from a wrongly computed completion rate', () => {
  // ≥100人, 80人: the rate is 80% (printed 85%). Every other row is scored by the national baseline.
  const sheet = (score: string) =>
    flatSheet({
      name: '培训经费',
      funds: ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'],
      indicators: withIndicator(fullIndicators(), 0, { target: '≥100人', actual: '80人', rate: '85.00%', score }),
      total: `${(Number(score) + 70).toFixed(2)}`,
    });

  it('reports the rate once, saying the score follows from it (85% × 30 = 25.5, not 24)', async () => {
    const fs = await findings(sheet('25.50'));
    expect(fs.map((f) => f.rule)).toEqual(['performance.completion-rate']);
    const f = fs[0]!;
    // The score's error is kept: the finding is an error, though the rate's rule alone warns.
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/完成率应为80\.00%，表中为85\.00%/);
    expect(f.message).toMatch(/得分25\.50分正是按表中错误的完成率85\.00%计得的，按正确的完成率应为24\.00分/);
    expect(f.locations.map((l) => l.text)).toContain('25.50');
  });

  it('keeps both when the score does not follow from the printed rate either (27 of 30)', async () => {
    const fs = await findings(sheet('27.00'));
    expect(fs.map((f) => f.rule).sort()).toEqual(['performance.completion-rate', 'performance.indicator-score']);
    expect(fs.find((f) => f.rule === 'performance.completion-rate')?.message).not.toContain('不再另报');
  });
});

describe('a row scored against its own 赋分规则', () => {
  const FLAT: [string, string, string, string, string, string] = ['100.00', '100.00', '100.00', '10', '100.00%', '10.00'];
  const sheet = (patch: Partial<CaseIndicator> & { score: string }) =>
    flatSheet({ name: '医疗救助经费', funds: FLAT, indicators: withIndicator(fullIndicators(), 1, { weight: '20', ...patch }), total: (80 + Number(patch.score)).toFixed(2) });

  it('a missed target given full marks is one finding, which says what the row’s own rule gives', async () => {
    const fs = await findings(sheet({ target: '≥100%', actual: '96%', rate: '96%', score: '20', rule: '完成得满分，每低1个百分点扣0.5分' }));
    expect(fs.map((f) => f.rule)).toEqual(['performance.target-missed-full-score']);
    expect(fs[0]?.message).toContain('按本行赋分规则「完成得满分，每低1个百分点扣0.5分」应得18.00分');
  });

  it('a row its own rule scores otherwise is judged by that rule, not again by the document-wide scheme', async () => {
    const fs = await findings(sheet({ target: '≥100%', actual: '96%', rate: '96%', score: '19', rule: '完成得满分，每低1个百分点扣0.5分' }));
    expect(fs.map((f) => f.rule)).toEqual(['performance.row-rule-score']);
    expect(fs[0]?.severity).toBe('error');
  });

  it('a row that follows its own rule is not judged by the scheme (a deduction the baseline would not make)', async () => {
    // The national baseline gives 96% × 20 = 19.2; the row's own rule gives 18.
    const fs = await findings(sheet({ target: '≥100%', actual: '96%', rate: '96%', score: '18', rule: '完成得满分，每低1个百分点扣0.5分' }));
    expect(fs.filter((f) => f.rule === 'performance.indicator-score' || f.rule === 'performance.row-rule-score')).toEqual([]);
  });
});

describe('a sheet total beside a row listed twice', () => {
  it('compares the total with the rows counted once when it is off by more than the duplicate (the duplicate is its own finding)', async () => {
    const list = [...fullIndicators().slice(0, 4), dup('10'), fullIndicators()[4] as CaseIndicator];
    // Weights 100 + 10 = 110 (the duplicate); scores 100 + 10 counted once, total printed 95.
    const fs = await findings(tabSheet({ name: '培训经费', funds: FUNDS, indicators: list, total: '95' }));
    const total = fs.find((f) => f.rule === 'performance.total-sum');
    expect(total?.expected).toBe('100.00');
    expect(total?.message).toMatch(/之和100.00分（重复列出的「业务能力」只计一次；计入则为110.00分）/);
  });

  it('folds the total into a 执行数 ↔ 得分 exchange that explains it once the duplicate is set aside', async () => {
    const { readFile } = await import('node:fs/promises');
    const file = 'test/paraphrase/rongcheng-anhui-shandong-wording.md';
    const row = '\t年度资金总额\t1600\t524.8\t8.44\t10\t1.60%\t0.2\t';
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')).toContain(row);
    const [base, changed] = await Promise.all([checkText(text, { file }), checkText(text.replace(row, '\t年度资金总额\t1600\t524.8\t0.2\t10\t1.60%\t8.44\t'), { file })]);
    const before = new Set(base.findings.map((f) => `${f.rule}|${f.message}`));
    const added = changed.findings.filter((f) => f.severity === 'error' && !before.has(`${f.rule}|${f.message}`));
    expect(added.map((f) => f.rule)).toEqual(['performance.execution-score']);
    expect(added[0]?.message).toContain('疑为两栏数字写反（互换）');
    expect(added[0]?.message).toContain('总分等于各项得分之和');
    // The sheet's low-execution warning and its rate cut off stand as before (the sources say 执行数 8.44).
    expect(changed.findings.filter((f) => f.severity === 'warning' && !before.has(`${f.rule}|${f.message}`))).toEqual([]);
  });
});
