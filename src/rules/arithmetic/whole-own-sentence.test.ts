import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (...paras: string[]) => `# 某镇某站2021年度部门决算\n\n## 二、收入决算情况说明\n\n${paras.join('\n\n')}\n`;
const errors = async (...paras: string[]) => (await checkText(doc(...paras), { file: 'd.md' })).findings.filter((f) => f.severity !== 'info' && (f.category === 'arithmetic' || f.category === 'narrative'));

describe('a "其中" whole misprinted, its own change rate holding with the parts’ sum', () => {
  it('is named as the wrong figure (not the part its 100% share points at), with its rate and the share folded in', async () => {
    // 本年收入合计 2400.00 printed as 4200.00: up 200.00 and 9.09% holds with 2400.00 (last year 2200.00).
    const found = await errors('2021年度本年收入合计4200.00万元，比上年增加200.00万元，增长9.09%，其中：财政拨款收入2400.00万元，占100.00%；上级补助收入0万元；事业收入0万元；经营收入0万元；附属单位上缴收入0万元；其他收入0万元。');
    expect(found).toHaveLength(1);
    const [one] = found;
    expect(one?.actual).toBe('4200.00万元');
    expect(one?.expected).toBe('2400.00万元');
    expect(one?.message).toMatch(/「本年收入合计」应为2400.00万元/);
    expect(one?.message).not.toMatch(/「财政拨款收入」应约为/);
  });

  it('names no whole when its change rate fails with the sum as well', async () => {
    const found = await errors('2021年度本年收入合计4200.00万元，比上年增加200.00万元，增长7.00%，其中：财政拨款收入2400.00万元，占100.00%；上级补助收入0万元；事业收入0万元；经营收入0万元；附属单位上缴收入0万元；其他收入0万元。');
    expect(found.some((f) => f.expected === '2400.00万元' && /「本年收入合计」应为/.test(f.message))).toBe(false);
  });
});
