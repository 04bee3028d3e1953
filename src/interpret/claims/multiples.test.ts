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
