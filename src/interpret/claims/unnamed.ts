/**
 * What a clause says before its first figure, when no known subject is named there: either only the
 * words that introduce a figure of the subject already being talked about ("与2023年度相比，减少…",
 * "年初预算为…，支出决算为…", "完成预算的…"), or a name of its own that the reader does not know
 * ("面向中小企业预留政府采购项目预算金额…", "扬尘治理项目50万元"). A figure of the second kind is about
 * that unnamed thing, never about the subject of an earlier sentence.
 */

// Words that only introduce a figure: comparisons, budget and execution cues, direction words, years,
// the department speaking of itself, and filler. Removed longest first.
const CUE_WORDS = [
  // a share's base, recognised or not, runs from 占 to the figure
  /占[^，,；;。]*$/,
  /(?:与|比|较|同)\s*(?:上年|上一?年度?|去年|\d{4}\s*年度?|同期|(?:年初|全年|调整后?|年度)?预算(?:数|金额)?|上年决算(?:数)?)?(?:决算(?:数)?)?\s*(?:相比|比较|对比)?/g,
  /同比|环比/g,
  /\d{4}\s*年度?/g,
  /(?:年初|全年|调整后?|年度|年中)?(?:追加)?预算(?:数|金额|安排|资金|总额)?(?:安排)?/g,
  /完成(?:了)?|执行率|支出进度|执行进度|完成率|预决算差异率|差异率|预决算/g,
  /增幅|涨幅|升幅|降幅|减幅|跌幅|增加|增长|上升|提高|增多|上涨|多支出|超支|减少|下降|降低|减小|压减|缩减|节约|少支出|持平|幅度/g,
  /(?:本|我|该)(?:部门|单位|局|委|办|厅|院|机关|项目)|部门|单位/g,
  /(?:公务)?接待|安排|其中|分别|合计|共计|累计|总计|总额|金额|全年|本年度?|当年|上年|年度|年末|决算|执行|实际|支出|资金|收入|数额|数|额|共|各|均|约|达到|达|为|是|了|的|在|已|仅|近|总|计/g,
];

/** Is there a name of its own (two or more Chinese characters left once the cue words are gone)? */
export function namesSomethingElse(head: string, department: string | null = null): boolean {
  let t = head;
  if (department) t = t.split(department).join('');
  for (const re of CUE_WORDS) t = t.replace(re, '');
  const left = t.match(/[\u4e00-\u9fa5]/g)?.join('') ?? '';
  // A bare 项目 is the project being reported on ("项目年初预算安排为49万元"); a rate (资金到位率) is a
  // measure of the subject being talked about, not another subject.
  return left.length >= 2 && left !== '项目' && !/(?:率|比例|比重|进度)$/.test(left);
}

/**
 * A period shorter than the year named before a figure (1-8月, 1—6月, 上半年, 前三季度, 第一季度,
 * 截至6月底, 截至8月31日): the figure is not the year's amount. 1-12月, 全年 and 截至12月31日 are the year.
 */
export function periodQualifier(text: string): string | null {
  // Every clause passes here: most have no month or quarter word at all.
  if (!/[月季半]/.test(text)) return null;
  for (const m of text.matchAll(/(\d{1,2})\s*[-—–－~～至到]\s*(\d{1,2})\s*月(?:份)?/g)) {
    if (!(Number(m[1]) === 1 && Number(m[2]) === 12)) return m[0];
  }
  const q = /上半年|下半年|前[一二三1-3]季度|前[一二三两1-3]个季度|第?[一二三四1-4]季度|[一二三四1-4]季度末?/.exec(text);
  if (q) return q[0];
  const c = /截(?:至|止)(?:到)?\s*(?:\d{4}\s*年)?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?:底|末)?/.exec(text);
  if (c && Number(c[1]) !== 12) return c[0];
  return null;
}
