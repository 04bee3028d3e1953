import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';

/**
 * Last year's level said in a clause of its own before the subject ("与2023年度的1,548.16万元相比，财政拨款收、
 * 支总计减少325.48万元"): the base of the change of the subject the next clause names, held to its amounts.
 */
const FISCAL = '四、财政拨款收入支出决算总体情况说明';
const doc = (para: string) => `# 某州某局2024年度部门决算\n\n## ${FISCAL}\n\n${para}\n`;
const TEXT = (prior: string) =>
  `2024年度财政拨款收、支总计均为1,222.68万元。与2023年度的${prior}万元相比，财政拨款收、支总计减少325.48万元，降低21.02%，主要原因是补助资金减少。`;
const arithmetic = <F extends { rule: string; severity: string }>(fs: F[]) => fs.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.'));

describe('last year’s level in a clause of its own before the subject', () => {
  it('is the base of the change of the subject named next', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode(doc(TEXT('1,548.16'))));
    const c = d.claims.filter((x) => x.change?.base).map((x) => [x.subject.key, x.change!.base!.raw, x.change!.amount?.raw]);
    expect(c).toEqual([['fiscal.total', '1,548.16万元', '325.48万元']]);
  });

  it('is no one’s in the sentence after it', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode(doc('2024年度财政拨款收、支总计均为1,222.68万元，与2023年度的1,548.16万元相比。财政拨款收、支总计减少325.48万元。')));
    expect(d.claims.filter((x) => x.change?.base)).toEqual([]);
  });

  it('true text: nothing new', async () => {
    expect(arithmetic((await checkText(doc(TEXT('1,548.16')), { file: 'a.md' })).findings)).toEqual([]);
  });

  it('planted defect: a wrong level is one error naming both figures', async () => {
    const f = arithmetic((await checkText(doc(TEXT('1,558.16')), { file: 'a.md' })).findings);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['arithmetic.change-vs-prior-level', 'error']]);
    expect(f[0]!.message).toContain('1,558.16');
    expect(f[0]!.message).toContain('1548.16');
  });
});

describe('last year’s level in a clause of its own after the subject', () => {
  it('is still the base of the change of the subject the sentence is about', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode(doc('2024年度财政拨款收、支总计均为1,222.68万元，与2023年度的1,548.16万元相比，减少325.48万元，降低21.02%。')));
    expect(d.claims.filter((x) => x.change?.base).map((x) => [x.subject.key, x.change!.base!.raw])).toEqual([['fiscal.total', '1,548.16万元']]);
  });
});
