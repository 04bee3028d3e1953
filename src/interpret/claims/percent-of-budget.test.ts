import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText, extractBytes } from '../../check.js';

const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';

/** Findings on the explanation's figures (not completeness and glossary, which a fragment lacks). */
async function figureFindings(heading: string, para: string) {
  const text = `# 某某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;
  return (await checkText(text, { file: 'a.md' })).findings.filter((f) => /^(?:arithmetic|narrative|year-unit)\./.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
}

/** The execution rates read from one paragraph, with the budget each is of. */
async function rates(heading: string, para: string) {
  const doc = await extractBytes('a.md', new TextEncoder().encode(`# 某某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`));
  return doc.claims.filter((c) => c.budget?.executionRate).map((c) => [c.subject.key, c.budget?.amount?.value ?? null, c.budget?.executionRate?.value]);
}

describe('the actual said as a percentage of its budget is an execution rate (arithmetic.execution-rate)', () => {
  // (200 ÷ 500 = 40%.)
  const SAID = [
    '2024年度一般公共预算财政拨款支出年初预算为500.00万元，支出决算为200.00万元，是年初预算的40%。',
    '2024年度一般公共预算财政拨款支出年初预算为500.00万元，支出决算为200.00万元，占年初预算的40%。',
    '2024年度一般公共预算财政拨款支出年初预算为500.00万元，支出决算为200.00万元，达到年初预算的40%。',
    '2024年度一般公共预算财政拨款支出年初预算为500.00万元，支出决算为200.00万元，决算数为年初预算数的40%。',
    '2024年度一般公共预算财政拨款支出调整预算为500.00万元，支出决算为200.00万元，完成调整预算的40%。',
    '2024年度一般公共预算财政拨款支出决算为200.00万元，决算数为年初预算数500.00万元的40%。',
  ];
  it.each(SAID)('read: %s', async (para) => {
    expect(await rates(GENERAL, para)).toEqual([['general.expense', '500.00', '40']]);
    expect(await figureFindings(GENERAL, para)).toEqual([]);
  });
  it.each(SAID.map((p) => p.replace(/的40%/, '的45%')))('a wrong rate is found with both amounts: %s', async (para) => {
    const fs = (await figureFindings(GENERAL, para)).filter((f) => f.startsWith('arithmetic.execution-rate '));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toContain('200');
    expect(fs[0]).toContain('500');
    expect(fs[0]).toContain('= 40%');
  });
  it('"占年初预算的" is no share of the section’s whole', async () => {
    const doc = await extractBytes('a.md', new TextEncoder().encode(`# 某某局2024年度部门决算\n\n## ${GENERAL}\n\n${SAID[1]}\n`));
    expect(doc.claims.filter((c) => c.share)).toEqual([]);
  });
});

describe('a percentage of a budget that is no execution rate of the subject is not read as one', () => {
  it.each([
    // A budget as a percentage of another budget.
    '2024年度一般公共预算财政拨款支出调整预算为600.00万元，为年初预算的120%，支出决算为200.00万元。',
    '2024年度年初预算支出500.00万元，为全年预算的80%。',
    // Last year's budget, and a whole the words do not name as the subject's own budget.
    '2024年度一般公共预算财政拨款支出决算为200.00万元，为上年预算的80%。',
    '2024年度一般公共预算财政拨款支出决算为200.00万元，占部门预算的40%。',
    // A rate of the adjusted budget where only the initial one is printed: of a budget not given.
    '2024年度一般公共预算财政拨款支出年初预算为500.00万元，支出决算为200.00万元，完成调整预算的45%。',
  ])('%s', async (para) => {
    expect((await rates(GENERAL, para)).filter((r) => r[1] != null)).toEqual([]);
    expect(await figureFindings(GENERAL, para)).toEqual([]);
  });
});

describe('planted in a copy of a paraphrase of the Rongcheng sample ("决算为238.67万元，为年初预算数的11.58%")', () => {
  const text = readFileSync(new URL('../../../test/paraphrase/rongcheng-qinghai-numbers-wording.md', import.meta.url), 'utf8');
  const rates = async (t: string) => (await checkText(t, { file: 'r.md' })).findings.filter((f) => f.rule === 'arithmetic.execution-rate').map((f) => f.message);
  it('the printed rate gives no finding; a wrong one is found with both amounts', async () => {
    expect(text).toContain('决算为238.67万元，为年初预算数的11.58%');
    expect(await rates(text)).toEqual([]);
    expect(await rates(text.replace('为年初预算数的11.58%', '为年初预算数的12.58%'))).toEqual(['「一般公共预算财政拨款支出」决算238.67万元 ÷ 预算2060.90万元 = 11.58%，说明写完成12.58%']);
  });
});

describe('调整预算 is the full year’s budget, as 全年预算 and 调整后预算 are', () => {
  const PARA = '2024年度一般公共预算财政拨款支出年初预算为100.00万元，调整预算为120.00万元，支出决算为110.00万元，完成年初预算的110%，决算数大于年初预算数，主要原因是追加经费。';

  it('is read with its own basis beside 年初预算, and the sentence holds', async () => {
    const doc = await extractBytes('a.md', new TextEncoder().encode(`# 某某局2024年度部门决算\n\n## ${GENERAL}\n\n${PARA}\n`));
    const budgets = doc.claims.filter((c) => c.budget?.amount).map((c) => [c.budget?.amount?.value, c.budget?.basis]);
    expect(budgets).toEqual(expect.arrayContaining([['100.00', 'initial'], ['120.00', 'full']]));
    expect(await figureFindings(GENERAL, PARA)).toEqual([]);
  });

  it('a rate of neither budget is still found', async () => {
    const fs = await figureFindings(GENERAL, PARA.replace('完成年初预算的110%', '完成年初预算的120%'));
    expect(fs.filter((f) => f.startsWith('arithmetic.execution-rate '))).toHaveLength(1);
  });
});

describe('an amount added to the budget is not the budget', () => {
  it.each(['年中追加预算20.00万元', '追加预算20.00万元'])('"%s" beside 年初预算 is no second 年初 budget', async (added) => {
    const para = `2024年度一般公共预算财政拨款支出年初预算为100.00万元，${added}，支出决算为110.00万元，完成年初预算的110%，决算数大于年初预算数。`;
    expect(await figureFindings(GENERAL, para)).toEqual([]);
    const doc = await extractBytes('a.md', new TextEncoder().encode(`# 某某局2024年度部门决算\n\n## ${GENERAL}\n\n${para}\n`));
    expect(doc.claims.flatMap((c) => (c.budget?.amount ? [c.budget.amount.value] : []))).not.toContain('20.00');
  });
});
