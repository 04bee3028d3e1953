import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';
import { readStatements } from './quotes.js';

const statements = async (sentence: string) => {
  const doc = await extractBytes('s.txt', new TextEncoder().encode(`某某局2024年度部门决算\n一、预算绩效管理情况\n${sentence}\n`));
  return readStatements(doc).map((s) => [s.group, s.count, s.reports, s.unspecified?.value ?? null]);
};

describe('how many sheets or reports the explanation says there are', () => {
  it('a count after the name: "专项预算项目绩效自评报告3份"', async () => {
    expect(await statements('本部门组织开展绩效自评，形成部门整体绩效评价报告1份，专项预算项目绩效自评报告3份。')).toEqual([['project', 3, true, null]]);
  });

  it('"等6个项目绩效自评结果"', async () => {
    expect(await statements('公开甲项目等6个项目绩效自评结果。')).toEqual([['project', 6, false, null]]);
  });

  it('"共涉及项目8个，资金3778.51万元": the count and the funds said after it', async () => {
    expect(await statements('本单位组织对2024年度市级预算项目支出全面开展绩效自评，共涉及项目8个，资金3778.51万元。')).toEqual([['project', 8, false, '3778.51']]);
  });
});
