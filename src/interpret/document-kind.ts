import type { DocumentKind } from '../model/disclosure.js';
import { AMOUNT } from '../model/labels.js';
import type { Block, ParagraphBlock, TableCell } from '../model/layout.js';
import type { Location } from '../model/location.js';
import type { TableId } from '../model/tables.js';
import { looksLikeHeading, sectionKeyOf, withoutLeader } from './sections.js';
import { portalFields, SITE_FURNITURE, titleFieldCell } from './site-furniture.js';
import { tableIdByTitle } from './tables/identify.js';

/** One entry of the document's own contents list (目录), as printed, with what it names. */
export interface ContentsEntry {
  text: string;
  /** The standard table the entry names, when it names one. */
  table: TableId | null;
  /** The known section the entry names, when it names one. */
  section: string | null;
  location: Location;
}

export interface KindReading {
  kind: DocumentKind;
  /** Why, in Chinese (quoted from the title, cover or table titles), or null for a final account. */
  reason: string | null;
  location: Location | null;
}

/** Paragraphs read as the cover: a document's kind is said there before any sentence. */
const COVER = 15;
// A portal's field of its own, not the title ("索引号: …", "发布机构: …", "有效性: 有效", "[ 体裁分类 ] 财政预算、决算"),
// also set as a row of cells ("索引号 | 0152…/2020-0828015 | 发布机构 | …", "公开目录 | 财政预决算 | …": the column
// the page is filed under names 预决算, no document of its own).
const FIELD_LINE = /^[[【]?\s*(?:索\s*引\s*号|发布机构|组配分类|主题分类|体裁分类|公开目录|信息分类|所属分类|有\s*效\s*性|关\s*键\s*词|文\s*号|发文日期|发布日期|成文日期)\s*(?:[:：|｜]|[\]】])/;

const FINAL_TITLE = /决算/;
const DEPT_NAMED = /(部门|单位)决算/;
/** A part only a department's account has: "第一部分 部门(单位)概况", "部门决算情况说明", "单位决算表". */
const DEPARTMENT_PART = /^(?:第[一二三四五六七八九十]部分|[一二三四五六七八九十]+、)?[:：]?(?:部门|单位)(?:[（(](?:部门|单位)[)）])?(?:概况|基本情况|(?:20\d{2}年度?)?决算(?:情况说明|报表|表|公开表))$/;
// A department's or unit's budget: "2026年部门预算", "XX局2026年度单位预算公开", "预算信息公开".
// A government's budget report and its tables: "…2021年财政预算执行情况和2022年财政预算(草案)相关表格".
// A 三公 budget: "涪城区2019年财政拨款“三公”经费预算情况".
const BUDGET_TITLE = /(部门|单位)\s*预算|预算\s*(公开|信息公开|说明|编制说明)|年度?\s*预算(?!执行)|预算\s*[（(]\s*草案\s*[)）]|经费预算(?:安排)?情况|预算调整(?:方案|情况的?报告)/;
// A budget's table named as the page's title ("2016年某委财政拨款“三公”经费预算表", "2023年部门收支预算总表").
const BUDGET_TABLE_TITLE = /预算(?:总|明细)?表/;
// A government's own final accounts (总决算, 本级决算, 一般公共预算收支决算, a social insurance fund's), not a department's.
const GOVERNMENT_FINAL =
  /总决算|中央本级|中央决算|[省市区县州]级决算|本级(政府)?决算|政府决算|(一般公共预算|政府性基金预算?|国有资本经营预算|社会保险基金预算)收支?决算(?!表)|财政(总)?决算(?!表)|决算([（(]?草案[)）]?)?的报告|(?:社会保险|养老保险|医疗保险|医保|失业保险|工伤保险|生育保险)基金[^。，；]{0,6}?决算(?!表)/;
// "重庆市永川区2024年决算报告": a region's name and a year, no department, is the government's own.
const REGION_FINAL_TITLE = /^(?:[\u4e00-\u9fa5]{1,10}?(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|县|区|旗))+(?:本级)?20\d{2}年度?(?:全?(?:省|市|州|县|区|旗))?(?:财政)?决算(?:报告|情况|草案)?$/;
/** A heading numbered as a section's ("（一）", "一、", "1."), which no document's title is. */
const NUMBERED_HEADING = /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))/;
// "某中学2022年度单位决算之第三部分 情况说明": one part of an account published part by part, on pages of their own.
const PART_OF_SET_TITLE = /决算(?:公开)?之第[一二三四五六七八九十\d]{1,3}部分/;
// "某区关于2016年度区级对下转移支付情况的说明": a government's transfers to the governments below it, not a department's account.
const TRANSFER_TITLE = /转移支付(?:资金)?(?:的)?(?:情况|决算)/;
// A supplement or correction to a published final account.
const SUPPLEMENT_TITLE = /决算[^。，；]{0,12}(?:补充说明|补充公开|补充公告|更正说明|更正公告|勘误)/;
// The parts of a final account published on their own, named in a title.
// ("…2017年部门决算“三公”经费公开", "…部门决算公示说明—三公经费": the 三公 published on its own, 部门决算
// naming whose.)
// The 三公 or one of its three items, by the words every form uses.
const THREE_PUBLIC = /三公|因公出国|公务接待|公务用车/;
// ("某县人大常委会办公室2022年度一般公共预算财政拨款支出决算具体情况": the items of one section; "…2021年
// 部门决算公开表.xls": the tables alone. Only as a title: a numbered heading or a part's, "五、一般公共预算财政
// 拨款支出决算情况说明", "第二部分 2024年度部门决算公开表", is a section of a whole account; and a title names
// its year.)
const PART_TITLE = /(?:三公.?经费|机关运行经费|政府采购|其他(?:重要)?事项)[^。，；]*(?:决算|情况|说明|表)|决算\s*[“"‘']?\s*三公\s*[”"’']?\s*经费(?:支出)?(?:情况)?(?:公开|说明)$|决算[^。，；]{0,10}?[—－-]{1,2}\s*[“"‘']?(?:三公\s*[”"’']?\s*经费|机关运行经费|政府采购(?:情况)?)$|^(?!第[一二三四五六七八九十]+部分|[一二三四五六七八九十\d]+[、.．]|[（(])(?![^。，；]*说明(?:及|和|与))[^。，；]*?20\d{2}[^。，；]*?(?:一般公共预算财政拨款(?:基本)?支出决算(?:具体|明细)?情况(?:说明)?|决算公开(?:报)?表(?:\d*\.(?:xlsx?|et|pdf))?)$/;
// The sections of 其他重要事项 that a department may publish on their own (三公, 机关运行经费, 政府采购,
// 国有资产占用, 绩效管理): a whole account has its totals first.
const PART_SECTIONS = new Set(['explain.threePublic', 'explain.operating', 'explain.procurement', 'explain.assets', 'explain.performance', 'explain.other']);
// The totals a whole account opens with.
// ("“三公”经费支出合计40.14万元" is the 三公's own total.)
const WHOLE_ACCOUNT = /收、?支总计|收入总计|(?<!经费)支出总计|本年收入合计|本年支出合计|收入合计|(?<!经费)支出合计|财政拨款收入/;
// A performance self-evaluation published on its own: its sheet's or report's title at the top of
// the text ("附件：项目支出绩效自评表（2022年度）", "部门整体支出绩效评价报告").
// ("…2022年整体和项目支出绩效自评总结报告", "…2024年度项目支出绩效单位自评报告": words between.)
// Whatever it evaluates (项目支出, 部门整体, 专项资金, 转移支付), and whether it scores the spending or its
// targets ("2020年度县级专项资金绩效目标自评表", "…绩效目标完成情况自评表").
const PERFORMANCE_TITLE = /^(?:附件\s*\d*\s*[:：]?\s*)?(?:[\u4e00-\u9fa5（）()\d]{0,40}?)(?:绩效(?:目标(?:(?:完成|实现|执行)情况)?)?(?:单位)?(?:自评|评价|评价自评)(?:结果)?总?(?:结)?(?:表|报告)|绩效(?:目标(?:(?:完成|实现|执行)情况)?)?(?:单位)?自评(?:情况)?(?:总结)?(?:说明|报告))/;
// The work of publishing accounts, as news and notices name it.
const ABOUT_THE_WORK = /(?:预|部门)?决算公开(?:工作|情况通报|检查)/;
/**
 * The amount columns of a text's tables when every one of them is a budget's ("本年预算数", "其中:公共预算财政拨款"
 * under it) and none says 决算, 实际 or 执行: the header naming the budget, else null.
 */
function onlyBudgetColumns(blocks: readonly Block[]): string | null {
  const heads = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.slice(0, 3).flat().map((c) => c.text.replace(/\s/g, '')) : []));
  const budget = heads.find((h) => /预算数$/.test(h));
  if (!budget || heads.some((h) => /决算|实际|执行|支出数/.test(h))) return null;
  // (Quoted as the column's own name: the rows' label a converter joined to it, "项目 2016年预算数", left out.)
  return budget.replace(/^(?:项目|科目名称|科目|名称)(?=.)/, '');
}

