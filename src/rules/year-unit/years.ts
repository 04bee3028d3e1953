import { namesATemplateFile } from '../../model/template-file.js';
import type { Disclosure } from '../../model/disclosure.js';
import { locationAt } from '../../model/layout.js';
import { type Location, placeKey, samePlace } from '../../model/location.js';
import { TABLE_DEFS } from '../../model/tables.js';
import { contentsEntryTitle, relatedLinkLines } from '../../model/contents.js';
import { defineRule, insufficient } from '../rule.js';
import { linesWith } from '../template/patterns.js';
import { escapeRegExp } from '../../model/regex-source.js';

const AUTH = '《关于做好2024年度部门决算公开工作的通知》：公开上一年度部门决算';

function fy(doc: Disclosure): number | null {
  return doc.facts.fiscalYear;
}

// The year rules all look at the few lines that mention a year; find them once per document.
const yearLinesCache = new WeakMap<Disclosure, Disclosure['lines']>();
function yearLines(doc: Disclosure): Disclosure['lines'] {
  let hit = yearLinesCache.get(doc);
  if (!hit) {
    hit = linesWith(doc, /20\d{2}\s*年/);
    yearLinesCache.set(doc, hit);
  }
  return hit;
}

export const yearKnown = defineRule({
  id: 'year-unit.fiscal-year',
  title: '未标明决算年度',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '标题或正文应标明决算所属年度（如“2024年度部门决算”）；无法确定年度时，年度类检查无法执行。',
  cases: [
    { name: '标题有年度', expect: 'pass', text: '# 2024年度某市医疗保障局部门决算\n' },
    { name: '全文无年度', expect: 'fail', text: '# 某市医疗保障局部门决算\n收、支总计238.67万元。\n' },
    { name: '没有标题的一段文字，年度在其所出之处', expect: 'insufficient', text: '政府采购支出总额100.00万元，其中货物50.00万元，服务50.00万元。\n' },
  ],
  check({ doc, report }) {
    if (doc.facts.fiscalYear != null) return;
    // The exported tables carry no year of their own; the disclosure's title does.
    if (doc.coverage.tablesOnly) return insufficient('输入只含决算报表，报表本身通常不标年度；年度应在公开文本的标题中核对。');
    // A part with no title (a paragraph, a short table, a page of a longer article): its year is in the
    // title of what it was taken from, which the text does not hold.
    if (doc.facts.kind === 'final-part' && doc.facts.title == null) return insufficient('本文没有标题，只是部门决算的一部分，年度应在其所出全文或网页的标题中核对。');
    report({ message: '未能从标题或正文确定决算年度。', expected: '如“2024年度”', actual: '未标明', locations: doc.lines[0] ? [doc.lines[0].location] : [] });
  },
});

