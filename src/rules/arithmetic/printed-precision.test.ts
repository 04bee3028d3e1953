import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

// An amount is read at the precision it is printed to: an explanation that rounds its 万元 amounts
// (its rates still worked out from the exact ones) is no error, a slip beyond the rounding still is.
const doc = (body: string) => `# 某局2024年度部门决算\n\n## 九、财政拨款“三公”经费支出决算情况说明\n\n${body}\n`;
const serious = async (body: string) =>
  (await checkText(doc(body), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && (f.rule.startsWith('arithmetic.') || f.rule.startsWith('narrative.three')));

describe('amounts read at the precision printed', () => {
  it('takes rates worked out from the exact amounts as right beside amounts rounded to one decimal', async () => {
    // 7.65 / 7.32 / 0.34, changes 4.37 / 4.41 / −0.04: said as 7.7, 7.3, 0.3, 4.4, 4.4, 0.0.
    const body =
      '2024年度财政拨款“三公”经费支出7.7万元，比上年增加4.4万元，增长132.83%。其中：因公出国（境）费支出0万元；公务用车购置及运行维护费支出7.3万元，占95.69%，比上年增加4.4万元，增长151.55%；公务接待费支出0.3万元，占4.44%，比上年减少0.0万元，下降10.53%。';
    expect((await serious(body)).map((f) => `${f.rule} ${f.message}`)).toEqual([]);
  });

  it('still finds a rate that no rounding of the amounts gives', async () => {
    const body = '2024年度财政拨款“三公”经费支出7.7万元，比上年增加4.4万元，增长152.83%。';
    const f = (await serious(body)).find((x) => x.rule === 'arithmetic.change-rate');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('152.83%');
  });

  it('reads a zero printed short as none: a total above its items by more than their rounding is an error', async () => {
    const body =
      '2024年度财政拨款“三公”经费支出12.04万元，比上年减少2.01万元。其中：因公出国（境）费支出0万元，比上年增加0万元；公务用车购置及运行维护费支出4.04万元，比上年减少1.52万元；公务接待费支出8.00万元，比上年增加0万元。';
    const f = (await serious(body)).find((x) => x.rule === 'arithmetic.change-sum');
    expect(f?.severity).toBe('error');
  });

  it('reads a zero printed short as less than half a 万元 in a text that rounds, though it keeps an amount to 0.01', async () => {
    // 公务接待费 0.34 said as 0万元 (13.16% of 2.58 said as 3), its part 0.40 too small to round.
    const body =
      '“三公”经费支出年初预算为11万元，支出决算为3万元，比上年减少20万元。其中：公务用车购置及运行维护费3万元，占86.84%，比上年减少20万元；公务接待费0万元，占13.16%，国内公务接待0.40万元，接待2批次、24人次。';
    const got = (await checkText(doc(body), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(?:arithmetic|count|narrative)\./.test(f.rule));
    expect(got.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
  });

  it('finds a share of a zero printed short in a text whose amounts keep two decimals', async () => {
    const body = '“三公”经费支出2.58万元。其中：公务用车购置及运行维护费2.58万元，占86.84%；公务接待费0万元，占13.16%。';
    const f = (await serious(body)).find((x) => x.rule === 'arithmetic.share' && x.message.includes('13.16%'));
    expect(f?.severity).toBe('error');
  });

  it('finds a rate cut off on a last-year level printed to one decimal, where the change fits the levels', async () => {
    const body = '2024年度财政拨款收支总计707.02万元。与2023年816.4万元相比，财政拨款收支总计各减少109.38万元，下降13.39%。';
    const f = (await checkText(`# 某局2024年度部门决算\n\n## 四、财政拨款收入支出决算总体情况说明\n\n${body}\n`, { file: 'a.md' })).findings.find((x) => x.rule === 'arithmetic.change-rate');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('截断');
  });

  it('does not call two amounts printed alike to one decimal equal when the text says one is the smaller', async () => {
    const body = '公务用车运行维护费全年预算数15.0万元，决算数15.0万元，决算数小于预算数，主要原因是厉行节约。';
    expect((await serious(body)).filter((f) => f.rule === 'arithmetic.budget-comparison')).toEqual([]);
  });
});
