import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

describe('a 政府采购 amount printed in 元 among 万元', () => {
  it('is one unit-slip finding, though both the purchase wording and the scan of unread figures see it', async () => {
    const text = `# 某区某局2024年度部门决算\n\n## （二）政府采购支出情况\n\n某区某局2024年度政府采购金额（以合同签订为准）为200.50万元，其中：货物采购金额20.50万元、工程采购金额0.00万元、服务采购金额180.00万元。2024年度本部门面向中小企业预留政府采购项目预算金额200.50万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额200.50元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额80.00万元。\n`;
    const slips = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'year-unit.unit-slip');
    expect(slips).toHaveLength(1);
    expect(slips[0]?.expected).toBe('200.50万元');
  });
});

describe('a project’s amount printed in 元 among 万元', () => {
  it('is one unit-slip finding, though both the project and the words before the figure read it', async () => {
    const text = `# 某区某局2024年度部门决算\n\n## 十三、预算绩效情况说明\n\n1. 某某工作经费项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为91.14分。全年预算数为49万元，执行数为5.6万元，完成预算的11.43%。\n\n2. 某某保障经费项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为90.2分。全年预算数为524.8万元，执行数为8.44元，完成预算的1.6%。项目绩效目标完成情况：保障了某某工作。\n`;
    const slips = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'year-unit.unit-slip');
    expect(slips.map((f) => f.expected)).toEqual(['8.44万元']);
  });
});

describe('a bound said in 亿元 among 万元', () => {
  it('is no unit slip: "超过10亿元"', async () => {
    const text = `# 某县教育局2023年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n所属学校中有3所年度经费超过10亿元，有1所仅超过1万元。\n\n2023年度收入总计352463.06万元，支出总计352463.06万元。\n`;
    const slips = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule === 'year-unit.unit-slip');
    expect(slips.map((f) => f.actual)).toEqual([]);
  });
});