/** The title of instructions for compiling accounts, not of accounts: "部门决算填报说明", "决算报表填表说明". */
// (And a manual for the work: "2022年度部门决算工作手册(预算单位版)", "…决算编制操作指南", "…决算培训课件",
// "部门决算分析报告撰写提纲".)
const INSTRUCTIONS_TITLE = /^[^。，；《]{0,10}决算[^。，；》]{0,12}(?:(?:填报|填表|填列|录入|编报)(?:说明|须知|要求|手册)|(?:工作|操作|编制|编报)(?:手册|指南|指引)|培训(?:课件|讲义|材料)|(?:撰写|写作|编写)提纲)(?![\u4e00-\u9fa5])/;
/** A notice's or a note's title: "关于公开2021年度市级绩效评价的说明", "关于做好…工作的通知". */
// (Only a notice's verbs, and nothing an account's own part is titled by: "关于2023年度“三公”经费支出情况的说明"
// is a 三公 page.)
const NOTICE_TITLE = /^关于(?:公开|做好|开展|印发|报送|推进|进一步)(?![^。，；]*(?:决算|三公|经费|收支|收入|支出|财务|资产|采购))[^。，；]{2,40}的(?:说明|通知|函|意见)$/;
/**
 * A department's letter sending its accounts to the finance bureau ("某局关于报送2015年度部门决算的函" /
 * "省财政厅:"): the forms go with it to be checked, it publishes nothing.
 */
