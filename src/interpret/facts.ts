import { namesATemplateFile } from '../model/template-file.js';
import type { Facts } from '../model/disclosure.js';
import { ORG_SUFFIX } from '../model/labels.js';
import type { Block } from '../model/layout.js';
import { readContents, readDocumentKind } from './document-kind.js';
import { BULLET, PAGE_FIELD, portalFields, SITE_FURNITURE } from './site-furniture.js';

const REGION_CHAR = /[省市州盟县区旗]/;
// What a date leaves before a name the organisation pattern takes from "2016年封开县人民法院…",
// "2020年度上半年苏州工业园区人民检察院…", "2026年1月26日在吐鲁番市…人民代表大会": not part of it.
const DATE_TAIL = /^(?:年度?|月份?|日|号)(?:上半年|下半年|全年|前三季度)?(?:在|对|向|经)?/;
/**
 * A verb a sentence puts before a name ("纳入某县公安局…", "根据某市财政局…"): not the name's. (No single
 * character: 和田, 从江县 and 将乐县 begin with one.)
 */
const LEAD_WORD = /^(?:纳入|根据|按照|依据|经过|隶属于?|包括|其中)(?=[\u4e00-\u9fa5]{3})/;
const nameOf = (s: string) => s.replace(DATE_TAIL, '').replace(LEAD_WORD, '');
// The shortest name stops at the first suffix it meets, inside a longer name: "某省人大常委" of
// 某省人大常委会办公厅, "某县人民政府" of 某县人民政府办公室. The office of a body is the whole name.
const ORG_TAIL = '(?:(?<=委)会(?!议))?(?:办公厅|办公室)?';
// Not a site's name ("重庆市人民政府网") nor the word 部门 ("…残联年部门决算表"), nor a project named after a
// building ("三峡库区生态科普馆项目展陈工程").
const ORG_RE = new RegExp(`([\\u4e00-\\u9fa5]{1,12}?(?:自治区|自治州|省|市|州|盟|县|区|旗)[\\u4e00-\\u9fa5]{2,16}?${ORG_SUFFIX}${ORG_TAIL})(?![网门]|项目|工程)`, 'g');

// A sentence of history ("…于1983年成立…", "2019年机构改革后更名为…") names other years and bodies.
// (Not 改革 alone: 发展和改革委员会 is a department's name.)
const HISTORY = /成立|组建|更名|改为|撤销|合并|划入|划转|前身|设立|挂牌|始建|建于|机构改革|改革后/;

/** A cover or heading line rather than a sentence of the text. */
function isLabel(p: string): boolean {
  // An item of a numbered list ("3.负责辖区内的…;") is a sentence of the duties, however short.
  return p.length <= 60 && !/[。；，,;]/.test(p) && !/^\d+[.．、]/.test(p);
}

/** A whole organisation's name, region first: "柳州市鱼峰区人大常委会". */
/** A region's name, up to its level: "某某省", "某某自治州", "某某区". */
const REGION = '[\\u4e00-\\u9fa5]{1,12}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗)';
const WHOLE_ORG = new RegExp(`^(?:${REGION})+[\\u4e00-\\u9fa5]{2,20}${ORG_SUFFIX}$`);
const ORG_END = new RegExp(`${ORG_SUFFIX}$`);
/** A line that is a department's account title: a name, its year, 部门决算 or 单位决算 and nothing after but 公开. */
const ACCOUNT_TITLE_LINE = /^[\u4e00-\u9fa5（）()]{4,40}?20\d{2}\s*年度?\s*(?:部门|单位)\s*决算(?:公开)?$/;
/** A name the text gives itself: "某某委员会(以下简称“本部门”)", "…局（以下简称本单位）". */
const SELF_NAMED = /([\u4e00-\u9fa5]{4,40})[（(]以下简称[“"]?本(?:部门|单位|局|委|办|中心|院|馆|所|站|会)[”"]?[)）]/;
// The year a title names: "2024年度", "2024年", and "…人民政府2024部门决算" printed without 年.
const TITLE_YEAR = /(20\d{2})\s*(?:年度?|(?=(?:部门|单位)?\s*决算))/;

