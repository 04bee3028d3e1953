import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import type { Disclosure, PerformanceSheet } from '../../model/disclosure.js';
import { DisclosureSchema } from '../../model/disclosure.js';

async function load(name: string): Promise<Disclosure> {
  const file = resolve('samples', name);
  const doc = await extractBytes(file, new Uint8Array(await readFile(file)));
  return DisclosureSchema.parse(doc);
}

const byName = (doc: Disclosure, re: RegExp) => doc.performance.sheets.find((s) => re.test(s.name)) as PerformanceSheet;
const ind = (s: PerformanceSheet, re: RegExp) => s.indicators.filter((i) => re.test(i.name));

describe('performance extraction: rongcheng (tab-separated, shifted columns)', async () => {
  const doc = await load('rongcheng-city-2024.md');
  const { sheets, quotes } = doc.performance;

  it('reads eight project sheets and the transfer sheet', () => {
    expect(sheets.filter((s) => s.kind === 'project')).toHaveLength(8);
    expect(sheets.filter((s) => s.kind === 'transfer')).toHaveLength(1);
  });

  it('reads funds, weights from "(N分)" suffixes and totals', () => {
    const s = byName(doc, /^医疗保险基金征缴/);
    expect(s.funds?.fullBudget?.value).toBe('15');
    expect(s.funds?.executed?.value).toBe('11.44');
    expect(s.funds?.rate?.raw).toBe('76.27%');
    expect(s.funds?.score?.value).toBe('7.63');
    expect(s.funds?.weight?.value).toBe('10');
    expect(s.total?.value).toBe('97.63');
    expect(s.indicators).toHaveLength(7);
    const postage = ind(s, /邮电费/)[0];
    expect(postage).toMatchObject({ level1: '成本指标', level2: '经济成本', operator: '<=', unit: '万元' });
    expect(postage?.weight?.value).toBe('20');
    expect(postage?.targetValue?.value).toBe('0.5');
    expect(postage?.actualValue?.value).toBe('0.42');
    // 数量指标 sits on the 成本 row in the source; its level-1 is repaired to 产出指标.
    expect(ind(s, /印刷品数量/)[0]).toMatchObject({ level1: '产出指标', level2: '数量指标' });
    expect(ind(s, /维护机构高效运转/)[0]).toMatchObject({ level1: '效益指标', operator: 'qualitative', targetKind: 'qualitative' });
    expect(s.indicators.reduce((n, i) => n + Number(i.weight?.value ?? 0), 0)).toBe(90);
  });

  it('reads "执行率 0" and blanks, and the duplicated indicator', () => {
    const zero = byName(doc, /职工免费查体/);
    expect(zero.funds?.rate?.value).toBe('0');
    expect(zero.funds?.executed?.value).toBe('0');
    expect(ind(zero, /参保职工满意度/)[0]?.level1).toBe('满意度指标');
    const dup = byName(doc, /特殊群体医疗费（二）/);
    expect(ind(dup, /特殊群体医疗保障覆盖率/)).toHaveLength(2);
    expect(dup.total?.value).toBe('90.2');
    expect(byName(doc, /特殊群体医疗费\(2024/).funds?.score?.value).toBe('0.4');
  });

  it('reads the summary table and the narrative summaries', () => {
    const table = quotes.filter((q) => q.source === 'summary-table');
    expect(table).toHaveLength(9);
    expect(table.find((q) => /职工免费查体/.test(q.name))).toMatchObject({ grade: '优' });
    const narrative = quotes.filter((q) => q.source === 'narrative');
    const station = narrative.find((q) => q.name === '基层医保工作站经费');
    expect(station?.score?.value).toBe('91.14');
    expect(station?.fullBudget?.value).toBe('49');
    expect(station?.executed?.value).toBe('5.6');
    expect(station?.rate?.value).toBe('11.43');
    expect(narrative.find((q) => q.name === '基层医保工作站项目')?.grade).toBe('优');
  });
});

describe('performance extraction: changji (flattened one cell per line)', async () => {
  const doc = await load('changji-prefecture-2024.txt');
  const { sheets } = doc.performance;

  it('reads one overall sheet and eleven project sheets', () => {
    expect(sheets.filter((s) => s.kind === 'overall')).toHaveLength(1);
    expect(sheets.filter((s) => s.kind === 'project')).toHaveLength(11);
  });

  it('reads the overall sheet (合计 row, 分值权重 column)', () => {
    const s = sheets.find((x) => x.kind === 'overall') as PerformanceSheet;
    expect(s.funds?.fullBudget?.value).toBe('1239.70');
    expect(s.funds?.executed?.value).toBe('1238.51');
    expect(s.funds?.score?.value).toBe('9.99');
    expect(s.indicators).toHaveLength(8);
    expect(ind(s, /DRG/)[0]).toMatchObject({ level1: '履职效能', level2: '质量指标', operator: '<=' });
    expect(ind(s, /DRG/)[0]?.actualValue?.value).toBe('90.1');
    expect(ind(s, /药品集中带量/)[0]?.operator).toBe('>=');
    expect(ind(s, /药品集中带量/)[0]?.targetValue?.value).toBe('1138');
  });

  it('reads project sheets with weights, completion rates, scores, notes and dates', () => {
    const s = byName(doc, /长期护理保险/);
    expect(s.funds?.rate?.raw).toBe('83.40%');
    expect(s.funds?.score?.value).toBe('10.00');
    expect(s.statedMax?.value).toBe('100');
    expect(s.total?.value).toBe('84.82');
    const persons = ind(s, /享受人数/)[0];
    expect(persons?.weight?.value).toBe('10');
    expect(persons?.completionRate?.raw).toBe('163.33%');
    expect(persons?.score?.value).toBe('3.67');
    expect(persons?.deviationNote).toMatch(/正常波动/);
    const date = ind(byName(doc, /援疆培训/), /培训完成时限/)[0];
    expect(date).toMatchObject({ targetKind: 'date', operator: '<=' });
    const total = sheets.filter((x) => x.kind === 'project').reduce((n, x) => n + Number(x.funds?.fullBudget?.value), 0);
    expect(total.toFixed(2)).toBe('682.26');
  });
});

describe('performance extraction: guangyuan (narrative reports)', async () => {
  const doc = await load('guangyuan-city-2024.txt');
  const { sheets, quotes } = doc.performance;

  it('has no sheets but narrative and report quotes', () => {
    expect(sheets).toHaveLength(0);
    expect(quotes.filter((q) => q.source === 'report')).toHaveLength(6);
    expect(quotes.find((q) => q.source === 'narrative' && /整体/.test(q.name))?.score?.value).toBe('93.79');
    expect(quotes.find((q) => q.source === 'narrative' && /公开引进/.test(q.name))?.score?.value).toBe('100');
  });

  it('reads report sub-scores as a tree', () => {
    const overall = quotes.find((q) => q.source === 'report' && /整体/.test(q.name));
    expect(overall?.score?.value).toBe('93.79');
    expect(overall?.grade).toBe('优秀');
    const top = overall?.parts?.filter((p) => p.parent == null).map((p) => p.score.value);
    expect(top).toEqual(['58.79', '35']);
    const general = overall?.parts?.filter((p) => p.parent === '部门预算总体绩效分析').map((p) => p.score.value);
    expect(general).toEqual(['15', '21.93', '10', '6.6', '5.26']);
    const illness = quotes.find((q) => q.source === 'report' && /大病/.test(q.name));
    expect(illness?.score?.value).toBe('99.75');
    expect(illness?.parts?.map((p) => p.score.value)).toEqual(['18', '18', '9', '9', '29.75', '16']);
  });
});

describe('performance extraction: an indicator header wrapped over two rows', () => {
  const sheet = (header: string[]) =>
    [
      '项目支出绩效自评表',
      '',
      '| 项目名称 | 医保宣传 | | | | | | | |',
      '|---|---|---|---|---|---|---|---|---|',
      '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |',
      '| | 年度资金总额 | 10.00 | 10.00 | 9.00 | 10 | 90.00% | 9.00 | |',
      ...header,
      '| 年度绩效指标 | 产出指标 | 数量指标 | 宣传次数 | 50 | >=10次 | 12次 | 50 | |',
      '| | 满意度指标 | 服务对象满意度指标 | 群众满意度 | 40 | >=90% | 95% | 40 | |',
      '| 总分 | 100 | | | | | | 99.00 | |',
      '',
    ].join('\n');
  const read = async (header: string[]) => {
    const doc = await extractBytes('wrapped.md', new TextEncoder().encode(sheet(header)));
    return doc.performance.sheets[0] as PerformanceSheet;
  };

  it('reads the sheet as with the header on one row', async () => {
    const one = await read(['| | 一级指标 | 二级指标 | 三级指标 | 权重 | 目标值 | 实际完成值 | 得分 | |']);
    const two = await read(['| | 一级 | 二级 | 三级 | 权重 | 目标 | 实际完 | 得分 | |', '| | 指标 | 指标 | 指标 | | 值 | 成值 | | |']);
    const rows = (s: PerformanceSheet) => s.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.value, i.target, i.actual, i.score?.value]);
    expect(rows(one)).toEqual([
      ['产出指标', '数量指标', '宣传次数', '50', '>=10次', '12次', '50'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '40', '>=90%', '95%', '40'],
    ]);
    expect(rows(two)).toEqual(rows(one));
    expect(two.total?.value).toBe('99.00');
  });

  it('leaves two rows of text apart when joined they are no header', async () => {
    const s = await read(['| | 一级 | 二级 | 三级 | 权重 | 目标 | 实际完 | 得分 | |', '| | 说明 | 见附件 | | | | | | |']);
    expect(s.indicators).toHaveLength(0);
  });
});