const SUBMISSION_TITLE = /关于报送[^。，；]{2,40}决算[^。，；]{0,12}的(?:函|报告)/;
const TO_FINANCE = /(?:财政厅|财政局|财政部|财政委员会)\s*[:：]\s*$/;
// The header of a self-evaluation sheet: its scores and what they are given for.
const SHEET_SCORE = /^(?:得分|分值|权重)/;
const SHEET_BASIS = /执行率|指标/;
// A year's budget said to be arranged or approved ("预算安排情况如下", "人民代表大会批准的…2024年预算").
// ("…“三公”经费预算2014年情况如下", "安排公务接待费预算8万元".)
const BUDGET_ARRANGED = /20\d{2}\s*年度?(?:部门)?预算(?:中)?(?:没有|未|无)安排|20\d{2}\s*年度?(?:没有|未)安排[^。，；]{0,12}预算|预算安排(?:情况|如下)|现将[^。，；]{0,16}预算[^。，；]{0,8}公开如下|批准的[^。，；]{0,20}20\d{2}\s*年(?:度)?预算|预算\s*(?:20\d{2}\s*年度?)?\s*(?:安排)?情况如下|安排[^。，；]{0,12}预算\s*\d/;
const BUDGET_AMOUNT = /(?<!年初|全年|调整后?)预算(?:数|安排|总额|总数)?(?:为|是)?\s*[:：]?\s*\d/;
const BUDGET_AMOUNTS = new RegExp(BUDGET_AMOUNT.source, 'g');
// What only a government's own accounts state amounts of: taxes it collects, the whole region's
// budget, the funds it moves between budgets, the budget its congress approved. A department's account
// has none of these amounts (its income is 财政拨款, never 税收收入); a finance bureau's may name them
// among its duties ("负责全区财政收支管理、地方政府债务管理"), never with a figure after them.
// The taxes it collects are also what a government's revenue table lists row by row ("一、税收收入 | 401 |
// 431", "增值税 | 266 | 292"): no department's table has such rows.
const TAX_MARKERS = [/税收收入\s*[为是:：]?\s*\d|非税收入\s*[为是:：]?\s*\d/, /增值税(?:收入)?\s*\d|企业所得税(?:收入)?\s*\d|个人所得税(?:收入)?\s*\d/];
const GOVERNMENT_MARKERS = [
  ...TAX_MARKERS,
  /全(?:省|市|区|县|州|旗|镇|乡)(?:一般公共预算|政府性基金|国有资本经营|公共财政|财政|一般财政)[^。，；,;]{0,12}\d/,
  /(?:债务转贷收入|预算稳定调节基金|地方政府(?:一般|专项)?债券?)[^。，；,;]{0,12}\d/,
  /(?:人民代表大会|人大常委会)[^。]{0,30}(?:审议|批准)[^。]{0,40}\d/,
  /一般公共预算(?:总)?收入\s*(?:累计)?(?:完成|实现)?\s*[为是:：]?\s*\d/,
  // A region's revenue said as gained or lost on last year ("比上年减收1070万元", "增收1284万元"), and its
  // budget named 地方 ("(一)地方一般公共预算收入情况"): a government's budget execution, month by month.
  /(?:增收|减收|减支|增支)\s*\d/,
  /地方一般公共预算(?:收入|支出)/,
];
// A title naming an organisation of its own ("某某区财政局2024年度决算"): a department's, whatever its text.
const ORG_TITLE = /(?:局|委员会|委|办公室|办|院|中心|站|所|学校|校|馆|协会|会|队|处|室|厅|社|团|园|场|台)\s*(?:20\d{2}|[（(])/;
// How a report to the people's congress (or its standing committee) opens.
/** How a government's report on its budget or accounts to the congress says what follows ("现将2022年上半年财政预算执行情况和2021年决算(草案)报告如下"). */
const REPORT_FOLLOWS = /现将[^。]{0,40}(?:财政预算执行情况|决算\s*[（(]\s*草案\s*[)）]|决算草案|财政决算)[^。]{0,20}报告如下/;
// "现将小榄镇2021年预算调整情况报告如下", "关于2023年预算调整方案的报告": a government's budget adjusted.
const BUDGET_ADJUSTED = /现将[^。]{0,40}预算调整(?:方案|情况)?[^。]{0,10}报告如下|关于[^。]{0,40}预算调整方案(?:（草案）)?的报告/;
// "大洼区中医院财务信息公示": a hospital's or a school's own financial notice, not a department's account.
// (Its cover may be joined into one line with what follows: "大洼区中医院财务信息公示盘锦市大洼区中医院财务信息 | |".)
const OWN_FINANCE_NOTICE = /^[^。，；|]{0,20}(?:医院|卫生院|学校|中学|小学|幼儿园|大学|学院)[^。，；|]{0,10}财务(?:信息)?(?:公示|公开)/;
const ADDRESS = /^(?:20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:主任|各位代表|各位委员)[、，,：:]/;
/** An audit office's report to the congress: it reports the audit of the accounts and asks to be considered. */
// (And an audit office's notice of its findings: "…财政财务收支情况进行审计。现将审计结果公告如下".)
const AUDIT_REPORT = /报告[^。]{0,40}审计(?:工作)?情况[^。]{0,6}请予(?:以)?审议|审计工作报告(?=\s*$)|关于[^。]{0,40}审计(?:工作)?(?:情况)?的报告|现将(?:有关)?审计结果(?:公告|公布|报告)如下|审计结果(?:公告)?(?=\s*$)|审计(?:署|厅|局)对[^。]{0,40}进行了审计/;
// A web page's furniture: a news item or a notice, not the disclosure itself.
const PAGE_FURNITURE = /发布时间|发布日期|来源[：:]|浏览次数|阅读次数|访问[：:]?\s*\d|责任编辑|字体[：:]?\s*[【[]?\s*大|【\s*字体|打印本页|关闭窗口|分享到|您所在的位置|当前位置\s*[:：]/g;
// A journalist's article, as a paper, a library or a portal keeps it ("作者/责任者:陈海生", "文献资料来源:
// 新快报-A03", "本报记者", "中新网7月18日电"): a disclosure names its department, never an author or a newspaper.
const NEWS_BYLINE = /(?:网|社|报|台)\s*(?:北京)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电|作者\s*[/／]?\s*责任者|责任者\s*[:：]|(?:本报|新华社|见习)?记者\s*[\u4e00-\u9fa5]{2,4}|通讯员\s*[\u4e00-\u9fa5]{2,4}|(?:来源|出处)\s*[:：]\s*[^\s，。]{0,12}(?:日报|晚报|早报|新快报|报社|电视台|新闻网)/;
/**
 * What speaks of many units' accounts at once ("82所高校2021年决算数据", "全市156个部门") or of companies'
 * ("国资合并报表的企业共34户", "集团2019年年报决算"): a ranking, news or a company's report, no department's own.
 */
const OTHERS_ACCOUNTS = /\d{2,}\s*(?:所|个|家)[^。，,]{0,30}?(?:高校|大学|学校|医院|部门|单位)[^。]{0,20}(?:决算|预算)(?:数据|总收入|经费|总额|排名)|(?:国资)?合并报表的企业|企业财务决算|集团[^。]{0,10}年报决算/;
/** A site's notice that it reprints others' articles. */
const REPRINT_NOTICE = /版权归原作者所有|转载(?:文章|本文|此文)?仅为传播|本网拥有此文版权|(?:若需|如需)转载[^。]{0,12}请注明(?:来源|出处)/;
/**
 * What a social organisation's (a 协会's, 学会's, 基金会's) financial report says of itself: the
 * accounting standard it keeps, its 财务决算 in its title. It reports to its members; it publishes no
 * 部门决算. (Not the law it is registered under: a 民政局's duties name 社会团体登记管理.)
 */
const NONPROFIT = /执行[^。；]{0,30}民间非营利组织会计制度|(?:协会|学会|商会|研究会|促进会|基金会)\d{4}年度?财务(?:决算|收支)/;
/**
 * A listed company's announcement (证券代码, 公告编号) or a company's 财务决算报告: its accounts go to its
 * shareholders, not published as a department's 部门决算.
 */
const COMPANY = /证券代码\s*[:：]\s*\d{6}|(?:股份|集团)?有限(?:责任)?公司\s*\d{4}\s*年度?财务决算/;
/** A construction project's completion accounts as the title ("项目竣工财务决算报表", "…竣工决算审计报告"), at the top: a project's, not a department's. */
const PROJECT_COMPLETION = /^[^。，,；;]{0,30}?竣工(?:财务)?决算(?:报表|审批表|报告|审计报告|审核报告)/;
/** A health sector's own final-account forms (国卫财01表 "医疗卫生计生机构收支决算总表"), filed to its ministry, not published as a department's. */
const HEALTH_FORMS = /国卫财\s*\d|医疗卫生(?:计生)?机构收支决算/;
// A news outlet by its name: a paper, an agency, a broadcaster or a news portal ("中国经济网", "新浪财经").
const NEWS_OUTLET =
  /(?:日报|晚报|早报|商报|时报|新快报|报社|(?:信息|财经|经济|参考|法制|青年|消费|采购)报(?![告表])|导报|周报|电视台|广播电台|新闻网|新闻社|通讯社|中新网|中国经济网|人民网|新华网|央视网|央广网|光明网|中青在线|中国青年网|环球网|澎湃新闻|界面新闻|财新网|第一财经|新浪(?:财经|新闻|网)|搜狐(?:财经|新闻|网)|网易(?:财经|新闻)|腾讯(?:财经|新闻|网)|凤凰(?:网|财经)|和讯网|东方财富网|经济观察网|每日经济新闻|21世纪经济报道)/;
// What only a journalist's article carries, however it is headed: a dateline ("中新网沈阳4月19日电",
// "本报讯"), a reporter named as its author ("本报记者 某某", "(记者某某)"), a news outlet given as its
// source ("来源:中国经济网") or the portal's name over it ("新浪财经" on a line of its own). A department's
// page names its department as source ("来源:某某局"), never a paper; and its text may speak of 记者 it
// received, so a bare "记者" is no cue here.
const NEWS_DATELINE = /^\s*[\u4e00-\u9fa5]{0,8}(?:网|社|报|台)\s*(?:[\u4e00-\u9fa5]{2,4})?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)|(?:本报|本刊|本台)讯|(?:本报|新华社|见习)记者\s*[\u4e00-\u9fa5]{2,4}|[（(]\s*(?:本报)?记者\s*(?!采访|站|团)[\u4e00-\u9fa5]{2,3}(?:\s+[\u4e00-\u9fa5]{2,3})*\s*[)）]|作者\s*[/／]?\s*责任者/;
const NEWS_SOURCE = new RegExp(`(?:来源|出处)\\s*[:：]\\s*([^\\s，。:：]{0,12}?${NEWS_OUTLET.source})`);
const NEWS_HEADER = new RegExp(`^([\\u4e00-\\u9fa5]{0,8}?${NEWS_OUTLET.source})(?:首页|频道|专题)?$`);
// A trade site's article (its author, its writer's first person, its news source as a site): "作者:陈健
// 本站发布时间:…", "笔者观察到", "笔者在某某局信息公开内容中了解到", "新闻来源地址:湖南农机网". A department's page
// never speaks as 笔者, and names its department as source ("来源:某某局"), never a news source.
// A reposted article's own first line ("原标题:“亚洲最大医院”郑大一附院年收入近219亿"): a portal's copy of news.
const REPOSTED = /^\s*原标题\s*[:：]\s*[^\s，。,]{1,20}/;
const NEWS_WRITER = /笔者[^。，；,;！!？?]{0,30}?(?:观察到|了解到|注意到|获悉|看到|发现)/;
// A public account's article ("聚焦职教(ID:zjteachers)小编对全国472所…决算数据进行整理"): the account's ID,
// its writer called 小编. A department's own page has neither.
const PUBLIC_ACCOUNT = /[（(]\s*(?:微信号?|公众号)?\s*ID\s*[:：]\s*[A-Za-z][\w-]{2,}\s*[)）]|小编(?!辑)/;
// (A site of a government or a congress, or the site itself, is no news source of another's.)
const NEWS_SOURCE_SITE = /新闻来源(?:地址)?\s*[:：]\s*([^\s，。,;；:：|｜]{1,16}?网)(?![\u4e00-\u9fa5])/;
const OWN_SITE = /政府|政务|门户|人大|政协|本网|本站/;
// An author by a person's name ("作者:陈健"), not by an office ("作者:办公室", "作者:某某局") nor the site's.
// (A portal's byline field left empty, "作者: 信息来源: 发布时间:…", is followed by the next field's label:
// "信息" there is no name but the start of 信息来源, and an empty field is the site's furniture, no author.)
const NEXT_FIELD = /(?:信息|文章|新闻|稿件|内容|资料|文献)?(?:来源|出处)|发布|(?:责任)?编辑|时间|日期|浏览|点击|阅读|字号/;
const NEWS_AUTHOR = new RegExp(`作者\\s*[:：]\\s*(?!${NEXT_FIELD.source})([\\u4e00-\\u9fa5]{2,3})(?=$|[\\s|｜,，;；]|本站|发布|来源|时间|日期|编辑)`);
const NOT_A_PERSON = /[局室办委院科处部站所会馆队组股心社报网司厅府台]$|佚名|本站|本网|编辑|管理员|发布/;
// A department named as the source ("来源:某某局", "信息来源:某某县财政局"): a department's own page.
const DEPARTMENT_SOURCE = /(?<!新闻)来源\s*[:：]\s*[^\s，。,;；|｜]{0,20}(?:局|委员会|委|办公室|办|政府|院|中心|厅|所|站|馆|部|队|会|社|校)(?![\u4e00-\u9fa5])/;
/**
 * The first news cue in the opening lines of a text, as quoted back. An outlet named again elsewhere in the
 * text is the publisher's own name (a newspaper office, 某某日报社, publishing its own 三公), no cue.
 */
function newsCue(paras: readonly ParagraphBlock[]): { said: string; block: ParagraphBlock } | null {
  const opening = paras.slice(0, COVER);
  for (const b of opening) {
    const t = b.text.trim();
    const dated = NEWS_DATELINE.exec(t);
    if (dated) return { said: dated[0].trim(), block: b };
    const named = NEWS_SOURCE.exec(t) ?? NEWS_HEADER.exec(squeeze(t));
    const outlet = named?.[1];
    if (named && outlet && !paras.some((o) => o !== b && squeeze(o.text).includes(outlet))) return { said: named[0].trim(), block: b };
    const writer = NEWS_WRITER.exec(t) ?? PUBLIC_ACCOUNT.exec(t) ?? REPOSTED.exec(t);
    if (writer) return { said: writer[0], block: b };
    const author = NEWS_AUTHOR.exec(t);
    if (author && !NOT_A_PERSON.test(author[1] ?? '') && !opening.some((o) => DEPARTMENT_SOURCE.test(o.text))) return { said: author[0].trim(), block: b };
  }
  // A portal's notice that what it carries is reprinted ("本文版权归原作者所有，转载文章仅为传播更多信息之目的"):
  // a news aggregator's page about the accounts, never a department's own disclosure.
  for (const b of paras) {
    const reprint = REPRINT_NOTICE.exec(b.text);
    if (reprint) return { said: reprint[0], block: b };
  }
  // The news source is the page's footer: read wherever it stands.
  for (const b of paras) {
    const site = NEWS_SOURCE_SITE.exec(b.text);
    const name = site?.[1];
    if (site && name && !OWN_SITE.test(name) && !paras.some((o) => o !== b && squeeze(o.text).includes(name))) return { said: site[0].trim(), block: b };
  }
  return null;
}

// What only a final account (or a part of one) says: 决算, what was spent against the year's budget,
// a self-evaluation. (收、支总计 and 年末结转和结余 are its own words: a budget plans no year's end.)
/** The 三公 said as a budget: "“三公”经费预算为100万元", "“三公”经费预算汇总数". */
const THREE_PUBLIC_BUDGET = /[“"‘']?三公[”"’']?\s*经费(?:财政拨款)?(?:支出)?预算(?:数|为|汇总数|安排)[^，,。；;]{0,12}/;
// (Not a project's completion accounts, "竣工决算审计…核减金额0.60亿元"; not a year before's budget compared with, "较2025年年初预算",
// nor a budget's own adjustment, "由年初预算34.22亿元调整为31.95亿元": a budget speaks so.)
const FINAL_WORDS = /(?<!竣工|工程|基建|项目|结算)决算(?!审计)|实际支[出付]|(?<!上年|上年度|(?:较|比|与)\s*\d{4}\s*年度?)年初预算(?![^。，；,;]{0,16}调整为)|全年预算|全年执行数|绩效自评|自评报告|收、?支总计|年末结转(?:和|与)?结余/;
// 年初预算 is a final account's word when it compares what was spent with the budget ("年初预算为2.95万元",
// "完成年初预算的98%"); a budget says it of its own coming year's amount ("收入预算:2023年年初预算数1,895.74万元").
const YEAR_START_BUDGET = /(?<!上年)年初预算/g;
// This year's 年初预算 stated as the amount itself: a year, 年初预算(数), the amount ("2017年初预算收入275.72万元" too).
const OWN_YEAR_START_BUDGET = /20\d{2}\s*(?:年度?\s*)?年初预算(?:数|收入|支出)?\s*(?:为|是)?\s*[:：]?\s*\d/g;
const OWN_YEAR_START_BUDGET_AT = new RegExp(OWN_YEAR_START_BUDGET.source);
// What only a budget calls itself: "(一)收入预算:", "(二)支出预算:" as the label of its amounts, and "为区级部门预算单位".
const OWN_BUDGET_LABEL = /^(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．])?\s*(?:收入|支出)预算\s*(?:[:：]|$)/;
const BUDGET_UNIT = /部门预算单位/;
// What a final account says when it compares with the budget, besides 决算: what was executed or completed.
const SPENT_AGAINST_BUDGET = /执行数|执行率|完成(?:了)?[^。，；,;]{0,8}预算|实际(?:完成|执行)/;
/**
 * A text that speaks of its own year's budget: its only final-account word is 年初预算, every 年初预算 it
 * says is a year's amount ("2023年年初预算数1,895.74万元"), it labels its amounts 收入预算/支出预算 or calls
 * its department a 部门预算单位, and it never says 决算, 执行数 or 完成…预算.
 */
function speaksOfOwnBudget(texts: readonly string[]): boolean {
  const startBudget = texts.reduce((n, t) => n + (t.match(YEAR_START_BUDGET)?.length ?? 0), 0);
  const ownYear = texts.reduce((n, t) => n + (t.match(OWN_YEAR_START_BUDGET)?.length ?? 0), 0);
  if (startBudget === 0 || ownYear < startBudget) return false;
  if (!texts.some((t) => OWN_BUDGET_LABEL.test(t) || BUDGET_UNIT.test(t))) return false;
  return !texts.some((t) => FINAL_WORDS.test(t.replace(YEAR_START_BUDGET, ' ')) || SPENT_AGAINST_BUDGET.test(t));
}
/**
 * Characters (not spaces) past which a text is a document of its own rather than a fragment of one given
 * to check (a rule's cases are at most about 200).
 */
const DOCUMENT_CHARS = 400;

const squeeze = (t: string) => t.replace(/[\s　]/g, '');
/** A cover line's own words: a document cited (《地方预决算公开操作规程》) and 预决算 name no final account. */
const ownWords = (t: string) => squeeze(t).replace(/《[^》]*》/g, '').replace(/预决算/g, '预算');

/** A table's row as one line: its filled cells, label first, parted by spaces. */
function rowLine(row: readonly TableCell[]): string {
  return row
    .map((c) => c.text.trim())
    .filter(Boolean)
    .join(' ');
}

function isSentence(t: string): boolean {
  // (A clause cut off after its comma, "…的资产决算材料, ……", is running text, never a title.)
  return /[。；]/.test(t) || t.length > 60 || /[，,]\s*(?:…|\.{3})+\s*$/.test(t);
}

/**
 * What kind of document this is: a departmental final account (the only kind checked), a
 * department's budget, a government's own final accounts, or a news page. Decided by the title and
 * cover first (a final account always mentions 预算 in its text, so sentences are never read for
 * it), then by the contents list and the titles of the tables it prints. (`partUnread`: pages,
 * pictures or attachments of the file were not read, so a short text is not taken for a fragment.)
 */
export function readDocumentKind(blocks: readonly Block[], contents: readonly ContentsEntry[], keyAt: readonly (string | null)[] = [], partUnread = false): KindReading {
  const paras = blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
  // A title comes before the text it names: a line after the first sentence that states an amount
  // is a caption ("2016年决算数与2015年决算数对比情况" over a 三公 table), not the document's title.
  const opensText = (b: Block) => b.kind === 'paragraph' && isSentence(b.text.trim()) && AMOUNT.test(b.text);
  const body = paras.findIndex(opensText);
  // A contents list naming fewer than three of the standard tables and sections is no whole account's.
  const fewContents = contents.filter((c) => c.table || c.section).length < 3;
  // A page's breadcrumb ("当前位置: 首页>>…>>区级预算、决算、三公经费公开>>正文") names the site's column, not the document.
  // A portal's fields ("• 体裁分类" / "• 财政预算、决算") file the page under a column: they are no cover.
  const { fields } = portalFields(paras.map((b) => b.text));
  const furniture = (b: ParagraphBlock, i: number) => fields.has(i) || SITE_FURNITURE.test(b.text.trim()) || FIELD_LINE.test(b.text.trim());
  // (The first lines that are not the page's furniture: a portal may print its fields twice, in a row and
  // in a column, before the title.)
  // The title a portal gives in its fields set as a table's row ("标题: | … |") heads the cover.
  const fieldTitle = titleFieldCell(blocks, COVER);
  const titled: ParagraphBlock[] = fieldTitle && !isSentence(fieldTitle.text.trim()) ? [{ kind: 'paragraph', text: fieldTitle.text, heading: null, location: fieldTitle.location }] : [];
  const cover = [
    ...titled,
    ...paras.slice(0, body < 0 ? paras.length : body).filter((b, i) => !furniture(b, i) && !isSentence(b.text.trim())),
  ].slice(0, COVER);
  // A line at the top that names a final account as a title does (not the portal's fields about the page).
  // (Under a title of its own, a numbered heading, "（一）部门决算情况" in a self-evaluation report, names a section of
  // the text, not the text. Without one, a contents entry "二、2022年度部门决算公开表" still tells what the text is.)
  const firstLine = cover.find((b) => !/^目\s*录/.test(b.text.trim()));
  const ownTitle = firstLine != null && !NUMBERED_HEADING.test(firstLine.text.trim());
  const sectionHeading = (b: ParagraphBlock) => ownTitle && NUMBERED_HEADING.test(b.text.trim());
  const finalTitled = paras.slice(0, COVER).some((b, i) => !furniture(b, i) && !sectionHeading(b) && FINAL_TITLE.test(squeeze(b.text)) && !isSentence(b.text.trim()));
  const final: KindReading = { kind: 'final', reason: null, location: null };
  // No table and no section of an explanation: what the page is comes before what its headline says.
  const anyTable = blocks.some((b) => b.kind === 'table');
  const anyExplain = keyAt.some((k) => k?.startsWith('explain.'));
  // A web page (发布时间, 来源, 浏览次数 …) with no table, no contents list and no section of an
  // explanation is a news item or a notice about the accounts, not the accounts themselves. (Counted
  // as marks, not lines: a reader may join a page's header fields into one paragraph.)
  const webNotice = !anyTable && !anyExplain && contents.length === 0 && (paras.slice(0, 40).map((b) => b.text).join('\n').match(PAGE_FURNITURE)?.length ?? 0) >= 2;
  const byline = paras.slice(0, COVER).find((b) => NEWS_BYLINE.test(b.text));
  if (byline && !anyTable && !anyExplain) {
    return { kind: 'other', reason: `“${NEWS_BYLINE.exec(byline.text)?.[0]}”表明这是新闻报道，不是部门决算公开文本`, location: byline.location };
  }
  // A journalist's article headed by the 三公 ("某某局公开“三公经费”财政拨款情况") reads as a 三公
  // section, so a page with sections of one part only is weighed for the news cues first: a whole account
  // (its totals, tables or contents) is never set aside by them.
  const news = newsCue(paras);
  const partSectionsOnly = [...new Set(keyAt.filter((k): k is string => !!k?.startsWith('explain.')))].every((k) => PART_SECTIONS.has(k));
  if (news && !anyTable && contents.length === 0 && partSectionsOnly) {
    return { kind: 'other', reason: `“${news.said}”表明这是新闻报道，不是部门决算公开文本`, location: news.block.location };
  }
  // (Before any title decides: its headline names the accounts, "…深入推进全区2021年度部门决算公开工作".)
  // A text about the work of publishing accounts ("扎实开展2021年度部门决算公开工作", "全县156个部门…完成
  // 决算公开"), with no amount, table, contents or explanation of its own: news, not an account.
  const aboutTheWork = paras.some((b) => ABOUT_THE_WORK.test(b.text));
  // (Not under a title that names an account itself: "某某局2021年度部门决算" is one, cut before its figures.)
  const namesAnAccount = cover.some((b) => DEPT_NAMED.test(squeeze(b.text)) && !ABOUT_THE_WORK.test(squeeze(b.text)));
  if (aboutTheWork && !namesAnAccount && !anyTable && !anyExplain && contents.length === 0 && !paras.some((b) => AMOUNT.test(b.text))) {
    const first = paras.find((b) => /决算公开/.test(b.text));
    return { kind: 'other', reason: '本文讲的是决算公开工作（如新闻、通报），没有金额、公开表或决算情况说明，不是部门决算公开文本', location: first?.location ?? null };
  }
  // Instructions for compiling the accounts ("部门决算填报说明", "决算报表填表说明"): what to fill in, its
  // blanks left ("共    个"), not an account published.
  // (Its title may open a paragraph the reader joined its cover lines into: "部门决算填报说明 - 部门_第1页 …".)
  const instructions = paras.slice(0, COVER).find((b) => INSTRUCTIONS_TITLE.test(squeeze(b.text)));
  // (Its blank forms may be read as tables: no account has such a title.)
  if (instructions) {
    const said = INSTRUCTIONS_TITLE.exec(squeeze(instructions.text))?.[0] ?? titleText(instructions.text);
    return { kind: 'other', reason: `标题“${said}”表明这是编报决算的填报（填表）说明，不是部门决算公开文本`, location: instructions.location };
  }
  // A notice or a note about publishing something else ("关于公开2021年度市级绩效评价的说明"), with no table,
  // contents or explanation of its own: it may mention 决算 in passing, it is no account.
  const notice = cover.find((b) => NOTICE_TITLE.test(squeeze(b.text)) && !/决算/.test(b.text));
  const financeNotice = cover.slice(0, 3).find((b) => OWN_FINANCE_NOTICE.test(squeeze(b.text)) && !/决算/.test(b.text));
  if (financeNotice && !anyExplain && contents.length === 0) {
    return { kind: 'other', reason: `标题“${OWN_FINANCE_NOTICE.exec(squeeze(financeNotice.text))?.[0] ?? titleText(financeNotice.text)}”表明这是医院或学校自己的财务信息公示，不是部门决算公开`, location: financeNotice.location };
  }
  // The letter's title, with the salutation under it (or read into its paragraph: "…的函省财政厅:"); a
  // document site may print the title again over the letter, after its own notices.
  const letter = paras.slice(0, 30).find((b, i) => SUBMISSION_TITLE.test(squeeze(b.text)) && (TO_FINANCE.test(squeeze(b.text)) || TO_FINANCE.test(squeeze(paras[i + 1]?.text ?? ''))));
  if (letter && !anyTable && !anyExplain && contents.length === 0) {
    return { kind: 'other', reason: `“${SUBMISSION_TITLE.exec(squeeze(letter.text))?.[0]}”是向财政部门报送决算的公函，不是部门决算公开文本`, location: letter.location };
  }
  if (notice && !anyTable && !anyExplain && contents.length === 0) {
    return { kind: 'other', reason: `标题“${titleText(notice.text)}”表明这是一则通知或说明，讲的不是某部门的决算，不是部门决算公开文本`, location: notice.location };
  }
  // Many units' accounts compared, or a company's: no department's own, unless the page holds an account's parts.
  const others = !anyTable && !anyExplain && contents.length === 0 ? paras.slice(0, COVER).find((b) => OTHERS_ACCOUNTS.test(squeeze(b.text))) : undefined;
  if (others) {
    return { kind: 'other', reason: `“${OTHERS_ACCOUNTS.exec(squeeze(others.text))?.[0]}”讲的是多个单位或企业的决算，不是一个部门的决算公开`, location: others.location };
  }
  // A 协会's or 基金会's financial report, a hospital's sector forms: their own accounts, not a department's
  // 部门决算公开, unless the cover names one.
  const firstTexts = blocks.slice(0, 40).flatMap((b) => (b.kind === 'paragraph' ? [{ text: b.text, location: b.location }] : b.rows.slice(0, 6).flat().map((c) => ({ text: c.text, location: c.location }))));
  const ownNamed = cover.some((b) => DEPT_NAMED.test(squeeze(b.text)));
  const society = ownNamed ? undefined : firstTexts.find((x) => NONPROFIT.test(squeeze(x.text)));
  if (society) {
    return { kind: 'other', reason: `“${NONPROFIT.exec(squeeze(society.text))?.[0]}”表明这是社会组织（协会、学会、基金会等）的财务报告，不是部门决算公开`, location: society.location };
  }
  const company = ownNamed ? undefined : firstTexts.find((x) => COMPANY.test(squeeze(x.text)));
  if (company) {
    return { kind: 'other', reason: `“${COMPANY.exec(squeeze(company.text))?.[0]}”表明这是公司的公告或财务决算报告，不是部门决算公开`, location: company.location };
  }
  const project = ownNamed ? undefined : firstTexts.slice(0, 3).find((x) => PROJECT_COMPLETION.test(squeeze(x.text)));
  if (project) {
    return { kind: 'other', reason: `标题“${PROJECT_COMPLETION.exec(squeeze(project.text))?.[0]}”表明这是建设项目的竣工财务决算，不是部门决算公开`, location: project.location };
  }
  const healthForm = ownNamed ? undefined : firstTexts.find((x) => HEALTH_FORMS.test(squeeze(x.text)));
  if (healthForm) {
    return { kind: 'other', reason: `“${HEALTH_FORMS.exec(squeeze(healthForm.text))?.[0]}”是卫生健康行业向主管部门报送的财务决算报表，不是部门决算公开的公开表`, location: healthForm.location };
  }
  // "某某2015年部门决算公开补充说明": a supplement (or a correction) to a published account says only what
  // it adds or corrects, not the whole account.
  const supplement = cover.find((b) => SUPPLEMENT_TITLE.test(squeeze(b.text)));
  if (supplement && fewContents) {
    return { kind: 'final-part', reason: `标题“${titleText(supplement.text)}”表明这是对已公开决算的补充（更正）说明，只涉及其中一部分`, location: supplement.location };
  }
  const partOfSet = cover.find((b) => PART_OF_SET_TITLE.test(squeeze(b.text)));
  if (partOfSet && fewContents) {
    return { kind: 'final-part', reason: `标题“${titleText(partOfSet.text)}”表明本文件是分部分公开的决算中的一部分，其余部分（报表、名词解释等）另页公开`, location: partOfSet.location };
  }
  // A department's final account named anywhere on the cover settles it (a web page's menu may list
  // "2025年部门预算" before the title).
  const governments = (t: string) => GOVERNMENT_FINAL.test(t) || REGION_FINAL_TITLE.test(t);
  // Only 部门/单位决算 settles it from anywhere on the cover: "决算报告" or "决算公开" alone may be a
  // government's ("第一部分 决算报告" in the contents of "2022年云溪区人民政府决算公开").
  // ("2023年南安市部门决算“三公经费”…支出情况说明", "2016年部门决算其他事项说明" name one part of it.)
  if (cover.some((b) => !sectionHeading(b) && DEPT_NAMED.test(squeeze(b.text)) && !governments(squeeze(b.text)) && !PART_TITLE.test(squeeze(b.text)))) return final;
  // A title that does not name a department ("一、2020年全区收支决算", "和平区2021年财政收支情况"), over
  // a text that speaks as a government of its taxes and its region's budget: a government's.
  const opening = paras.slice(0, 40).map((b) => b.text).join('\n');
  // (The rows of the tables at the top, each read as its label and its figures: "一、税收收入 401 431 …".)
  const taxRows = blocks.slice(0, 40).flatMap((b) => (b.kind === 'table' ? b.rows : [])).filter((r) => TAX_MARKERS.some((re) => re.test(rowLine(r))));
  const markers = GOVERNMENT_MARKERS.filter((re) => re.test(opening) || (TAX_MARKERS.includes(re) && taxRows.some((r) => re.test(rowLine(r)))));
  const first = paras.slice(0, 40).find((b) => GOVERNMENT_MARKERS.some((re) => re.test(b.text))) ?? taxRows[0]?.[0];
  const byText: KindReading | null =
    markers.length >= 2
      ? { kind: 'government-final', reason: '文中讲的是税收收入、全地区预算收支、预算稳定调节基金或人大批准的预算调整，这是政府财政收支（总决算）的说明，不是部门决算公开', location: first?.location ?? null }
      : null;
  // A contents list or cover set in a table before the text ("| 01关于德安县2019年财政决算的报告 |") is read
  // for a government's title as the cover's lines are.
  const firstText = blocks.findIndex(opensText);
  const coverCells = blocks
    .slice(0, firstText < 0 ? COVER : firstText)
    .flatMap((b) => (b.kind === 'table' ? b.rows.slice(0, 40).flat() : []))
    .filter((c) => c.text.trim() && !isSentence(c.text.trim()) && c.text.length <= 60);
  const governmentCell = coverCells.find((c) => GOVERNMENT_FINAL.test(squeeze(c.text)));
  if (governmentCell && !cover.some((b) => DEPT_NAMED.test(squeeze(b.text)))) {
    return { kind: 'government-final', reason: `目录（表格）中的“${titleText(governmentCell.text)}”表明这是政府财政总决算（本级决算），不是部门决算公开`, location: governmentCell.location };
  }
  // A township's government publishes its own account as a department does ("2023年度某某乡人民政府决算公开"
  // over "第一部分 部门(单位)概况"): the parts of a department's account, named, outweigh the title's 政府决算.
  const departmentParts = paras.some((b) => b.text.length <= 40 && DEPARTMENT_PART.test(squeeze(b.text)));
  for (const [i, b] of cover.entries()) {
    // (A numbered heading says what a section is about, "（一）部门决算情况" in a self-evaluation; a title, what the text is.)
    if (sectionHeading(b) && FINAL_TITLE.test(b.text) && !governments(ownWords(b.text)) && !PART_TITLE.test(squeeze(b.text))) continue;
    // "某局2015年度“三公”经费财政拨款" / "决算情况说明": a title broken over two lines is read whole.
    const next = cover[i + 1];
    const broken = next && /20\d{2}/.test(b.text) && !FINAL_TITLE.test(b.text) && !/预算/.test(b.text) && next.text.trim().length <= 12 && /^(?:决算|预算)/.test(next.text.trim());
    const t = ownWords(broken ? b.text.trim() + next.text.trim() : b.text);
    // (Not a notice that allots them, "关于下达…转移支付预算的通知": that is no account of any kind.)
    if (TRANSFER_TITLE.test(t) && !DEPT_NAMED.test(t) && !/通知|预算/.test(t) && !departmentParts) {
      return { kind: 'government-final', reason: `标题“${titleText(b.text)}”表明这是政府对下级的转移支付情况，属政府财政收支，不是部门决算公开`, location: b.location };
    }
    if (governments(t) && !departmentParts) {
      return { kind: 'government-final', reason: `标题“${titleText(b.text)}”表明这是政府财政总决算（本级决算），不是部门决算公开`, location: b.location };
    }
    // ("部门预算项目支出绩效自评表(2023年度)": a self-evaluation, of the year past, names the budget it scores.)
    if (!FINAL_TITLE.test(t) && BUDGET_TITLE.test(t) && /20\d{2}/.test(t) && !/绩效(?:自评|评价)/.test(t)) {
      // "…2020年预算执行情况和2021年预算草案的报告": a government's budget, read to its congress.
      const whose = /预算草案的报告|预算执行情况|草案|预算调整/.test(t) ? '政府预算报告（或其报表）' : '部门（单位）预算公开';
      return { kind: 'budget', reason: `标题“${titleText(b.text)}”表明这是${whose}，不是决算公开`, location: b.location };
    }
    // A title naming a budget's table, over tables whose amounts are all budgets ("2016年预算数", no 决算,
    // 实际 or 执行 column): the table is the budget published, not a final account's.
    const budgetTable = !FINAL_TITLE.test(t) && BUDGET_TABLE_TITLE.test(t) && /20\d{2}/.test(t) ? onlyBudgetColumns(blocks) : null;
    if (budgetTable) {
      return { kind: 'budget', reason: `标题“${titleText(b.text)}”是预算表的标题，表中只列“${budgetTable}”，没有决算数，这是预算公开，不是决算公开`, location: b.location };
    }
    // "乌鲁木齐市天山区2019年度“三公”经费公开说明": a title naming the 三公 alone, without 决算 or 预算.
    if (!FINAL_TITLE.test(t) && !/预算/.test(t) && /三公.?经费[^。，；]*(?:公开|说明|情况)/.test(t) && /20\d{2}/.test(t) && fewContents) {
      // ("2015年某局部门“三公”经费情况统计表" over a table whose only amounts are 本年预算数: a budget's.)
      const budgetColumns = onlyBudgetColumns(blocks);
      const anyFinal = paras.some((p) => FINAL_WORDS.test(ownWords(p.text)));
      if (budgetColumns && !anyFinal) {
        return { kind: 'budget', reason: `标题“${titleText(b.text)}”下的表只列“${budgetColumns}”，没有决算数，这是“三公”经费预算，不是决算公开`, location: b.location };
      }
      // ("经市财政局汇总，2016年“三公”经费预算为100万元，其中…": the text states budgets only, never a 决算.)
      const budgetSaid = paras.find((p) => THREE_PUBLIC_BUDGET.test(p.text));
      if (budgetSaid && !anyFinal) {
        return { kind: 'budget', reason: `标题“${titleText(b.text)}”下的文字只说“三公”经费的预算（如：${THREE_PUBLIC_BUDGET.exec(budgetSaid.text)?.[0]}），没有决算数，这是“三公”经费预算，不是决算公开`, location: b.location };
      }
      return { kind: 'final-part', reason: `标题“${titleText(b.text)}”表明本文件只公开“三公”经费这一部分`, location: b.location };
    }
    if (FINAL_TITLE.test(t)) {
      // "关于某局2017年度一般公共预算财政拨款“三公”经费支出决算情况说明": a title naming one
      // part, over a document without the contents of a whole one.
      // ("…2017年度部门决算及“三公”经费决算公开说明" names the whole account, the 三公 beside it.)
      if (PART_TITLE.test(t) && fewContents && !/(?:部门|单位)决算(?:及|和|与)/.test(t)) {
        return { kind: 'final-part', reason: `标题“${titleText(b.text)}”表明本文件只公开部门决算的一部分`, location: b.location };
      }
      return ORG_TITLE.test(t) ? final : (byText ?? final);
    }
  }
  // A report read to the people's congress or its standing committee opens by addressing it ("主任、
  // 各位副主任、各位委员：", "各位代表：") and speaks of the region's accounts: a government's. An audit
  // office's report to it ("向区人大常委会报告2022年度…审计情况，请予审议") is an audit, not an account.
  // A government's budget adjusted ("现将小榄镇2021年预算调整情况报告如下"): its budget, read to its congress.
  const adjusted = paras.slice(0, COVER).find((b) => BUDGET_ADJUSTED.test(b.text));
  if (adjusted && !anyTable && contents.length === 0) {
    return { kind: 'budget', reason: `“${BUDGET_ADJUSTED.exec(adjusted.text)?.[0]}”表明这是政府预算调整的报告，不是部门决算公开`, location: adjusted.location };
  }
  const address = paras.slice(0, COVER).find((b) => ADDRESS.test(b.text.trim()) || REPORT_FOLLOWS.test(b.text));
  const audit = paras.slice(0, COVER).find((b) => AUDIT_REPORT.test(b.text));
  if (audit && !anyTable && !anyExplain) {
    return { kind: 'other', reason: `“${AUDIT_REPORT.exec(audit.text)?.[0]}”表明这是审计机关向人大（常委会）所作的审计工作报告，不是部门决算公开`, location: audit.location };
  }
  if (address && paras.slice(0, COVER).some((b) => /决算/.test(b.text))) {
    const said = REPORT_FOLLOWS.exec(address.text)?.[0] ?? address.text.trim().slice(0, 20);
    return { kind: 'government-final', reason: `开头“${said}”是向人大（常委会）所作的预算执行或决算报告，这是政府财政收支的报告，不是部门决算公开`, location: address.location };
  }
  if (byText) return byText;
  // No title said it: the contents list and the tables' titles (公开表 of a budget are 收支预算总表 …).
  const tableTitles = [
    ...contents.map((c) => ({ text: c.text, location: c.location })),
    ...paras.filter((b) => /表$|表[（(]/.test(b.text.trim()) && b.text.trim().length <= 40).map((b) => ({ text: b.text.trim(), location: b.location })),
  ];
  const budgetTables = tableTitles.filter((x) => /预算(总)?表|预算明细表/.test(x.text) && !/决算/.test(x.text));
  const finalTables = tableTitles.filter((x) => /决算(总|明细)?表/.test(x.text));
  if (budgetTables.length >= 3 && finalTables.length === 0) {
    const first = budgetTables[0] as (typeof budgetTables)[number];
    return {
      kind: 'budget',
      reason: `文中的报表为预算表（如“${first.text}”等${budgetTables.length}张），没有决算表，这是预算公开，不是决算公开`,
      location: first.location,
    };
  }
  // A final account says 决算 somewhere; a text that never does and states this year's amounts as
  // budgets ("支出预算为328.7万元", "基本支出预算 2476260.58 元") is a budget's pages without their
  // title. A final account without the word compares with the budget ("年初预算为2.95万元") and says
  // what was spent.
  // A heading of a budget's own ("（二）政府采购预算安排情况说明") says so at once.
  // (A budget's own year's 年初预算 amounts, "2023年年初预算数1,895.74万元", are its budget amounts.)
  const ownBudget = speaksOfOwnBudget(paras.map((b) => ownWords(b.text)));
  const budgetParas = paras.filter((b) => BUDGET_AMOUNT.test(b.text) || (ownBudget && OWN_YEAR_START_BUDGET_AT.test(ownWords(b.text))));
  const budgetHeading = paras.some((b) => b.text.trim().length <= 40 && /预算(?:收支|支出|收入)?(?:总体)?安排(?:情况)?(?:说明)?[。.]?$/.test(b.text.trim()));
  // Last year's budget ("比上年年初预算减少317万元") is what a budget compares with, no sign of a final account.
  const arranged = paras.some((b) => BUDGET_ARRANGED.test(b.text));
  // A performance self-evaluation says what was spent (实际支付) and evaluates it (自评): no budget.
  // A text that says 预算 many times over and states this year's amounts as budgets twice ("基本支出预算
  // 1440224.60 元", "工资福利支出预算 1308312.6 元") speaks of nothing else.
  const budgetWords = paras.reduce((n, b) => n + (b.text.match(/(?<!年初|全年|调整后?)预算/g)?.length ?? 0), 0);
  const budgetAmounts = paras.reduce((n, b) => n + (b.text.match(BUDGET_AMOUNTS)?.length ?? 0), 0);
  // The name of a regulation or another document ("《地方预决算公开操作规程》", "预决算公开") is no sign of a final account.
  // (年初预算 alone, said of a budget's own year's amounts, is no sign of a final account.)
  // (A glossary defines the same terms for a budget as for a final account: "年末结转和结余：指…" says nothing of which.)
  const glossary = new Set(blocks.filter((_, i) => keyAt[i] === 'glossary'));
  const saysFinal = paras.some((b) => !glossary.has(b) && FINAL_WORDS.test(ownWords(b.text))) && !ownBudget;
  if (
    !saysFinal &&
    (budgetParas.length >= 3 ||
      ((budgetHeading || arranged) && budgetParas.length >= 1) ||
      (budgetAmounts >= 2 && budgetWords >= 8) ||
      (arranged && budgetParas.length === 0 && paras.some((b) => AMOUNT.test(b.text))))
  ) {
    const first = budgetParas[0] ?? paras.find((b) => BUDGET_ARRANGED.test(b.text));
    return { kind: 'budget', reason: '全文没有“决算”二字，所说的都是预算，这是预算公开，不是决算公开', location: first?.location ?? null };
  }
  // A text that never says 决算 (nor 实际支出, 年初预算, 绩效自评) and states an amount as this year's
  // budget ("2024年一般公共预算“三公”经费支出预算为14.01万元…与2023年预算相比") is a budget's.
  if (!saysFinal && budgetParas.length >= 1 && finalTables.length === 0 && !webNotice) {
    return { kind: 'budget', reason: '全文没有“决算”二字，所列金额是预算数，这是预算公开，不是决算公开', location: budgetParas[0]?.location ?? null };
  }
  // No title, and every part of the explanation it has is about one subject (a “三公”经费 page
  // published on its own, headed "一、“三公”经费财政拨款支出总体情况说明"): one part, not a whole.
  const explains = new Set(keyAt.filter((k): k is string => !!k?.startsWith('explain.')));
  if (explains.size > 0 && [...explains].every((k) => PART_SECTIONS.has(k)) && contents.length === 0 && !blocks.some((b) => b.kind === 'table' && b.rows.length > 12)) {
    const first = blocks.find((_, i) => keyAt[i]?.startsWith('explain.'));
    return { kind: 'final-part', reason: '全文只有“三公”经费、机关运行经费、政府采购、国有资产或绩效管理等其他事项的情况说明，本文件只公开部门决算的一部分', location: first?.location ?? null };
  }
  // No title of a final account, no explanation of one and no 决算表: a performance self-evaluation's
  // sheet or report on its own, one part of what a department publishes.
  // (A title may come quoted, as a shared file's name: "《2022年度项目支出绩效自评总报告.docx》由会员分享".)
  const perf = paras.slice(0, COVER).find((b) => PERFORMANCE_TITLE.test(squeeze(b.text).replace(/^.*?(?=附件)/, '').replace(/^《/, '')));
  const explainsOther = [...explains].some((k) => !k.startsWith('explain.performance'));
  if (perf && !explainsOther && finalTables.length === 0 && !finalTitled) {
    return { kind: 'final-part', reason: `“${titleText(perf.text.replace(/^.*?(?=附件)/, '')).slice(0, 40)}”表明本文件只公开绩效自评（评价），是部门决算公开的一部分`, location: perf.location };
  }
  // No title at all, and the text opens with a self-evaluation sheet (预算数 | 执行数 | 执行率 | 得分):
  // the sheet published on its own, without the account it belongs to.
  // (Its rows may stand as lines of text with their cells apart by "|" or tabs, a table no reader took.)
  const rowsOf = (b: Block): string[][] => {
    if (b.kind === 'table') return b.rows.slice(0, 6).map((r) => r.map((c) => c.text.trim()));
    const cells = b.text.split(/\s*[|｜\t]\s*/).filter(Boolean);
    return cells.length >= 3 ? [cells] : [];
  };
  const isSheet = (rows: string[][]) => rows.some((r) => r.some((c) => SHEET_SCORE.test(c)) && r.some((c) => SHEET_BASIS.test(c)));
  const firstTable = blocks.slice(0, COVER).find((b) => b.kind === 'table' || isSheet(rowsOf(b)));
  const sheetFirst = firstTable != null && isSheet(rowsOf(firstTable));
  if (sheetFirst && !explainsOther && finalTables.length === 0 && contents.length === 0 && !finalTitled) {
    return { kind: 'final-part', reason: '全文以绩效自评表开篇，没有决算的标题、公开表或情况说明，本文件只公开绩效自评，是部门决算公开的一部分', location: firstTable.location };
  }
  // No title, and what the text opens with is the “三公”经费 or one of its three items alone (a region's
  // or a unit's 三公 statement published on its own: "…2016年一般公共预算安排“三公”经费决算数2364万元",
  // or headed "(一)因公出国(境)经费 …(二)公务接待费 …"): one part, not a whole. A whole account opens
  // with its totals, never with the 三公.
  const figured = paras.filter((b) => /\d\s*万?元/.test(b.text)).slice(0, 3);
  if (explains.size === 0 && figured.length > 0 && contents.length === 0 && !blocks.some((b) => b.kind === 'table' && b.rows.length > 12) && THREE_PUBLIC.test(figured[0]?.text ?? '') && !figured.some((b) => WHOLE_ACCOUNT.test(b.text))) {
    return { kind: 'final-part', reason: '全文没有标题，开篇所说只是“三公”经费或其中一项，本文件只公开“三公”经费这一部分', location: figured[0]?.location ?? null };
  }
  // Every final account says 决算 (in its title, its tables' titles, its explanation's headings): a text
  // that never does, nor 实际支出, 年初预算 or 绩效自评, is something else (a society's or a hospital's
  // financial statement, a budget adjustment, a report on public procurement) and is not checked as one.
  // A short fragment given to check is taken as part of a final account, as it is meant.
  const cellsSayFinal = blocks.some((b) => b.kind === 'table' && b.rows.some((r) => r.some((c) => FINAL_WORDS.test(c.text))));
  const length = (t: string) => t.replace(/\s/g, '').length;
  const chars = blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? length(b.text) : b.rows.reduce((m, r) => m + r.reduce((k, c) => k + length(c.text), 0), 0)), 0);
  if (!saysFinal && finalTables.length === 0 && !cellsSayFinal && chars >= DOCUMENT_CHARS) {
    return { kind: 'other', reason: '全文没有“决算”二字，也没有决算表，说的不是部门决算，未按部门决算检查', location: paras[0]?.location ?? null };
  }
  if (webNotice) {
    const first = paras.find((b) => b.text.search(PAGE_FURNITURE) >= 0);
    return { kind: 'other', reason: '这是一张网页（有发布时间、来源等栏目），没有公开表，也没有决算情况说明的章节，不是部门决算公开文本', location: first?.location ?? null };
  }
  // A short fragment with no table, contents or section of an account, that neither says 决算 nor states
  // an account's totals (a paragraph about 政府采购 from a news item, a clause pasted alone, a short notice
  // under headings of its own, "一、彩票公益金分配情况"): its figures are checked as part of an account,
  // what a whole account must have is not asked of it.
  // (Headings that are an account's own parts, "名词解释", "部门职责", keep it a whole account's text.)
  const headed = paras.some((b) => b.heading != null || looksLikeHeading(b.text, null));
  if (!partUnread && !saysFinal && !anyTable && !anyExplain && !(headed && keyAt.some((k) => k != null)) && contents.length === 0 && chars < DOCUMENT_CHARS && !paras.some((b) => WHOLE_ACCOUNT.test(b.text))) {
    return {
      kind: 'final-part',
      reason: headed ? '全文很短，没有“决算”二字、决算情况说明的章节、公开表或收支总计，只按部门决算的一部分核对其中的数字' : '全文只是一段文字，没有标题、章节或公开表，也没有“决算”二字或收支总计',
      location: paras[0]?.location ?? null,
    };
  }
  // A short table alone (a yearbook's "| 总支出(万元) | 57413 |", a table pasted by itself) that never says 决算
  // in its cells or around them: checked for its figures as part of an account, never asked for a whole one.
  if (!partUnread && !saysFinal && anyTable && !cellsSayFinal && !anyExplain && contents.length === 0 && chars < DOCUMENT_CHARS && finalTables.length === 0) {
    const first = blocks.find((b) => b.kind === 'table');
    return { kind: 'final-part', reason: '全文只是一张短表，没有标题、章节，表内外也没有“决算”二字，未按完整的部门决算要求检查', location: first?.location ?? null };
  }
  // A text that says 决算 and has nothing of an account: no account's title, table, contents or section of an
  // explanation, and no amount of an account's subjects (news that a bureau approved units' accounts, a
  // notice on compiling them, a report on information published that mentions them, a fund's accounts, the
  // software's blank form of notes): about accounts, or about other money, not one department's account.
  // (A heading that says 决算 of something else, "（三）预决算信息公开情况", "…基本医疗保险基金决算情况公开", names no department's account.)
  const accountTitled = paras.slice(0, COVER).some((b, i) => !furniture(b, i) && ((!isSentence(b.text.trim()) && ACCOUNT_TITLE.test(squeeze(b.text))) || (i === 0 && RUN_IN_ACCOUNT_TITLE.test(squeeze(b.text)))));
  // (A self-evaluation's score sheet, its rows run together, is one part of an account: 绩效评价, 得分, 分值.)
  // A short text must also name none of an account's subjects: a sentence of an account pasted alone
  // ("基本支出决算为万元，占%", "纳入某部门2019年部门汇总决算编制范围的单位包括…") is checked as its part.
  if (saysFinal && !accountTitled && finalTables.length === 0 && !anyTable && contents.length === 0 && !anyExplain && !paras.some((b) => ACCOUNT_AMOUNT.test(b.text) || SCORED.test(b.text) || (chars < DOCUMENT_CHARS && ACCOUNT_WORDS.test(b.text)))) {
    const said = paras.find((b) => FINAL_WORDS.test(ownWords(b.text)));
    return { kind: 'other', reason: '文中提到决算，但没有部门决算的标题、公开表、目录或情况说明的章节，也没有收支、财政拨款、“三公”经费等决算金额：说的是决算工作或别的收支，不是部门决算公开文本（若是部门决算的一部分，请提供全文）', location: said?.location ?? paras[0]?.location ?? null };
  }
  return final;
}

