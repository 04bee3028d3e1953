import { describe, expect, it } from 'vitest';
import { extractBytes } from '../check.js';

const page = (unit: string, header: string) => `<html><body>
<h1>某某局2020年度部门决算</h1>
<h2>九、财政拨款“三公”经费支出决算情况说明</h2>
<p>2020年度“三公”经费支出决算为13.49万元，比2019年减少18.17万元，下降57.41%。</p>
<p>“三公”经费决算数对比情况表</p><p>${unit}</p>
<table>
<tr><td>项目</td>${header}</tr>
<tr><td>合计</td><td>31.66</td><td>13.49</td><td>-18.17</td><td>-57.39%</td></tr>
<tr><td>2、公务接待费</td><td>9.10</td><td>1.50</td><td>-7.60</td><td>-83.52%</td></tr>
<tr><td>其他说明</td><td>1</td><td>2</td><td>3</td><td>4%</td></tr>
</table></body></html>`;
const HEADER = '<td>上年决算数</td><td>本年决算数</td><td>增减额</td><td>增减幅度</td>';
const read = (html: string) => extractBytes('三公.html', new TextEncoder().encode(html));

describe('三公 comparison tables', () => {
  it("reads each 三公 row as its amount, change, rate and last year's level", async () => {
    const d = await read(page('单位：万元', HEADER));
    const rows = d.claims.filter((c) => c.id.startsWith('t'));
    expect(rows.map((c) => [c.subject.key, c.amount?.value, c.change?.base?.value, c.change?.amount?.value, c.change?.rate?.value, c.change?.direction])).toEqual([
      ['threePublic.total', '13.49', '31.66', '18.17', '57.39', 'decrease'],
      ['threePublic.reception', '1.50', '9.10', '7.60', '83.52', 'decrease'],
    ]);
  });

  it('leaves a table alone that does not say 万元, or names this year before last', async () => {
    expect((await read(page('单位：元', HEADER))).claims.filter((c) => c.id.startsWith('t'))).toEqual([]);
    const swapped = '<td>本年决算数</td><td>上年决算数</td><td>增减额</td><td>增减幅度</td>';
    expect((await read(page('单位：万元', swapped))).claims.filter((c) => c.id.startsWith('t'))).toEqual([]);
  });

  it('reads the same table copied from a web page as rows closed by pipes, its title and unit lines apart', async () => {
    const text = [
      '某某局2020年度“三公”经费决算情况说明',
      '2020年度“三公”经费支出决算为13.49万元，比2019年减少18.17万元，下降57.41%。',
      '“三公”经费决算数对比情况表 | ||||',
      '单位:万元 | |||||',
      '项 目 | 上年 决算数 | 本年 决算数 | 较上年增减情况 | ||',
      '增、减额 | 增、减幅度 | ||||',
      '合 计 | 31.66 | 13.49 | -18.17 | -57.39% | |',
      '2、公务接待费 | 9.10 | 1.50 | -7.6 | -83.52% | |',
    ].join('\n');
    const d = await extractBytes('三公.txt', new TextEncoder().encode(text));
    const rows = d.claims.filter((c) => c.id.startsWith('t'));
    expect(rows.map((c) => [c.subject.key, c.amount?.value, c.change?.rate?.value])).toEqual([
      ['threePublic.total', '13.49', '57.39'],
      ['threePublic.reception', '1.50', '83.52'],
    ]);
    expect(d.lines.some((l) => l.text.endsWith('单位:万元') && !l.location.cell)).toBe(true);
  });
});

describe('a comparison table of another section', () => {
  it('its bare 合计 is not the 三公 total (一般公共预算 spending by class, with last year and the change)', async () => {
    const text = [
      '某某局2024年度部门决算',
      '五、一般公共预算财政拨款支出决算情况说明',
      '一般公共预算财政拨款支出与上年对比如下（单位：万元）：',
      '| 科目 | 上年决算数 | 本年决算数 | 增减金额 | 增减幅度 |',
      '| 合计 | 1548.16 | 1222.68 | -325.48 | -21.02% |',
      '| 卫生健康支出 | 1375.12 | 1092.66 | -282.46 | -20.54% |',
      '九、财政拨款“三公”经费支出决算情况说明',
      '2024年度“三公”经费财政拨款支出7.65万元，较上年增加4.37万元，增长132.83%。',
    ].join('\n');
    const d = await extractBytes('a.txt', new TextEncoder().encode(text));
    expect(d.claims.filter((c) => c.subject.key === 'threePublic.total').map((c) => c.amount?.value)).toEqual(['7.65']);
  });
});