describe('performance extraction: sheets printed right below each other in one table', () => {
  const sheet = (name: string, score: string) => [
    '| 项目支出绩效自评表 | | | | | | | | |',
    '| (2024年度) | | | | | | | | |',
    `| 项目名称 | ${name} | | | | | | | |`,
    '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |',
    '| | 年度资金总额 | 10.00 | 10.00 | 10.00 | 10 | 100.00% | 10.00 | |',
    '| | 一级指标 | 二级指标 | 三级指标 | 权重 | 目标值 | 实际完成值 | 得分 | |',
    `| 年度绩效指标 | 产出指标 | 数量指标 | 宣传次数 | 90 | >=10次 | 12次 | ${score} | |`,
  ];
  it('reads each as its own sheet, and a name repeated with its header on a new page as the same sheet', async () => {
    const first = sheet('医保宣传', '90');
    const text = ['| a | b | c | d | e | f | g | h | i |', '|---|---|---|---|---|---|---|---|---|', ...first, ...first.slice(0, 4), '| 总分 | 100 | | | | | | 100.00 | |', ...sheet('基金监管', '80'), ''].join('\n');
    const doc = await extractBytes('stacked.md', new TextEncoder().encode(text));
    const { sheets } = doc.performance;
    expect(sheets.map((s) => [s.name, s.indicators.map((i) => i.score?.value), s.total?.value ?? null])).toEqual([
      ['医保宣传', ['90'], '100.00'],
      ['基金监管', ['80'], null],
    ]);
  });

  it('rows before the first name row (the end of a sheet begun pages before) are not the sheet named below them', async () => {
    // The end of another sheet, its start printed as text pages away: its indicators and its 总分 92.58.
    const tail = ['| | 一级指标 | 二级指标 | 三级指标 | 权重 | 目标值 | 实际完成值 | 得分 | |', '| 年度绩效指标 | 效益指标 | 社会效益指标 | 群众知晓率 | 90 | >=90% | 95% | 82.58 | |', '| 总分 | 100 | | | | | | 92.58 | |'];
    const text = ['| a | b | c | d | e | f | g | h | i |', '|---|---|---|---|---|---|---|---|---|', ...tail, ...sheet('基金监管', '80'), '| 总分 | 100 | | | | | | 90.00 | |', ''].join('\n');
    const doc = await extractBytes('tail.md', new TextEncoder().encode(text));
    expect(doc.performance.sheets.map((s) => [s.name, s.indicators.map((i) => i.score?.value), s.total?.value ?? null])).toEqual([['基金监管', ['80'], '90.00']]);
    expect(doc.coverage.unread.join('\n')).toContain('未能接上它所属的表');
  });
});

