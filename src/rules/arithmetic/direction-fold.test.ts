import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * One direction word written the wrong way round (增加 for 减少) is one finding: the contradiction of the
 * direction words, with the rate that fits only the other direction and the total's change that adds
 * up only with the other direction folded into it ("不再另报"), their places kept.
 */
const doc = (heading: string, ...paras: string[]) => `# 某区某局2025年度部门决算\n\n## ${heading}\n\n${paras.join('\n\n')}\n`;
const errors = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.'));
const TOTAL = '一、收入支出决算总体情况说明';
const TP = '七、财政拨款“三公”经费支出决算情况说明';
const threePublic = (whole: string, reception: string) =>
  doc(TP, `2025年度“三公”经费财政拨款支出2.75万元，较上年度${whole}0.78万元，下降22.1%。其中：因公出国（境）费支出0万元，与上年持平；公务用车购置及运行维护费支出0万元，与上年持平；公务接待费支出2.75万元，比上年${reception}0.78万元，下降22.1%。`);

describe('a flipped direction word', () => {
  it('said once for two subjects (各…各…): one finding naming both', async () => {
    const found = await errors(doc(TOTAL, '2025年度收入总计800.00万元，支出总计760.00万元。与2024年度相比，收入总计、支出总计各增加200.00、160.00万元，各下降33.33%、26.67%。'));
    expect(found.filter((f) => f.rule === 'arithmetic.change-direction')).toHaveLength(1);
    expect(found.find((f) => f.rule === 'arithmetic.change-direction')?.message).toMatch(/「收入总计」.*「支出总计」/);
  });

  it('of a whole whose last year’s amount is stated: its parts’ changes adding up the other way are folded into it', async () => {
    const found = await errors(doc(TP, '2025年“三公”经费决算支出数为1957.23万元,较2024年决算数1953.72万元减少3.51万元。其中,因公出国(境)费65.98万元,增加53.75万元;公务接待费918.50万元,减少58.80万元;公务用车购置及运行维护费972.75万元,增加8.56万元。'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-vs-prior-level']);
    expect(found[0]?.message).toContain('各部分变动额之和');
  });

  it('of a 三公 total with an item at 0 this year: the bound on its change, holding the other way, is folded into it', async () => {
    const found = await errors(doc(TP, '2025年度全镇“三公”经费40.14万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费30.95万元，公务接待费9.19万元。经比较，2025年度“三公”经费较上年增加2.97万元，下降6.89%。其中：公务用车购置及运行维护费较上年减少1.33万元；公务接待费较上年减少1.64万元。'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
  });

  it('in two clauses of one sentence, each with its own words: two findings', async () => {
    const found = await errors(doc(TOTAL, '2025年度收入总计800.00万元，支出总计760.00万元。与2024年度相比，收入总计增加200.00万元，下降33.33%；支出总计减少160.00万元，增长26.67%。'));
    expect(found.filter((f) => f.rule === 'arithmetic.change-direction')).toHaveLength(2);
  });

  it('of the amount: the direction is the one finding, the rate that fits the other direction is folded into it', async () => {
    const found = await errors(doc(TOTAL, '2025年度收入支出总计166.45万元。与2024年度相比，收入支出总计增加22.50万元，下降11.91%。主要原因是厉行节约。'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
    expect(found[0]?.message).toContain('不再另报');
    expect(found[0]?.message).toContain('11.91%');
  });

  it('of a 三公 item: the total’s change that adds up only with the other direction is folded in as well', async () => {
    const found = await errors(threePublic('减少', '增加'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
    expect(found[0]?.message).toContain('变动额之和');
    expect(found[0]?.locations.length).toBeGreaterThan(1);
  });

  it('of the 三公 total: one finding as well', async () => {
    const found = await errors(threePublic('增加', '减少'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
  });

  it('leaves a rate that fits neither direction a finding of its own', async () => {
    const found = await errors(doc(TOTAL, '2025年度收入支出总计166.45万元。与2024年度相比，收入支出总计增加22.50万元，下降30.00%。'));
    expect(found.map((f) => f.rule).sort()).toEqual(['arithmetic.change-direction', 'arithmetic.change-rate']);
  });

  it('both words flipped (no contradiction): the rate alone, saying the direction may be wrong', async () => {
    const found = await errors(doc(TOTAL, '2025年度收入支出总计166.45万元。与2024年度相比，收入支出总计增加22.50万元，增长11.91%。'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-rate']);
    expect(found[0]?.message).toContain('方向词');
  });
});

describe('both direction words of the 三公 total written the wrong way round', () => {
  it('is one finding, the rate’s, with the total’s change against its parts folded in', async () => {
    const found = await errors(threePublic('增加', '减少').replace('增加0.78万元，下降22.1%', '增加0.78万元，增长22.1%'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-rate']);
    expect(found[0]?.message).toContain('与各部分变动额之和-0.78万元相符');
  });
});

it('a direction word proved wrong by the level printed beside it takes in "the increase exceeds this year’s amount"', async () => {
  const text = '# 某区某局2024年度部门决算\n\n## 三、支出决算情况说明\n\n项目支出81.29万元，较2023年的188.95万元增加107.66万元，主要是特殊群体医疗费部分未结算。\n';
  const r = await checkText(text, { file: 'a.md' });
  const errors = r.findings.filter((f) => f.severity === 'error' && f.category === 'arithmetic');
  expect(errors.map((f) => f.rule)).toEqual(['arithmetic.change-vs-prior-level']);
  expect(errors[0]?.message).toContain('不再另报');
});

describe('a flipped direction word under a rate that is right the other way', () => {
  it('a rate that only looks cut off as read with the wrong word is folded into the direction finding', async () => {
    const found = (await checkText(doc('八、机关运行经费支出说明', '2025年度我局机关运行经费为1093300元，比2024年度增加5300元，下降0.48%，与上年基本持平。'), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
    expect(found[0]?.message).toContain('“截断所得”出于方向词写反');
  });
});

describe('a flipped direction word beside the two levels it is the difference of', () => {
  it('the levels saying the same as the other word are folded into the direction finding', async () => {
    const found = (await checkText(doc('八、机关运行经费支出说明', '2025年度机关运行经费支出1,093,300.00元，比上年决算数1,098,600.00元增加5,300.00元，降低0.48%，主要原因是厉行节约。'), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
    expect(found[0]?.message).toContain('亦说明方向词写反');
  });
});

describe('a flipped direction word in one of two statements of a change', () => {
  it('the two last years that differ only as read with the wrong word are folded into the direction finding', async () => {
    const text = doc('七、财政拨款“三公”经费支出决算情况说明', '2025年度“三公”经费财政拨款支出决算中，公务接待费支出决算为2.75万元，比2024年增加0.78万元，下降22.1%。', '3. 公务接待费支出2.75万元，较2024年公务接待费减少0.78万元，下降22.1%，主要原因是压减接待。');
    const found = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && /^(arithmetic|narrative)\./.test(f.rule));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.change-direction']);
    expect(found[0]?.message).toContain('两处上年数不一亦出于方向词写反');
  });
});

describe('持平 written for a change printed beside its two levels', () => {
  it('the levels that differ are folded into the 持平 finding', async () => {
    const text = doc('十、机关运行经费支出说明', '本单位2025年度机关运行经费支出11.23万元，比年初预算13.04万元持平，减少率为13.88%，主要原因是厉行节约。');
    const found = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.'));
    expect(found.map((f) => f.rule)).toEqual(['arithmetic.flat-with-change']);
    expect(found[0]?.message).toContain('亦说明不是持平');
  });
});
