import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const ACCOUNT = (sentence: string) =>
  `# 某县某某局2015年度部门决算\n\n## 第二部分 2015年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n本局2015年度收入总计312.50万元，支出总计312.50万元。${sentence}\n`;
const carryOver = async (text: string) => (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'year-unit.carry-over-year');

describe('a carry-over dated by another year', () => {
  it('names the 年初 of the year before and the 年末 of the year after, each once, quoting the text', async () => {
    const found = await carryOver(ACCOUNT('收入总计中2014年年初结转和结余12.50万元；支出总计中2016年年末结转和结余8.20万元。'));
    expect(found.map((f) => f.actual)).toEqual(['2014年年初结转和结余', '2016年年末结转和结余']);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(found[0]?.locations[0]?.text).toContain('2014年年初结转和结余');
  });

  it('takes last year-end and this year-end as right', async () => {
    expect(await carryOver(ACCOUNT('收入总计中2014年末结转结余12.50万元；支出总计中2015年年末结转和结余8.20万元。'))).toEqual([]);
  });

  it('leaves a budget alone: its years are not an account year', async () => {
    const budget = '某县某某局\n2016年部门预算\n\n第三部分 2016年部门预算情况说明\n\n2016年收入预算312.50万元，其中2015年年末结转和结余12.50万元。\n';
    expect(await carryOver(budget)).toEqual([]);
  });
});