/** Words of an account's sentences, with or without their figure ("收、支总计XX万元", "占%", "编制范围", "财政拨款"). */
const ACCOUNT_WORDS = /万元|[%％]|编制范围|拨款|决算数|持平|增加|减少|增长|下降|上年|年初预算/;
/** Words of a performance evaluation's scores. */
const SCORED = /绩效(?:自评|评价)|得分|分值/;
/** A title naming a department's or unit's account ("部门决算", "单位决算", "2023年度决算"), not 预决算 or a fund's. */
// (Not the 决算 of the work around accounts: 部门决算报表说明, 编制, 批复, 审核, 会审, 培训.)
const NOT_AN_ACCOUNT = '(?!报表(?:编制)?说明|编制|工作|批复|审核|会审|培训)';
const ACCOUNT_TITLE = new RegExp(`(?:部门|单位)决算${NOT_AN_ACCOUNT}|20\\d{2}\\s*年度?\\s*(?:部门|单位)?\\s*决算|(?<!预)决算(?:公开|情况说明|报告)$`);
/** An account's title opening a paragraph that runs on into its text ("****2023年度部门决算****地处…"). */
const RUN_IN_ACCOUNT_TITLE = new RegExp(`^[^。；;，,]{0,40}?20\\d{2}年度?(?:部门|单位)决算${NOT_AN_ACCOUNT}`);

