import { describe, expect, it } from 'vitest';
import { checkBytes, checkText } from '../check.js';

describe('the department read from a cover without a title', () => {
  it('takes a name of two parts whole ("中共…委员会…工作委员会概况"), not up to its first 委员会', async () => {
    const text = [
      '目 录',
      '第一部分:中共某某省委员会省直属机关工作委员会概况',
      '一、主要职能',
      '二、部门决算单位构成',
      '第二部分:中共某某省委员会省直属机关工作委员会2022年度部门决算报表',
    ].join('\n');
    const r = await checkText(text);
    expect(r.facts.department).toBe('中共某某省委员会省直属机关工作委员会');
    expect(r.findings.filter((f) => f.rule === 'template.other-department')).toEqual([]);
  });

  it('keeps a one-part name as it is', async () => {
    const r = await checkText('目 录\n第一部分:某某县水利局概况\n一、主要职能\n第二部分:某某县水利局2022年度部门决算报表\n');
    expect(r.facts.department).toBe('某某县水利局');
  });
});

describe('the department read from a web page’s title fields', () => {
  it('leaves out the field’s label and the unit’s 本级 ("内容概述:2022年度…园林绿化局本级部门决算公开")', async () => {
    const lines = ['北京市某某区园林绿化局', '索 引 号:11J030/ZK-2023-000075', '信息名称:2022年度北京市某某区园林绿化局本级部门决算公开', '内容概述:2022年度北京市某某区园林绿化局本级部门决算公开', '目 录'];
    const html = `<html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const r = await checkBytes('page.html', new TextEncoder().encode(html));
    expect(r.facts.department).toBe('北京市某某区园林绿化局');
    expect(r.facts.fiscalYear).toBe(2022);
  });

  it('reads a label spaced out ("名  称:") and a field written with a space ("索引号 …", "所属机构 …") as fields, never part of the title', async () => {
    const lines = [
      '名  称: 某某县某某乡卫生院2023年度部门决算',
      '2023年度某某县某某乡卫生院部门决算',
      '索引号 640522017/2024-00673 文号 生成日期 2024-11-13 10:10:00',
      '公开方式 主动公开 所属机构 某某县卫生健康局 责任部门 某某县卫生健康局',
      '第一部分 单位概况',
    ];
    const r = await checkText(lines.join('\n'));
    expect(r.facts.department).toBe('某某县某某乡卫生院');
    expect(r.facts.title).not.toContain('索引号');
  });
});

describe('the year of a page without title or 年度', () => {
  it('is the one year its text states ("2020年“三公”经费支出431万元"), never a date nor a year compared with', async () => {
    const r = await checkText('2020年“三公”经费支出431万元，比2019年减少12万元。其中公务接待费120万元。\n发布日期：2021年9月3日\n');
    expect(r.facts.fiscalYear).toBe(2020);
  });

  it('is left unknown between two years stated as often', async () => {
    const r = await checkText('2020年“三公”经费支出431万元。2021年“三公”经费预算500万元。\n');
    expect(r.facts.fiscalYear).toBeNull();
  });
});
