import { locationAt } from '../../model/layout.js';
import { type Location, samePlace } from '../../model/location.js';
import { defineRule, insufficient } from '../rule.js';
import { partsOf, subsequence } from './department-name.js';
import { linesMatching, linesMatchingWhere } from './patterns.js';
import { escapeRegExp } from '../../model/regex-source.js';

/**
 * Two wrong forms of the department's own name, each only where the name is the subject of a
 * statement about this account (followed by the account year, an account term, 无/有/下设…):
 * the own region with an organ name a character off (医疗保障局 → 医疗保险局, 局 → 处/中心, or the
 * organ's name before the 2018 reform), and another region of the same level with the own organ
 * name (广元市医疗保障局 → 广安市医疗保障局). Any name the document also uses in another role
 * (a unit it lists, a body it pays or reports to) is a real body and is never reported.
 */

// The last word of an organ's name, as a variant may print it (longer alternatives first).
const ORGAN_END = '委员会|办公室|中心|局|处|委|办|厅|署|院|所|站';
const SAME_END: Record<string, string> = { 委员会: '委', 办公室: '办' };

/**
 * Organ names changed by the 2018 institutional reform, old → new. A document for 2020 or later
 * naming itself by the old name of its organ keeps text of an earlier year.
 */
const RENAMED: ReadonlyArray<readonly [string, string]> = [
  ['环境保护', '生态环境'],
  ['国土资源', '自然资源'],
  ['卫生和计划生育', '卫生健康'],
  ['安全生产监督管理', '应急管理'],
  ['工商行政管理', '市场监督管理'],
  ['文化广电新闻出版', '文化和旅游'],
  ['农业', '农业农村'],
  ['民族宗教事务', '民族宗教'],
];

/** Edit distance (insertions, deletions, substitutions) of two short strings (names of a few characters: eight lines, not a dependency). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}


const esc = escapeRegExp;

// What follows a name that is the subject of a statement about the account: an optional bracket
// ("（行政单位和参照公务员法管理事业单位）"), then an account term, 无/有/下设/共有, or a figure.
const ACCOUNT_TERM =
  '部门整体|部门决算|部门预算|单位决算|政府采购|收入支出|收入总计|支出总计|本年收入|本年支出|财政拨款|一般公共预算|政府性基金|国有资本经营|机关运行经费|[“"]?三公[”"]?经费|国有资产|预算绩效|绩效自评|决算|无[\\u4e00-\\u9fa5、“”"]{0,24}(?:收入|支出|单位|机构)|下设|内设|共有|有[\\d一二三四五六七八九十]|[\\d,.]+\\s*万元';
/** Terms only the department itself carries (its sub-units have 单位决算, not 部门…). */
const DEPARTMENT_ONLY = /^\s*(?:（[^）]{1,30}）)?\s*(?:部门整体|部门决算|部门预算|本级)/;

/** Where `rest` (the text after a name) makes the name the subject of this account's statement. */
function subjectAfter(rest: string, year: number | null): boolean {
  const y = /^\s*(?:（[^）]{1,30}）)?\s*(20\d{2})\s*年/.exec(rest);
  if (y) return year != null && Number(y[1]) === year;
  return SUBJECT_AFTER.test(rest);
}

/** An account term after the name (made once: subjectAfter runs for every name found). */
const SUBJECT_AFTER = new RegExp(`^\\s*(?:（[^）]{1,30}）)?\\s*(?:${ACCOUNT_TERM})`);

/** template.other-department already reports a name followed by "2024年度部门决算". */
const OTHER_DEPARTMENT_FORM = /^\s*(?:（本级）|\(本级\))?\s*(?:20\d{2}\s*年度?)?\s*(?:部门|单位)(?:决算|预算)/;

// A relation to another body before its name: 根据…要求, 上级/主管, 配合, 与/和/、.
const RELATION_BEFORE = /(?:根据|按照|依据|依照|上级|主管|配合|协同|会同|联合|协助|向|对|受|经|由|与|同|和|及|、|原|更名|前身|改为|划转|移交|转隶|对接|联系|学习|赴|至|到|支持|指导|牵头)[^，。；：,;:]{0,6}$/;

function insideTitleMarks(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open && text.indexOf('》', at) > at;
}

interface Hit {
  name: string;
  location: Location;
  subject: boolean;
  departmentOnly: boolean;
}

