import { describe, expect, it } from 'vitest';
import { checkFile, checkText } from '../src/check.js';

const fixture = new URL('./fixtures/text-rules/rongcheng-composed.pandoc-plain.txt', import.meta.url).pathname;

describe('a text whose tables are ruled with lines of dashes', () => {
  it('reads all nine tables, and gives the findings of the Word file it was written from', async () => {
    const r = await checkFile(fixture);
    expect(r.coverage.tablesFound).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    const errors = [...new Set(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
    expect(errors).toEqual(['narrative-table.basic-06', 'narrative.basic-split', 'narrative.detail-sum', 'template.placeholder']);
  });

  it('keeps a line of dashes inside a sentence as text', async () => {
    const r = await checkText('# 某局2024年度部门决算\n\n说明：本表金额 --- 以万元计。\n', { file: 'x.txt' });
    expect(r.lines.some((l) => l.text.includes('---'))).toBe(true);
  });
});
