import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/** Findings on the explanation's figures (not completeness and glossary, which a fragment lacks). */
async function figureFindings(heading: string, para: string) {
  const text = `# 某某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;
  return (await checkText(text, { file: 'a.md' })).findings.filter((f) => /^(?:arithmetic|narrative|year-unit)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
}

describe('a multiple (N倍) is never an amount', () => {
  it.each([
    ['九、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费支出决算为7.32万元，比2023年度增加4.41万元，增长1.52倍。'],
    ['（二）政府采购支出情况', '2024年度政府采购支出总额220.00万元，比上年的100.00万元增长1.2倍。'],
    ['三、支出决算情况说明', '2024年度本年支出合计300.00万元，其中项目支出200.00万元，比年初预算的50.00万元增长3倍。'],
    ['一、收入支出决算总体情况说明', '2024年度收、支总计300.00万元，比上年增加200.00万元，增长2倍。'],
    ['一、收入支出决算总体情况说明', '2024年度收、支总计300.00万元，比上年增加200.00万元，是上年的3倍。'],
    ['一、收入支出决算总体情况说明', '2024年度收、支总计300.00万元，比上年增加200.00万元，为上年的3.00倍。'],
    ['一、收入支出决算总体情况说明', '2024年度项目支出1465.60万元，比年初预算的400.44万元增长2.66倍。'],
  ])('%s：%s', async (heading, para) => {
    expect(await figureFindings(heading, para)).toEqual([]);
  });
});

describe('a multiple or a percentage of last year is read and checked (arithmetic.change-ratio)', () => {
  const ratioFindings = async (heading: string, para: string) => (await figureFindings(heading, para)).filter((f) => f.startsWith('arithmetic.change-ratio'));
  it.each([
    // (The rewrites' pairs: 7.32 ÷ 2.91 = 2.52, growth 1.52; 220 ÷ 100 = 2.2, growth 1.2; 200 ÷ 50 = 4, growth 3.)
    ['九、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费支出决算为7.32万元，比2023年度增加4.41万元，增长1.52倍。'],
    ['（二）政府采购支出情况', '2024年度政府采购支出总额220.00万元，比上年的100.00万元增长1.2倍。'],
    ['三、支出决算情况说明', '2024年度本年支出合计300.00万元，其中项目支出200.00万元，比年初预算的50.00万元增长3倍。'],
    // (增长2倍 strictly; 增长3倍 loosely for 是3倍: either reading is no finding.)
    ['一、收入支出决算总体情况说明', '2024年度收、支总计300.00万元，比上年增加200.00万元，增长2倍。'],
    ['一、收入支出决算总体情况说明', '2024年度收、支总计300.00万元，比上年增加200.00万元，增长3倍。'],
    ['九、财政拨款“三公”经费支出决算情况说明', '本部门2024年度“三公”经费财政拨款支出决算为7.65万元，比2023年度增加4.37万元，增长132.83%，是上年的2.33倍。'],
    ['一、收入支出决算总体情况说明', '2024年度收、支总计均为238.67万元，比上年331.28万元减少92.61万元，下降27.96%，为上年的72.04%。'],
    ['三、支出决算情况说明', '项目支出81.29万元，压减107.66万元，下降56.98%，仅为上年188.95万元的43.02%。'],
    // (A share and a budget completion are not ratios to last year.)
    ['三、支出决算情况说明', '2024年度本年支出合计300.00万元，其中项目支出200.00万元，占本年支出合计的66.67%，完成年初预算的80.00%。'],
  ])('fits: %s：%s', async (heading, para) => {
    expect(await ratioFindings(heading, para)).toEqual([]);
  });
  it.each([
    ['九、财政拨款“三公”经费支出决算情况说明', '本部门2024年度“三公”经费财政拨款支出决算为7.65万元，比2023年度增加4.37万元，增长132.83%，是上年的3.33倍。', '2.33倍'],
    ['九、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费支出决算为7.32万元，比2023年度增加4.41万元，增长3.52倍。', '两种读法均不符'],
    ['（二）政府采购支出情况', '2024年度政府采购支出总额220.00万元，比上年的100.00万元增长3.2倍。', '两种读法均不符'],
    ['一、收入支出决算总体情况说明', '2024年度收、支总计均为238.67万元，比上年331.28万元减少92.61万元，下降27.96%，为上年的75.04%。', '72.04%'],
    ['三、支出决算情况说明', '项目支出81.29万元，压减107.66万元，下降56.98%，仅为上年188.95万元的45.02%。', '43.02%'],
  ])('breaks: %s：%s', async (heading, para, expected) => {
    const fs = await ratioFindings(heading, para);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toContain(expected);
  });
});
