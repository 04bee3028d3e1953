/**
 * Builders of small performance sheets as document fragments for the rules' cases, in the two
 * shapes the samples use: tab-separated rows (rongcheng, with "(20分)" weights in the names) and
 * tables flattened one cell per line (changji, with a 权重 column).
 */

export interface CaseIndicator {
  l1: string;
  l2: string;
  name: string;
  weight: string;
  target: string;
  actual: string;
  rate: string;
  score: string;
  note?: string;
  /** The row's own scoring rule; a 赋分规则 (flat) or 评分标准 (tab) column is printed when any row has one. */
  rule?: string;
}

export interface CaseSheet {
  title?: string;
  name: string;
  /** 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 */
  funds: [string, string, string, string, string, string];
  /** Source rows under the total: label, 年初预算数, 全年预算数, 全年执行数. */
  fundParts?: [string, string, string, string][];
  indicators: CaseIndicator[];
  total: string;
}

const ruled = (s: CaseSheet) => s.indicators.some((i) => i.rule != null);

/** A 市级预算项目支出绩效自评表 as tab-separated rows, weights as "(N分)" suffixes. */
export function tabSheet(s: CaseSheet): string {
  const [a, b, c, w, r, sc] = s.funds;
  const rows = [
    `项目名称\t\t${s.name}\t\t\t`,
    `主管部门\t\t某某局\t\t项目实施单位\t某某局`,
    `项目预算执行情况 (${w}分)\t\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分`,
    `\t年度资金总额\t${a}\t${b}\t${c}\t${w}\t${r}\t${sc}`,
    ...(s.fundParts ?? []).map(([l, x, y, z]) => `\t其中：${l}\t${x}\t${y}\t${z}\t—\t—\t—`),
    `年度绩效指标\t一级指标\t二级指标\t三级指标(分值)\t年度指标值(A)\t实际完成值(B)\t完成率(B/A)\t得分${ruled(s) ? '\t评分标准' : ''}\t偏差原因分析及改进措施`,
  ];
  let lastL1 = '';
  for (const i of s.indicators) {
    const l1 = i.l1 === lastL1 ? '' : i.l1;
    lastL1 = i.l1;
    rows.push(`\t${l1}\t${i.l2}\t${i.name}(${i.weight}分)\t${i.target}\t${i.actual}\t${i.rate}\t${i.score}${ruled(s) ? `\t${i.rule ?? ''}` : ''}\t${i.note ?? ''}`);
  }
  rows.push(`总分\t\t${s.total}\t\t\t`);
  return `# ${s.title ?? '市级预算项目支出绩效自评表'}\n\n(2024年度)\n\n单位：万元\n\n${rows.join('\n')}\n`;
}

/** A 项目支出绩效自评表 flattened one cell per line (each cell a line starting with a tab). */
export function flatSheet(s: CaseSheet): string {
  const [a, b, c, w, r, sc] = s.funds;
  const rows: string[][] = [
    [s.title ?? '项目支出绩效自评表'],
    ['(2024年度)'],
    ['项目名称', s.name],
    ['主管部门', '某某局', '实施单位', '某某局'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', a, b, c, w, r, sc],
    ['', '一级指标', '二级指标', '三级指标', '权重', '目标值', '业绩值', '完成率', '指标得分', ...(ruled(s) ? ['赋分规则'] : []), '偏差原因分析及改进措施'],
  ];
  let lastL1 = '';
  let lastL2 = '';
  s.indicators.forEach((i, k) => {
    rows.push([
      k === 0 ? '年度绩效指标完成情况' : '',
      i.l1 === lastL1 ? '' : i.l1,
      i.l2 === lastL2 && i.l1 === lastL1 ? '' : i.l2,
      i.name,
      i.weight,
      i.target,
      i.actual,
      i.rate,
      i.score,
      ...(ruled(s) ? [i.rule ?? ''] : []),
      i.note ?? '',
    ]);
    lastL1 = i.l1;
    lastL2 = i.l2;
  });
  rows.push(['总分', '100', '', '', '', `${s.total}分`]);
  return `${rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n')}\n`;
}

/** A standard set of indicators worth 90 points, all met and scored in full. */
export function fullIndicators(): CaseIndicator[] {
  return [
    { l1: '产出指标', l2: '数量指标', name: '培训次数', weight: '30', target: '≥2次', actual: '2次', rate: '100%', score: '30' },
    { l1: '产出指标', l2: '质量指标', name: '培训合格率', weight: '20', target: '≥95%', actual: '98%', rate: '100%', score: '20' },
    { l1: '成本指标', l2: '经济成本', name: '人均培训费', weight: '20', target: '≤450元', actual: '420元', rate: '100%', score: '20' },
    { l1: '效益指标', l2: '社会效益指标', name: '业务能力', weight: '10', target: '显著提升', actual: '显著提升', rate: '100%', score: '10' },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '学员满意度', weight: '10', target: '≥90%', actual: '96%', rate: '100%', score: '10' },
  ];
}

export function withIndicator(list: CaseIndicator[], k: number, patch: Partial<CaseIndicator>): CaseIndicator[] {
  return list.map((i, j) => (j === k ? { ...i, ...patch } : i));
}
