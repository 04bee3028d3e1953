import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import { scoreDocument } from '../../score/document.js';
import { rules } from './index.js';

/**
 * A 项目支出绩效自评表 as the changji sample prints it: one cell per line, a blank line between rows,
 * and the five columns after the score (指标值设定依据, 上年完成情况, 赋分规则, 佐证资料, 偏差原因).
 */
function changjiSheet(rows: [name: string, weight: string, target: string, actual: string, rate: string, score: string, rule: string][], total: string): string {
  const cells = (r: string[]) => r.map((c) => `\t${c}`).join('\n');
  const head = [
    ['项目支出绩效自评表'],
    ['(2024年度)'],
    ['项目名称', '医疗救助经费'],
    ['主管部门', '某某州医疗保障局', '实施单位', '某某州医疗保障局'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '20.00', '20.00', '20.00', '10', '100.00%', '10.00'],
    ['', '一级指标', '二级指标', '三级指标', '权重', '目标值', '业绩值', '完成率', '指标得分', '指标值设定依据', '上年完成情况', '赋分规则', '佐证资料', '偏差原因分析及改进措施'],
  ];
  const levels: [string, string][] = [['产出指标', '数量指标'], ['', '质量指标'], ['', '时效指标'], ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标']];
  const body = rows.map(([name, weight, target, actual, rate, score, rule], k) => {
    const [l1, l2] = levels[k] ?? ['', ''];
    return [k === 0 ? '年度绩效指标完成情况' : '', l1, l2, name, weight, target, actual, rate, score, '计划标准', '-', rule, '工作资料', ''];
  });
  return `${[...head, ...body, ['总分', '100', '', '', '', `${total}分`]].map(cells).join('\n\n')}\n`;
}

const RULE = '完成得满分，每低1个百分点扣0.5分，扣完为止';

async function run(text: string) {
  const r = await checkText(text, { rules });
  return r.findings.filter((f) => f.severity !== 'info');
}

describe('rows scored by their own 赋分规则 column, in the changji layout', () => {
  const rows = (救助 = ['=100%', '=96%', '96%', '28']): Parameters<typeof changjiSheet>[0] => [
    ['救助人次', '20', '>=3000人次', '=3120人次', '104%', '20', RULE],
    ['医疗救助政策落实率', '30', 救助[0] as string, 救助[1] as string, 救助[2] as string, 救助[3] as string, RULE],
    ['救助资金及时拨付率', '10', '=100%', '=100%', '100%', '10', RULE],
    ['群众就医负担', '20', '有效减轻', '有效减轻', '100%', '20', '按评判等级赋分'],
    ['救助对象满意度', '10', '>=90%', '=95%', '100%', '10', '满意度赋分'],
  ];

  it('reads the rule column and passes a row scored by it (4 points short, 2 deducted)', async () => {
    const fs = await run(changjiSheet(rows(), '98.00'));
    expect(fs.map((f) => f.message)).toEqual([]);
  });

  it('reports a row its own rule scores otherwise, as an error when rule, target, actual and weight leave one reading', async () => {
    const fs = await run(changjiSheet(rows(['=100%', '=96%', '96%', '29']), '99.00'));
    expect(fs.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([['performance.row-rule-score', 'error', '28.00', '29']]);
    expect(fs[0]?.message).toContain('按本行赋分规则「完成得满分，每低1个百分点扣0.5分，扣完为止」');
    expect(fs[0]?.locations[0]?.text).toBe('29');
  });

  it('warns when the words admit several readings and the score fits none (≥95%, 91%: 4 points of the value, 4.21 of the rate)', async () => {
    const fs = await run(changjiSheet(rows(['>=95%', '=91%', '95.79%', '29.5']), '99.50'));
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['performance.row-rule-score', 'warning']]);
    // Either reading passes.
    expect(await run(changjiSheet(rows(['>=95%', '=91%', '95.79%', '27.89']), '97.89'))).toEqual([]);
  });
});

describe('juesuan score on a sheet with a rule column', () => {
  it('scores a row that states its own rule by that rule, and says so', async () => {
    const text = changjiSheet(
      [
        ['救助人次', '20', '>=3000人次', '=3120人次', '104%', '20', RULE],
        ['医疗救助政策落实率', '30', '=100%', '=96%', '96%', '29', RULE],
        ['救助资金及时拨付率', '10', '=100%', '=100%', '100%', '10', RULE],
        ['群众就医负担', '20', '有效减轻', '有效减轻', '100%', '20', '按评判等级赋分'],
        ['救助对象满意度', '10', '>=90%', '=95%', '100%', '10', '满意度赋分'],
      ],
      '99.00',
    );
    const d = scoreDocument(await extractBytes('case.txt', new TextEncoder().encode(text)));
    const p = d.projects[0]!;
    const row = p.indicators.find((r) => r.name === '医疗救助政策落实率')!;
    expect(row).toMatchObject({ ownRule: RULE, agrees: false });
    expect(row.computed?.low.toFixed(2)).toBe('28.00');
    expect(p.differences).toContain(`指标「医疗救助政策落实率」：报告29分，按本行赋分规则「${RULE}」应为28.00分（未达到目标值，低4个百分点，每1个百分点扣0.5分，扣2.00分）`);
    // Rows whose rule is in other words are scored by the scheme as before.
    expect(p.indicators.find((r) => r.name === '群众就医负担')?.ownRule).toBeUndefined();
    expect(p.computed.total?.toFixed(2)).toBe('98.00');
  });
});
