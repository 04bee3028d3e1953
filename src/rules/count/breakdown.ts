import { countBreakdowns, countedNames } from '../../model/headcounts.js';
import { sectionLocator } from '../../model/section-at.js';
import { defineRule, notApplicable } from '../rule.js';
import { locs, md } from '../arithmetic/lib.js';

const AUTH_OVERVIEW = '《部门决算公开模板》部门基本情况（机构设置、人员构成）：所列各类人数、编制数、单位数应与总数一致';
const AUTH_BREAKDOWN = '《部门决算公开模板》部门基本情况（机构设置、人员构成）、国有资产占用情况（车辆）：所列各类人数、编制数、单位数、车辆数应与总数一致';

const OVERVIEW = '一、部门基本情况';

export const staffBreakdown = defineRule({
  id: 'count.staff-breakdown',
  title: '人员、编制、单位或车辆数的构成与总数不符',
  category: 'count',
  severity: 'error',
  authority: AUTH_BREAKDOWN,
  description:
    '“实有人数31人，其中：在职人员30人，离休人员0人，退休人员1人”（或以括号写出“（其中，…）”）：其中任何一项不得大于总数（“其中”另起一句时，上一句须以该总数结尾且只有这一个人数或个数）；各项属同一分类（在职/离休/退休，行政/参公/事业/工勤，全额/差额/自收自支，领导用车/机要通信/应急保障/执法执勤/其他用车等）互不重叠时，其和大于总数为错误，小于总数为警告（可能另有未列明的类别）。',
  cases: [
    { name: '31 = 30 + 0 + 1，变动不计', expect: 'pass', text: md(OVERVIEW, '实有人数31人，其中：在职人员30人，减少1人；离休人员0人，增加0人；退休人员1人，增加1人。') },
    { name: '在职之后的退休人员不是在职的构成', expect: 'pass', text: md(OVERVIEW, '在职人员40人，其中:行政人员13人，参公事业人员21人，事业人员5人，工勤人员1人；退休人员11人。') },
    { name: '交叉分类（女性、党员）不求和', expect: 'pass', text: md(OVERVIEW, '在职人员30人，其中女性18人，党员25人。') },
    { name: '各项之和大于总数', expect: 'fail', mentions: '13', text: md(OVERVIEW, '年末实有人数11人，其中在职人员11人，离休人员1人，退休人员1人。') },
    { name: '编制各项之和大于总数', expect: 'fail', mentions: '44', text: md(OVERVIEW, '总编制43个，其中：行政编制15个，参公事业编制22个，事业编制6个，工勤编制1个。') },
    { name: '单独一项大于总数', expect: 'fail', mentions: '12', text: md(OVERVIEW, '在职人员10人，其中女性12人。') },
    { name: '分号之后的“年末其他人员”仍是同一分类的一项', expect: 'pass', text: md(OVERVIEW, '本部门2020年年末实有人数6人，其中在职人员2人，离休人员0人，退休人员2人；年末其他人员2人；年末学生人数0人。') },
    { name: '分号之前各项已合成总数，分号之后的“年末其他人员”另计', expect: 'pass', text: md(OVERVIEW, '本部门2020年年末实有人数131人，其中在职人员89人，离休人员1人，退休人员41人；年末其他人员14人；年末学生人数0人。') },
    { name: '分号之后的另一句不是构成', expect: 'pass', text: md(OVERVIEW, '核定编制25名，其中：局机关15名；实有人员30名，其中在职人员30名。') },
    { name: '括号里的“其中”各项之和大于总数', expect: 'fail', mentions: '21', text: md(OVERVIEW, '实有在职人员20人（其中，行政编制16人、事业编制4人、工勤人员1人）。') },
    { name: '括号里的“其中”各项与总数相符', expect: 'pass', text: md(OVERVIEW, '实有在职人员20人（其中，行政编制15人、事业编制4人、工勤人员1人），退休人员6人。') },
    { name: '另一括注里的“其中”不是构成', expect: 'pass', text: md(OVERVIEW, '实有人数26人，其中在职人员20人（含借调人员（其中行政编制16人、事业编制5人）），退休人员6人。') },
    { name: '各项之和小于总数', expect: 'fail', severity: 'warning', mentions: '40', text: md(OVERVIEW, '在职人员40人，其中：行政人员13人，参公事业人员21人，事业人员5人。') },
    { name: '车辆各项之和大于总数', expect: 'fail', mentions: '6辆', text: md('（三）国有资产占用情况', '截至2024年12月31日，本单位共有车辆5辆，其中：一般公务用车3辆，执法执勤用车3辆。') },
    { name: '车辆各项与总数相符（句号之后的“其中”）', expect: 'pass', text: md('（三）国有资产占用情况', '截至2024年12月31日，本单位共有车辆5辆。其中：机要通信用车1辆、应急保障用车2辆、其他用车2辆。') },
    { name: '句号之后以“其中”开头的下一句：各项之和大于总数', expect: 'fail', mentions: '19', text: md(OVERVIEW, '本局编制人数18人。其中：行政编制10人，事业编制9人。') },
    { name: '句号之后的“其中”：实有人数与在职、退休相符', expect: 'pass', text: md(OVERVIEW, '年末实有人数26人。其中在职人员20人，退休人员6人。') },
    { name: '句号之后的“其中”：上一句有两个人数，不知其中所指', expect: 'pass', text: md(OVERVIEW, '核定编制18人，实有人数17人。其中：行政编制10人，事业编制9人。在职人员12人，其中：行政人员10人。') },
    { name: '句号之后的“其中”：上一句不以人数结尾', expect: 'pass', text: md(OVERVIEW, '编制人数18人，比上年减少1人。其中：行政编制10人，事业编制9人。在职人员12人，其中：行政人员10人。') },
    { name: '句号之后的“其中”：中间隔着另一句', expect: 'pass', text: md(OVERVIEW, '编制人数18人。单位为全额拨款事业单位。其中：行政编制10人，事业编制9人。在职人员12人，其中：行政人员10人。') },
  ],
  check(ctx) {
    const all = countBreakdowns(ctx.doc);
    if (!all.length) return notApplicable('说明未写出带“其中”的人数、编制数或单位数');
    const sectionAt = sectionLocator(ctx.doc.sections);
    for (const b of all) {
      const unit = b.whole.unit;
      const section = sectionAt(b.whole.location);
      const over = b.parts.find((p) => p.value > b.whole.value);
      if (over) {
        ctx.report({
          message: `${b.whole.label}${b.whole.value}${unit}，其中${over.label}却为${over.value}${over.unit}，部分大于总数`,
          expected: `不大于${b.whole.value}${unit}`,
          actual: `${over.value}${over.unit}`,
          locations: locs(b.whole.location, over.location),
          section,
        });
        continue;
      }
      if (!b.exclusive || b.parts.length < 2) continue;
      const sum = b.parts.reduce((s, p) => s + p.value, 0);
      if (sum === b.whole.value) continue;
      const listed = b.parts.map((p) => `${p.label}${p.value}${p.unit}`).join('、');
      const more = sum > b.whole.value;
      ctx.report({
        message: more
          ? `${b.whole.label}${b.whole.value}${unit}，其中${listed}，合计${sum}${unit}，大于总数`
          : `${b.whole.label}${b.whole.value}${unit}，其中${listed}，合计${sum}${unit}，少于总数${b.whole.value - sum}${unit}；如另有未列明的类别，应写明`,
        severity: more ? 'error' : 'warning',
        expected: `${b.whole.value}${unit}`,
        actual: `${sum}${unit}`,
        difference: `${sum - b.whole.value}${unit}`,
        tolerance: `0${unit}`,
        locations: locs(b.whole.location, ...b.parts.map((p) => p.location)),
        section,
      });
    }
  },
});

