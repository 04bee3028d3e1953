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

  it('print the tables as other documents lay them out, the same cells', () => {
    const table = ['# 收入决算表', '', '公开02表', '金额单位：万元', '', '项目\t\t本年收入合计', '科目代码\t科目名称\t', '栏次\t\t1', '合 计\t\t13.06', '208\t社会保障和就业支出\t13.06', '2080505\t机关事业单位基本养老保险缴费支出\t13.06', ''].join('\n');
    const lines = (id: string) => (reword(table, byId(id)) as string).split('\n');
    expect(lines('total-foot').slice(8, 11)).toEqual(['208\t社会保障和就业支出\t13.06', '2080505\t机关事业单位基本养老保险缴费支出\t13.06', '合 计\t\t13.06']);
    expect(lines('code-name-space')[10]).toBe('2080505 机关事业单位基本养老保险缴费支出\t\t13.06');
    expect(lines('code-name-joined')[9]).toBe('208社会保障和就业支出\t\t13.06');
    expect(lines('title-biao')[0]).toBe('# 表一 收入决算表');
    expect(lines('title-fujian')[0]).toBe('# 附件1-1 收入决算表');
    expect(lines('no-column-numbers')).not.toContain('栏次\t\t1');
    expect(reword('208\t社会保障和就业支出\t-13.06', byId('negative-paren'))).toBe('208\t社会保障和就业支出\t(13.06)');
    const summary = ['公开01表', '收入\t\t\t支出\t\t', '项目\t行次\t金额\t项目\t行次\t金额', '一、一般公共预算财政拨款收入\t1\t238.67\t一、一般公共服务支出\t32\t0.00', '\t9\t\t九、卫生健康支出\t40\t238.67', '总计\t31\t238.67\t总计\t62\t238.67'].join('\n');
    expect((reword(summary, byId('stacked-01')) as string).split('\n')).toEqual(['公开01表', '项目\t行次\t金额', '收入\t\t', '一、一般公共预算财政拨款收入\t1\t238.67', '总计\t31\t238.67', '支出\t\t', '一、一般公共服务支出\t32\t0.00', '九、卫生健康支出\t40\t238.67', '总计\t62\t238.67']);
  });

  it('number headings otherwise and write the years, the flat change and the share as others do', () => {
    const text = ['第二部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '（一）收入', '1.本年收入', '三、绩效分析\t', '2024年度收入合计238.67万元，占本年收入合计的100%。与2023年度相比，增加0万元，增长0.00%。比上年减少1.00万元。'].join('\n');
    const lines = (id: string) => (reword(text, byId(id)) as string).split('\n');
    // ("1." already numbers a lower level: 一、 stays, （一） becomes （1）.)
    expect(lines('heading-arabic').slice(0, 5)).toEqual(['第2部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '（1）收入', '1.本年收入', '三、绩效分析\t']);
    expect(lines('heading-none').slice(0, 5)).toEqual(['2024年度部门决算情况说明', '收入支出决算总体情况说明', '收入', '1.本年收入', '绩效分析\t']);
    expect(lines('year-nian')[5]).toBe('2024年收入合计238.67万元，占本年收入合计的100%。与2023年相比，增加0万元，增长0.00%。比上年减少1.00万元。');
    expect(lines('prior-number')[5]).toContain('比2023年减少1.00万元');
    expect(lines('prior-word')[5]).toContain('与上年度相比');
    expect(lines('flat')[5]).toContain('与2023年度持平。');
    expect(lines('share-weight')[5]).toContain('占本年收入合计的比重为100%');
    // The glossary's run of numbers only: the report after it, numbered anew, keeps its own.
    const glossary = ['第四部分 名词解释', '1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。', '2.基本支出：指为保障机构正常运转而发生的支出。', '绩效评价报告', '1.履职效能：15分。'].join('\n');
    expect((reword(glossary, byId('glossary-unnumbered')) as string).split('\n').slice(1)).toEqual(['财政拨款收入：指单位从同级财政部门取得的财政预算资金。', '基本支出：指为保障机构正常运转而发生的支出。', '绩效评价报告', '1.履职效能：15分。']);
  });

  it('print totals, zeros, columns, codes and 公开09表 as other tables print them', () => {
    const table = ['# 一般公共预算财政拨款支出决算表', '', '公开05表', '金额单位：万元', '', '项目\t\t本年支出\t\t', '科目代码\t科目名称\t小计\t基本支出\t项目支出', '栏次\t\t1\t2\t3', '合计\t\t13.06\t13.06\t0.00', '208\t社会保障和就业支出\t13.06\t13.06\t0.00', '2080505\t机关事业单位基本养老保险缴费支出\t13.06\t13.06\t0.00', ''].join('\n');
    const lines = (id: string) => (reword(table, byId(id)) as string).split('\n');
    expect(lines('total-zongji')[8]).toBe('总计\t\t13.06\t13.06\t0.00');
    expect(lines('total-spaced')[8]).toBe('合\u3000\u3000计\t\t13.06\t13.06\t0.00');
    expect(lines('zero-0')[9]).toBe('208\t社会保障和就业支出\t13.06\t13.06\t0');
    // (The 栏次 row keeps its numbers in the order printed.)
    expect(lines('project-first').slice(6, 10)).toEqual(['科目代码\t科目名称\t小计\t项目支出\t基本支出', '栏次\t\t1\t2\t3', '合计\t\t13.06\t0.00\t13.06', '208\t社会保障和就业支出\t13.06\t0.00\t13.06']);
    expect(lines('bare-column-numbers')[7]).toBe('\t\t1\t2\t3');
    expect(lines('names-no-codes').slice(6, 11)).toEqual(['科目名称\t小计\t基本支出\t项目支出', '栏次\t1\t2\t3', '合计\t13.06\t13.06\t0.00', '社会保障和就业支出\t13.06\t13.06\t0.00', '\u3000\u3000机关事业单位基本养老保险缴费支出\t13.06\t13.06\t0.00']);
    const nine = ['公开09表', '金额单位：万元', '预算数\t\t\t\t\t\t决算数\t\t\t\t\t', '合计\t因公出国（境） 费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境） 费\t公务用车购置及运行维护费\t\t\t公务接待费', '\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t', '1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12', '0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.90\t0.00\t0.00\t0.00\t0.00\t0.90'].join('\n');
    expect((reword(nine, byId('table09-rows')) as string).split('\n').slice(2)).toEqual(['项目\t预算数\t决算数', '合计\t0.94\t0.90', '因公出国（境）费\t0.00\t0.00', '公务用车购置及运行维护费\t0.00\t0.00', '其中：公务用车购置费\t0.00\t0.00', '公务用车运行维护费\t0.00\t0.00', '公务接待费\t0.94\t0.90']);
  });

  it('say rates approximately, the prior year as 较2023年度决算, lists ①②③, and sections in another order', () => {
    const prose = '2024年度收入合计1013.06万元，比上年增加4.80万元，增长9.30%。其中：基本支出816.48万元，占35.81%。一是加强管理；二是节约开支。';
    expect(reword(prose, byId('rate-about'))).toBe('2024年度收入合计1013.06万元，比上年增加4.80万元，增长约9%。其中：基本支出816.48万元，约占36%。一是加强管理；二是节约开支。');
    expect(reword(prose, byId('rate-bound'))).toBe('2024年度收入合计1013.06万元，比上年增加4.80万元，增长超过9%。其中：基本支出816.48万元，占近36%。一是加强管理；二是节约开支。');
    expect(reword(prose, byId('final-prior'))).toContain('较2023年度决算增加4.80万元');
    expect(reword(prose, byId('split-sentence'))).toContain('收入合计1013.06万元。与上年相比，增加4.80万元');
    expect(reword(prose, byId('circled-list'))).toContain('。①加强管理；②节约开支。');
    const text = ['第二部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', 'A', '二、收入决算情况说明', 'B', '三、支出决算情况说明', 'C', '四、财政拨款收入支出决算总体情况说明', 'D'].join('\n');
    expect((reword(text, byId('sections-swapped')) as string).split('\n').slice(3, 7)).toEqual(['二、支出决算情况说明', 'C', '三、收入决算情况说明', 'B']);
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
