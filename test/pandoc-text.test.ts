import { describe, expect, it } from 'vitest';
import { checkFile, checkText } from '../src/check.js';

const fixture = (name: string) => new URL(`./fixtures/pandoc-text/rongcheng-composed.${name}`, import.meta.url).pathname;
// The composed draft's own errors, as its DOCX gives them.
const DRAFT_ERRORS = ['narrative-table.basic-06', 'narrative.basic-split', 'narrative.detail-sum', 'template.placeholder'];

describe('a Word file written out as text by pandoc', () => {
  it.each(['pandoc-plain.txt', 'pandoc-markdown.md', 'pandoc-gfm.md'])('%s: all nine tables read, and the Word file\'s errors', async (name) => {
    const r = await checkFile(fixture(name));
    expect(r.coverage.tablesFound).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    const errors = [...new Set(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
    expect(errors).toEqual(DRAFT_ERRORS);
    // Markdown's bold is no placeholder "**".
    expect(r.findings.filter((f) => f.rule === 'template.placeholder' && f.message.includes('**'))).toEqual([]);
  });
});

describe('a text file made a Word file and written out again by pandoc', () => {
  const guangyuan = (name: string) => new URL(`./fixtures/pandoc-text/guangyuan-city-2024.${name}`, import.meta.url).pathname;
  const sample = new URL('../samples/guangyuan-city-2024.txt', import.meta.url).pathname;
  const byRule = (r: Awaited<ReturnType<typeof checkFile>>) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule}`).sort();

  it.each(['pandoc-plain.txt', 'pandoc-gfm.md'])('%s: wrapped clauses, lone item numbers and cut markers read as written; the sample\'s own findings', async (name) => {
    const [copy, source] = [await checkFile(guangyuan(name)), await checkFile(sample)];
    // Before: a false class-sum error (items 2 and 3 wrapped over three lines unread), five false
    // sub-score errors (items "1." / "项目决策…" unread) and two sections missing (their headings cut by a marker).
    expect(byRule(copy)).toEqual(byRule(source));
  });
});

describe('markup in a text', () => {
  it('keeps a line of dashes inside a sentence as text', async () => {
    const r = await checkText('# 某局2024年度部门决算\n\n说明：本表金额 --- 以万元计。\n', { file: 'x.txt' });
    expect(r.lines.some((l) => l.text.includes('---'))).toBe(true);
  });

  it('reads no figure from a picture\'s inline HTML, and keeps the lines after it numbered as written', async () => {
    const text = [
      '# 某市某局2024年度部门决算', '', '# 第三部分 2024年度部门决算情况说明', '', '## 一、收入支出决算总体情况说明', '',
      '2024年度收、支总计均为238.67万元。与2023年度相比，收、支总计各减少92.61万元，下降27.96%。', '',
      '<img src="media/image1.png" title="图1 收、支总计变动情况"', 'style="width:5.90625in;height:2.95833in" alt="图1 收、支总计变动情况" />', '',
      '图1 收、支总计变动情况', '', '## 二、收入决算情况说明', '', '本年收入合计238.67万元。', '',
    ].join('\n');
    const r = await checkText(text, { file: 'x.md' });
    // Before: the picture's height was read as the totals' second figure (a same-subject and a unit error).
    expect(r.findings.filter((f) => f.message.includes('2.95833'))).toEqual([]);
    expect(r.lines.find((l) => l.text.startsWith('本年收入合计'))?.location.line).toBe(16);
  });
});
