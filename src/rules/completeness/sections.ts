import { declaredSections, eightTableYear, mayBeAttached, otherForm } from '../../model/contents.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Severity } from '../../model/finding.js';
import { defineRule, insufficient, notApplicable, type Rule } from '../rule.js';

const AUTH = '财政部《部门决算公开格式文本》第二部分 情况说明；《关于做好2024年度部门决算公开工作的通知》';

interface Required {
  key: string;
  name: string;
  heading: string;
  severity: Severity;
}

/** The explanation sections every disclosure must contain, with an example heading for the cases. */
const REQUIRED: Required[] = [
  { key: 'overview.duties', name: 'duties', heading: '一、部门职责', severity: 'warning' },
  { key: 'overview.organization', name: 'organization', heading: '二、机构设置', severity: 'warning' },
  { key: 'explain.total', name: 'explain-total', heading: '一、收入支出决算总体情况说明', severity: 'error' },
  { key: 'explain.income', name: 'explain-income', heading: '二、收入决算情况说明', severity: 'error' },
  { key: 'explain.expense', name: 'explain-expense', heading: '三、支出决算情况说明', severity: 'error' },
  { key: 'explain.fiscal', name: 'explain-fiscal', heading: '四、财政拨款收入支出决算总体情况说明', severity: 'error' },
  { key: 'explain.general', name: 'explain-general', heading: '五、一般公共预算财政拨款支出决算情况说明', severity: 'error' },
  { key: 'explain.basic', name: 'explain-basic', heading: '六、一般公共预算财政拨款基本支出决算情况说明', severity: 'error' },
  { key: 'explain.fund', name: 'explain-fund', heading: '七、政府性基金预算财政拨款收入支出决算情况说明', severity: 'error' },
  { key: 'explain.capital', name: 'explain-capital', heading: '八、国有资本经营预算财政拨款支出决算情况说明', severity: 'error' },
  { key: 'explain.threePublic', name: 'explain-three-public', heading: '九、财政拨款“三公”经费支出决算情况说明', severity: 'error' },
  { key: 'explain.operating', name: 'explain-operating', heading: '（一）机关运行经费支出情况', severity: 'error' },
  { key: 'explain.procurement', name: 'explain-procurement', heading: '（二）政府采购支出情况', severity: 'error' },
  { key: 'explain.assets', name: 'explain-assets', heading: '（三）国有资产占用情况', severity: 'error' },
  { key: 'explain.performance', name: 'explain-performance', heading: '（四）预算绩效管理情况', severity: 'error' },
];

const squeeze = (t: string) => t.replace(/[\s　]/g, '');

/**
 * A heading the contents list names, printed in the body run into its first sentence
 * ("六、一般公共预算财政拨款基本支出决算情况说明一般公共预算财政拨款基本支出…"): the section is there.
 */
function gluedInBody(doc: Disclosure, key: string): boolean {
  const entries = (doc.facts.contents ?? []).filter((c) => c.section === key).map((c) => ({ text: squeeze(c.text), location: c.location }));
  if (!entries.length) return false;
  return doc.lines.some((l) =>
    entries.some((e) => (l.location.page !== e.location.page || l.location.line !== e.location.line) && squeeze(l.text).startsWith(e.text) && squeeze(l.text).length > e.text.length),
  );
}

/**
 * The overview's parts said in a sentence of their own with no heading over them ("沐溪小学的主要职责是:…",
 * "内设3个科室"), as small units write them: the part is there, under no heading.
 */
