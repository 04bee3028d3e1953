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

  it('reads a project named in quotes, whatever its words, and the spending said as 执行 alone', async () => {
    const quotes = await quotesOf('十三、预算绩效情况说明\n中央对地方转移支付项目“2024年医疗服务与保障能力提升补助资金（上级）”全年预算数16.67万元，执行数16.67万元，执行率100%。\n（3）基层医保工作站经费：全年预算49万元，执行5.6万元，执行率11.43%，自评得分91.14分。\n');
    expect(quotes.map((q) => [q.name, q.fullBudget?.value, q.executed?.value, q.rate?.value])).toEqual([
      ['2024年医疗服务与保障能力提升补助资金（上级）', '16.67', '16.67', '100'],
      ['基层医保工作站经费', '49', '5.6', '11.43'],
    ]);
  });

  it('planted defects in such lines are found with both figures; the true text gives nothing new', async () => {
    const file = 'test/paraphrase/rongcheng-guangdong-fujian-wording.md';
    const text = await readFile(file, 'utf8');
    const said = '”全年预算数16.67万元，执行数16.67万元';
    expect(text).toContain(said);
    const slip = await checkText(text.replace(said, said.replace(/执行数16.67/, '执行数16.76')), { file: 'slip.md' });
    expect(slip.findings.filter((f) => f.rule === 'performance.quote-consistency' && f.severity === 'error').map((f) => [f.actual, f.expected])).toEqual([['16.76', '16.67']]);
    const same = await checkText(text, { file: 'same.md' });
    expect(same.findings.filter((f) => f.rule === 'performance.quote-consistency' && f.severity !== 'info')).toEqual([]);
    const other = await readFile('test/paraphrase/rongcheng-anhui-shandong-wording.md', 'utf8');
    expect(other).toContain('执行5.6万元');
    const wrong = await checkText(other.replace('执行5.6万元', '执行6.6万元'), { file: 'wrong.md' });
    expect(wrong.findings.filter((f) => f.rule === 'performance.quote-consistency' && f.severity === 'error').map((f) => [f.actual, f.expected])).toEqual([['6.6', '5.6']]);
  });
});