describe('the funds’ sources under the total', () => {
  const sheet = (partRow: string) =>
    [
      '# 项目支出绩效自评表',
      '',
      '(2024年度)',
      '',
      '项目名称\t\t委托业务项目\t\t\t',
      '项目预算执行情况 (10分)\t\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分',
      '\t年度资金总额\t90\t90\t89.97\t10\t99.97%\t10',
      partRow,
      '年度绩效指标\t一级指标\t二级指标\t三级指标(分值)\t年度指标值(A)\t实际完成值(B)\t完成率(B/A)\t得分\t偏差原因分析及改进措施',
      '\t产出指标\t数量指标\t完成项目数(90分)\t1个\t1个\t100%\t90\t',
      '总分\t\t100\t\t\t',
      '',
    ].join('\n');
  const parts = async (row: string) => {
    const doc = await extractBytes('p.md', new TextEncoder().encode(sheet(row)));
    return doc.performance.sheets[0]?.fundParts.map((p) => [p.label, p.initialBudget?.value ?? null, p.fullBudget?.value ?? null, p.executed?.value ?? null]);
  };

  it('reads a source row in the header’s columns', async () => {
    expect(await parts('\t其中：当年财政拨款\t90\t90\t89.97\t—\t—\t—')).toEqual([['当年财政拨款', '90', '90', '89.97']]);
  });

  it('reads a shifted row (label alone in the first column) in the header’s order', async () => {
    expect(await parts('其中：当年财政拨款\t90\t90\t89.97')).toEqual([['当年财政拨款', '90', '90', '89.97']]);
  });

  it('reads a source row that repeats the total\'s 分值, 执行率 and 得分 in their columns', async () => {
    expect(await parts('\t其中：当年财政拨款\t90\t90\t89.97\t10\t99.97%\t10')).toEqual([['当年财政拨款', '90', '90', '89.97']]);
  });

  it('reads a transfer sheet\'s sources, 中央财政资金 and 地方资金 ("其中: 中央财政资金")', async () => {
    expect(await parts('\t其中: 中央财政资金\t80\t80\t79.97')).toEqual([['中央财政资金', '80', '80', '79.97']]);
    expect(await parts('\t地方资金\t10\t10\t10')).toEqual([['地方资金', '10', '10', '10']]);
  });

  it('leaves a row unread whose amounts cannot all be placed', async () => {
    expect(await parts('其中：当年财政拨款\t90\t89.97')).toEqual([]);
  });
});

