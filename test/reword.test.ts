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

  it('rewrite table cells as other tables print the same account, and nothing else', () => {
    const table = ['# 收入决算表', '', '金额单位：万元', '', '项目\t\t本年收入合计\t财政拨款收入', '科目代码\t科目名称\t\t', '208\t社会保障和就业支出\t1013.06\t0.00', '2080505\t机关事业单位基本养老保险缴费支出\t1013.06\t0.00', '', '本部门2024年度收入合计1013.06万元，比上年增加4.80万元，增长9.30%。'].join('\n');
    const row = (id: string, n: number) => (reword(table, byId(id)) as string).split('\n')[n];
    expect(row('zero-blank', 6)).toBe('208\t社会保障和就业支出\t1013.06\t');
    expect(row('zero-dash', 6)).toBe('208\t社会保障和就业支出\t1013.06\t-');
    expect(row('table-thousands', 7)).toBe('2080505\t机关事业单位基本养老保险缴费支出\t1,013.06\t0.00');
    expect(row('code-spaced', 7)).toBe('208 05 05\t机关事业单位基本养老保险缴费支出\t1013.06\t0.00');
    expect(row('name-indent', 7)).toBe('2080505\t\u3000\u3000机关事业单位基本养老保险缴费支出\t1013.06\t0.00');
    expect(row('unit-line', 2)).toBe('单位：万元');
    expect(row('unit-title', 0)).toBe('# 收入决算表（单位：万元）');
    // In 元 to the fen, the prose still in 万元.
    const yuan = (reword(table, byId('yuan-tables')) as string).split('\n');
    expect([yuan[2], yuan[6], yuan[9]]).toEqual(['金额单位：元', '208\t社会保障和就业支出\t10130600.00\t0.00', '本部门2024年度收入合计1013.06万元，比上年增加4.80万元，增长9.30%。']);
    expect(row('two-line-headers', 4)).toBe('项目\t\t本年收\t财政拨');
    expect(row('two-line-headers', 5)).toBe('\t\t入合计\t款收入');
    expect((reword(table, byId('code-columns')) as string).split('\n').slice(4, 9)).toEqual(['项目\t\t\t\t本年收入合计\t财政拨款收入', '科目代码\t\t\t科目名称\t\t', '类\t款\t项\t\t\t', '208\t\t\t社会保障和就业支出\t1013.06\t0.00', '\t\t05\t机关事业单位基本养老保险缴费支出\t1013.06\t0.00']);
    expect(row('rate-first', 9)).toBe('本部门2024年度收入合计1013.06万元，比上年增长9.30%，增加4.80万元。');
    expect(row('tongbi', 9)).toBe('本部门2024年度收入合计1013.06万元，同比增加4.80万元，增长9.30%。');
    expect(row('yushangnian', 9)).toBe('本部门2024年度收入合计1013.06万元，与上年相比，增加4.80万元，增长9.30%。');
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