/** Every occurrence of names matching `re` (group 1: the name), with its role in its sentence. */
function occurrences(
  doc: Parameters<Parameters<typeof defineRule>[0]['check']>[0]['doc'],
  re: RegExp,
  year: number | null,
  trim: (name: string) => string | null = (n) => n,
  literal: string | null = null,
): Hit[] {
  const hits: Hit[] = [];
  // A pattern that opens with a run of any characters before a name is slow to scan the whole text
  // with: given a name every match holds, only the lines holding it are tried.
  const lines = literal != null ? linesMatchingWhere(doc, new RegExp(re.source), (t) => t.includes(literal)) : linesMatching(doc, new RegExp(re.source));
  for (const hit of lines) {
    for (const m of hit.text.matchAll(new RegExp(re.source, 'g'))) {
      const name = trim(m[1]!);
      if (!name) continue;
      const at = (m.index ?? 0) + m[0].length - name.length;
      const before = hit.text.slice(0, at);
      const rest = hit.text.slice(at + name.length);
      const subject =
        subjectAfter(rest, year) && !RELATION_BEFORE.test(before) && !insideTitleMarks(hit.text, at) && !OTHER_DEPARTMENT_FORM.test(rest);
      hits.push({ name, location: locationAt(hit.source, at), subject, departmentOnly: subject && DEPARTMENT_ONLY.test(rest) });
    }
  }
  return hits;
}

/** Names used only as the subject of statements about this account, each with its places. */
function onlyAsSubject(hits: Hit[], keep: (h: Hit) => boolean): Map<string, Location[]> {
  const otherRole = new Set(hits.filter((h) => !h.subject).map((h) => h.name));
  const out = new Map<string, Location[]>();
  for (const h of hits) {
    if (!h.subject || otherRole.has(h.name) || !keep(h)) continue;
    const at = out.get(h.name) ?? [];
    if (!at.some((l) => samePlace(l, h.location))) at.push(h.location);
    out.set(h.name, at);
  }
  return out;
}

export const templateDepartmentMisnamed = defineRule({
  id: 'template.department-misnamed',
  title: '本部门名称写成相近的其他机构名',
  category: 'template',
  severity: 'warning',
  authority: '《党政机关公文格式》（GB/T 9704-2012）：机关名称应使用全称或规范化简称；《关于做好2024年度部门决算公开工作的通知》：公开内容应真实、准确',
  description:
    '标题写“广元市医疗保障局”，文中以“广元市医疗保险局”“广元市医疗保障中心”或机构改革前的旧名（环境保护局之于生态环境局）作为本年决算事项的主语（其后紧接本年度、决算用语、无/下设或金额）：同一地区、机构名差一字或末字不同，是本部门名称的误写。文中另作他用的名称（所列下属单位、拨付对象等）是真实机构，不报告。',
  cases: [
    { name: '本部门全称', expect: 'pass', text: '# 广元市医疗保障局2024年度部门决算\n2024年度，广元市医疗保障局政府采购支出总额70.24万元。\n' },
    { name: '机构名差一字', expect: 'fail', mentions: '广元市医疗保险局', text: '# 广元市医疗保障局2024年度部门决算\n2024年度，广元市医疗保险局政府采购支出总额70.24万元。\n' },
    { name: '末字改为处', expect: 'fail', mentions: '昌吉回族自治州医疗保障处', text: '# 昌吉回族自治州医疗保障局2024年度部门决算\n2024年度昌吉回族自治州医疗保障处（行政单位和参照公务员法管理事业单位）机关运行经费支出24.16万元。\n' },
    { name: '改革前的旧名', expect: 'fail', mentions: '上海市普陀区环境保护局', text: '# 上海市普陀区生态环境局2025年度部门决算\n上海市普陀区环境保护局 2025 年度财政拨款收入支出总计1000.00万元。\n' },
    {
      name: '机构设置所列的下属单位',
      expect: 'pass',
      text: '# 广元市医疗保障局2024年度部门决算\n## 二、机构设置\n广元市医疗保障局下属二级单位2个：\n1. 广元市医疗保障事务中心（未独立核算）\n2. 广元市医疗保障中心（未独立核算）\n## 三、决算情况\n广元市医疗保障事务中心2024年度项目支出10.00万元。\n广元市医疗保障中心2024年度项目支出5.00万元。\n',
    },
    { name: '下属单位的简称', expect: 'pass', text: '# 广元市医疗保障局2024年度部门决算\n经费拨付至广元市医疗保障服务中心基金支出户。\n广元市医疗保障中心2024年度项目支出5.00万元。\n' },
    { name: '旧名作为原单位名', expect: 'pass', text: '# 上海市普陀区生态环境局2025年度部门决算\n本局由原上海市普陀区环境保护局2018年更名。\n' },
    { name: '同区其他部门', expect: 'pass', text: '# 广元市医疗保障局2024年度部门决算\n根据广元市财政局要求，广元市卫生健康委员会2024年度代管资金划出。\n' },
    { name: '部门不明', expect: 'insufficient', text: '本局2024年度收入支出总计1256.30万元。\n' },
  ],
  check({ doc, report }) {
    const own = doc.facts.department;
    const parts = own ? partsOf(own) : null;
    if (!own || !parts) return insufficient('未能从标题确定本部门名称及其所属地区，无法核对名称写法。');
    const region = parts.units.at(-1)!;
    const ownOrgan = parts.core + parts.suffix;
    const upper = parts.units.slice(0, -1).join('');
    const year = doc.facts.fiscalYear;
    const renamed = RENAMED.filter(([, now]) => parts.core.startsWith(now) || parts.core.endsWith(now));
    const re = new RegExp(`((?:${esc(upper)})?${esc(region)}([\\u4e00-\\u9fa5]{2,${parts.core.length + 4}}?)(${ORGAN_END}))`);
    const hits = occurrences(doc, re, year);
    // Names of other bodies of the own region the document uses in other roles (units it lists, bodies it pays).
    const elsewhere = new Set(hits.filter((h) => !h.subject && h.name.replace(upper, '') !== region + ownOrgan).map((h) => h.name.replace(upper, '').slice(region.length)));
    const misnamed = onlyAsSubject(hits, (h) => {
      const organ = h.name.replace(upper, '').slice(region.length);
      if (organ === ownOrgan) return false;
      const end = new RegExp(`(${ORGAN_END})$`).exec(organ)![1]!;
      const core = organ.slice(0, -end.length);
      const sameEnd = end === parts.suffix || SAME_END[parts.suffix] === end || SAME_END[end] === parts.suffix;
      // Shortenings of the own name are template.department-variant's.
      if (sameEnd && subsequence(core, parts.core)) return false;
      let close = false;
      if (!sameEnd && core === parts.core) close = true; // 局 → 处 / 中心
      else if (sameEnd && parts.core.length >= 4 && Math.abs(core.length - parts.core.length) <= 1 && distance(core, parts.core) === 1) close = true;
      else if (sameEnd && year != null && year >= 2020 && renamed.some(([old, now]) => parts.core.replace(now, old) === core)) close = true;
      if (!close) return false;
      // A name as close to a body the document names in another role (广元市医疗保障中心 beside
      // 广元市医疗保障事务中心) may be that body's short form: only a term that belongs to the
      // department alone (部门整体, 部门决算) tells it is the own name.
      const nearOther = [...elsewhere].some((o) => o !== organ && (subsequence(core, o) || distance(organ, o) <= 2));
      return !nearOther || h.departmentOnly;
    });
    if (!misnamed.size) return;
    for (const [name, locations] of misnamed) {
      report({
        message: `本部门名称是“${own}”，文中${locations.length > 1 ? `有${locations.length}处` : ''}以“${name}”作为本年决算事项的主语，机构名称写法有误。`,
        expected: own,
        actual: name,
        locations,
      });
    }
  },
});