/**
 * Document facts from the title and the cover: fiscal year, department, scope and region, and
 * what kind of document it is with its own contents list. Titles are often broken over two lines
 * ("…2024年度部门" / "决算公开说明") or missing altogether; then the cover's labels and the tables'
 * 编制单位 are read, and only then the text, never a sentence of history.
 */

/**
 * A portal's fields set in a row, label and value ("[ 索引号 ] | 1150…", "【发布机构】丰都县…", "来源: 某某县财政局"),
 * except those whose value is the document's title (标题, 信息名称, 内容概述).
 */
// (A field's label run into its value, "发布机构红河县人民政府办公室", when a page's panel lost its separators; or a
// row of labels and a value set apart by spaces, "组配分类 发布机构 区卫生健康局".)
const FIELD_ROW = /^(?:[[【]\s*(?!标\s*题|信息名称|名\s*称|题\s*名|内容概述)[\u4e00-\u9fa5]{2,8}\s*[\]】]|(?:索\s*引\s*号|发布机构|发文机关|所属机构|公开责任部门|责任部门|主题分类|体裁分类|组配分类|服务对象|成文日期|发布日期|公开日期|生成日期|发文日期|发文字号|文\s*号|信息有效性|有\s*效\s*性|时\s*效\s*性|公开方式|公开范围|信息来源|来\s*源|点\s*击|发\s*布\s*人|关\s*键\s*词)\s*[:：|｜]|(?:索引号|发布机构|发文机关|所属机构|公开责任部门|成文日期|发布日期|时效性)(?=[\u4e00-\u9fa5\d])|(?:主题分类|体裁分类|组配分类|服务对象|发布机构|发文机关|所属机构|公开责任部门|信息来源|公开方式|公开范围|生成日期|成文日期|发布日期)\s+\S)/;

/** A site's menu item: a few characters, no figure, no punctuation ("首页", "要闻动态", "信息公开"). */
const MENU_ITEM = /^[\u4e00-\u9fa5]{1,6}$/;
/** Menu items in a row at the top of a page: a site's menu, not a cover. */
const MENU_RUN = 4;

/**
 * The paragraphs a title and cover are looked for in: the first twelve, leaving out a web page's
 * banner, breadcrumb and dates ("欢迎来到某某网站!", "今天是2024年7月27日", which name the site and the
 * day it was read, not the document) and the menu a page opens with.
 */
function headOf(paras: readonly string[]): { head: string[]; fieldTitle: string | null } {
  const { fields, title } = portalFields(paras);
  // ("[ 发布机构 ] | 丰都县住房和城乡建设委员会 |": the panel's fields in a row name who posted the page, a
  // parent department posting its unit's accounts, not the document.)
  const kept = paras.filter((p, i) => !fields.has(i) && !SITE_FURNITURE.test(p) && !FIELD_ROW.test(p.replace(BULLET, '')));
  let menu = 0;
  while (menu < kept.length && MENU_ITEM.test(kept[menu] as string)) menu++;
  const fieldTitle = title == null ? null : (paras[title] as string).replace(BULLET, '').trim();
  return { head: kept.slice(menu >= MENU_RUN ? menu : 0).slice(0, 12), fieldTitle };
}

