import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

// An evaluation report with two levels of sub-scores: 预算管理 is a part of 总体绩效 and has parts of its own.
const report = (budgetMgmt: string, compile: string) =>
  [
    '某某局部门整体支出绩效评价报告',
    '三、部门预算绩效分析',
    '（一）部门预算总体绩效分析（得分40分）',
    '1. 履职效能（18分）',
    '（1）履职情况。各项工作按计划完成，此项得18分。',
    `2. 预算管理（${budgetMgmt}分）`,
    `（1）预算编制质量。年初预算编制完整，此项得${compile}分。`,
    '（2）支出执行进度。执行进度符合要求，此项得6分。',
    '四、评价结论',
    '综合评价，该部门整体支出得分为40分。',
  ].join('\n\n');

const subScores = async (t: string) => (await checkText(t)).findings.filter((f) => f.rule === 'performance.sub-scores' && f.severity !== 'info');

describe('a sub-score that breaks the sum above it and the sum below it', () => {
  it('is one finding naming it, when both sums give it the same value', async () => {
    const fs = await subScores(report('12', '16'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.actual).toBe('12');
    expect(fs[0]?.expected).toBe('22.00');
    expect(fs[0]?.message).toContain('「预算管理」12分有误');
  });

  it('stays two findings when the two sums give it different values', async () => {
    const fs = await subScores(report('12', '10'));
    expect(fs.length).toBe(2);
  });
});

describe('a score written only as "（N分）" after an item’s name', () => {
  // "2. 预算管理（N分）" may give the item's score or its full mark: its items scoring less are no proof.
  const withTotal = (budgetMgmt: string, compile: string, total: string) => report(budgetMgmt, compile).replace('得分为40分', `得分为${total}分`);

  it('is not called wrong when its items make less (it may be the full mark)', async () => {
    // 预算管理（22分）, its items 14 + 6 = 20, the total 38 = 18 + 20: the 22 may be the full mark.
    const fs = await subScores(withTotal('22', '14', '38').replace('（得分40分）', '（得分38分）'));
    expect(fs).toEqual([]);
    const all = (await checkText(withTotal('22', '14', '38').replace('（得分40分）', '（得分38分）'))).findings.filter((f) => f.rule === 'performance.sub-scores');
    expect(all.some((f) => f.severity === 'info' && f.message.includes('可能是该项满分'))).toBe(true);
  });

  it('is wrong either way when its items make more', async () => {
    const fs = await subScores(report('12', '16'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).toContain('「预算管理」12分有误');
  });
});