describe('sheet titles printed with no sheet read below them', () => {
  const read = async (text: string) => (await extractBytes('titles.txt', new TextEncoder().encode(text))).performance;

  it('are said unread, one by one', async () => {
    const perf = await read('一、项目绩效自评\n项目支出绩效自评表\n(2024年度)\n项目名称 培训经费 主管部门 某局\n年度资金总额 10.00 10.00 9.50 10 95.00% 9.50\n\n项目支出绩效自评表\n(2024年度)\n项目名称 宣传经费 主管部门 某局\n');
    expect(perf.sheets).toEqual([]);
    expect(perf.unreadSheets.map((s) => s.title)).toEqual(['项目支出绩效自评表(2024年度)', '项目支出绩效自评表(2024年度)']);
  });

  it('a title naming an attachment is not a sheet printed', async () => {
    const perf = await read('四、评价结论\n附表：部门预算项目支出绩效自评表（2024年度）\n具体详情见附件\n');
    expect(perf.unreadSheets).toEqual([]);
  });
});

describe('a report item whose paragraph a copy broke before its score', () => {
  it('takes the score from the unnumbered paragraphs after it, up to the next numbered item', async () => {
    const text = [
      '2024年度某某局整体支出绩效自评报告',
      '一、绩效分析',
      '1.履职效能（10分）',
      '（1）基金监管工作严密有效。全年检查医药机构1514家次，该项得5分。',
      '（2）经办服务工作便捷高效。坚持应定尽定，持续扩面定点医药机构达1576家。',
      '“多级多点多渠道”医保服务综合体建设取得实效，该项得5分。',
      '2.预算管理（8分）',
      '（1）预算编制质量。根据公式计算该项得分为8分。',
      '',
    ].join('\n');
    const doc = await extractBytes('report.txt', new TextEncoder().encode(text));
    const parts = doc.performance.quotes.find((q) => q.source === 'report')?.parts ?? [];
    expect(parts.filter((p) => p.parent === '履职效能').map((p) => p.score.value)).toEqual(['5', '5']);
  });
});

