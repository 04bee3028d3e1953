import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const md = (...sections: [string, string][]) => `# 某县某局2024年度部门决算\n\n${sections.map(([h, p]) => `## ${h}\n\n${p}`).join('\n\n')}\n`;
const errors = async (text: string) =>
  (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'narrative' || f.category === 'arithmetic'));

const income = (name: string) => ['二、收入决算情况说明', `2024年度${name}500.00万元，其中：财政拨款收入500.00万元，占100.00%。`] as [string, string];
const expense: [string, string] = ['三、支出决算情况说明', '2024年度本年支出合计520.00万元，其中：基本支出400.00万元，占76.92%；项目支出120.00万元，占23.08%。'];
const general: [string, string] = ['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出520.00万元。'];

describe('an income total written under the spending total’s name', () => {
  it('is one finding: the name, with the comparisons made under it folded in', async () => {
    const [one, ...rest] = await errors(md(income('本年支出合计'), expense, general));
    expect(rest).toEqual([]);
    expect(one?.rule).toBe('narrative.parts-other-side');
    expect(one?.severity).toBe('error');
    expect(one?.message).toContain('按所列应为「本年收入合计」');
    expect(one?.message).toContain('不再另报');
  });

  it('leaves the comparisons alone when the total is named for its own side', async () => {
    const found = await errors(md(income('本年收入合计'), expense, general));
    expect(found).toEqual([]);
  });
});
