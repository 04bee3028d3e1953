import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';

/**
 * A sheet's 总分 row ends it even where its indicators were not read with it (their header printed
 * as text above a copy's table): the next table without a name is not its continuation.
 */
const doc = (between: string) => `<!DOCTYPE html><html><body>
<h1>某区某局2025年度部门决算</h1>
<p>项目支出绩效自评表</p>
<table>
<tr><td>项目名称</td><td colspan="6">基层医保工作站项目</td></tr>
<tr><td>项目预算执行情况</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>49</td><td>49</td><td>5.6</td><td>10</td><td>11.43%</td><td>1.14</td></tr>
<tr><td>成本指标</td><td>经济成本</td><td>邮电成本</td><td>15</td><td>≤5万元/年</td><td>3.6万元</td><td>15</td></tr>
<tr><td>总分</td><td>91.14</td><td></td><td></td><td></td><td></td><td></td></tr>
</table>
${between}
<table>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>整合定点医疗机构</td><td>20</td><td>≥75家</td><td>0</td><td>0</td></tr>
<tr><td>总分</td><td>0</td><td></td><td></td><td></td><td></td><td></td></tr>
</table></body></html>`;

describe('the end of a sheet', () => {
  it('gives a sheet whose indicators were not read no total of the table after its 总分 row', async () => {
    const d = await extractBytes('a.html', new TextEncoder().encode(doc('<p>单位：万元</p>')));
    const s = d.performance.sheets.find((x) => x.name === '基层医保工作站项目');
    expect(s).toBeDefined();
    expect(s?.total?.value).not.toBe('0');
    expect(s?.indicators.some((i) => /整合定点医疗机构/.test(i.name))).toBe(false);
  });
});
