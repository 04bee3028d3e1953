import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (heading: string, para: string) => `# 某州某局2024年度部门决算\n\n## ${heading}\n\n${para}\n`;
const rulesOf = async (heading: string, para: string) =>
  (await checkText(doc(heading, para), { file: 'a.md' })).findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('arithmetic.')).map((f) => f.rule);

describe('a change printed between both its levels', () => {
  it('an item the claims reader knows is checked once, by change-vs-prior-level', async () => {
    expect(await rulesOf('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出20.00万元，比上年支出18.00万元增加3.00万元。')).toEqual(['arithmetic.change-vs-prior-level']);
  });

  it('a rate after both levels is not this rule’s', async () => {
    expect(await rulesOf('一、收入支出决算总体情况说明', '2024年度总支出1095.67万元比2023年度总支出1060.87万元增长9.9%。')).not.toContain('arithmetic.change-between-levels');
  });

  it('a level of the report year after 比 is no base', async () => {
    expect(await rulesOf('一、收入支出决算总体情况说明', '2024年度项目支出95.00万元，比2024年度基本支出120.00万元减少5.00万元。')).not.toContain('arithmetic.change-between-levels');
  });

  it('a level said of a year that is not the year before is no base', async () => {
    expect(await rulesOf('十、机关运行经费支出说明', '2024年度机关运行经费支出合计141.65万元，2021年为107.89万元，较2021年增加33.66万元。')).not.toContain('arithmetic.change-between-levels');
  });

  it('over a line break of a PDF print', async () => {
    // (An item the claims reader does not know: 总支出 it reads, and change-vs-prior-level checks.)
    expect(await rulesOf('一、收入支出决算总体情况说明', '2024年度工程经费1095.67万元比2023年度工程经费1060.87\n万元增加1060.87万元。')).toContain('arithmetic.change-between-levels');
    expect(await rulesOf('一、收入支出决算总体情况说明', '2024年度总支出1095.67万元比2023年度总支出1060.87\n万元增加1060.87万元。')).toEqual(['arithmetic.change-vs-prior-level']);
  });
});
