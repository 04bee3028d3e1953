import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { slippedYear } from './year-slip.js';

const own = (stated: number[], heading: number | null = null) => ({ heading, stated: new Set(stated) });

describe('slippedYear: a year that can only be a slip for the report year', () => {
  it.each([
    ['2026年度国有资本经营预算财政拨款收入10.00万元，支出10.00万元。', 'explain.capital', own([2026]), 2026],
    ['2023年度“三公”经费财政拨款支出决算为12.40万元，完成预算的80.00%。', 'explain.threePublic', own([2023], 2024), 2023],
    ['某局2023年机关运行经费支出18.00万元。', 'explain.operating', own([2023]), 2023],
  ])('%s', (s, section, years, want) => {
    expect(slippedYear(s, 2024 + (want === 2026 ? 1 : 0), section, years)).toBe(want);
  });
  it.each([
    // A later year's budget or plan.
    ['2026年度“三公”经费预算为12.00万元。', 'explain.threePublic', own([2026])],
    ['2026年，本局将继续压减一般性支出10.00万元。', 'explain.threePublic', own([2026])],
    // A comparison, or last year's figure beside this year's.
    ['2024年“三公”经费支出12.40万元，比上年减少2.00万元。', 'explain.threePublic', own([2024])],
    ['2024年决算数为12.40万元。', 'explain.threePublic', own([2024, 2025])],
    // A heading of another year: the section is about that year.
    ['2024年度“三公”经费合计支出20.12万元。', 'explain.threePublic', own([2024], 2024)],
    // A performance evaluation of earlier projects, an untitled part, a date.
    ['2024年度项目资金100.00万元，执行90.00万元。', 'explain.performance', own([2024])],
    ['2024年末一般公务用车保有量为277辆。', 'explain.other', own([2024])],
    ['2024年3月，采购设备10.00万元。', 'explain.procurement', own([2024])],
    ['截止2024年底，共有固定资产211.79万元。', 'explain.assets', own([2024])],
    // Two years side by side.
    ['2024年度支出12.40万元，2023年度支出10.00万元。', 'explain.expense', own([2024, 2023])],
  ])('not: %s', (s, section, years) => {
    expect(slippedYear(s, 2025, section, years)).toBeNull();
  });
});

/** Findings on the explanation's figures (not completeness and glossary, which a fragment lacks). */
async function figureFindings(year: number, heading: string, para: string) {
  const text = `# 某某局${year}年度部门决算\n\n## ${heading}\n\n${para}\n`;
  return (await checkText(text, { file: 'a.md' })).findings.filter((f) => /^(?:arithmetic|narrative|year-unit)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
}

describe('a sentence led by a wrong year is read as this year\'s, the year reported once', () => {
  it('a later year in a fund\'s section: its figures are checked', async () => {
    const heading = '七、国有资本经营预算财政拨款收入支出决算情况说明';
    const right = await figureFindings(2025, heading, '2026年度国有资本经营预算财政拨款支出10.00万元，比上年增加2.00万元，增长25.00%。');
    expect(right).toEqual([expect.stringMatching(/^year-unit\.statement-year .*2026/)]);
    const planted = await figureFindings(2025, heading, '2026年度国有资本经营预算财政拨款支出10.00万元，比上年增加2.00万元，增长20.00%。');
    expect(planted.filter((f) => f.startsWith('year-unit.'))).toHaveLength(1);
    expect(planted).toContainEqual(expect.stringMatching(/^arithmetic\.change-rate .*20(?:\.00)?%.*2(?:\.00)?万元/));
  });

  it('an earlier year in a section that names no other: its list is checked', async () => {
    const heading = '八、财政拨款“三公”经费支出决算情况说明';
    const right = await figureFindings(2024, heading, '2023年度“三公”经费财政拨款支出决算为12.40万元，其中：因公出国（境）费0.00万元，公务接待费2.40万元，公务用车购置及运行维护费10.00万元。');
    expect(right).toEqual([expect.stringMatching(/^year-unit\.statement-year .*2023/)]);
    const planted = await figureFindings(2024, heading, '2023年度“三公”经费财政拨款支出决算为12.40万元，其中：因公出国（境）费0.00万元，公务接待费2.40万元，公务用车购置及运行维护费9.00万元。');
    expect(planted.filter((f) => f.startsWith('year-unit.'))).toHaveLength(1);
    expect(planted).toContainEqual(expect.stringMatching(/^narrative\.three-public-sum .*12\.40.*9\.00.*2\.40/));
  });

  it('last year\'s figures beside this year\'s stay last year\'s', async () => {
    const heading = '八、财政拨款“三公”经费支出决算情况说明';
    const para = '2023年度“三公”经费财政拨款支出决算为9.00万元，其中：因公出国（境）费0.00万元，公务接待费2.40万元，公务用车购置及运行维护费10.00万元。\n\n2024年度“三公”经费财政拨款支出决算为12.40万元，比上年增加3.40万元。';
    expect((await figureFindings(2024, heading, para)).filter((f) => !f.startsWith('year-unit.'))).toEqual([]);
  });
});