export function readFacts(blocks: readonly Block[], keyAt: readonly (string | null)[] = [], partUnread = false, runningHeads: readonly string[] = []): Facts {
  const paras = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.trim());
  const { head, fieldTitle } = headOf(paras);
  // The page's own 标题 field names the document even without the word 决算 ("2020年某某乡“三公”经费情况说明").
  const found = findTitle(head) ?? (fieldTitle && fieldTitle.replace(/\s/g, '').length >= 7 && TITLE_YEAR.test(fieldTitle) ? fieldTitle : null);
  // A PDF's running header that names the account ("上海市某某区示范局2024年度部门决算" atop every page)
  // is its title; the cover's own line of the same words is then taken for the header too, and the
  // first heading left (a table's title, "2023年度收入支出决算总表") is no title of the document.
  const running = findTitle([...new Set(runningHeads.map((t) => t.trim()))].filter((t) => departmentOfTitle(t) != null && !/表$/.test(t)));
  const title = found && !(running && /表$/.test(found.trim())) ? found : (running ?? found);
  const contents = readContents(blocks, keyAt);
  const kind = readDocumentKind(blocks, contents, keyAt, partUnread);

  let fiscalYear: number | null = null;
  const ty = title ? TITLE_YEAR.exec(title) : null;
  if (ty) fiscalYear = Number(ty[1]);
  // A date ("2023年9月10日", a cover's or a signature's) is when it was written, not the year it accounts for.
  // Nor a year a heading compares with ("(一)财政拨款收支与2018年度决算对比情况").
  fiscalYear ??= mostFrequent(head.filter(isLabel).join('\n'), /(?<![较比与和同至到]\s*)(20\d{2})\s*年度?(?!\s*\d{1,2}\s*月)/g, Number);
  fiscalYear ??= mostFrequent(
    paras
      .slice(0, 120)
      .filter((p) => !HISTORY.test(p))
      .join('\n'),
    // Not a year compared with ("较2020年度决算数减少", "与2020年度相比"): that is the year before.
    /(?<![较比与和同至到]\s*)(20\d{2})\s*年度/g,
    Number,
  );
  // "2021年部门决算收支完成情况": the year of a 决算 named in the text (not one compared with: "与2015年决算数相比").
  fiscalYear ??= mostFrequent(paras.slice(0, 120).filter((p) => !HISTORY.test(p)).join('\n'), /(?<![与比较和])(20\d{2})\s*年度?\s*(?:部门|单位)?决算/g, Number);
  // "2020年“三公”经费支出431万元…": a page of one part, without title or 年度, states its year plainly.
  // Taken only when one year stands out (no date, no year compared with), never as a guess between two.
  fiscalYear ??= clearlyMost(
    paras
      .slice(0, 60)
      .filter((p) => !HISTORY.test(p))
      .join('\n'),
    /(?<![较比与和同至到]\s*)(20\d{2})\s*年(?!\s*\d{1,2}\s*月)/g,
  );

  const titled = title ? departmentOfTitle(title) : null;
  // A title that names the unit without its region ("双桥集镇人民政府2020年度…") leaves the whole name to the text.
  let department: string | null = titled && REGION_START.test(titled) ? titled : null;
  // A name runs within one paragraph and holds a region word (省/市/州/盟/县/区/旗): the slow
  // organisation pattern is only run over the paragraphs that have one, in the same order. The
  // cover's labels first; then the text, leaving out sentences of history and a name said only once.
  // A cover line that is a name and nothing else is read whole ("柳州市鱼峰区人大常委会": the
  // shortest match would stop at 常委).
  // A list of the units the account covers names the department itself as its own (本级) unit
  // ("巴彦淖尔市妇女联合会部门(本级)"), before the units under it.
  // A cover line that is an account's title ("施甸县旧城乡人民政府2018年度部门决算" under the site's banner
  // "施甸县人民政府", when the title taken is the body's part title): the department it names.
  department ??= head.filter((p) => ACCOUNT_TITLE_LINE.test(p)).map(departmentOfTitle).find((n): n is string => n != null && REGION_START.test(n)) ?? null;
  // "重庆解放碑中央商务区管理委员会(以下简称“本部门”)为…": the text defines its own name for itself.
  department ??=
    paras
      .slice(0, 60)
      .map((p) => SELF_NAMED.exec(p.replace(/[\s　]/g, ''))?.[1])
      .find((n): n is string => n != null && WHOLE_ORG.test(n)) ?? null;
  department ??=
    paras
      .slice(0, 200)
      .map((p) => /^(.+?)(?:部门|单位)?[（(]本级[)）]$/.exec(p.replace(/[\s　]/g, ''))?.[1])
      .find((n): n is string => n != null && WHOLE_ORG.test(n)) ?? null;
  department ??= head.map((p) => p.replace(/[\s　]/g, '')).find((p) => isLabel(p) && WHOLE_ORG.test(p)) ?? null;
  department ??= head.filter(isLabel).map(wholeNameBefore).find((n) => n != null) ?? null;
  department ??= mostFrequent(head.filter((p) => isLabel(p) && REGION_CHAR.test(p)).join('\n'), ORG_RE, nameOf);
  department ??= mostFrequent(
    paras
      .slice(0, 200)
      .filter((p) => REGION_CHAR.test(p) && !HISTORY.test(p))
      .join('\n'),
    ORG_RE,
    nameOf,
    2,
  );
  // The text's name is taken for a title's short one only when it is the same unit, its region added.
  if (titled && department !== titled && !(department?.endsWith(titled) ?? false)) department = titled;

  const titleScope = title ? (/单位\s*决算/.test(title) ? '单位' : /部门\s*决算/.test(title) ? '部门' : null) : null;
  const scope: Facts['scope'] =
    titleScope ?? (head.some((p) => /单位概况/.test(p)) ? '单位' : head.some((p) => /部门概况/.test(p)) ? '部门' : null);
  // "柳州市…": 州 followed by 市 is part of the name, not its level.
  const region = department ? (/^(.+?(?:自治区|自治州|省|市|州|盟|县|区|旗))(?![省市州县区]|新区)/.exec(department)?.[1] ?? null) : null;
  return { title, department, scope, region, fiscalYear, amountUnit: '万元', kind: kind.kind, kindReason: kind.reason, contents };
}

