import { locationAt } from '../../model/layout.js';
import { type Location, samePlace } from '../../model/location.js';
import { defineRule, insufficient } from '../rule.js';
import { partsOf, subsequence } from './department-name.js';
import { linesMatching } from './patterns.js';

export const templateDepartmentVariant = defineRule({
  id: 'template.department-variant',
  title: '本部门名称写法不一致',
  category: 'template',
  severity: 'warning',
  authority: '《党政机关公文格式》（GB/T 9704-2012）：机关名称应使用全称或规范化简称；《关于做好2024年度部门决算公开工作的通知》',
  description:
    '标题写“上海市普陀区文化和旅游局”，文中却写“普陀区文旅局”“上海市普陀区文化旅游局”：同一地区、字序相同而少了字的名称，是本部门名称的简称或误写。公开文本中本部门名称应使用全称，一次报告所有位置。',
  cases: [
    { name: '全称与去掉市名', expect: 'pass', text: '# 上海市普陀区文化和旅游局2024年度部门决算\n普陀区文化和旅游局2024年度收入支出总计1256.30万元。\n上海市普陀区文化和旅游局本级决算。\n' },
    { name: '同区其他部门', expect: 'pass', text: '# 上海市普陀区文化和旅游局2024年度部门决算\n根据普陀区财政局的要求，普陀区旅游发展中心划转至本局。\n' },
    { name: '所引文件标题中的旧名', expect: 'pass', text: '# 南宁市良庆区土地储备分中心2016年度部门决算\n根据《关于良庆区土地储备中心机构编制调整有关事宜的通知》，本单位为财政全额拨款事业单位。\n' },
    { name: '沿革中的旧名', expect: 'pass', text: '# 兰州市第二人民医院2024年度部门决算\n1951年由兰州市政府接管，命名为“兰州市人民医院”，1978年更名为“兰州市第二人民医院”。\n' },
    { name: '简称与漏字', expect: 'fail', mentions: '普陀区文旅局', text: '# 上海市普陀区文化和旅游局2024年度部门决算\n普陀区文旅局2024年度收入支出总计1256.30万元。\n上海市普陀区文化旅游局本级决算。\n' },
    { name: '规范化简称（人大常委会）', expect: 'pass', text: '# 2023年度邵阳市人民代表大会常务委员会办公室部门决算\n一、部门职责\n邵阳市人大常委会办公室是市人大常委会机关的办事机构。\n' },
    { name: '名称开头是上级单位', expect: 'pass', text: '# 随州市公安局曾都区分局2019年决算公开报告\n随州市公安局曾都区分局内设机构23个，执行随州市公安局的部署。\n' },
    { name: '部门不明', expect: 'insufficient', text: '本局2024年度收入支出总计1256.30万元。\n' },
  ],
  check({ doc, report }) {
    const own = doc.facts.department;
    const parts = own ? partsOf(own) : null;
    if (!own || !parts) return insufficient('未能从标题确定本部门名称及其所属地区，无法核对名称写法。');
    const region = parts.units.at(-1)!;
    // A name that starts with the department's own region unit and ends with its suffix.
    const re = new RegExp(`(?:${parts.units.slice(0, -1).join('')})?${region}([\\u4e00-\\u9fa5]{1,${parts.core.length + 2}}?)${parts.suffix}`, 'g');
    const variants = new Map<string, Location[]>();
    for (const hit of linesMatching(doc, new RegExp(`${region}[\\u4e00-\\u9fa5]{1,${parts.core.length + 2}}?${parts.suffix}`))) {
      for (const m of hit.text.matchAll(re)) {
        const core = m[1]!;
        if (core === parts.core || core[0] !== parts.core[0] || !subsequence(core, parts.core)) continue;
        // The start of the name itself ("随州市公安局" of 随州市公安局曾都区分局, "合肥市纪委" of 合肥市纪委监委)
        // is the unit above it, or the name read in part: no variant of it.
        if (own.startsWith(m[0])) continue;
        // The statutory short form ("邵阳市人大常委会办公室" for …人民代表大会常务委员会办公室) is the name too.
        if (standardShort(own) === m[0] || standardShort(own).endsWith(m[0])) continue;
        // A document cited by its title (《关于良庆区土地储备中心机构编制调整有关事宜的通知》) names the unit as it was then.
        if (insideTitleMarks(hit.text, m.index ?? 0)) continue;
        // A name the unit had ("1951年…命名为“兰州市人民医院”，1978年更名为…", "原某某县文化局"): its history.
        if (FORMER_NAME.test(hit.text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))) continue;
        const at = variants.get(m[0]) ?? [];
        const place = locationAt(hit.source, m.index ?? 0);
        if (!at.some((l) => samePlace(l, place))) at.push(place);
        variants.set(m[0], at);
      }
    }
    if (!variants.size) return;
    const names = [...variants.keys()];
    const locations = [...variants.values()].flat();
    report({
      message: `本部门名称是“${own}”，文中${locations.length > 1 ? `有${locations.length}处` : ''}写作${names.map((n) => `“${n}”`).join('、')}。`,
      expected: own,
      actual: names.join('、'),
      locations,
    });
  },
});

/** A name in its statutory short forms (人大常委会, 人大, 政协, 中共), which GB/T 9704 allows as 规范化简称. */
function standardShort(name: string): string {
  return name.replace(/人民代表大会常务委员会/g, '人大常委会').replace(/人民代表大会/g, '人大').replace(/中国人民政治协商会议/g, '政协').replace(/中国共产党/g, '中共');
}

/** Words before a name that make it a name the unit had or was given, not one it goes by now. */
const FORMER_NAME = /(?:命名为|定名为|更名为|改名为|改称|原名|原称|曾用名|前身(?:为|是)?|原)\s*[“"]?$/;

/** Whether the text at `at` is inside 《…》 (a cited document's title). */
function insideTitleMarks(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open && text.indexOf('》', at) > at;
}
