import { describe, expect, it } from 'vitest';
import { tableIdByTitle } from './identify.js';
import { checkText } from '../../check.js';

describe('a table title names a standard table', () => {
  it('whatever the department, year or number printed before it', () => {
    expect(tableIdByTitle('一、收入支出决算总表')).toBe('01');
    expect(tableIdByTitle('表1 收入支出决算总表')).toBe('01');
    expect(tableIdByTitle('XX局（本级）收入决算表')).toBe('02');
    expect(tableIdByTitle('2024年度上海市普陀区财政局支出决算表')).toBe('03');
    expect(tableIdByTitle('四、财政拨款收入支出决算表')).toBe('04');
    expect(tableIdByTitle('一般公共预算财政拨款“三公”经费支出决算表')).toBe('09');
    // Shaanxi's 09 lists 会议费 and 培训费 beside the 三公: not the 支出决算表 its title ends with.
    expect(tableIdByTitle('七、一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表')).toBe('09');
  });

  it('and not when a fund or expense kind makes it another table of a regional form', () => {
    // Sichuan's thirteen tables and Yunnan's eleven print these beside the nine.
    expect(tableIdByTitle('九、一般公共预算财政拨款项目支出决算表')).toBeNull();
    expect(tableIdByTitle('五、一般公共预算财政拨款收入支出决算表')).toBeNull();
    expect(tableIdByTitle('五、财政拨款支出决算明细表')).toBeNull();
    expect(tableIdByTitle('七、一般公共预算财政拨款支出决算明细表')).toBeNull();
    expect(tableIdByTitle('八、一般公共预算财政拨款基本支出决算明细表')).toBe('06');
    expect(tableIdByTitle('十一、国有资本经营预算财政拨款收入支出决算表')).toBe('08');
  });
});

describe('a list of the tables attached', () => {
  it('takes a region’s title for 05 ("一般公共预算财政拨款收入支出决算表") and goes on past it', async () => {
    const text = ['某县某站2020年度部门决算', '第二部分 2020年度部门决算表(详见附表)', '一、收入支出决算总表', '二、收入决算表', '三、支出决算表', '四、财政拨款收入支出决算总表', '五、一般公共预算财政拨款收入支出决算表', '六、一般公共预算财政拨款基本支出决算表', '七、政府性基金预算财政拨款收入支出决算表', '八、国有资本经营预算财政拨款支出决算表', '九、财政拨款“三公”经费支出决算表', ''].join('\n');
    const r = await checkText(text);
    expect(r.coverage.tablesReferenced).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(r.findings.filter((f) => /^completeness\.table-0\d$/.test(f.rule))).toEqual([]);
  });
});

describe('the tables said to be attached in a line of their own', () => {
  it('"报表详见附件。" under the explanation’s heading: all nine attached, no table reported missing', async () => {
    const text = ['某某区某某社区卫生服务中心2024年度部门决算(公开)', '第一部分 2024年度部门决算报表', '一、收入支出决算总表', '二、收入决算表', '第二部分 2024年度部门决算说明', '报表详见附件。', '一、单位基本情况', '某某区某某社区卫生服务中心隶属于某某区卫生健康委员会。'].join('\n');
    const r = await checkText(`${text}\n`);
    const printed = r.findings.filter((f) => f.rule === 'completeness.tables-printed');
    expect(printed.map((f) => f.severity)).toEqual(['info']);
    expect(printed[0]?.message).toContain('另附');
  });
});
