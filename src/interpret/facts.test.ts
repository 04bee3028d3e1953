import { describe, expect, it } from 'vitest';
import { checkText } from '../check.js';

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