const SECTION_YEAR = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])?[^，。；\d]{0,30}?(?<![与比较和同至对]\s*)(20\d{2})\s*年度?[^，。；]{0,24}?(?:决算|情况)(?:的)?说明$/;
/** The standard tables' titles and their other names, squeezed. */
const TABLE_TITLES = Object.values(TABLE_DEFS).flatMap((d) => [d.title, ...d.aliases]).map((t) => t.replace(/[\s“”"]/g, ''));

/** A table's title with a year before it ("2023年度收入支出决算总表"): the year. */
function tableTitleYear(t: string): RegExpExecArray | null {
  const m = /^(20\d{2})\s*年度?\s*(.+)$/.exec(t);
  const rest = m?.[2]?.replace(/[\s“”"]/g, '').replace(/[（(]续(?:表)?[)）]$/, '');
  return m && rest && TABLE_TITLES.some((x) => rest.endsWith(x) && rest.length - x.length <= 16) ? m : null;
}

/**
 * The year a heading names for what it explains, or null. Not the year a heading compares with
 * ("(一)财政拨款收支与2018年度决算对比情况"); a section's own heading that names a year for what it
 * explains ("十三、关于2020年度预算绩效情况的说明", "（二）2020年度“三公”经费支出决算情况说明") names
 * the account's year too.
 */
function headingYear(title: string): string | null {
  const m = /(?<![与比较和同至]\s*)(20\d{2})\s*年度?\s*(?:部门|单位)?\s*决算/.exec(title) ?? SECTION_YEAR.exec(title) ?? tableTitleYear(title.trim());
  return m ? (m[1] as string) : null;
}

/** A contents line without its leader dots and page number ("十三、关于…的说明……………12"). */
const TITLE_YEAR = /(20\d{2})\s*年度?\s*(?:部门|单位)?\s*决算(?:公开|说明|报告|表|公开说明)?$/;

export const yearHeadings = defineRule({
  id: 'year-unit.heading-year',
  title: '标题年度与决算年度不符',
  category: 'year-unit',
  severity: 'error',
  authority: AUTH,
  description: '标题、部分标题、报表标题、封面和页眉页脚中写的年度（“20xx年度单位决算表”“(20xx年度)”“某局20xx年度部门决算”）必须是决算年度。',
  cases: [
    { name: '年度一致', expect: 'pass', text: '# 2024年度某局单位决算\n## 第二部分 2024年度单位决算表\n' },
    { name: '小标题与上年决算对比', expect: 'pass', text: '# 2024年度某局部门决算\n## 第二部分 2024年度部门决算情况说明\n四、财政拨款收入支出决算总体情况说明\n（一）财政拨款收支与2023年度决算对比情况\n本年收入1205.11万元。\n' },
    { name: '部分标题写成2023年度', expect: 'fail', mentions: '2023', text: '# 2024年度某局单位决算\n## 第二部分 2023年度单位决算表\n' },
    { name: '小节标题写成上年', expect: 'fail', mentions: '2022', text: '# 2024年度某局部门决算\n## 第二部分 2024年度部门决算情况说明\n## 九、关于2022年度预算绩效情况的说明\n本年度开展绩效自评。\n' },
    { name: '目录中的小节标题写成上年', expect: 'fail', mentions: '2020', text: '# 2022年度某街道办事处部门决算\n目录\n第一部分 部门概况\n一、部门职责\n第二部分 2022年度部门决算表\n一、收入支出决算总表\n第三部分 2022年度部门决算情况说明\n十三、关于2020年度预算绩效情况的说明\n第四部分 名词解释\n' },
    { name: '目录中的小节标题与决算年度一致', expect: 'pass', text: '# 2022年度某街道办事处部门决算\n目录\n第一部分 部门概况\n一、部门职责\n第二部分 2022年度部门决算表\n一、收入支出决算总表\n第三部分 2022年度部门决算情况说明\n十三、关于2022年度预算绩效情况的说明……12\n第四部分 名词解释\n' },
    { name: '表题写成上年', expect: 'fail', mentions: '2023', text: '# 2024年度某局部门决算\n2023年度收入支出决算总表\n公开01表\n金额单位：万元\n' },
    { name: '封面或页眉写成2023年度', expect: 'fail', mentions: '2023', text: '# 某市某局2024年度部门决算\n某市某局2023年度部门决算\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n' },
    { name: '网页“相关链接”所列别年的文件', expect: 'pass', text: '# 某市某局2024年度部门决算\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n相关链接\n2024年度部门预算公开\n2023年度部门决算公开\n' },
  ],
  check({ doc, report }) {
    const year = fy(doc);
    if (year == null) return insufficient('未能确定决算年度。');
    // A heading and its line in the contents (目录) are one title written twice: one finding for both.
    const wrong = new Map<string, { title: string; year: string; locations: Location[] }>();
    const titles = [
      ...doc.sections.map((s) => ({ title: s.title, location: s.location })),
      ...(doc.facts.contents ?? []).map((c) => ({ title: contentsEntryTitle(c.text), location: c.location })),
    ];
    for (const { title, location } of titles) {
      const y = headingYear(title);
      if (y == null || Number(y) === year) continue;
      const key = title.replace(/\s+/g, '');
      const hit = wrong.get(key);
      if (hit) hit.locations.push(location);
      else wrong.set(key, { title, year: y, locations: [location] });
    }
    for (const { title, year: y, locations } of wrong.values()) {
      const where = locations.some((l) => (doc.facts.contents ?? []).some((c) => samePlace(c.location, l))) ? (locations.length > 1 ? '（目录与正文）' : '（目录）') : '';
      report({ message: `标题“${title}”${where}中的年度 ${y} 与决算年度 ${year} 不符。`, expected: String(year), actual: y, locations });
    }
    const headings = new Set(doc.sections.map((s) => placeKey(s.location)));
    const links = relatedLinkLines(doc);
    for (const l of yearLines(doc)) {
      // (A web page's links to other documents, "相关链接" / "2023年度部门决算公开", name other years.)
      if (links.has(l)) continue;
      const t = l.text.trim();
      const m = /^[（(]\s*(20\d{2})\s*年度\s*[)）]$/.exec(t);
      if (m && Number(m[1]) !== year) {
        report({ message: `表头年度“${t}”与决算年度 ${year} 不符。`, expected: `（${year}年度）`, actual: t, locations: [l.location] });
        continue;
      }
      // A title-like line that is not a section (cover page, running header, table title):
      // "某局2023年度部门决算", "2023年度单位决算表".
      const title = t.length <= 40 && !l.location.cell && !headings.has(placeKey(l.location)) ? (TITLE_YEAR.exec(t) ?? tableTitleYear(t)) : null;
      if (title && Number(title[1]) !== year) {
        report({ message: `“${t}”中的年度 ${title[1]} 与决算年度 ${year} 不符（多为沿用上年模板）。`, expected: String(year), actual: title[1] as string, locations: [l.location] });
      }
    }
  },
});

export const yearComparison = defineRule({
  id: 'year-unit.comparison-year',
  title: '比较年度不是上一年度',
  category: 'year-unit',
  severity: 'error',
  authority: '财政部《部门决算公开说明编写指引》：与上年度决算数对比说明增减变动',
  description: '“与20xx年度相比”“比20xx年”“较20xx年度”中的年度应是决算年度的上一年度。',
  cases: [
    { name: '与上年比较', expect: 'pass', text: '# 2024年度某局部门决算\n2024年度收、支总计238.67万元。与2023年度相比，减少92.61万元。\n' },
    { name: '下一年度预算与本年度比较', expect: 'pass', text: '# 2024年度某局部门决算\n2024年度收、支总计238.67万元。2025年度“三公”经费预算较2024年度增加1.68万元。\n' },
    { name: '与2022年度比较', expect: 'fail', mentions: '2022', text: '# 2024年度某局部门决算\n2024年度收、支总计238.67万元。与2022年度相比，减少92.61万元。\n' },
    { name: '与上年持平', expect: 'pass', text: '# 2025年度某局部门决算\n公务接待费支出0.00万元，与 2024 年持平。\n' },
    { name: '全文不见“决算”：只警告', expect: 'fail', severity: 'warning', mentions: '未见“决算”', text: '按照《预算法》关于推进政府信息公开工作的部署和要求,经汇总,2017年渝中区一般公共预算财政拨款开支“三公”经费5834万元,较2015年下降2.3%,主要是贯彻落实中央八项规定。\n' },
    { name: '较前年各减少', expect: 'fail', mentions: '2022', text: '# 2024年度某局部门决算\n本年度收入总计、支出总计均为2280.29万元，较2022年度各减少219.28万元，降幅8.77%。\n' },
    { name: '较前年降低', expect: 'fail', mentions: '2022', text: '# 2024年度某局部门决算\n“三公”经费支出12.40万元，较2022年降低2.3%。\n' },
    { name: '与前年持平', expect: 'fail', mentions: '2023', text: '# 2025年度某局部门决算\n公务接待费支出0.00万元，与 2023 年持平。\n' },
    { name: '较上年的金额减少', expect: 'pass', text: '# 2024年度某局部门决算\n项目支出81.29万元，较2023年的188.95万元减少107.66万元。\n' },
    { name: '较前年的同一项金额减少', expect: 'fail', mentions: '2022', text: '# 2024年度某局部门决算\n2024年度“三公”经费财政拨款支出合计2.75万元，较2022年度“三公”经费合计3.53万元减少0.78万元，降低22.1%。\n' },
    { name: '较上年的同一项金额减少', expect: 'pass', text: '# 2024年度某局部门决算\n2024年度“三公”经费财政拨款支出合计2.75万元，较2023年度“三公”经费合计3.53万元减少0.78万元，降低22.1%。\n' },
    { name: '比本年的金额增加', expect: 'fail', mentions: '2024', text: '# 2024年度某局部门决算\n基本支出157.38万元，比2024年142.33万元增加15.05万元。\n' },
  ],
  check({ doc, report }) {
    const year = fy(doc);
    if (year == null) return insufficient('未能确定决算年度。');
    // "与2023年度相比" / "比2023年增加" / "较2023年度减少" / "较2023年的188.95万元减少" / "较2022年度“三公”经费合计
    // 3.53万元减少" (the subject named again before last year's amount); not "2023年与2024年均未安排"
    // (与 as "and").
    const re = /(?:与\s*(20\d{2})\s*年度?(?:决算数?)?(?:相比|比较|同期|持平|基本持平|一致|相同|无变化)|(?:比|较)\s*(20\d{2})\s*年度?(?:的)?(?:决算数?)?\s*(?:(?:[^，,。；;：:\d年]{1,16}?(?:为|是)?\s*)?[\d,]+(?:\.\d+)?\s*(?:万元|亿元|元)\s*)?(?:各|均|分别|都)?(?:增加|减少|增长|下降|上升|降低|持平|无变化|有所|相比|同期))/g;
    // A text that never says 决算 (an untitled 三公 paragraph: "经汇总,2017年某区…开支“三公”经费…较2015年下降")
    // may be a budget, compared with the last final account (two years before): then no error is proved.
    let saysFinal: boolean | undefined;
    for (const l of yearLines(doc)) {
      for (const m of l.text.matchAll(re)) {
        const y = Number(m[1] ?? m[2]);
        if (y === year - 1) continue;
        // A later year compared with the year before it ("2022年度预算较2021年度增加") is right.
        const own = /(20\d{2})\s*年[^。；;]*$/.exec(l.text.slice(0, m.index));
        if (own && Number(own[1]) === y + 1) continue;
        // Multi-year comparisons ("2023-2024年") and budget-year references are out of scope.
        if (/\d{4}\s*[-—至到]\s*$/.test(l.text.slice(0, m.index))) continue;
        saysFinal ??= doc.lines.some((x) => x.text.includes('决算'));
        if (!saysFinal) {
          report({ severity: 'warning', message: `比较年度写成了 ${y} 年，而所说年度为 ${year}；全文未见“决算”二字，若这是预算（与${y}年决算比较）则无误，若是决算应与 ${year - 1} 年度比较。`, expected: String(year - 1), actual: String(y), locations: [locationAt(l, m.index ?? 0)] });
          continue;
        }
        report({ message: `比较年度写成了 ${y} 年，决算年度为 ${year}，应与 ${year - 1} 年度比较。`, expected: String(year - 1), actual: String(y), locations: [locationAt(l, m.index ?? 0)] });
      }
    }
  },
});

export const yearCurrentStatement = defineRule({
  id: 'year-unit.statement-year',
  title: '本年数据写错年度',
  category: 'year-unit',
  severity: 'error',
  authority: AUTH,
  description: '陈述本年收支的句子（“20xx年度收、支总计…”“20xx年度一般公共预算财政拨款支出…”“20xx年度国有资本经营预算财政拨款收入…”）中的年度必须是决算年度。',
  cases: [
    { name: '年度一致', expect: 'pass', text: '# 2024年度某局部门决算\n2024年度收、支总计238.67万元。\n' },
    { name: '写成2023年度', expect: 'fail', mentions: '2023', text: '# 2024年度某局部门决算\n2023年度收、支总计238.67万元。与2022年相比，减少92.61万元。\n' },
    { name: '上年数另起一段，紧接本年同一项', expect: 'pass', text: '# 德钦县移民局2017年度部门决算\n\n## 二、支出决算情况说明\n\n2017年度支出合计2906万元,其中:基本支出279万元;项目支出2626万元。\n\n2016年度支出合计628万元,其中:基本支出230万元;项目支出398万元。\n' },
    { name: '上一段本年说的是另一项', expect: 'fail', mentions: '2016', text: '# 德钦县移民局2017年度部门决算\n\n## 二、支出决算情况说明\n\n2017年度收入合计2906万元。\n\n2016年度支出合计628万元,其中:基本支出230万元;项目支出398万元。\n' },
    { name: '公开如下写成上年', expect: 'fail', mentions: '2023', text: '# 2024年度某局部门决算\n现将某局2023年度部门决算信息公开如下：\n2024年度收、支总计238.67万元。\n' },
    { name: '编制范围写成上年', expect: 'fail', mentions: '2020', text: '# 2021年度某监测中心单位决算\n某监测中心纳入某局2020年度部门决算编制范围的二级预算单位。\n' },
    { name: '编制的二级预算单位写成上年（无“范围”二字）', expect: 'fail', mentions: '2020', text: '# 某幼儿园2021年度部门决算\n从预算单位构成看，纳入本部门2020年度决算编制的二级预算单位主要包括本部。\n' },
    { name: '编制的二级预算单位为本年', expect: 'pass', text: '# 某幼儿园2021年度部门决算\n从预算单位构成看，纳入本部门2021年度决算编制的二级预算单位主要包括本部。\n' },
    { name: '编制范围为本年', expect: 'pass', text: '# 2021年度某监测中心单位决算\n某监测中心纳入某局2021年度部门决算编制范围的二级预算单位。\n' },
    { name: '收入支出总计，年份两侧有空格', expect: 'fail', mentions: '2024', text: '# 2025年度某局部门决算\n上海市普陀区文化和旅游局 2024 年度收入支出总计26591.08万元。\n' },
    { name: '财政拨款收入总计', expect: 'fail', mentions: '2023', text: '# 2024年度某局部门决算\n2023年度财政拨款收入总计1,222.68万元。\n' },
    { name: '实有人数', expect: 'fail', mentions: '2023', text: '# 2024年度某局部门决算\n昌吉回族自治州医疗保障局2023年度，实有人数31人，其中：在职人员30人。\n' },
    { name: '本部门面向中小企业预留', expect: 'fail', mentions: '2024', text: '# 2025年度某局部门决算\n2024 年度本部门面向中小企业预留政府采购项目预算金额372.34万元。\n' },
    { name: '下一年度的预算', expect: 'pass', text: '# 2024年度某局部门决算\n2025年度财政拨款收入总计预算为1,300.00万元。\n' },
    { name: '国有资本经营预算财政拨款收入写成次年', expect: 'fail', mentions: '2026', text: '# 2025年度某局部门决算\n2026年度国有资本经营预算财政拨款收入10.00万元，支出10.00万元。\n' },
    { name: '次年的国有资本经营预算', expect: 'pass', text: '# 2025年度某局部门决算\n2026年度国有资本经营预算财政拨款收入预算为10.00万元。\n' },
    { name: '比上年的收入支出总计', expect: 'pass', text: '# 2025年度某局部门决算\n本年收入支出总计比 2024 年度收入支出总计增加8487.2万元。\n' },
    { name: '上年数列在本年同一项之前', expect: 'pass', text: '# 2025年度某局部门决算\n2024年度政府采购支出总额18.00万元。2025年度政府采购支出总额20.00万元，比上年增加2.00万元。\n' },
    { name: '上年数之后本年说的是另一项', expect: 'fail', mentions: '2024', text: '# 2025年度某局部门决算\n2024年度政府采购支出总额18.00万元。2025年度机关运行经费20.00万元。\n' },
    { name: '上年数列在本年数之后', expect: 'pass', text: '# 2024年度某局部门决算\n2024年度支出合计2906万元，其中：基本支出279万元。2023年度支出合计628万元，其中：基本支出230万元。\n' },
  ],
  check({ doc, report }) {
    const year = fy(doc);
    if (year == null) return insufficient('未能确定决算年度。');
    const re = STATEMENT_YEAR;
    const thisYear = new RegExp(`${year}\\s*年`);
    let indexOf: Map<Disclosure['lines'][number], number> | undefined;
    for (const l of yearLines(doc)) {
      for (const m of l.text.matchAll(re)) {
        const y = Number(m[1]);
        const before = l.text.slice(Math.max(0, (m.index ?? 0) - 3), m.index);
        if (y === year || /[与比较]/.test(before)) continue;
        // Last year's figures set beside this year's, said of this year first on the line ("2017年度支出
        // 合计2906万元…。2016年度支出合计628万元…") or in the paragraph just before, of the same subject:
        // a comparison, not a wrong year.
        if (y === year - 1 && thisYear.test(l.text.slice(0, m.index))) continue;
        if (y === year - 1) {
          // Or said of the same subject for this year just after it, on the line or the next one ("2024年度
          // 政府采购支出总额18.00万元。2025年度政府采购支出总额20.00万元"): last year's level first.
          indexOf ??= new Map(doc.lines.map((x, i) => [x, i]));
          const at = indexOf.get(l) ?? 0;
          const subject = m[0].replace(/^[^年]*年度?\s*/, '').replace(/^(?:本年|本部门|本单位)/, '');
          const saysThisYear = (text: string | undefined) => text != null && subject.length >= 2 && new RegExp(`${year}\\s*年度?\\s*(?:本年|本部门|本单位)?\\s*${escapeRegExp(subject)}`).test(text);
          const after = l.text.slice((m.index ?? 0) + m[0].length);
          if (saysThisYear(after) || saysThisYear(doc.lines[at + 1]?.text)) continue;
          const prev = doc.lines[at - 1];
          if (prev && thisYear.test(prev.text) && subject.length >= 2 && prev.text.includes(subject)) continue;
        }
        report({ message: `句子以“${y}年”陈述本年数据，决算年度为 ${year}。`, expected: String(year), actual: String(y), locations: [locationAt(l, m.index ?? 0)] });
      }
      // The units the account takes in ("纳入某局2020年度部门决算编制范围的…"): this year's account.
      for (const m of l.text.matchAll(SCOPE_YEAR)) {
        if (Number(m[1]) === year) continue;
        report({ message: `“${m[0]}”所说的是${m[1]}年度部门决算的编制范围，本文件的决算年度为 ${year}（多为沿用上年文本）。`, expected: String(year), actual: m[1] as string, locations: [locationAt(l, m.index ?? 0)] });
      }
      // The sentence announcing what is published ("现将某局2021年度部门决算信息公开如下").
      const said = ANNOUNCED.exec(l.text);
      if (said && Number(said[1]) !== year) {
        report({ message: `“${said[0]}”所说公开的是${said[1]}年度决算，本文件的决算年度为 ${year}（多为沿用上年文本）。`, expected: String(year), actual: said[1] as string, locations: [locationAt(l, said.index)] });
      }
    }
  },
});

/**
 * A year followed by a subject of this year's accounts, spaces allowed ("某局 2024 年度收入支出总计",
 * "2023年度财政拨款收入总计", "某局2023年度，实有人数31人", "2024 年度本部门面向中小企业预留…").
 * Not after 与/比/较 (a comparison), 至/到/- (a span) or 和 (two years); a subject followed by 预算/计划
 * (a plan year) is not this year's account.
 */
// (The lookahead, which the rest of the pattern implies, first: it tells at once the positions where no
// year follows, where the lookbehind was tried before.)
const STATEMENT_YEAR =
  /(?=\s*20\d{2})(?<![与比较和至到\-—])\s*(20\d{2})\s*年度?\s*(?:[，,]\s*(?=(?:年末)?实有))?(?:本年|本部门|本单位)?\s*(?:收、?支总计|收入支出总计|收入总计|支出总计|收入合计|支出合计|本年收入|本年支出|财政拨款收、?支|财政拨款收入(?:支出)?(?:总计|合计)|一般公共预算财政拨款(?:基本)?支出|一般公共预算财政拨款收入|(?:政府性基金|国有资本经营)预算财政拨款(?:收入|支出)|财政拨款“?三公”?经费|“三公”经费财政拨款支出|机关运行经费|政府采购支出总额|面向中小企业预留|(?:年末)?实有(?:在职)?人(?:数|员))(?!\s*(?:预算|计划|目标))/g;

// ("…决算编制范围的", "…决算编制的二级预算单位", "…决算汇总单位")
const SCOPE_YEAR = /纳入[^。；，,]{0,30}?(20\d{2})\s*年度?\s*(?:部门|单位)?决算(?:编制|汇总)(?:范围|(?=的|单位))/g;
const ANNOUNCED = /现(?:将|就)[^。；]{0,40}?(20\d{2})\s*年度?[^。；]{0,16}?决算[^。；]{0,16}?(?:公开|说明|报告)如下/;

export const yearCutoff = defineRule({
  id: 'year-unit.cutoff-date',
  title: '截止日期与决算年度不符',
  category: 'year-unit',
  severity: 'warning',
  authority: '《行政事业单位国有资产年度报告》口径：资产情况截至决算年度12月31日',
  description: '“截至20xx年12月31日”应是决算年度末；写成其他年度（或年度之后的日期）时，数据口径与决算不一致。',
  cases: [
    { name: '决算年度末', expect: 'pass', text: '# 2024年度某局部门决算\n截至2024年12月31日，本单位共有车辆1辆。\n' },
    { name: '上年末', expect: 'fail', mentions: '2023年12月31日', text: '# 2024年度某局部门决算\n截至2023年12月31日，本单位共有车辆1辆。\n' },
    { name: '次年8月', expect: 'fail', mentions: '2025年8月31日', text: '# 2024年度某局部门决算\n截至2025年8月31日，支出204万元，执行率为100%。\n' },
  ],
  check({ doc, report }) {
    const year = fy(doc);
    if (year == null) return insufficient('未能确定决算年度。');
    for (const l of yearLines(doc)) {
      for (const m of l.text.matchAll(/截(?:至|止)\s*(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) {
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        if (y === year && mo === 12 && d === 31) continue;
        if (y === year) continue; // an in-year date (e.g. 6月30日 progress) is legitimate
        report({
          message: `“${m[0]}”不是决算年度 ${year} 的年末，数据口径与 ${year} 年度决算不一致。`,
          expected: `截至${year}年12月31日`,
          actual: m[0],
          locations: [locationAt(l, m.index ?? 0)],
        });
      }
    }
  },
});

/** A line that is a date, or a name and a date, and no sentence: a signature's dateline. */
const DATELINE = /^[^。，；,;]{0,40}?20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;

/**
 * A full date set right after a title or a name, apart from it ("…部门决算 2022 年 9 月 3 日 1 目 录…": a
 * cover's date in a page flattened onto one line): the day the document was signed, not a year it speaks of.
 */
function signedAfter(text: string, at: number): boolean {
  if (!/^20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(text.slice(at))) return false;
  return /(?:决算|公开|说明|报告|公告|公示|[局委办院厅室部站所馆会]|中心|政府|街道|办事处)[ \t\u3000]+$/.test(text.slice(Math.max(0, at - 30), at));
}

export const yearFuture = defineRule({
  id: 'year-unit.future-year',
  title: '出现决算年度两年以后的年份',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '决算在次年公开，文中可以出现次年（发文、下一步安排），但不应出现更晚的年份陈述已发生的事实。',
  cases: [
    { name: '次年发文', expect: 'pass', text: '# 2024年度某局部门决算\n根据《关于开展2025年度绩效自评工作的通知》要求。\n' },
    { name: '2027年', expect: 'fail', mentions: '2027', text: '# 2024年度某局部门决算\n2027年度收、支总计238.67万元。\n' },
    { name: '网页日期', expect: 'pass', text: '# 2024年度某局部门决算\n今天是2027年7月27日\n本局2024年度收、支总计238.67万元。\n' },
    { name: '落款日期', expect: 'pass', text: '# 2024年度某局部门决算\n本局2024年度收、支总计238.67万元。\n\n某某局办公室2027年8月20日\n' },
    { name: '封面日期与标题连成一行', expect: 'pass', text: '# 2024年度某局部门决算\n2024 年度 某某县水务中心部门决算 2027 年 9 月 3 日 1 目 第一部分 录 部门概况\n本局2024年度收、支总计238.67万元。\n' },
    { name: '句中的日期', expect: 'fail', mentions: '2027', text: '# 2024年度某局部门决算\n本局于2027年9月3日完成验收，2024年度收、支总计238.67万元。\n' },
  ],
  check({ doc, report }) {
    const year = fy(doc);
    if (year == null) return insufficient('未能确定决算年度。');
    for (const l of yearLines(doc)) {
      // A signature's date ("某某办公厅2018年8月20日") says when it was written: a supplement may come years later.
      if (DATELINE.test(l.text)) continue;
      // A sharing site's file name over the document ("2020年预算单位部门决算公开模板") dates the file, not the account.
      if (namesATemplateFile(l.text)) continue;
      for (const m of l.text.matchAll(/(20\d{2})\s*年/g)) {
        const y = Number(m[1]);
        if (y <= year + 1) continue;
        if (/(规划|计划|目标|到|至|前|展望|远景)/.test(l.text.slice((m.index ?? 0) - 4, (m.index ?? 0) + 12))) continue;
        // The day a web page was read or put up ("今天是2024年7月27日", "更新时间:2025/…").
        if (/(?:今天是|今日是|时间|日期)[:：]?\s*$/.test(l.text.slice(0, m.index ?? 0))) continue;
        if (signedAfter(l.text, m.index ?? 0)) continue;
        report({ message: `出现 ${y} 年，晚于决算年度 ${year} 两年以上。`, expected: `不晚于 ${year + 1} 年`, actual: m[0], locations: [locationAt(l, m.index ?? 0)] });
      }
    }
  },
});

export const yearPublishedEarly = defineRule({
  id: 'year-unit.published-early',
  title: '公开日期早于决算年度结束',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '决算在年度结束后编制、次年公开；写明的公开（发布）日期在决算年度结束之前，说明日期或决算年度有一处写错。网页的发布日期也可能是网站所填，故为警告。',
  cases: [
    { name: '次年公开', expect: 'pass', text: '# 2023年度某中学决算\n公开时间：2024年9月11日\n2023年度收、支总计238.67万元。\n' },
    { name: '年度结束前公开', expect: 'fail', mentions: '2023年11月', text: '# 2023年度某中学决算\n公开时间:2023年11月 11日\n2023年度收、支总计238.67万元。\n' },
    { name: '网页发布日期在年度内', expect: 'fail', mentions: '2023-09', text: '# 2023年度某局部门决算\n发布日期：2023-09-20\n2023年度收、支总计238.67万元。\n' },
    { name: '正文中的其他日期', expect: 'pass', text: '# 2023年度某局部门决算\n2023年11月11日召开会议。\n2023年度收、支总计238.67万元。\n' },
  ],
  check({ doc, report }) {
    const year = fy(doc);
    if (year == null) return insufficient('未能确定决算年度。');
    for (const l of linesWith(doc, /(?:公开|发布|公布)(?:时间|日期)/)) {
      const m = /(?:公开|发布|公布)(?:时间|日期)\s*[:：]?\s*((20\d{2})\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?))/.exec(l.text);
      if (!m || Number(m[2]) > year) continue;
      report({
        message: `公开日期“${m[1]?.replace(/\s+/g, '')}”在决算年度 ${year} 结束之前，决算不可能在年度结束前公开：日期或决算年度有一处写错。`,
        expected: `${year + 1}年或以后`,
        actual: m[1] ?? '',
        locations: [locationAt(l, m.index ?? 0)],
      });
    }
  },
});

export const yearDigitMissing = defineRule({
  id: 'year-unit.year-digit-missing',
  title: '年份缺位',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '“202 年度”“20 年”之类写成三位或两位的年份是改模板时漏填或删去了数字，应写全四位年份；句首的“209年收入决算”是决算年度（2019）漏了一位数字；“22017年”是四位年份前多打了一位。',
  cases: [
    { name: '四位年份', expect: 'pass', text: '# 2025年度某局部门决算\n第三部分 某局 2025 年度部门决算情况说明\n截至2025年12月31日，共有车辆9辆，使用年限3年。\n' },
    { name: '三位年份', expect: 'fail', mentions: '202 年度', text: '# 2025年度某局部门决算\n第三部分 某局 202 年度部门决算情况说明\n' },
    { name: '封面上只写两位年份', expect: 'fail', mentions: '24年度', text: '# 2024年度某县某小学部门决算\n24年度\n某县某小学\n部门决算\n' },
    { name: '两位数不是决算年度的不算', expect: 'pass', text: '# 2024年度某县某小学部门决算\n第一部分 部门概况\n12年度\n' },
    { name: '表格序号连着年份不算', expect: 'pass', text: '# 2024年度某局部门决算\n序号项目名称中央对下转移支付项目绩效自评12024 年医疗服务与保障能力提升补助资金\n' },
    { name: '句首年份漏了一位数字（209年收入决算）', expect: 'fail', mentions: '209年', text: '# 某校2019年度部门决算\n二、收入决算说明\n209年收入决算43187160.08元，上年收入决算39312554.51元。\n' },
    { name: '三位数的年数不算', expect: 'pass', text: '# 某寺管理处2019年度部门决算\n一、单位概况\n本寺始建于明代，距今已有500年，现为文物保护单位。\n' },
    { name: '五位年份', expect: 'fail', mentions: '22017年', text: '# 2017年度某局部门决算\n一、收入支出决算总体情况说明\n22017年预算数为3786.71万元。\n' },
  ],
  check({ doc, report }) {
    // "22017年预算数": a digit typed twice before the year (a 年 after five digits is never a count of years here).
    for (const l of linesWith(doc, /(?<![\d.,])\d20[0-4]\d\s*年/)) {
      // Only where a sentence or clause starts: inside a run of text a digit before the year is more
      // likely a table's number or score the line ran into ("自评12024 年…", "完成时间52021年12月").
      for (const m of l.text.matchAll(/(?<=^\s*|[，,。；;：:（(]\s*)(\d)(20[0-4]\d)\s*年(?!\s*[内来])/g)) {
        report({
          message: `“${m[0]}”的年份多了一位，应为“${m[2]}年”。`,
          expected: `${m[2]}年`,
          actual: m[0],
          locations: [locationAt(l, m.index ?? 0)],
        });
      }
    }
    // "24年度" alone on a cover line: the year cut to its last two digits.
    const fiscal0 = fy(doc);
    // (Scanned for 年度 ending a line: the pattern's start is tried at every position.)
    for (const l of linesWith(doc, /^\s*\d{2}\s*年度\s*$/, /年度\s*$/)) {
      const m = /(\d{2})\s*年度/.exec(l.text) as RegExpExecArray;
      if (fiscal0 == null || Number(m[1]) !== fiscal0 % 100) continue;
      report({ message: `“${m[0]}”的年份不全（2位），应为“${fiscal0}年度”。`, expected: `${fiscal0}年度`, actual: m[0], locations: [locationAt(l, m.index)] });
    }
    // "209年收入决算…" opening a clause, in an account of 2019: the fiscal year with a digit dropped (a
    // figure of three digits before 年 and the account's words is no count of years).
    const fiscal1 = fy(doc);
    if (fiscal1 != null) {
      for (const l of linesWith(doc, /(?<![\d.])20\d\s*年(?!度)/)) {
        for (const m of l.text.matchAll(/(?<=^\s*|[，,。；;：:（(]\s*)(20\d)\s*年(?=(?:收入|支出|决算|预算|部门|单位|财政|一般公共|[“"]?三公))/g)) {
          if (!dropsOneDigit(String(fiscal1), m[1] as string)) continue;
          report({ message: `“${m[0]}”的年份不全（3位），应为“${fiscal1}年”。`, expected: `${fiscal1}年`, actual: m[0], locations: [locationAt(l, m.index ?? 0)] });
        }
      }
    }
    for (const l of linesWith(doc, /(?<![\d.])20\d?\s*年度/)) {
      for (const m of l.text.matchAll(/(?<![\d.])(20\d?)\s*年度/g)) {
        const fiscal = fy(doc);
        report({
          message: `“${m[0]}”的年份不全（${m[1]!.length}位）${fiscal ? `，应为“${fiscal} 年度”或其他四位年份` : ''}。`,
          expected: fiscal ? `${fiscal}年度` : '四位年份',
          actual: m[0],
          locations: [locationAt(l, m.index ?? 0)],
        });
      }
    }
  },
});

/** Whether `short` is `year` with one of its digits left out ("209" of "2019"). */
function dropsOneDigit(year: string, short: string): boolean {
  return short.length === year.length - 1 && [...year].some((_, k) => year.slice(0, k) + year.slice(k + 1) === short);
}

/** "2022度部门决算": a year followed by 度 with its 年 dropped, where a report year is named (not "用电2022度"). */
const YEAR_WITHOUT_NIAN = /(?<![\d.电])(20\d{2})\s*度(?=\s*(?:部门|单位|决算|预算|收入|支出|财政|一般公共|政府性|国有|[“"]|三公|机关|相比|比|较|与|的|[，,。]))/g;
/** "…人民政府2024部门决算情况说明": a year run into the name of the accounts with neither 年 nor 年度. */
const YEAR_WITHOUT_WORD = /(?<![\d.])(20\d{2})(?=(?:部门|单位)(?:决算|预算))/g;
/** "2017本单位共有职工138人": a year opening a sentence about the unit, its 年 dropped. */
// ("云县2023“三公”经费…": a year run into the 三公 it dates.)
const YEAR_INTO_SUBJECT = /(?<![\d.])(20\d{2})(?=(?:本|我)(?:单位|部门|局|委|办|镇|乡|街道|校|院|中心|所|站)|全(?:年|局|县|市|区|镇|乡|校)|[“"]三公)/g;
/** "截止202412月": a year run into its month with its 年 dropped. */
const YEAR_INTO_MONTH = /(?<![\d.])(20\d{2})(1[0-2]|0?[1-9])月/g;

export const yearWordMissing = defineRule({
  id: 'year-unit.year-word-missing',
  title: '年度漏写“年”字',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '“2022度部门决算”“与2019度相比”是漏写了“年”字的“2022年度”，“2022部门决算”漏写了“年度”，“截止202212月”“2017本单位”“2023“三公”经费”漏写了“年”，应补全。',
  cases: [
    { name: '年度写全', expect: 'pass', text: '# 2022年度某局部门决算\n2022年度收入总计100.00万元，全年用电2022度。\n' },
    { name: '漏写年字', expect: 'fail', mentions: '2022度', text: '# 2022年度某局部门决算\n2022度部门决算收入总计100.00万元。\n' },
    { name: '年份连着部门决算', expect: 'fail', mentions: '2022年度', text: '# 某镇人民政府2022部门决算情况说明\n一、收入支出决算总体情况说明\n' },
    { name: '年份连着本单位', expect: 'fail', mentions: '2017年', text: '# 2017年度某中学部门决算\n2017本单位共有职工138人。\n' },
    { name: '年份连着三公', expect: 'fail', mentions: '2023年', text: '# 2023年度某县部门决算\n云县2023“三公”经费预算数为832.05万元。\n' },
    { name: '图书的本数', expect: 'pass', text: '# 2017年度某中学部门决算\n2017年度购置图书2017本，全年借阅3000人次。\n' },
    { name: '年份连着月份', expect: 'fail', mentions: '2022年12月', text: '# 2022年度某局部门决算\n截止202212月31日，本单位共有车辆2辆。\n' },
  ],
  check({ doc, report }) {
    for (const l of linesWith(doc, /20\d{2}\s*度/)) {
      if (l.location.via === 'ocr') continue; // OCR drops 年 and 度 by itself
      for (const m of l.text.matchAll(YEAR_WITHOUT_NIAN)) {
        report({ message: `“${m[0]}”漏写了“年”字，应为“${m[1]}年度”。`, expected: `${m[1]}年度`, actual: m[0], locations: [locationAt(l, m.index ?? 0)] });
      }
    }
    for (const l of linesWith(doc, /20\d{2}(?:部门|单位)(?:决算|预算)/)) {
      if (l.location.via === 'ocr') continue; // OCR drops 年 and 度 by itself
      for (const m of l.text.matchAll(YEAR_WITHOUT_WORD)) {
        report({ message: `“${m[0]}”后漏写了“年度”，应为“${m[1]}年度”。`, expected: `${m[1]}年度`, actual: m[0], locations: [locationAt(l, m.index ?? 0)] });
      }
    }
    for (const l of linesWith(doc, /20\d{2}(?:本|我|全|[“"]三公)/)) {
      if (l.location.via === 'ocr') continue; // OCR drops 年 and 度 by itself
      for (const m of l.text.matchAll(YEAR_INTO_SUBJECT)) {
        report({ message: `“${m[0]}”后漏写了“年”字，应为“${m[1]}年”。`, expected: `${m[1]}年`, actual: m[0], locations: [locationAt(l, m.index ?? 0)] });
      }
    }
    for (const l of linesWith(doc, /20\d{3,4}月/)) {
      if (l.location.via === 'ocr') continue; // OCR drops 年 and 度 by itself
      for (const m of l.text.matchAll(YEAR_INTO_MONTH)) {
        report({ message: `“${m[0]}”漏写了“年”字，应为“${m[1]}年${Number(m[2])}月”。`, expected: `${m[1]}年${Number(m[2])}月`, actual: m[0], locations: [locationAt(l, m.index ?? 0)] });
      }
    }
  },
});
