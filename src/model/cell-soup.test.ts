import { describe, expect, it } from 'vitest';
import { isCellSoup } from './cell-soup.js';
import { checkText } from '../check.js';

describe('a line of table cells read across their columns', () => {
  const soup = '出 - 比 凭期标 例 证 值，准 赋 节约分 了财政资金按预 照算 完 原<=11.15 =11.15 100% 4 支 - 成 始万元万元出 比 凭标 例 证准 赋分本年度药价按 格及预 照 集采算 完 原 工作<=44.75 =44.58万 99.62% 3.96 支 - 成 始 支出万元元出';

  it('is told from prose, spaced dates and a letter-spaced cover', () => {
    expect(isCellSoup(soup)).toBe(true);
    expect(isCellSoup('截至 2024 年 12 月 31 日，该项目实际完成参保人数 115.76 万人，信息系统正常运行率 100%。')).toBe(false);
    expect(isCellSoup(`2021 年 度 部门决算公开文本 预算代码:XXX 单位名称:某某省 XXX 厅 二〇二二年八月 目 第一部分 录 单位概况 ${'一、单位职责 二、机构设置 第二部分 2021 年度单位决算报表 '.repeat(6)}`)).toBe(false);
  });

  it('raises no finding of wording: "支出万元" in it is no figure left out', async () => {
    const r = await checkText(`# 某某局2024年度部门决算\n\n${soup}\n`);
    expect(r.findings.filter((f) => f.rule.startsWith('template.') && f.severity !== 'info')).toEqual([]);
    const prose = await checkText('# 某某局2024年度部门决算\n\n2024年度项目支出万元，主要用于医保经办。\n');
    expect(prose.findings.map((f) => f.rule)).toContain('template.missing-figure');
  });
});
