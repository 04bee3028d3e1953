import { ORG_SUFFIX } from '../../model/labels.js';
import { unsqueezedOffset } from '../../model/compact-text.js';
import { locationAt } from '../../model/layout.js';
import type { Location } from '../../model/location.js';
import { defineRule, insufficient } from '../rule.js';
import { linesMatching } from './patterns.js';

// "某某市某某局2024年度部门决算": a department naming the accounts it presents.
// (Up to 12 characters before a region's 市: "中国共产主义青年团阳泉市委员会" is read from its first character.)
const OWN_ACCOUNTS = new RegExp(
  `((?:[\\u4e00-\\u9fa5]{1,12}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗))+[\\u4e00-\\u9fa5]{2,16}?${ORG_SUFFIX})(?:（本级）|\\(本级\\))?\\s*(?:20\\d{2}\\s*年度?)?\\s*(?:部门|单位)(?:决算|预算)`,
  'g',
);

// "行政部门1个:包家镇人民政府(本级)": the unit whose own accounts are 本级 is the department itself.
const OWN_BASE = new RegExp(
  `((?:[\\u4e00-\\u9fa5]{1,12}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗|镇|乡))+[\\u4e00-\\u9fa5]{2,16}?${ORG_SUFFIX})\\s*(?:（本级）|\\(本级\\))`,
  'g',
);

/**
 * Two names of one organisation: equal, or one the other with its region prefix ("上海市普陀区财政局" /
 * "普陀区财政局"); a second name in brackets ("兰州新区财政局(国有资产监督管理局)") is either of them.
 */
function sameOrganisation(a: string, b: string): boolean {
  const names = (s: string) => {
    const m = /^(.*?)[（(]([^（）()]{2,20})[)）]$/.exec(s);
    return m ? [m[1] as string, m[2] as string] : [s];
  };
  // (As printed too: a name the pattern took up mid-way, "国共产主义青年团某某县委员会" of 中国共产主义青年团…,
  // is a tail of the other before its usual form changes that tail.)
  const same = (x: string, y: string) => x === y || x.endsWith(y) || y.endsWith(x);
  return names(a).some((x) => names(b).some((y) => same(x, y) || same(usualForm(x), usualForm(y))));
}

/**
 * The 55 peoples an autonomous region is named for, longer names first (土家 before 土): the peoples
 * and 自治 are cut from 张家川回族自治县 at 回族, not at any character before a 族.
 */
const PEOPLES = '维吾尔|柯尔克孜|乌孜别克|蒙古|土家|布依|朝鲜|哈尼|哈萨克|傈僳|高山|拉祜|东乡|纳西|景颇|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';
const PEOPLES_AUTONOMOUS = new RegExp(`(?:(?:${PEOPLES})族)+自治(?=[县州旗])`, 'g');

/**
 * A name in its usual short form: 陵水黎族自治县人民政府办公室 and 陵水县政府办 are one office. An
 * autonomous county is named without its peoples, 人民政府 as 政府, 办公室 as 办, 委员会 as 委,
 * 中国共产主义青年团 as 共青团, 中国共产党 as 中共, and people's organisations by their short names
 * (供销社, 残联, 妇联, 工商联, 文联, 社科联, 侨联, 科协).
 */
function usualForm(name: string): string {
  return name
    .replace(/中国共产主义青年团/g, '共青团')
    .replace(/中国共产党/g, '中共')
    // People's organisations go by their short names (贵池区供销社 is 贵池区供销合作社联合社 itself).
    .replace(/供销合作社(?:联合社)?/g, '供销社')
    .replace(/残疾人联合会/g, '残联')
    .replace(/妇女联合会/g, '妇联')
    .replace(/工商业联合会/g, '工商联')
    .replace(/文学艺术界联合会/g, '文联')
    .replace(/社会科学界联合会/g, '社科联')
    .replace(/归国华侨联合会/g, '侨联')
    .replace(/科学技术协会/g, '科协')
    .replace(PEOPLES_AUTONOMOUS, '')
    .replace(/人民政府/g, '政府')
    .replace(/常务委员会/g, '常委会')
    .replace(/办公室$/, '办')
    .replace(/委员会$/, '委');
}

