import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.js';

/*
 * Text copied out of a PDF is hard-wrapped: one sentence runs over three or four lines, and a
 * paragraph over more. A finding must point at the line where its words or figures stand, not at
 * the line where their sentence (or paragraph) starts: that is where a reviewer looks.
 */
const text = [
  '上海市某区某局2025年度部门决算',
  '',
  '第三部分 2025年度部门决算情况说明',
  '',
  '七、财政拨款“三公”经费支出决算情况说明',
  '2025 年度“三公”经费财政拨款支出决算数为 3.03 万元，比 2024',
  '年度减少 19.66 万元，下降 86.61%，其中：因公出国（境）费支',
  '出决算为 0.00 万元，与 2024 年持平；公务用车购置及运行维护',
  '费支出决算为 2.63 万元，减少 20.06 万元，下降 88.41%；公务接',
  '待费支出决算为 0.40 万元，增加 0.40 万元，下降 100%。因公出国',
  '（境）费支出持平的主要原因是 2025 年未发生因公出国（境）。',
  '',
  '八、机关运行经费支出说明',
  '2025 年度机关运行经费支出 185.41 万元，比 2024 年度增加 4.68',
  '万元，增长 2.59%。主要原因是办公费增加。公务用车运行维护费',
  '支出 12.00 万元，与 2024 年持平。主要原因是车辆减少，运行费',
  '用减少。（说明原因）',
  '',
].join('\n');

const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('findings in hard-wrapped text', () => {
  it('stand on the line of the words and figures they are about', async () => {
    const { findings } = await checkText(text, { file: 'a.txt' });
    const at = (rule: string) => findings.find((f) => f.rule === rule)?.locations[0]?.line;
    // 公务接待费's own clause, four lines below the start of the sentence that lists it.
    expect(at('arithmetic.change-direction')).toBe(lineOf('下降 100%'));
    expect(at('arithmetic.rate-undefined')).toBe(lineOf('下降 100%'));
    // The instruction at the end of a paragraph of four lines.
    expect(at('template.instruction')).toBe(lineOf('（说明原因）'));
    // The 持平 of a sentence that starts in the middle of its paragraph.
    expect(at('arithmetic.flat-with-reason')).toBe(lineOf('与 2024 年持平。'));
  });

  it('a rate missing its % stands on the line of its figure, not of the words before it', async () => {
    const wrapped = ['某区某局2025年度部门决算', '', '五、一般公共预算财政拨款支出决算情况说明', '2025年度一般公共预算财政拨款支出年初预算为100.00万元，支出决算为98.20万元，完成年初预算的', '98.20。决算数小于预算数的主要原因是节约开支。', ''].join('\n');
    const { findings } = await checkText(wrapped, { file: 'a.txt' });
    const missing = findings.find((f) => f.rule === 'year-unit.rate-without-percent');
    expect(missing?.locations[0]?.line).toBe(5);
  });

  it('a sentence that starts on a later line of its paragraph is read with the reason after it', async () => {
    const { findings } = await checkText(text, { file: 'a.txt' });
    const flat = findings.find((f) => f.rule === 'arithmetic.flat-with-reason');
    expect(flat?.message).toContain('公务用车运行维护费');
    expect(flat?.message).toContain('减少');
  });

  it('the copied Putuo account places a slip in its wrapped 三公 sentence on its own line', async () => {
    const file = 'test/corpus/putuo-culture-tourism-2025.copied.txt';
    const source = await readFile(file, 'utf8');
    const lines = source.split('\n');
    const k = lines.findIndex((l) => /^增长 100%。/.test(l));
    expect(k).toBeGreaterThan(0);
    lines[k] = (lines[k] as string).replace('增长 100%', '下降 100%');
    const { findings } = await checkText(lines.join('\n'), { file: 'putuo.copied.txt' });
    const flip = findings.find((f) => f.rule === 'arithmetic.change-direction');
    expect(flip?.locations[0]?.line).toBe(k + 1);
  });

  it('an item’s amount that its table contradicts is found on the amount’s own line', async () => {
    const file = 'test/corpus/putuo-eco-env-2025.copied.txt';
    const lines = (await readFile(file, 'utf8')).split('\n');
    const k = lines.findIndex((l) => l.includes('支出决算为 51.98 万元'));
    expect(k).toBeGreaterThan(0);
    lines[k] = (lines[k] as string).replace('51.98', '519.8');
    const { findings } = await checkText(lines.join('\n'), { file: 'putuo.copied.txt' });
    const item = findings.find((f) => f.rule === 'narrative-table.item-05' && f.actual === '519.8万元');
    expect(item?.locations[0]?.line).toBe(k + 1);
  });
});
