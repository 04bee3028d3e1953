import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { more, REWORDINGS, reword, serious } from '../bench/reword/rewordings.js';
import { checkText } from '../src/check.js';

const byId = (id: string) => REWORDINGS.find((r) => r.id === id)!;

describe('rewordings that must not change the findings (npm run reword)', () => {
  it('rewrite prose lines only, the way other documents write the same figures', () => {
    const prose = '本部门2024年度收入总计2280.29万元，比上年减少219.28万元，下降8.77%。';
    expect(reword(prose, byId('thousands'))).toBe('本部门2024年度收入总计2,280.29万元，比上年减少219.28万元，下降8.77%。');
    expect(reword(prose, byId('spaced'))).toBe('本部门2024年度收入总计2280.29 万元，比上年减少219.28 万元，下降8.77 %。');
    expect(reword(prose, byId('self'))).toContain('本单位2024年度');
    expect(reword('2080505\t机关事业单位基本养老保险缴费支出\t71.09', byId('spaced'))).toBeNull();
  });

  it('wrap never inside a number nor between a number and its unit, and leave a wrapped text alone', () => {
    const long = `${'某'.repeat(30)}，支出决算为1,238.51万元，完成年初预算的110.54%，主要原因是追加预算。`;
    const lines = (reword(long, byId('wrapped')) as string).split('\n');
    expect(lines.join('')).toBe(long);
    expect(lines.some((l) => /\d$/.test(l) && /^[\d.,万元%]/.test(lines[lines.indexOf(l) + 1] ?? ''))).toBe(false);
    expect(reword(lines.join('\n'), byId('wrapped'))).toBeNull();
  });

  it('give a document the same errors and warnings, each rewording', async () => {
    const file = 'test/paraphrase/rongcheng-other-wording-2.md';
    const text = readFileSync(file, 'utf8');
    const base = serious((await checkText(text, { file })).findings);
    for (const r of REWORDINGS) {
      const v = reword(text, r);
      if (v == null) continue;
      const got = serious((await checkText(v, { file })).findings);
      expect([more(got, base), more(base, got)], r.id).toEqual([[], []]);
    }
  });
});
