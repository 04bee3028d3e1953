/**
 * Counts: "接待10批次、103人次", "公务用车保有量1辆", "团组0个", "对16个项目…编制了绩效目标",
 * "本年项目共16个（年初预算10个，追加5个，转移1个）", "7个项目自评等级为优".
 */
export interface CountPattern {
  re: RegExp;
  key: string;
  label: string;
  unit: string;
}

/** Performance-management counts, recognised by their wording around the number (in digits or Chinese numerals, cn-numeral.ts's CN_COUNT). */
export const COUNT_PATTERNS: CountPattern[] = [
  { re: /对\s*(\d+|[零〇一二两三四五六七八九十百]+)\s*个[^，,。；]*?项目[^，,。；]*?(?:编制|设定|设置)(?:了)?绩效目标/, key: 'performance.projectsWithTargets', label: '编制绩效目标的项目', unit: '个' },
  { re: /选取\s*(\d+|[零〇一二两三四五六七八九十百]+)\s*个[^，,。；]*?项目[^，,。；]*?绩效(?:运行)?监控/, key: 'performance.projectsMonitored', label: '开展绩效监控的项目', unit: '个' },
  { re: /(\d+|[零〇一二两三四五六七八九十百]+)\s*个[^，,。；]{0,12}?项目(?:支出)?绩效(?:自评|评价)报告/, key: 'performance.projectReports', label: '项目绩效自评报告', unit: '个' },
  { re: /(?:(?:涵盖|涉及|共计|共有|本年|评价|自评)项目(?:共)?|项目共(?:计)?)\s*(\d+|[零〇一二两三四五六七八九十百]+)\s*个(?![^，,。；]*(?:优|良|中|差))/, key: 'performance.projects', label: '项目', unit: '个' },
  { re: /(\d+|[零〇一二两三四五六七八九十百]+)\s*个项目中/, key: 'performance.projectsGraded', label: '自评项目', unit: '个' },
  { re: /(\d+|[零〇一二两三四五六七八九十百]+)\s*个项目(?:的)?(?:自评)?等级为[“"]?(优|良|中|差)/, key: 'performance.grade', label: '自评等级', unit: '个' },
  { re: /(\d+|[零〇一二两三四五六七八九十百]+)\s*个项目(未展开|未开展|暂未开展|未评价)/, key: 'performance.grade', label: '未开展', unit: '个' },
  { re: /等\s*(\d+|[零〇一二两三四五六七八九十百]+)\s*个(?:项目|专项)/, key: 'performance.projectsListed', label: '列举的项目', unit: '个' },
  { re: /(年初预算|追加|转移|新增|调减)\s*(\d+|[零〇一二两三四五六七八九十百]+)\s*个/, key: 'performance.projectsBy', label: '项目', unit: '个' },
];

