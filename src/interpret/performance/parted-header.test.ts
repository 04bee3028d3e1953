import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';

/**
 * A print that set two header labels too close to part ("目标值 业绩值" in one cell over both columns)
 * still gives each column its own role: the targets are not read as what was achieved.
 */
const sheet = (header: string) => `<!DOCTYPE html><html><body>
<h1>某区某局2025年度部门决算</h1>
<p>项目支出绩效自评表</p>
<table>
<tr><td>项目名称</td><td colspan="7">医保经办服务项目</td></tr>
<tr><td>项目预算执行情况</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td><td></td></tr>
<tr><td>年度资金总额</td><td>25</td><td>25</td><td>19.99</td><td>10</td><td>79.96%</td><td>8</td><td></td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td>${header}<td>完成率</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>印刷品数量</td><td>10</td><td>≥10万份</td><td>12万份</td><td>100%</td><td>10</td></tr>
<tr><td>效益指标</td><td>社会效益</td><td>政策知晓率</td><td>20</td><td>≥90%</td><td>95%</td><td>100%</td><td>20</td></tr>
</table></body></html>`;

const indicators = async (header: string) => {
  const doc = await extractBytes('a.html', new TextEncoder().encode(sheet(header)));
  return doc.performance.sheets.flatMap((s) => s.indicators).map((i) => [i.name, i.target, i.actual]);
};

describe('a header cell over two columns holding both labels', () => {
  it('parts them: each indicator keeps its target and what it achieved', async () => {
    expect(await indicators('<td colspan="2">目标值 业绩值</td>')).toEqual([
      ['印刷品数量', '≥10万份', '12万份'],
      ['政策知晓率', '≥90%', '95%'],
    ]);
  });

  it('reads the same as the two labels in two cells', async () => {
    expect(await indicators('<td colspan="2">目标值 业绩值</td>')).toEqual(await indicators('<td>目标值</td><td>业绩值</td>'));
  });
});