/**
 * An amount of a department's account: one of its subjects, a 类/款/项 item or 决算 itself, then a printed
 * figure in 元 or 万元 ("财政拨款收入800.00万元", "公务接待费1.2万元", "…(项):支出决算为441.72万元").
 */
const ACCOUNT_AMOUNT =
  /(?:(?:收、?支|收入|支出)(?:总计|合计)|财政拨款|一般公共预算|政府性基金|基本支出|项目支出|人员经费|公用经费|三公|公务接待|公务用车|因公出国|机关运行经费|政府采购|年初结转|结转和结余|事业收入|上级补助|其他收入|[（(](?:类|款|项)[)）]|决算数?(?:为|是)?)[^。；;]{0,24}?\d[\d,，]*(?:\.\d+)?\s*(?:万元|元|亿元)/;

/** The entries of the contents list (目录), each with the table or section it names. */
export function readContents(blocks: readonly Block[], keyAt: readonly (string | null)[]): ContentsEntry[] {
  const out: ContentsEntry[] = [];
  blocks.forEach((b, i) => {
    if (keyAt[i] !== 'toc' || b.kind !== 'paragraph') return;
    // Dot leaders and page numbers: "一、收入支出决算总表……………5", "(二)收入决算情况说明……(4)".
    const text = withoutLeader(b.text);
    if (!text || /^目\s*录$/.test(text) || /[（(]\s*目\s*录\s*[)）]$/.test(text) || SITE_FURNITURE.test(text)) return;
    out.push({ text, table: tableIdByTitle(text), section: sectionKeyOf(text), location: b.location });
  });
  return out;
}

/** A title as quoted back: a contents heading joined to it by the text reader is left out. */
function titleText(t: string): string {
  return t.trim().replace(/\s*目\s*录$/, '');
}
