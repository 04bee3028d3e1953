import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

/*
 * The explanation's list of projects' execution, without their scores ("其中，扩面征收项目经费全年预算数为
 * 9.93万元，执行数为9.20万元，完成预算的92.65%；长期护理保险工作经费…"), is held to the projects' sheets.
 */
const REWRITE = 'test/paraphrase/changji-hubei-jiangsu-henan-wording.txt';
const LIST = '扩面征收项目经费全年预算数为9.93万元，执行数为9.20万元，完成预算的92.65%';

async function quotesOf(text: string) {
  const doc = await extractBytes('list.txt', new TextEncoder().encode(text));
  return doc.performance.quotes.filter((q) => q.source === 'narrative');
}

describe('a list of projects\' execution in the explanation', () => {
  it('reads each project\'s budget, spending and rate', async () => {
    const quotes = await quotesOf(`十三、预算绩效情况说明\n其中，${LIST}；长期护理保险工作经费全年预算5.00万元，执行4.17万元，执行率83.40%，其余9个项目执行率均为100%。\n`);
    expect(quotes.map((q) => [q.name, q.fullBudget?.value, q.executed?.value, q.rate?.value])).toEqual([
      ['扩面征收项目经费', '9.93', '9.20', '92.65'],
      ['长期护理保险工作经费', '5.00', '4.17', '83.40'],
    ]);
  });

  it('reads no project from a sentence about the year or the department', async () => {
    const quotes = await quotesOf('十三、预算绩效情况说明\n本年全年预算数为682.26万元，执行数为680.70万元，完成预算的99.77%。本局全年预算数为9.93万元，执行数为9.20万元。\n');
    expect(quotes).toEqual([]);
  });

  it('finds a rate in the list that differs from the project\'s sheet, and none when it agrees', async () => {
    const text = await readFile(REWRITE, 'utf8');
    expect(text).toContain(LIST);
    const slip = await checkText(text.replace(LIST, LIST.replace('92.65%', '93.65%')), { file: 'slip.txt' });
    const found = slip.findings.filter((f) => f.rule === 'performance.quote-consistency');
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([['error', '93.65%', '92.65%']]);
    const same = await checkText(text, { file: 'same.txt' });
    expect(same.findings.filter((f) => f.rule === 'performance.quote-consistency')).toEqual([]);
  });
});