/** A document library's file name as its title ("102001 洛龙区文广新局2017年度部门决算公开(1).pdf"): the name inside. */
const FILE_NAME = /^(?:\d{3,}\s+(?![年度]))?(.+?)(?:\s*[（(]\d+[)）])?\.(?:pdf|docx?|xlsx?|wps)$/i;

/** A page's field label set apart from its value by a gap, with no colon ("信息名称  舟曲县…决算公开说明"). */
const FIELD_BY_GAP = /^(?:信息名称|文件名称|标\s*题|名\s*称|题\s*名|内容概述|主\s*题)[ \t\u3000]+(?=\S)/;

function findTitle(head: readonly string[]): string | null {
  const candidates: string[] = [];
  const withYear: string[] = [];
  for (let i = 0; i < head.length; i++) {
    // "某某处2021年度决算公开说明 (目录)": the title line announcing the contents.
    // "信息名称:2022年度某某局部门决算公开", "内容概述:…": a page's field label before the title.
    const p = (head[i] as string).replace(/\s*[（(]\s*目\s*录\s*[)）]\s*$/, '').replace(/^(?:[\u4e00-\u9fa5]\s*){2,6}[:：]\s*(?=\S)/, '').replace(FIELD_BY_GAP, '').replace(FILE_NAME, '$1');
    // A title is a name, not a sentence (no full stop or clause commas), nor a web page's menu item
    // or breadcrumb ("财政预决算", "首页 > 部门决算").
    // (Nor a sentence opening a list: "纳入某局2020年度部门决算编制范围的二级预算单位包括:".)
    if (!/决算/.test(p) || p.length > 60 || /^第.部分/.test(p) || /[。，；>＞]|[:：]\s*$/.test(p)) continue;
    // A numbered heading ("(一)财政拨款收支与2018年度决算对比情况", "四、…") is a section's, not the document's.
    if (/^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d))/.test(p)) continue;
    // A page's field ("来源: 柳城县财政局", the site that posted it) is no first half of a title.
    // Nor is a field's value ("信息名称:2022年度…") the second half of one: it is whole.
    const labelled = p !== (head[i] as string).replace(/\s*[（(]\s*目\s*录\s*[)）]\s*$/, '');
    const prev = !labelled && head[i - 1] != null && !PAGE_FIELD.test((head[i - 1] as string).replace(BULLET, '')) ? head[i - 1] : undefined;
    // "…2024年度部门" on the line before "决算公开说明".
    // (Not a table's column head, "2020年" over "决算数", below a title already found.)
    if (!/\d{4}\s*年/.test(p) && prev && /\d{4}\s*年/.test(prev) && prev.length <= 40 && !/决算|[。，；>＞]/.test(prev) && !(withYear.length > 0 && /^[^\u4e00-\u9fa5]*决算数/.test(p.trim()))) return prev + p;
    // "重庆市长寿区洪湖镇人民政府" on the line before "2024年度决算公开说明".
    if (/^\s*20\d{2}/.test(p) && prev && prev.length <= 40 && ORG_END.test(prev.trim()) && !/决算|[。，；>＞]/.test(prev)) {
      // The name itself broken after its region ("上海市普陀区" / "文化和旅游局" / "2025 年度部门决算"): the region's line too.
      const region = head[i - 2]?.replace(/[\s　]/g, '');
      return (region && REGION_LINE.test(region) ? region : '') + prev.trim() + p.trim();
    }
    if (p.replace(/\s/g, '').length < 7) continue;
    // A title that names its year wins over one that does not (a site's section name).
    if (TITLE_YEAR.test(p)) withYear.push(p);
    else candidates.push(p);
  }
  // A web page's headline ("区人大2017年决算公开") above the document's own title ("柳州市鱼峰区人大
  // 常委会2017年部门决算"): the one that names a whole organisation is the title.
  // A file's name on a sharing site ("2020年预算单位部门决算公开模板") above the document's own title
  // ("2017年预算单位部门决算公开"): a template, sample or copy names no account of its own.
  const own = withYear.filter((t) => !namesATemplateFile(t));
  const pool = own.length ? own : withYear;
  return pool.find((t) => departmentOfTitle(t)) ?? pool[0] ?? candidates[0] ?? null;
}