/** "本单位纳入…", "我中心属于…", "作为…的二级预算单位": the department named next is the unit's parent. */
const PARENT_BEFORE = /(?:本|我)(?:单位|中心|院|所|站|校|馆|队|处|会)(?:系|是|为|作为|已)?(?:纳入|属于|隶属于?)\s*$/;

/** Words of a title or a file's name, never of an organisation's. */
const NOT_IN_A_NAME = /决算|预算|报告|说明|附件|公开/g;

/** "…局(以下简称…局)": a name and the short form the document gives it, spaces taken out. */
const SHORT_NAME = new RegExp(`((?:[\\u4e00-\\u9fa5]{1,10}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗))+[\\u4e00-\\u9fa5]{2,16}?${ORG_SUFFIX})[（(]以下简称[“"]?([\\u4e00-\\u9fa5]{2,20})[”"]?[)）]`, 'g');

export const templateOtherDepartment = defineRule({
  id: 'template.other-department',
  title: '文中出现其他部门的名称',
  category: 'template',
  severity: 'warning',
  authority: '《关于做好2024年度部门决算公开工作的通知》：公开内容应真实、准确，不得照搬其他部门模板',
  description:
    '文中称“某某局2024年度部门决算”“纳入某某局部门决算编制范围”或列出“某某局（本级）”时，所称部门应是本文件的部门；出现另一个部门的名称，多为照搬其他部门的文本未改全。',
  cases: [
    { name: '名称一致', expect: 'pass', text: '# 广元市医疗保障局2024年度部门决算\n纳入广元市医疗保障局2024年度部门决算编制范围的单位共3个。\n' },
    {
      name: '下属单位说明纳入上级部门的部门决算',
      expect: 'pass',
      text: '# 达州市自然资源调查监测中心2021年度单位决算\n达州市自然资源调查监测中心纳入达州市自然资源和规划局2021年度部门决算编制范围的二级预算单位。\n本单位纳入达州市自然资源和规划局2021年度部门决算编制范围。\n',
    },
    { name: '照搬他部门', expect: 'fail', mentions: '广元市人力资源和社会保障局', text: '# 广元市医疗保障局2024年度部门决算\n纳入广元市人力资源和社会保障局2024年度部门决算编制范围的单位共3个。\n' },
    { name: '括号中的另一个名称', expect: 'pass', text: '# 2024年度兰州新区财政局(国有资产监督管理局)部门决算\n纳入兰州新区财政局2024年度部门决算编制范围的单位共1个。\n' },
    { name: '文中给出的简称', expect: 'pass', text: '# 洛龙区文广新局2017年度部门决算\n洛阳市洛龙区文化广电新闻出版局(以下简称洛 龙区文广新局)概况\n洛阳市洛龙区文化广电新闻出版局2017年度部门决算情况说明如下。\n' },
    { name: '自治县的简称（张家川回族自治县作张家川县）', expect: 'pass', text: '张家川回族自治县交通运输局2020年度部门决算公开说明\n二、张家川县交通运输局2020年度部门决算情况说明\n(一)收入决算情况。2020年度,收入总计为13827.76万元。\n' },
    { name: '自治县与人民政府办公室的简称', expect: 'pass', text: '# 陵水黎族自治县人民政府办公室2019年度部门决算\n陵水县政府办2019年度部门决算情况说明如下。\n' },
    { name: '供销社、残联等的简称', expect: 'pass', text: '# 池州市某某区供销合作社联合社2023年度部门决算\n纳入某某区供销社2023年度部门决算编制范围的单位共1个。\n' },
    { name: '共青团的全称', expect: 'pass', text: '# 共青团阳泉市委员会2020年度部门决算\n中国共产主义青年团阳泉市委员会 2020 年度部门决算公开\n' },
    { name: '本级单位是另一个镇', expect: 'fail', mentions: '包家镇人民政府', text: '# 某县裴兴镇人民政府2021年度部门决算\n单位构成情况:行政部门1个:某县包家镇人民政府(本级)。\n' },
    { name: '本级单位是本部门，地名前有十个字以上', expect: 'pass', text: '# 中国共产主义青年团某某县委员会2021年度部门决算\n本部门为中国共产主义青年团某某县委员会(本级),无下级预算单位。\n' },
    { name: '本级单位是另一个县的团委', expect: 'fail', mentions: '某乙县委员会', text: '# 中国共产主义青年团某甲县委员会2021年度部门决算\n本部门为中国共产主义青年团某乙县委员会(本级),无下级预算单位。\n' },
    { name: '本级单位是本部门', expect: 'pass', text: '# 某县裴兴镇人民政府2021年度部门决算\n单位构成情况:行政部门1个:某县裴兴镇人民政府(本级)。\n' },
    { name: '附件文件名连着部门名', expect: 'pass', text: '# 青海省粮食局2015年度部门决算\n附件:2015年部门决算财务分析报告省粮食局2015年度部门决算财务分析报告A4.doc\n' },
    { name: '部门不明', expect: 'insufficient', text: '纳入本局部门决算编制范围的单位共3个。\n' },
  ],
  check({ doc, report }) {
    const own = doc.facts.department;
    if (!own) return insufficient('未能从标题确定本文件的部门，无法判断文中的部门名称是否照搬。');
    // "洛阳市洛龙区文化广电新闻出版局(以下简称洛龙区文广新局)": the short name the document gives itself
    // is its own, and so is the full name of a short one.
    const known = [own];
    for (const hit of linesMatching(doc, /以下简称/)) {
      for (const m of hit.text.replace(/\s+/g, '').matchAll(SHORT_NAME)) {
        const [full, short] = [m[1] as string, m[2] as string];
        if (sameOrganisation(full, own) || sameOrganisation(short, own) || full.endsWith(own)) known.push(full, short);
      }
    }
    const others = new Map<string, Location[]>();
    for (const hit of linesMatching(doc, /(?:部门|单位)(?:决算|预算)/)) {
      for (const m of hit.text.matchAll(OWN_ACCOUNTS)) {
        let name = m[1] as string;
        // "某中心纳入某局2021年度部门决算编制范围": a unit saying whose department's accounts include
        // it names its parent, not another department's text left over.
        const cut = name.lastIndexOf('纳入');
        const subject = cut >= 0 ? name.slice(0, cut) : '';
        if (subject.length >= 2 && known.some((k) => sameOrganisation(subject, k))) continue;
        if (cut >= 0) name = name.slice(cut + 2);
        // A file's or a title's words run into the name ("附件:2015年部门决算财务分析报告省粮食局2015年度部门决算…A4.doc"):
        // no organisation's name holds them, so the name starts after the last of them.
        const run = [...name.matchAll(NOT_IN_A_NAME)].pop();
        if (run) name = name.slice((run.index ?? 0) + run[0].length);
        if (PARENT_BEFORE.test(hit.text.slice(0, m.index ?? 0) + subject + (cut >= 0 ? '纳入' : ''))) continue;
        if (!name || known.some((k) => sameOrganisation(name, k))) continue;
        others.set(name, [...(others.get(name) ?? []), locationAt(hit.source, m.index ?? 0)]);
      }
    }
    for (const [name, locations] of others) {
      report({ message: `文中称“${name}”的部门决算，而本文件是${own}的决算。`, expected: own, actual: name, locations });
    }
    const bases = new Map<string, Location[]>();
    for (const hit of linesMatching(doc, /本级/)) {
      for (const m of hit.text.replace(/\s+/g, '').matchAll(OWN_BASE)) {
        const name = m[1] as string;
        if (others.has(name) || known.some((k) => sameOrganisation(name, k))) continue;
        bases.set(name, [...(bases.get(name) ?? []), locationAt(hit.source, unsqueezedOffset(hit.text, m.index ?? 0))]);
      }
    }
    for (const [name, locations] of bases) {
      report({ message: `文中列出的本级单位是“${name}（本级）”，而本文件是${own}的决算。`, expected: `${own}（本级）`, actual: `${name}（本级）`, locations });
    }
  },
});