export const listedNames = defineRule({
  id: 'count.listed-names',
  title: '所称机构或单位个数与列出的名称个数不符',
  category: 'count',
  severity: 'warning',
  authority: AUTH_OVERVIEW,
  description:
    '“内设机构3个，分别是：办公室、财务科、业务科”：所称个数应与随后逐一列出的名称个数相同。以“等”结尾的列举不核对；名称以顿号分隔，最后一项含“和/及/与”时按一项或两项都可。',
  cases: [
    { name: '3个，列出3个', expect: 'pass', text: md(OVERVIEW, '本局内设机构3个，分别是：办公室、财务科、业务科。') },
    { name: '最后一项以“和”连接两个', expect: 'pass', text: md(OVERVIEW, '本局内设机构3个，分别是：办公室、财务科和业务科。') },
    { name: '以“等”结尾不核对', expect: 'pass', text: md(OVERVIEW, '下属单位5个，包括：某某中心、某某站等。') },
    { name: '称10个，只列9个', expect: 'fail', mentions: '9', text: md(OVERVIEW, '直属事业单位10个，即县国库集中支付中心、县财政投资评审中心、县非税收入管理局、县会计核算中心、县乡镇财政管理局、县预算编审中心、县金融服务中心、县政府采购中心、县经济开发区财政所。') },
    { name: '个数写在前：设9个内设机构，列出8个', expect: 'fail', mentions: '8', text: md(OVERVIEW, '本局设9个内设机构,分别为:办公室、投资促进股、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股。') },
    { name: '个数写在前，列出相符', expect: 'pass', text: md(OVERVIEW, '本局设3个内设机构，分别为：办公室、财务股、业务股。') },
    { name: '中文数字', expect: 'fail', mentions: '2', text: md(OVERVIEW, '内设机构三个，分别为办公室、业务科。') },
  ],
  check(ctx) {
    const all = countedNames(ctx.doc);
    if (!all.length) return notApplicable('说明未写出“X个，分别是……”式的机构或单位名单');
    const sectionAt = sectionLocator(ctx.doc.sections);
    for (const c of all) {
      const n = c.names.length;
      if (c.partial || n === c.count.value || (c.lastMayBeTwo && n + 1 === c.count.value)) continue;
      ctx.report({
        message: `${c.count.raw}，随后列出的名称为${n}个（${c.names.join('、')}），个数不符`,
        expected: `${c.count.value}个`,
        actual: `${n}个`,
        locations: [c.count.location],
        section: sectionAt(c.count.location),
      });
    }
  },
});

export const rules = [staffBreakdown, listedNames];