/** A name that opens with its region ("罗平县第二中学", "某某市某某区审计局"). */
const REGION_START = new RegExp(`^${REGION}(?![省市州县区])`);

/** A cover line that is a region's name and nothing else ("上海市普陀区", "广元市"): the first half of a name broken over lines. */
const REGION_LINE = /^[\u4e00-\u9fa5]{1,12}(?:省|市|自治区|自治州|州|盟|地区|县|区|旗)$/;

/** The part of an account a title names after the organisation ("“三公”经费", "财政拨款“三公”经费支出"). */
const ACCOUNT_PART = /(?:一般公共预算)?(?:财政拨款)?[“"]?三公[”"]?经费(?:支出)?(?:情况)?$/;

/** The organisation a title names before its year ("某某县水利局2024年度部门决算" → 某某县水利局), or null. */
function departmentOfTitle(title: string): string | null {
  // "丰都县林业局(本级)": the unit's own accounts, the name without the mark.
  // "…园林绿化局本级部门决算公开": the unit's own accounts too.
  // "海南省人大常委会办公厅部门2017年度部门决算": the department's name, then the word 部门 before its year.
  // "2018年度中共某县委组织部“三公”经费决算公开": the part of the account it publishes follows the name.
  // (Only when what stands before the part ends as an organisation's name does: a township's place is no title's name.)
  const whole = title.replace(TITLE_YEAR, '').replace(/(部门|单位)?\s*决算.*$/, '').replace(/[\s　]/g, '');
  const t = (ORG_END.test(whole.replace(ACCOUNT_PART, '')) ? whole.replace(ACCOUNT_PART, '') : whole).replace(/[（(]?本级[)）]?$/, '').replace(/(?<=[\u4e00-\u9fa5]{2}(?:厅|局|委员会|办公室|院|中心))(?:部门|单位)$/, '');
  // "兰州新区财政局(国有资产监督管理局)": a second name in brackets is part of the name.
  const name = t.replace(/[（(][^（）()]{2,20}[)）]$/, '');
  // A numbered line ("二、某某局2024年度部门决算表" in the contents) is no title.
  if (!/^[\u4e00-\u9fa5]/.test(name) || /^[一二三四五六七八九十]+、/.test(name)) return null;
  if ((ORG_END.test(name) || TOWNSHIP.test(name)) && name.length >= 4) return t;
  // "罗湖区审计局2024年度财政拨款“三公”经费支出决算情况": the name is what stands before the year, when
  // the words between the year and 决算 name a part of the account rather than end the name.
  const year = TITLE_YEAR.exec(title);
  const before = year && year.index > 0 ? title.slice(0, year.index).replace(/[\s　]/g, '').replace(/[（(]?本级[)）]?$/, '') : null;
  if (before && /^[\u4e00-\u9fa5]/.test(before) && before.length >= 4 && (ORG_END.test(before) || TOWNSHIP.test(before))) return before;
  // A unit whose kind of name the organisation suffixes do not list ("重庆市万州区青少年宫", "某某县第二中学"):
  // a title names it as a region and its own name, which the suffixes of institutions end.
  return INSTITUTION.test(name) ? t : before && INSTITUTION.test(before) ? before : null;
}

