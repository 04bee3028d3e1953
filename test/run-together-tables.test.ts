import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { runTogetherRows } from '../src/interpret/lost-layout.js';

const fixture = (ext: string) => new URL(`./fixtures/run-together/rongcheng-city-2024.pandoc.${ext}`, import.meta.url).pathname;
const sample = new URL('../samples/rongcheng-city-2024.md', import.meta.url).pathname;

describe('tables whose rows a renderer ran into one paragraph', () => {
  it.each(['html', 'docx'])('are printed and unread, never missing, and the text keeps its own errors (%s)', async (ext) => {
    const [page, source] = [await checkFile(fixture(ext)), await checkFile(sample)];
    expect(page.coverage.tablesUnread.map((u) => u.id)).toEqual(['01', '02', '03', '04', '05', '07', '08', '09']);
    const errors = (r: typeof page) => r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(errors(page)).not.toContain('completeness.tables-printed');
    // 06 is missing from the sample itself: still reported.
    expect(errors(page)).toContain('completeness.table-06');
    for (const rule of errors(page)) expect(errors(source)).toContain(rule);
    expect(page.coverage.tablesUnread[0]?.reason).toMatch(/连成一段/);
  });
});

describe('a line of cells run together', () => {
  it('counts the amounts of a summary printed as name, 行次 and amount', () => {
    const line = '项目 行次 金额 项目 行次 金额 一、一般公共预算财政拨款收入 1 238.67 一、一般公共服务支出 32 0.00 二、政府性基金预算财政拨款收入 2 0.00 二、外交支出 33 0.00 四、上级补助收入 4 0.00 五、教育支出 36 0.00 五、事业收入 5 0.00 八、社会保障和就业支出 39 13.06';
    expect(runTogetherRows(line)).toBe(8);
  });

  it('takes an empty table by its header cells and its zero total', () => {
    expect(runTogetherRows('科目代码 科目名称 合计 基本支出 项目支出 栏次 1 2 3 合计 0.00 0.00 0.00')).toBe(3);
  });

  it('is no sentence, however many figures it holds', () => {
    expect(runTogetherRows('本年收入238.67万元，其中：财政拨款收入 238.67 万元，上级补助收入 0.00 万元，事业收入 0.00 万元，经营收入 0.00 万元，其他收入 0.00 万元，附属单位 0.00 万元，合计 238.67 万元')).toBe(0);
    expect(runTogetherRows('2021年 2022年 2023年 2024年 的收入分别为 12.30 13.40 15.60 16.70 万元 较上年 增长 明显 主要是 项目 增加')).toBe(0);
  });
});