describe('an indicator whose values a page split onto rows of their own', () => {
  const sheet = (rows: string[]) =>
    [
      '2022年度项目支出绩效自评表',
      '| 项目名称 | 学生资助 | 主管部门 | 某县教育体育局 |',
      '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| 年度资金总额 | 38.77 | 38.77 | 38.77 | 10 | 100% | 10 |',
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
      '| 产出指标 | 数量指标 | 学生受资助人数 | ≥735人次 | 735人次 | 40 | 40 |',
      ...rows,
      '| 满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥95% | 100% | 20 | 20 |',
      '| 总分 | 100 | 100 |',
      '',
    ].join('\n');
  const read = async (text: string) => (await extractBytes('sheet.txt', new TextEncoder().encode(text))).performance.sheets[0] as PerformanceSheet;

  it('reads the rows of values under the row that ended at its name as that indicator’s values, not as indicators named "有效"', async () => {
    const s = await read(sheet(['| 效益指标 | 经济效益指标 | 减轻贫困学生家庭经济负担 |', '| 有效 |', '| 有效 | 30 | 30 |']));
    expect(s.indicators.map((i) => i.name)).toEqual(['学生受资助人数', '减轻贫困学生家庭经济负担', '学生满意度']);
    expect(ind(s, /减轻/)[0]).toMatchObject({ target: '有效', actual: '有效', level2: '经济效益指标' });
    expect(ind(s, /减轻/)[0]?.score?.value).toBe('30');
  });

  it('is not reported as a duplicate indicator', async () => {
    const r = await checkText(sheet(['| 效益指标 | 经济效益指标 | 减轻贫困学生家庭经济负担 |', '| 有效 |', '| 有效 | 30 | 30 |']));
    expect(r.findings.filter((f) => f.rule === 'performance.duplicate-indicator')).toEqual([]);
  });

  it('an indicator on the next row, named for what it measures, stays an indicator of its own', async () => {
    const s = await read(sheet(['| 效益指标 | 经济效益指标 | 减轻贫困学生家庭经济负担 |', '| 培训人数 | ≥100人 | 120人 | 30 | 30 |']));
    expect(s.indicators.map((i) => i.name)).toEqual(['学生受资助人数', '减轻贫困学生家庭经济负担', '培训人数', '学生满意度']);
  });
});

describe('a sheet\'s funds row in Sichuan\'s wording', () => {
  const sheet = (label: string, full: string) =>
    [
      '某某局2024年度部门决算',
      '',
      '# 部门预算项目支出绩效自评表（2024年度）',
      '',
      '项目名称\t甲项目',
      `预算执行情况（10分）\t年初预算\t${full}\t预算执行数\t预算执行率\t权重\t得分\t原因`,
      `${label}\t15\t15\t11.44\t76.27%\t10\t7.63\t资金未全部支付`,
      '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析',
      '产出指标\t数量指标\t印刷品数量\t≥\t10\t万份\t10\t40\t40\t',
      '效益指标\t社会效益指标\t政策知晓率\t≥\t85\t%\t96\t30\t30\t',
      '满意度指标\t服务对象满意度指标\t服务对象满意度\t≥\t85\t%\t98\t20\t20\t',
      '合计\t100\t97.63',
    ].join('\n');
  for (const [label, full] of [['总额', '全年预算数'], ['年度资金总额', '调整后预算数']] as const) {
    it(`reads "${label}" under "${full}" as the funds row (its weight 10 counted)`, async () => {
      const doc = await extractBytes('s.txt', new TextEncoder().encode(sheet(label, full)));
      const s = doc.performance.sheets[0] as PerformanceSheet;
      expect(s.funds?.executed?.value).toBe('11.44');
      expect(s.funds?.weight?.value).toBe('10');
    });
  }
});