const STATED: Record<string, RegExp> = {
  // ("…在辖区内依法履行查办贪污…提起公诉…等职责": a sentence that says what the unit does.)
  // ("…第一部分 单位概况 一、部门职责 宁夏职业技术学院是…": a heading run into its text on a flattened line,
  // not followed by the next entry as in a contents list.)
  // ("…镇人民政府主要负责落实国家政策…", under 一、单位基本情况 with no heading of its own: Chongqing's 街镇.)
  // ("负责政府投资项目的…评估论证;负责核准…": a list of duties opening the overview with no heading over it.)
  'overview.duties': /^\s*(?:[（(]?[一二三四五六七八九十\d]+[、.．)）]\s*)?(?:主要)?(?:负责|贯彻(?:执行|落实))[^。；;]{4,}[；;]|(主要|基本)?(职责|职能)(是|为|有|包括|如下)|(?:政府|本(?:部门|单位|局|委|办|院|中心))主要负责|(职责|职能)[:：]|履行[^。；]{0,80}?(?:职责|职能)|[一二三四五六七八九十]、\s*(?:部门|单位)?(?:主要)?(?:职责|职能)\s+(?![一二三四五六七八九十\d（(]|第)[\u4e00-\u9fa5]{4}/,
  // ("纳入本部门决算汇编范围的独立核算单位共1个", "下属二级单位6个", "单位构成情况:…": older templates say it under 部门概况;
  // Sichuan's of 2017: "独立编制机构数 1个,独立核算机构数1个".)
  // ("六、学校属于全额财政拨款事业单位，所以机关运行经费为0": said with its amount, under no heading of its own.)
  // (Beijing's compact overview: "本中心下设业务办、办公室、财务办、安全办。" under 一、单位基本情况.)
  'explain.operating': /机关运行经费(?:支出)?(?:决算)?(?:数)?(?:为|是|共|合计|总额)?\s*[:：]?\s*\d/,
  'overview.organization': /纳入[^。；]{0,20}(?:决算|汇编|编制)范围的[^。；]{0,12}单位(?:共|有)?\s*[\d一二三四五六七八九十]+\s*个|下属(?:二级)?(?:单位|机构)(?:共|有)?\s*[\d一二三四五六七八九十]+\s*个|单位构成(?:情况)?[:：]|内设(机构|科室|股室|部门)?[\d一二三四五六七八九十]+个|[\d一二三四五六七八九十]+个(?:内设|职能)?(?:机构|科室|股室|业务部门)|下设[\d一二三四五六七八九十]+个|设置?[^。；，,:：]{0,12}(?:机构|事业单位|科室|股室)[\d一二三四五六七八九十]+个|(编制|在职人员|在编人员)[\d一二三四五六七八九十]+(名|人)|独立(?:编制|核算)(?:机构|单位)数?\s*[\d一二三四五六七八九十]+\s*个|(?:下设|内设)(?:机构|科室|股室|部门)?(?:分别是|分别为|具体是|具体为|有|为|是|包括)?[:：]?[\u4e00-\u9fa5]{2,12}、[\u4e00-\u9fa5]{2,12}/,
};

/**
 * A fund's explanation said in the one sentence it needs, under no heading of its own: "本部门无政府性基金
 * 财政拨款，故表七（…）为空表" (a heading left unnumbered, "政府性基金预算财政拨款收支情况：无", is not
 * read as one): the section is there.
 */
const EMPTY_STATED: Record<string, RegExp> = {
  'explain.fund': /(?:无|没有)政府性基金[^。；]{0,40}(?:为空表|空表)/,
  'explain.capital': /(?:无|没有)国有资本经营[^。；]{0,40}(?:为空表|空表)/,
};

function statedWithoutHeading(doc: Disclosure, key: string): boolean {
  const empty = EMPTY_STATED[key];
  if (empty && doc.lines.some((l) => empty.test(l.text))) return true;
  const re = STATED[key];
  return re != null && doc.lines.some((l) => re.test(l.text));
}

const OTHER_SECTION = '## 第二部分 部门决算情况说明\n';

function sectionRule(r: Required): Rule {
  const title = r.heading.replace(/^[（(]?[一二三四五六七八九十]+[、)）]/, '');
  return defineRule({
    id: `completeness.section-${r.name}`,
    title: `缺少“${title}”`,
    category: 'completeness',
    severity: r.severity,
    authority: AUTH,
    description: `决算公开文本应包含“${title}”一节（各地编号和措辞可以不同）。`,
    cases: [
      { name: '有该节', expect: 'pass', text: `${OTHER_SECTION}${r.heading}\n本节内容。\n` },
      ...(STATED[r.key]
        ? [
            {
              name: '无标题而正文写明',
              expect: 'pass' as const,
              text: `某某小学2021年度单位决算\n某某小学的主要职责是：实施义务教育。学校内设3个科室，在编人员40人。机关运行经费为0万元。\n${OTHER_SECTION}一、收入支出决算总体情况说明\n本节内容。\n`,
            },
            {
              name: '基本情况一段写明职责与机构',
              expect: 'pass' as const,
              text: `某某镇人民政府2021年度部门决算公开说明\n一、单位基本情况\n某某镇人民政府主要负责落实国家政策，制定发展规划。\n某某镇人民政府设置党政综合办事机构10个：党政办公室、经济发展办公室。机关运行经费支出120.5万元。\n${OTHER_SECTION}一、收入支出决算总体情况说明\n本节内容。\n`,
            },
            {
              name: '概况以职责清单开篇而无标题',
              expect: 'pass' as const,
              text: `某某评审中心2022年度单位决算\n第一部分 部门概况\n负责政府投资项目建议书的评估论证；负责核准投资项目申请报告的评估论证。\n中心内设3个科室，在编人员12人。机关运行经费为0万元。\n${OTHER_SECTION}一、收入支出决算总体情况说明\n本节内容。\n`,
            },
          ]
        : []),
      ...(EMPTY_STATED[r.key]
        ? [
            {
              name: '无标题而正文写明无此项资金、表为空表',
              expect: 'pass' as const,
              text: `${OTHER_SECTION}${REQUIRED.filter((x) => x.key !== r.key && x.key.startsWith('explain.'))
                .map((x) => `${x.heading}\n本节内容。\n`)
                .join('')}${r.key === 'explain.fund' ? '政府性基金预算财政拨款收支情况：无\n本部门无政府性基金财政拨款，故表七（政府性基金预算财政拨款收入支出决算表）为空表。' : '国有资本经营预算财政拨款支出情况：无\n本部门无国有资本经营预算财政拨款，故表八（国有资本经营预算财政拨款支出决算表）为空表。'}\n`,
            },
          ]
        : []),
      {
        name: '缺该节',
        expect: 'fail',
        // (Every other section written: the form is the standard one, so the one missing is missing.)
        text: `${OTHER_SECTION}${REQUIRED.filter((x) => x.key !== r.key && x.key.startsWith('explain.'))
          .map((x) => `${x.heading}\n本节内容。\n`)
          .join('')}`,
      },
      ...(r.key.startsWith('explain.')
        ? [
            {
              name: '情况说明按较短的格式写（只有几节）时为警告',
              expect: 'fail' as const,
              severity: 'warning' as const,
              mentions: '结构与现行格式文本不同',
              text: `${OTHER_SECTION}${r.key === 'explain.total' ? '二、收入决算情况说明' : '一、收入支出决算总体情况说明'}\n本节内容。\n`,
            },
          ]
        : []),
    ],
    check({ doc, report }) {
      const found = doc.sections.some((s) => s.key === r.key || s.also?.includes(r.key)) || gluedInBody(doc, r.key) || statedWithoutHeading(doc, r.key);
      if (found) return;
      if (r.key === 'explain.capital' && eightTableYear(doc)) return notApplicable(`${doc.facts.fiscalYear}年度的格式文本为八张表，不含国有资本经营预算财政拨款支出及其说明`);
      const hasExplanation = doc.sections.some((s) => s.key?.startsWith('explain') || s.key?.startsWith('overview'));
      if (!hasExplanation) return insufficient('未识别到情况说明或概况部分的任何章节，无法判断缺少哪一节。');
      const unreadPages = doc.coverage.pagesUnread;
      if (unreadPages.length) return insufficient(`第${unreadPages.join('、')}页未能读取，“${title}”一节可能印在其中，无法判断是否缺失`);
      // A document in another form is checked against the sections its own contents list declares.
      const declared = declaredSections(doc);
      if (declared && !declared.has(r.key)) return notApplicable(`本文目录未列“${title}”一节（按文件自身目录所列章节检查）`);
      // An explanation written to a shorter form of its own (an older year's or a region's: "一、部门决算收支增减
      // 情况说明", "二、一般公共预算收入支出决算情况", five sections in all), with no contents list saying
      // which it has: the sections it lacks may not be asked for by its form.
      const own = new Set(doc.sections.filter((s) => s.key?.startsWith('explain.')).map((s) => s.key));
      const shortForm = !declared && r.key.startsWith('explain.') && own.size > 0 && own.size < 7;
      const other = (!declared && otherForm(doc)) || shortForm;
      const attached = mayBeAttached(doc);
      const part = doc.sections.find((s) => s.key === (r.key.startsWith('overview') ? 'overview' : 'explain'));
      report({
        ...((other || attached) && r.severity === 'error' ? { severity: 'warning' as const } : {}),
        message: attached
          ? `未找到“${title}”一节（${attached}，请核实）。`
          : other
            ? `未找到“${title}”一节（${shortForm ? `本文情况说明只写了${own.size}节，结构与现行格式文本不同` : '本文格式与地方格式文本不同'}且无目录可依，请按本地当年的格式核实）。`
            : `未找到“${title}”一节。${declared ? '（本文目录列有此节）' : ''}`,
        expected: title,
        actual: '缺失',
        locations: part ? [part.location] : [],
      });
    },
  });
}

export const sectionRules: Rule[] = REQUIRED.map(sectionRule);
