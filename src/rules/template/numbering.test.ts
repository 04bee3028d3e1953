import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { templateNumbering } from './numbering.js';

const findings = async (text: string) => (await checkText(text, { rules: [templateNumbering] })).findings.filter((f) => f.severity === 'warning');

describe('numbering that skips or repeats a number', () => {
  it('a skipped number is one warning, with the places of the numbers on both sides', async () => {
    const fs = await findings('# 2024年度某局部门决算\n（二）“三公”经费支出情况\n1.因公出国（境）费支出0万元。\n3.公务用车购置及运行维护费支出4.02万元。\n');
    expect(fs.map((f) => [f.expected, f.actual])).toEqual([['第2条', '第3条']]);
    expect(fs[0]?.locations.map((l) => l.line)).toEqual([3, 4]);
  });

  it('a number said twice and then skipped ("（一）（一）（三）") is the repeat alone', async () => {
    const fs = await findings('# 2024年度某局部门决算\n一、主要职责\n（一）贯彻执行国家方针政策。\n（一）承担政府性债务管理相关工作。\n（三）办理财政直接支付业务。\n');
    expect(fs.map((f) => f.message.slice(0, 4))).toEqual(['编号重复']);
  });

  it('parts are left alone: "第二部分 …决算表" is often read into the tables it heads', async () => {
    expect(await findings('# 2024年度某局部门决算\n第一部分 概况\n一、主要职责\n第三部分 情况说明\n')).toEqual([]);
  });

  it('a number written inside a line between the two, with a space before its mark ("三 、…"), is no skip', async () => {
    expect(await findings('# 2024年度某局部门决算\n一、部门职责\n本局负责…。\n二、机构设置\n内设机构3个。 三 、2023年度部门决算表（公开表格附后）\n四、2023年度部门决算情况说明\n')).toEqual([]);
  });

  it('an item whose number was cut down to its 、 is reported as that, not again as a number skipped', async () => {
    const fs = await findings('# 2024年度某局部门决算\n目录\n七、一般公共预算财政拨款项目支出决算表\n、政府性基金预算财政拨款收入支出决算表\n九、国有资本经营预算财政拨款收入支出决算表\n');
    expect(fs.map((f) => f.message.slice(0, 4))).toEqual(['编号缺失']);
    expect(fs[0]?.message).toContain('应为“八、”');
  });

  it('lines that lost their numbers ("七、…" then two lines without, then "十、…") are one warning with their places', async () => {
    const fs = await findings('# 2024年度某局部门决算\n目录\n六、一般公共预算财政拨款基本支出决算表\n七、财政拨款“三公”经费支出决算表\n政府性基金预算财政拨款收入支出决算表\n国有资本经营预算财政拨款支出决算表\n十、名词解释\n');
    expect(fs.map((f) => f.expected)).toEqual(['第8条、第9条']);
    expect(fs[0]?.locations).toHaveLength(4);
    // More lines between than numbers missing: nothing said (a list may sit between).
    expect(await findings('# 2024年度某局部门决算\n七、财政拨款“三公”经费支出决算表\n说明一\n说明二\n说明三\n十、名词解释\n')).toEqual([]);
  });
});
