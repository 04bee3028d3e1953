import type { Disclosure } from '../../model/disclosure.js';
import { locationAt } from '../../model/layout.js';
import { type Location, samePlace } from '../../model/location.js';
import { defineRule, insufficient } from '../rule.js';
import { linesMatching } from './patterns.js';

// The budget level a department belongs to follows from the last administrative unit in its name:
// 荣成市医疗保障局 → 市级, 某某区财政局 → 区级, 昌吉回族自治州… → 州级.
const LEVEL_OF_SUFFIX: [RegExp, string][] = [
  [/自治区$/, '区'],
  [/(自治州|州)$/, '州'],
  [/(自治县|县)$/, '县'],
  [/(自治旗|旗)$/, '旗'],
  [/盟$/, '盟'],
  [/市$/, '市'],
  [/区$/, '区'],
  [/省$/, '省'],
];

// Words that end like a unit but name something else (社区矫正, 园区管委会, 城市管理…).
const NOT_A_UNIT = /(社|园|景|校|片|库|矿|牧|山|城|都|超|街)(区|市)$/;

const ADMIN_UNIT = /^(.{1,8}?(?:自治区|自治州|自治县|自治旗|省|市|州|盟|县|区|旗))/;

/** The level word (市, 区, 县 …) of the department's own budget, or null when its name does not say. */
export function ownBudgetLevel(doc: Disclosure): string | null {
  const dept = doc.facts.department;
  if (!dept) return null;
  // Walk the administrative units at the start of the name: 四川省广元市医疗保障局 → 四川省, 广元市.
  let rest = dept;
  let last: string | null = null;
  for (let i = 0; i < 3; i++) {
    const m = ADMIN_UNIT.exec(rest);
    if (!m) break;
    const unit = m[1]!;
    // 市场监督管理局, 区域…: a 市/区 followed by more name is a word, not a unit.
    const after = rest.slice(unit.length);
    if (/^(场|域|间|政)/.test(after) || NOT_A_UNIT.test(unit)) break;
    last = unit;
    rest = after;
  }
  if (!last) return null;
  for (const [re, level] of LEVEL_OF_SUFFIX) if (re.test(last)) return level;
  return null;
}

// Only phrases where the document speaks of its own budget: "区级预算项目", "市级部门决算".
const OWN_LEVEL_PHRASE = /(?<!自治)([省市区县州旗盟])级(预算项目|部门预算|部门决算|预算单位|预算绩效|项目支出绩效|部门绩效)/g;

const JUDICIAL = /(?:法院|检察院)$/;

const SELF_BEFORE = /年度|本级|本单位|本部门|我单位|我局|我部门|全部|本$/;

export const templateLevelMismatch = defineRule({
  id: 'template.level-mismatch',
  title: '预算级次与本部门不符',
  category: 'template',
  severity: 'warning',
  authority: '《关于做好2024年度部门决算公开工作的通知》：公开内容应真实、准确，不得照搬其他地区模板',
  description:
    '部门名称决定其预算级次（某某市医疗保障局的项目是“市级预算项目”），文中却称“区级预算项目”等，多为照搬其他地区的模板。',
  cases: [
    { name: '级次一致', expect: 'pass', text: '# 荣成市医疗保障局2024年度单位决算\n我单位组织对2024年度市级预算项目全面开展绩效自评。\n' },
    { name: '市的文件写区级', expect: 'fail', mentions: '区级', text: '# 荣成市医疗保障局2024年度单位决算\n我单位组织对2024年度区级预算项目全面开展绩效自评。\n' },
    { name: '自治区级不算', expect: 'pass', text: '# 昌吉回族自治州医疗保障局2024年度部门决算\n按照自治区级预算项目绩效管理要求开展自评。\n' },
    { name: '区的文件提到市级项目', expect: 'pass', text: '# 某市某区财政局2024年度部门决算\n承接市级预算项目3个，资金已拨付。\n' },
    { name: '省级统管的县法院称省级部门决算', expect: 'pass', text: '# 2016年某某县人民法院省级部门决算基本情况说明\n2016年度省级部门决算收入合计1200.00万元。\n' },
    { name: '县法院称区级', expect: 'fail', mentions: '区级', text: '# 某某县人民法院2016年度部门决算\n本年度区级部门决算收入合计1200.00万元。\n' },
    { name: '部门名称不明', expect: 'insufficient', text: '2024年度区级预算项目绩效自评结果。\n' },
  ],
  check({ doc, report }) {
    const own = ownBudgetLevel(doc);
    if (!own) return insufficient('部门名称中没有可识别的行政区划（市、区、县、州等），无法确定本部门的预算级次。');
    const wrong = new Map<string, { phrase: string; locations: Location[] }>();
    for (const hit of linesMatching(doc, /[省市区县州旗盟]级/)) {
      for (const m of hit.text.matchAll(OWN_LEVEL_PHRASE)) {
        if (m[1] === own) continue;
        // Courts and procuratorates below the province are funded by the province (or the city) in the
        // provinces that took them under 省级统管: "封开县人民法院省级部门决算" is right there.
        if (JUDICIAL.test(doc.facts.department ?? '') && (m[1] === '省' || ((m[1] === '市' || m[1] === '州') && own !== '省'))) continue;
        // Only where the document speaks of its own budget ("本年度区级预算项目", "区级预算项目绩效自评"):
        // a district may well mention the city's projects (承接市级预算项目).
        const at = m.index ?? 0;
        const aboutItself = SELF_BEFORE.test(hit.text.slice(Math.max(0, at - 8), at)) || /绩效自评/.test(hit.text.slice(at, at + 16));
        if (!aboutItself) continue;
        const entry = wrong.get(m[1]!) ?? { phrase: m[0], locations: [] };
        // A heading split off its sentence is still one printed line.
        const place = locationAt(hit.source, at);
        if (!entry.locations.some((l) => samePlace(l, place))) entry.locations.push(place);
        wrong.set(m[1]!, entry);
      }
    }
    for (const [level, { phrase, locations }] of wrong) {
      report({
        message: `${doc.facts.department}的预算级次是“${own}级”，文中却${locations.length > 1 ? `在${locations.length}行` : ''}称“${phrase}”。`,
        expected: `${own}级`,
        actual: `${level}级`,
        locations,
      });
    }
  },
});