/**
 * A unit named in a title by a region, then a name ending as institutions' names end (宫, 台, 场,
 * 学, 团, 联, 协, 室, 库): only in a title, where the name stands before its year, never in running
 * text, where "某某区青少年宫" is also a place.
 */
const INSTITUTION = new RegExp(`^(?:${REGION})+[\\u4e00-\\u9fa5]{2,16}(?:宫|台|场|学|团|联|协|室|库)$`);

/**
 * A township named by its place alone in a title ("大理州洱源县西山乡2023年度部门决算", "某某区某某街道…"):
 * its government publishes the account. Only in a title: in running text "某某镇" is a place.
 */
const TOWNSHIP = /(?:县|区|市|旗)[\u4e00-\u9fa5]{1,8}(?:乡|镇|街道|苏木)$/;

/**
 * The whole name a cover line opens with when the name runs up to a word that ends it ("中共广西壮族
 * 自治区委员会自治区直属机关工作委员会概况", "某某县人民政府某某街道办事处2024年度部门决算"): the name
 * pattern stops at the first suffix and would take 中共广西壮族自治区委员会 for the department.
 */
function wholeNameBefore(line: string): string | null {
  // "一、某某县人民政府办公室概况": the standard heading 一、部门概况 with the department's name in it.
  const t = line.replace(/[\s　]/g, '').replace(/^(?:第.部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[:：]?/, '');
  const m = WHOLE_BEFORE.exec(t);
  return m && WHOLE_ORG.test(m[1] as string) ? (m[1] as string) : null;
}
const WHOLE_BEFORE = /^(.+?)(?:概况|基本情况|20\d{2}\s*年度?|(?:部门|单位)?决算)/;

/** The year `re` finds most often when it is the only one or found at least twice as often as any other. */
function clearlyMost(text: string, re: RegExp): number | null {
  const [first, second] = countedMatches(text, re);
  if (!first || (second && first[1] < 2 * second[1])) return null;
  return Number(first[0]);
}

/** What `re`'s first group matched in `text`, with how often, most often first. */
function countedMatches(text: string, re: RegExp): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) {
    const k = m[1] as string;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function mostFrequent<T>(text: string, re: RegExp, map: (s: string) => T, atLeast = 1): T | null {
  const best = countedMatches(text, re)[0];
  return best && best[1] >= atLeast ? map(best[0]) : null;
}
