import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * A sentence wrapped over several lines (text copied out of a PDF): a finding on its change names the
 * line the change is printed on as well as the subject's, so a reviewer sees the words it is about.
 */
const doc = (...lines: string[]) => ['某区某局2024年度部门决算', '', '一、收入支出决算总体情况说明', '', ...lines, ''].join('\n');
const found = async (text: string, rule: string) => (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.rule === rule && f.severity !== 'info');
const lines = (f: { locations: { line?: number | null }[] } | undefined) => f?.locations.map((l) => l.line);

describe('a change said on the next line of a wrapped sentence', () => {
  it('two direction words that contradict: the line of the amount is named too', async () => {
    const f = await found(doc('1.一般公共预算财政拨款收入382.17万元,为市本级财政', '当年拨付的资金。较2023年度决算数增加157.86万元,下降', '29.2%,主要原因是人员减少。'), 'arithmetic.change-direction');
    expect(f).toHaveLength(1);
    expect(lines(f[0])).toEqual(expect.arrayContaining([6, 7]));
  });

  it('an increase larger than this year’s amount: the line of the increase is named too', async () => {
    const f = await found(doc('7.使用非财政拨款结余0万元,主要是事业单位使用以前年度积累的非财政', '拨款结余弥补本年度收支缺口的资金。较2023年度决', '算数增加4万元。'), 'arithmetic.change-exceeds-current');
    expect(f).toHaveLength(1);
    expect(lines(f[0])).toEqual(expect.arrayContaining([5, 7]));
  });
});