// A region unit at the end of a run: 广安市, 静安区, 昌吉回族自治州.
const UNIT_TYPE = /(自治州|自治县|自治旗|市|州|盟|县|区|旗)$/;
// A place at the end of a run: a two-character name and its unit (广安市, 静安区), or an autonomous
// prefecture or county with its peoples (昌吉回族自治州).
const PLACE_END = /((?:[\u4e00-\u9fa5]{2}(?:[\u4e00-\u9fa5]{1,3}族)+自治(?:州|县|旗))|[\u4e00-\u9fa5]{2}(?:市|州|盟|县|区|旗))$/;
// A leading word that is no place name: 全市, 本区, 各县.
const NOT_PLACE = /^(?:全|本|各|该|我|此|两|辖|外|省|市|县|区|州)/;
// Two characters that are a preposition's end, not a place ("感谢社会各界对区审计局…", "关于区…", "未对区…"):
// the own region said short after 对, 于, 向, 与, 在, 为 ("所在区"). No two-character place name ends so.
const NOT_PLACE_WORD = /^[\u4e00-\u9fa5](?:对|于|向|与|在|为|给|被|把)[市州县区旗]$/;

export const templateDepartmentOtherRegion = defineRule({
  id: 'template.department-other-region',
  title: '本年决算事项的主语写成另一地区的同名机构',
  category: 'template',
  severity: 'warning',
  authority: '《关于做好2024年度部门决算公开工作的通知》：公开内容应真实、准确，不得照搬其他部门模板',
  description:
    '标题写“广元市医疗保障局”，文中写“广安市医疗保障局政府采购支出总额70.24万元”：同级的另一地区的同名机构，其后紧接本年度或决算用语（政府采购、收入支出总计、财政拨款等），作为本文件决算数的主语，多为照搬其他地区的文本未改全。上级或下级地区的机构，以及“根据…要求”“配合”“与…”等关系中提到的机构，不报告。',
  cases: [
    { name: '本部门全称', expect: 'pass', text: '# 广元市医疗保障局2024年度部门决算\n2024年度，广元市医疗保障局政府采购支出总额70.24万元。\n' },
    { name: '另一市的同名机构', expect: 'fail', mentions: '广安市医疗保障局', text: '# 广元市医疗保障局2024年度部门决算\n2024年度，广安市医疗保障局政府采购支出总额70.24万元。\n' },
    { name: '另一区的同名机构', expect: 'fail', mentions: '上海市静安区文化和旅游局', text: '# 上海市普陀区文化和旅游局2025年度部门决算\n上海市静安区文化和旅游局 2025 年度政府采购金额（以合同金额计）100.00万元。\n' },
    { name: '根据上级机构要求', expect: 'pass', text: '# 广元市医疗保障局2024年度部门决算\n根据四川省医疗保障局要求，2024年度广元市医疗保障局政府采购支出总额70.24万元。\n' },
    { name: '上级地区的机构', expect: 'pass', text: '# 上海市普陀区文化和旅游局2025年度部门决算\n上海市文化和旅游局2025年度政府采购金额100.00万元。\n' },
    { name: '“各界对区审计局”“关于区审计局”：本区的简称，不是另一地区', expect: 'pass', text: '# 清远市清新区审计局2019年度部门决算\n2019年度“三公”经费支出决算为3.00万元。感谢社会各界对区审计局“三公”经费执行情况的关注和监督。关于区审计局2019年度政府采购支出情况说明如下。\n' },
    { name: '与邻市合作', expect: 'pass', text: '# 广元市医疗保障局2024年度部门决算\n本局与广安市医疗保障局2024年度共同开展异地就医结算工作。\n配合巴中市医疗保障局政府采购项目验收。\n' },
    {
      name: '机构设置所列的下属单位',
      expect: 'pass',
      text: '# 广元市医疗保障局2024年度部门决算\n## 二、机构设置\n1. 广元市医疗保障事务中心（未独立核算）\n## 三、决算情况\n广元市医疗保障事务中心2024年度项目支出10.00万元。\n',
    },
    { name: '部门不明', expect: 'insufficient', text: '本局2024年度收入支出总计1256.30万元。\n' },
  ],
  check({ doc, report }) {
    const own = doc.facts.department;
    const parts = own ? partsOf(own) : null;
    if (!own || !parts) return insufficient('未能从标题确定本部门名称及其所属地区，无法核对名称写法。');
    const region = parts.units.at(-1)!;
    const type = UNIT_TYPE.exec(region)?.[1];
    if (!type) return insufficient('未能确定本部门所属地区的级别。');
    const ownOrgan = parts.core + parts.suffix;
    const year = doc.facts.fiscalYear;
    // Up to 14 characters of region units before the own organ name, read back from the name.
    const re = new RegExp(`([\\u4e00-\\u9fa5]{2,14}${esc(ownOrgan)})`);
    const upper = parts.units.slice(0, -1).join('');
    // The region run before the organ name: the shortest last unit (广安市, 静安区), preceded by the
    // own upper units, by a year (2024年度), or by nothing; any other run has no clear start.
    const trim = (match: string): string | null => {
      const run = match.slice(0, -ownOrgan.length);
      // 乌鲁木齐市 read as 木齐市 would be another region: the own units are never one.
      if (parts.units.some((u) => run.endsWith(u))) return null;
      const last = PLACE_END.exec(run)?.[1];
      if (!last || NOT_PLACE.test(last) || NOT_PLACE_WORD.test(last) || /[全本各该我此辖外][市州县区旗]$/.test(last)) return null;
      const before = run.slice(0, -last.length);
      if (UNIT_TYPE.test(before)) return upper && before.endsWith(upper) ? upper + last + ownOrgan : null;
      return last + ownOrgan;
    };
    const found = onlyAsSubject(occurrences(doc, re, year, trim, ownOrgan), (h) => {
      const last = h.name.slice(0, -ownOrgan.length).replace(upper, '');
      if (!last || last === region || parts.units.includes(last)) return false;
      // Same level only: 市 for 市, 区 for 区; an upper or lower region is another matter.
      return UNIT_TYPE.exec(last)?.[1] === type;
    });
    for (const [name, locations] of found) {
      report({
        message: `本文件是“${own}”的决算，文中${locations.length > 1 ? `有${locations.length}处` : ''}以另一地区的“${name}”作为本年决算事项的主语。`,
        expected: own,
        actual: name,
        locations,
      });
    }
  },
});
