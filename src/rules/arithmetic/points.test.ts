import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

async function points(para: string) {
  const text = `# 某某局2024年度部门决算\n\n## 三、支出决算情况说明\n\n${para}\n`;
  return (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'arithmetic.percentage-points').map((f) => `${f.severity} ${f.message}`);
}

describe('a 个百分点 is checked only with both percentages printed beside it', () => {
  it.each([
    // No last year's percentage: nothing proves the points.
    '项目支出占本年支出合计的64.19%，比上年提高30.16个百分点。',
    '执行率为98.50%，较上年提高3个百分点。',
    // Compared with the budget's share, or with a year after the report's: not last year's.
    '项目支出占本年支出合计的比重较年初预算时的34.03%提高40.16个百分点。',
    '项目支出占本年支出合计的64.19%，比2025年的34.03%提高40.16个百分点。',
    // The move and the points said in opposite directions: the sentence says neither.
    '比重由上年的42.96%提高到65.94%，下降22.98个百分点。',
  ])('%s', async (para) => {
    expect(await points(para)).toEqual([]);
  });

  it('planted in a copy of a paraphrase of the Rongcheng sample', async () => {
    const text = readFileSync(new URL('../../../test/paraphrase/rongcheng-qinghai-numbers-wording.md', import.meta.url), 'utf8');
    const said = '占支出合计的比重由上年的42.96%提高到65.94%，提高22.98个百分点';
    expect(text).toContain(said);
    const rule = async (t: string) => (await checkText(t, { file: 'r.md' })).findings.filter((f) => f.rule === 'arithmetic.percentage-points').map((f) => f.message);
    expect(await rule(text)).toEqual([]);
    expect(await rule(text.replace(said, said.replace('提高22.98', '提高23.98')))).toEqual(['本年65.94%与所比的42.96%相差22.98个百分点，说明写“提高23.98个百分点”']);
  });
});