describe('a project scored at the end of a sentence of its own figures', () => {
  const quotes = async (text: string) => (await extractBytes('s.txt', new TextEncoder().encode(text))).performance.quotes;

  it('is the project named before the colon, not the figure clause before the score', async () => {
    const q = await quotes('某某局2024年度部门决算\n\n十三、预算绩效情况说明\n\n1.甲平台项目：全年预算数20万元，执行数10万元，执行率50%，自评得分80分。\n');
    expect(q.map((x) => [x.name, x.score?.value, x.fullBudget?.value, x.executed?.value, x.rate?.value])).toEqual([['甲平台', '80', '20', '10', '50']]);
  });

  it('keeps no figures when the sentence scores two projects', async () => {
    const q = await quotes('某某局2024年度部门决算\n\n十三、预算绩效情况说明\n\n甲平台项目全年预算数20万元，自评得分80分，乙查体项目自评得分90分。\n');
    expect(q.map((x) => [x.name, x.fullBudget])).toEqual([['甲平台', null], ['乙查体', null]]);
  });
});

describe('a sheet whose funds header says 调整后预算数 (Sichuan)', () => {
  it('is read as a sheet when its funds rows are a table of their own', async () => {
    const text = [
      '部门预算项目支出绩效自评表（2024年度）',
      '',
      '项目名称\t甲项目',
      '预算执行情况（10分）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因',
      '总额\t15\t15\t11.44\t76.27%\t10\t7.63\t资金未全部支付',
      '绩效指标（90分）',
      '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析',
      '产出指标\t数量指标\t印刷品数量\t≥\t10\t万份\t10\t90\t90\t',
      '合计\t100\t97.63',
      '',
    ].join('\n');
    const perf = (await extractBytes('s.txt', new TextEncoder().encode(text))).performance;
    expect(perf.sheets.map((s) => [s.name, s.funds?.fullBudget?.value, s.indicators.length])).toEqual([['甲项目', '15', 1]]);
  });
});

describe('a row holding one cell of words in a column after the values (the rest of a cell above, set on a row of its own)', () => {
  const sheet = (lone: string) =>
    [
      '| a | b | c | d | e | f | g | h | i |',
      '|---|---|---|---|---|---|---|---|---|',
      '| 项目支出绩效自评表 | | | | | | | | |',
      '| 项目名称 | 援疆培训经费 | | | | | | | |',
      '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |',
      '| | 年度资金总额 | 10.00 | 10.00 | 10.00 | 10 | 100.00% | 10.00 | |',
      '| | 一级指标 | 二级指标 | 三级指标 | 权重 | 目标值 | 实际完成值 | 得分 | 赋分规则 |',
      '| 年度绩效指标 | 产出指标 | 数量指标 | 培训人数 | 45 | >=29人 | 29人 | 45 | 按照完成比例 |',
      lone,
      '| | 产出指标 | 质量指标 | 培训保障率 | 45 | =100% | 100% | 45 | 直接赋分 |',
      '| 总分 | 100 | | | | | | 100.00 | |',
      '',
    ].join('\n');

  it('is no indicator: not scored, not blank, said unread', async () => {
    const text = sheet('| | | | | | | | | 赋分 |');
    const doc = await extractBytes('lone.md', new TextEncoder().encode(text));
    expect(doc.performance.sheets[0]?.indicators.map((i) => i.name)).toEqual(['培训人数', '培训保障率']);
    expect(doc.coverage.unread.join('\n')).toContain('一行只有“赋分”一格，在赋分规则一栏');
    const r = await checkText(text);
    expect(r.findings.filter((f) => f.rule === 'performance.blank-score-or-actual')).toEqual([]);
  });

  it('an indicator\'s name alone on its row, its values below, is still read', async () => {
    const doc = await extractBytes('bare.md', new TextEncoder().encode(sheet('| | 产出指标 | 数量指标 | 培训天数 | | | | | |')));
    expect(doc.performance.sheets[0]?.indicators.map((i) => i.name)).toContain('培训天数');
  });
});
