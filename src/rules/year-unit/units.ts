import { label, whereFigure } from '../../model/claims.js';
import { wan } from '../../model/decimal.js';
import { AMOUNT_OR_RATE_CUE, CHANGE_SAID_AGAIN } from '../../model/labels.js';
import { locationAt } from '../../model/layout.js';
import type { Figure } from '../../model/decimal.js';
import type { Claim } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';
import { changeSumProvesPrinted } from '../arithmetic/change.js';
import { md } from '../arithmetic/lib.js';
import { defineRule, notApplicable } from '../rule.js';
import { linesMatching } from '../template/patterns.js';
import { T01, withTables } from '../narrative-table/fixtures.js';
import { procurementFigures } from '../narrative/procurement-text.js';

const AUTH = '《部门决算公开表格式》：各表应标明金额单位（万元）；比率以百分数表示';

export const unitTruncated = defineRule({
  id: 'year-unit.unit-label',
  title: '金额单位标注不完整',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '表头的“单位：”后只有“万”“千”“亿”等半个单位，读者无法确定金额是万元还是其他单位。',
  cases: [
    { name: '单位完整', expect: 'pass', text: '项目支出绩效自评表\n单位：万元\n' },
    { name: '编制单位', expect: 'pass', text: '单位：荣成市医疗保障局（本级）\n' },
    { name: '只写万', expect: 'fail', mentions: '万', text: '项目支出绩效自评表\n单位：万\n' },
  ],
  check({ doc, report }) {
    for (const hit of linesMatching(doc, /(?:金额)?单位\s*[：:]\s*(万|千|亿|百万)\s*(?:$|[）)\s|，,；;])/)) {
      const unit = /[：:]\s*(万|千|亿|百万)/.exec(hit.match)![1]!;
      report({
        message: `金额单位只写了“${unit}”，应写明“${unit}元”。`,
        expected: `${unit}元`,
        actual: unit,
        locations: [hit.location],
      });
    }
  },
});

// A rate stated with a figure but without its percent sign: "参保率达到100.88；".
// ("支出进度为100": a progress said as a rate; "准确率在98以上", "报销比例大于90": a rate's bound; "执行率99.77；",
// "节约率13.88，": a rate with no verb before its figure. Not a ratio that is no percentage: 容积率2.5, 汇率7.1,
// 功率100, 频率50, a 比率.)
const RATE_BOUND = '(?:稳定在|保持在|维持在|在|超过|超|大于等于|小于等于|不低于|不高于|不少于|不超过|大于|小于|高于|低于)';
const RATE_WITHOUT_PERCENT = new RegExp(
  String.raw`([\u4e00-\u9fa5]{1,8}(?:率|占比|比重|比例|进度))(?<!容积率|汇率|功率|频率|倍率|速率|比率)(达到|达|为|是|约|(?<=率|比例)${RATE_BOUND}|(?<=率|占比|比例))\s*(\d{1,3}(?:\.\d+)?)` +
    String.raw`(?![\d.%％‰:：∶/]|[,，]\d{3}|\s*(?:比|[%％‰]|个|万|元|人|次|家|倍|天|分|项|名|户|件|年|月|日|小时|个百分点|百分点|(?<!${RATE_BOUND}\s*\d{1,3}(?:\.\d+)?)以上|(?<!${RATE_BOUND}\s*\d{1,3}(?:\.\d+)?)以下))(?=\s*(?:以上|以下)?\s*(?:[，。；、,;）)（(]|$))`,
  'g',
);

// A change or share stated without its percent sign: "增长2.6，", "占35.81；", "占比6.09。", "占服务支出金额的0，". Only where the
// figure ends its clause (so 增长2倍, 占2个, 下降3.5个百分点 are not taken), and a whole number only after
// an amount in the same sentence ("减少12万元，下降5，"), where it can be nothing but the rate.
// A comma followed by three digits is a thousands separator ("增长1,055.4%"), not the clause's end.
// Also after the whole it is a share of ("占收入总额的89.65；", "占本年度收入96.87。"), after 增长了/下降了,
// after the budget it completes ("完成全年预算49.8万元的66.5，"), and before the reason run on without a
// comma ("下降8.7主要原因是…"). 增加了/减少了 and 同比增加/同比减少 name an amount as often as a rate: their
// bare number is a rate only right after the change's amount ("减少0.03万元，减少了1.44，").
const CHANGE_WITHOUT_PERCENT = /(同比增长|同比下降|(?:增长|下降|上升|降低)了?|(?:增幅|降幅|涨幅|减幅)(?:为|达|约)?|占比|占(?![用地有据])[^\d\s，。；、,;:：%％()（）]{1,14}?的?(?=\s*\d)|占|(?:增加|减少)了?|同比(?:增加|减少)|完成(?:了)?(?:年初|全年|调整后)?预算(?:数)?(?:\d+(?:\.\d+)?万元的)?的?|(?:预决算)?差异率)\s*(\d{1,4}(?:\.(\d+))?)(?![,，]\d{3})(?=\s*(?:[，。；、,;）)（(]|$|主要原因|原因))/g;

export const rateWithoutPercent = defineRule({
  id: 'year-unit.rate-without-percent',
  title: '比率缺少百分号',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '“参保率达到100.88”“执行率99.77”“报销比例大于90”“增长2.6”“降幅为8.77”“占83.8”之类的比率后面缺少“%”，数值的含义不明确，多为录入遗漏；变动额之后紧接着再写一次“增加”“减少”的数（“减少770.65万元、减少20.8”）同样是缺少“%”的变动率。这样的数只报缺少百分号，不再当作漏写单位的金额或变动额去推算其他数。',
  cases: [
    { name: '有百分号', expect: 'pass', text: '基本医疗保险参保率达到100.88%；DRG支付方式改革病种覆盖率达到90.1%。\n' },
    { name: '个百分点', expect: 'pass', text: '执行率为2.5个百分点。\n' },
    { name: '配比', expect: 'pass', text: '配套资金比例为1:1，人员比例为3∶7。\n' },
    { name: '增长后缺少%', expect: 'fail', mentions: '2.6%', text: '与2023年度相比，收、支总计各增加6.05万元，增长2.6。\n' },
    { name: '增长个百分点与倍数', expect: 'pass', text: '与2023年度相比，执行率提高2.6个百分点，支出增长3倍，占地12亩。\n' },
    { name: '数值后接着别的文字（表格中拼接的单元格）', expect: 'pass', text: '截至2024年12月31日，该项目实际完成基本医疗保险参保率达到 115.76信息系统正常运行率 100%。\n' },
    { name: '缺少%', expect: 'fail', mentions: '100.88', text: '5. 基本医疗保险参保率达到100.88；6. DRG支付方式改革病种覆盖率达到90.1%。\n' },
    { name: '增长、占都带%', expect: 'pass', text: '机关运行经费支出185.41万元，比2023年度增加4.68万元，增长2.59%。基本支出157.38万元，占65.94%；人数增长2倍，占2个席位，下降3.5个百分点。\n' },
    { name: '千分位的百分数', expect: 'pass', text: '公务用车运行维护费支出22.58万元，比上年决算数增加20.63万元，增长1,055.4%。\n' },
    { name: '人数变动', expect: 'pass', text: '年末在职人员28人，比上年下降1，退休人员增长2。\n' },
    { name: '增长后缺少%', expect: 'fail', mentions: '2.6', text: '机关运行经费支出185.41万元，比2023年度增加4.68万元，增长2.6，主要原因是办公费增加。\n' },
    { name: '占后缺少%', expect: 'fail', mentions: '65.94', text: '其中：基本支出157.38万元，占65.94；项目支出81.29万元，占34.06%。\n' },
    { name: '金额后的整数比率', expect: 'fail', mentions: '5', text: '公务接待费0.95万元，比上年减少0.05万元，下降5，主要原因是接待批次减少。\n' },
    { name: '完成预算后缺少%', expect: 'fail', mentions: '完成预算100', text: '其他医疗救助支出（项）：支出决算数为225.83万元，完成预算100。\n' },
    { name: '完成预算的金额', expect: 'pass', text: '支出决算数为225.83万元，完成预算225.83万元的100%。\n' },
    { name: '支出进度后缺少%', expect: 'fail', mentions: '100', text: '本项目资金全年共支出9.5万元，支出进度为100，主要用于支付安家补助。\n' },
    { name: '率在N以上缺少%', expect: 'fail', mentions: '98', text: '对于医疗照顾费用审核准确率在98以上。\n' },
    { name: '率在N%以上、进度N%', expect: 'pass', text: '审核准确率在98%以上，支出进度为100%，满意度在95分以上。\n' },
    { name: '差异率后缺少%', expect: 'fail', mentions: '0.00', text: '预算数0.34万元，决算数0.34万元，预决算差异率0.00，主要原因是：严格按照预算执行。\n' },
    { name: '执行率后直接写数缺少%', expect: 'fail', mentions: '99.77', text: '全年预算数682.26万元，全年执行数680.70万元，执行率99.77；同时对部门整体支出开展绩效自评。\n' },
    { name: '节约率后直接写数缺少%', expect: 'fail', mentions: '13.88', text: '比年初预算节约1.81万元，节约率13.88，主要是机关厉行节约。\n' },
    { name: '比例大于N缺少%', expect: 'fail', mentions: '90', text: '离休干部门诊费用报销比例大于90，符合条件人员政策内住院费用报销比例大于90%。\n' },
    { name: '率稳定在N以上缺少%', expect: 'fail', mentions: '99', text: '全民参保计划全面落实，基本医疗保险参保率稳定在99以上；基金监管制度体系健全完备。\n' },
    { name: '增幅后紧接括号缺少%', expect: 'fail', mentions: '10.57', text: '基本支出增加15.05万元，增幅10.57（局机关调入公务员1名）。\n' },
    { name: '降幅为N缺少%', expect: 'fail', mentions: '8.77', text: '收入、支出总计均为2280.29万元，比上年减少219.28万元，降幅为8.77。主要变动原因是补助资金减少。\n' },
    { name: '率直接写数带%，比率、容积率、汇率不是百分数', expect: 'pass', text: '执行率99.77%；节约率13.88%，报销比例大于90%，参保率稳定在99%以上，增幅10.57%（人员增加）。流动比率2.1，容积率2.5，汇率7.1，功率100，执行率为2.5个百分点。\n' },
    { name: '占某某的N后缺少%', expect: 'fail', mentions: '100', text: '涉及预算资金3778.51万元，占单位预算项目支出总额的100。\n' },
    { name: '占某某的N%', expect: 'pass', text: '涉及预算资金3778.51万元，占单位预算项目支出总额的100%；占地面积的3倍。\n' },
    { name: '占某数的后缺少%', expect: 'fail', mentions: '89.65', text: '2019年收入合计3748.25万元，其中：财政拨款收入3360.35万元，占收入总额的89.65；其他收入387.90万元，占收入总额的10.35%。\n' },
    { name: '完成预算某金额的后缺少%', expect: 'fail', mentions: '66.5', text: '公务用车购置及运行维护费支出决算为33.13万元，完成全年预算49.8万元的66.5，比上年决算数减少2.5万元。\n' },
    { name: '减少了之后缺少%', expect: 'fail', mentions: '1.44', text: '公务接待费支出2.05万元，较上年减少0.03万元，减少了1.44，原因为厉行节约。\n' },
    { name: '降低后缺少%', expect: 'fail', mentions: '7', text: '“三公”经费支出决算数比上年减少5.44万元，降低7，主要原因是压减公务接待。\n' },
    { name: '比率后紧接原因', expect: 'fail', mentions: '8.7', text: '收入合计7548.19万元，与2023年度相比减少719.66万元，下降8.7主要原因是疫情防控经费减少。\n' },
    { name: '变动额之后再写“减少”的数缺少%', expect: 'fail', mentions: '20.8', text: '2021年度收入合计2942万元，较上年决算数减少770.65万元、减少20.8，主要原因是项目减少。\n' },
    { name: '增加之后的数不接在变动额之后（可能是漏写单位的金额）', expect: 'pass', text: '2021年度收入合计2942万元，较上年决算数增加20.8，主要原因是项目增加。\n' },
    { name: '增加了后的数不接在金额之后（可能是漏写单位的金额）', expect: 'pass', text: '收入比上年增加了12.5，主要是项目增加。占地面积的12.5亩，占用资金的20，同比增加275人。\n' },
  ],
  check({ doc, report: say }) {
    // (One finding a figure: "预决算差异率0.00，" is a rate noun's figure and a 差异率's both.)
    const said = new Set<string>();
    const report = (f: Parameters<typeof say>[0]) => {
      const at = JSON.stringify(f.locations?.[0] ?? null) + f.actual;
      if (said.has(at)) return;
      said.add(at);
      say(f);
    };
    for (const hit of linesMatching(doc, /(?:率|占比|比重|比例|进度)\s*(?:达到|达|为|是|约)?\s*\d|(?:率|比例)\s*\S{1,4}\s*\d|(?:增长|下降|增幅|降幅|上升|下滑|提高|降低|占)\S{0,3}\d/)) {
      for (const m of hit.text.matchAll(RATE_WITHOUT_PERCENT)) {
        const n = m[3]!;
        report({
          message: `“${m[1]}”的数值${n}后缺少“%”。`,
          expected: `${n}%`,
          actual: n,
          // (At the figure's own line: a sentence wrapped over lines may name its rate on the next.)
          locations: [locationAt(hit.source, (m.index ?? 0) + m[0].lastIndexOf(n))],
        });
      }
    }
    for (const hit of linesMatching(doc, /(?:增长|下降|上升|降低|增幅|降幅|涨幅|减幅|占|预算|差异率|增加|减少)[^，。；、,;]{0,20}?\d+(?:\.\d+)?\s*(?:[，。；、,;）)（(]|$|主要原因|原因)/)) {
      if (hit.location.cell) continue;
      for (const m of hit.text.matchAll(CHANGE_WITHOUT_PERCENT)) {
        const before = hit.text.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
        // A whole number is a rate only right after an amount ("减少0.05万元，下降5，"), else a count.
        const afterAmount = /[\d.]+\s*(?:万元|元|亿元)[，,]\s*$/.test(before);
        if ((!m[3] || AMOUNT_OR_RATE_CUE.test(m[1] as string)) && !afterAmount) continue;
        // 增加/减少 alone names an amount, but for the one word said again after the change's amount.
        if (/^(?:增加|减少)$/.test(m[1] as string) && !CHANGE_SAID_AGAIN.test(hit.text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + (m[1] as string).length))) continue;
        report({
          message: `“${m[1]}${m[2]}”后缺少“%”。`,
          expected: `${m[2]}%`,
          actual: m[2]!,
          // (At the figure's own line: a sentence wrapped over lines may name its rate on the next.)
          locations: [locationAt(hit.source, (m.index ?? 0) + m[0].lastIndexOf(m[2]!))],
        });
      }
    }
  },
});

/**
 * A change's rate said in 个百分点 after the change's amount ("减少0.04万元，下降10.53个百分点"): the reader takes
 * it as the rate it must be (an amount has no percentage points), and this says once that the wording is wrong.
 */
export const rateInPoints = defineRule({
  id: 'year-unit.rate-in-points',
  title: '金额的变动率写成“个百分点”',
  category: 'year-unit',
  severity: 'info',
  authority: AUTH,
  description: '金额的变动额之后写“增长/下降X个百分点”（“比上年减少0.04万元，下降10.53个百分点”）：金额没有百分点，X只能是变动率，应写作“X%”。此数按变动率读入并与金额核对；“个百分点”只用于两个百分比之差（占比、执行率等）。',
  cases: [
    { name: '变动率写成个百分点', expect: 'fail', severity: 'info', mentions: '10.53个百分点', text: md('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.34万元，比上年减少0.04万元，下降10.53个百分点。') },
    { name: '变动率写百分数', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.34万元，比上年减少0.04万元，下降10.53%。') },
    { name: '占比的百分点', expect: 'pass', text: md('三、支出决算情况说明', '基本支出增加15.05万元，增长10.57%，占支出合计的比重由上年的42.96%提高到65.94%，提高22.98个百分点。') },
  ],
  check({ doc, report }) {
    if (!doc.claims.some((c) => c.change?.rate)) return notApplicable('说明中没有变动率');
    const said = doc.claims.filter((c) => c.change?.rate?.raw.endsWith('个百分点'));
    if (!said.length) return;
    // (One wording habit, one finding: every place it is used is listed.)
    const first = said[0]!.change!.rate!;
    const more = said.length > 1 ? `等${said.length}处` : '';
    report({
      message: `「${label(said[0]!)}」的变动率写作“${first.raw}”${more}：金额的变动没有百分点，应写作“${first.value.replace(/^-/, '')}%”，已按变动率核对。`,
      expected: `${first.value.replace(/^-/, '')}%`,
      actual: first.raw,
      locations: said.map((c) => whereFigure(c, c.change!.rate!)),
    });
  },
});

/** A money unit printed right after a percentage ("增长254% 万元"): a unit left over from editing. */
// Only a rate a sentence states (增长, 下降, 占 …), its clause ending after the unit: table cells run
// together in a copy ("100%万元 元=3.64万") print a rate beside a unit with no slip at all.
const UNIT_AFTER_PERCENT = /(?<=(?:增长|下降|上升|降低|增幅|降幅|减幅|占|比重为?|比例为?)\s*)(\d+(?:\.\d+)?\s*[%％])\s?(万元|亿元|元)(?=\s*(?:[，。；,;]|$))/g;

export const unitAfterPercent = defineRule({
  id: 'year-unit.unit-after-percent',
  title: '百分数后多了金额单位',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '“增长254% 万元”之类：百分数后面又写了金额单位，多为改写时留下的残字，或本应写金额的地方写成了比率，应核对删除或改正。',
  cases: [
    { name: '百分数后多了万元', expect: 'fail', mentions: '254%', text: '政府性基金预算财政拨款本年支出225.58万元，比上年增加161.78万元，增长254% 万元；主要是项目开展。\n' },
    { name: '百分数与金额各在其位', expect: 'pass', text: '本年支出225.58万元，增长254%，增加161.78万元；占比10%，万元以下尾数四舍五入。\n' },
    { name: '复制出的表格单元格连在一起', expect: 'pass', text: '<=13.7 =13.7万 100%万元 元=3.64万 =3.64万 100%元元=0.68万 =0.68万 100%元元\n' },
  ],
  check({ doc, report }) {
    for (const hit of linesMatching(doc, /[%％]\s*(?:万元|亿元|元)/)) {
      if (hit.location.cell) continue;
      for (const m of hit.text.matchAll(UNIT_AFTER_PERCENT)) {
        report({
          message: `“${m[1]}”后多了金额单位“${m[2]}”：百分数不带金额单位，应删去，或核对此处本应写的金额。`,
          expected: m[1]!.trim(),
          actual: m[0],
          locations: [locationAt(hit.source, m.index ?? 0)],
        });
      }
    }
  },
});

/** What a slip read by a relation fits read at 万元. */
const FITS: Partial<Record<NonNullable<Claim['unitSlipBasis']>, string>> = { rate: '同句所述的变动率', prior: '同句所述的上年数', sum: '所属总数与所列各部分之和', share: '同句所述的占比' };

export const unitSlip = defineRule({
  id: 'year-unit.unit-slip',
  title: '金额单位误写为“元”或“亿元”',
  category: 'year-unit',
  severity: 'warning',
  authority: '财政部《部门决算公开说明编写指引》（金额单位为万元）',
  description:
    '以万元表述的段落（或只有这一个金额的段落所在部分；部分中此前也无金额时，看整篇说明是否以万元计）中，某项金额写成“元”或“亿元”，且数值与同一项（或其所属总数、所含部分）别处的万元数相同，或精确到分，或印到角、印过分位的元，或与周围的万元金额印到同样的位数（“公务接待费31.21元”“基本支出816.48亿元”“公务用车运行维护费6.3亿元”“项目支出155.9元”；整数的元、人均与每天等标准不算）：多为“万元”误写。按所印读既不超过全文以万元所写的最大金额、也不超过其所属总数的亿元金额（“收入总计1.23亿元，支出总计12,300.00万元”）就是亿元，不按误写计。名称未能识别的金额（“专项转移补助收入12.34亿元”）按其前文字指明。只报一次单位笔误，该数按万元参与各项合计的核对，不再按金额错误另报。按万元读会是全文所写最大金额十倍以上的元金额（“机关运行经费支出410,200.00元”），或按万元读比全文所写最大金额还大的某项变动额（“宗教事务（项）…减少12,000.00元”，而支出决算共1,222.68万元），或按所印单位才与整体变动额、其余各项变动额之和相符的变动额（“增加4.37万元”＝4.41万元－“公务接待费减少400.00元”），就是元，不按误写计。',
  cases: [
    { name: '某项的变动额按万元读大于全文最大金额：就是元', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '本部门2024年度一般公共预算财政拨款支出年初预算为1,120.42万元，支出决算为1,222.68万元。', '1、一般公共服务支出（类）统战事务（款）宗教事务（项）：支出决算为0，比2023年度减少12,000.00元，下降100%。') },
    { name: '某项的变动额按万元读在全文金额之内：误写', expect: 'fail', severity: 'warning', mentions: '12.00万元', text: md('五、一般公共预算财政拨款支出决算情况说明', '本部门2024年度一般公共预算财政拨款支出年初预算为1,120.42万元，支出决算为1,222.68万元。', '1、一般公共服务支出（类）统战事务（款）宗教事务（项）：支出决算为0，比2023年度减少12.00元，下降100%。') },
    { name: '按万元读是全文最大金额的十倍以上：就是元', expect: 'pass', text: md('十、其他重要事项的情况说明', '2024年度一般公共预算财政拨款基本支出608.04万元，其中：人员经费567.02万元，公用经费41.02万元。', '2024年度本部门机关运行经费支出410,200.00元，比上年增加1.00万元。') },
    { name: '未读作任何一项的元金额，按万元读过大：仍是元', expect: 'pass', text: md('五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出1222.68万元，比上年减少325.48万元。', '其他企业改革发展补助本年无支出，上年为288,100.00元。') },
    { name: '机关运行经费元数在前、万元数在后：仍是元', expect: 'pass', text: md('十、其他重要事项的情况说明', '2024年度本部门机关运行经费支出410,200.00元。', '2024年度一般公共预算财政拨款基本支出608.04万元，其中：人员经费567.02万元，公用经费41.02万元。') },
    { name: '单位一致', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出31.21万元，其中：公务接待费支出31.21万元。') },
    { name: '按万元读大于所属的合计：就是元', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '本年支出合计1,238.51万元。', '2024年“三公”经费决算数合计为7.65万元，其中：因公出国（境）费0万元、公务用车购置费0万元、公务用车运行维护费7.32万元、公务接待费3,400.00元。') },
    { name: '按万元读大于支出总计：就是元', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年收入总计1,239.70万元，支出总计1,239.70万元。', '2024年度本年支出合计1,238.51万元。年末结转和结余12,000.00元。') },
    {
      name: '元的变动额与同说的变动率按所印相符：就是元',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '本年支出合计1,238.51万元。', '2024年“三公”经费决算数合计为7.65万元，其中：公务用车运行维护费7.32万元、公务接待费3,400.00元。', '1、公务用车运行维护费增加4.41万元。', '2、公务接待费减少400.00元，下降10.53%。'),
    },
    { name: '人均标准以元计', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.34万元，人均接待标准150元。') },
    {
      name: '以元计的段落中一个万元不使其余的元成为笔误',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出预算为300,000.00万元，支出决算为150,000.50元，完成预算的50.00%。其中：公务接待费支出决算为20,000.25元；公务用车运行维护费支出决算为130,000.25元。'),
    },
    { name: '零元不是笔误', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出2.75万元，其中：因公出国（境）费支出0.00元；公务接待费支出2.75万元。') },
    { name: '以元写的数按所印即同一项别处的万元数', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出0.94万元，比上年减少0.06万元。', '其中：因公出国（境）费0万元，公务用车购置及运行维护费0万元，公务接待费9,400.00元。', '公务接待费0.94万元，主要用于接待上级检查。') },
    { name: '同一项别处为万元', expect: 'fail', mentions: '31.21元', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出31.21万元。', '2024年度“三公”经费财政拨款支出决算为31.21元，完成预算的100.00%，其中：公务接待费支出31.21万元。') },
    { name: '万元段落中精确到分的元', expect: 'fail', mentions: '2.75元', text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出2.75万元，其中：因公出国（境）费0万元；公务接待费支出2.75元。') },
    {
      name: '同一句的变动额为万元（一个元对一个万元）',
      expect: 'fail',
      mentions: '0.25元',
      text: md(
        '（三）一般公共预算财政拨款支出决算具体情况',
        '1.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):支出决算数为56.29万元，比上年决算增加4.79万元。',
        '2.社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项):支出决算数为0.25元，比上年决算增加0.25万元。',
      ),
    },
    {
      name: '段落只有这一个金额，同一部分的其他金额为万元',
      expect: 'fail',
      mentions: '146.15元',
      text: md('六、一般公共预算财政拨款基本支出决算情况说明', '2024年度一般公共预算财政拨款基本支出决算157.38万元，包括人员经费和公用经费。', '人员经费146.15元，主要包括：基本工资、津贴补贴。', '公用经费11.23万元，主要包括：办公费。'),
    },
    {
      name: '与周围万元同样只印一位小数的亿元',
      expect: 'fail',
      mentions: '6.3亿元',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算中，因公出国（境）费0万元；公务接待费支出12.5万元；公务用车购置及运行维护费支出6.3亿元。'),
    },
    {
      name: '万元段落中的整数元（国内接待费）',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度公务接待费支出12.5万元，公务用车运行维护费6.3万元，其中：工作餐费800元。'),
    },
    { name: '万元段落中的亿元', expect: 'fail', mentions: '816.48亿元', text: md('二、支出决算情况说明', '本年支出合计2280.29万元，其中：基本支出816.48亿元，占35.81%；项目支出1463.8万元，占64.19%。') },
    {
      name: '一个亿元对一个万元，公开表中印同样的数',
      expect: 'fail',
      mentions: '238.67亿元',
      text: withTables(['二、收入决算情况说明', '2024年度收入合计238.67亿元，其中：财政拨款收入238.67万元，占100%。'], T01),
    },
    { name: '人均标准以元计（精确到分）', expect: 'pass', text: md('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.34万元，人均接待标准150.00元。') },
    {
      name: '一个元对一个万元而前文无万元：不能断定哪一个是笔误',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算为31.21元，比上年减少2.00万元。'),
    },
    {
      name: '政府采购中标金额写成元',
      expect: 'fail',
      mentions: '205.16元',
      text: md('（二）政府采购支出情况', '本部门2025年度面向中小企业预留政府采购项目预算金额205.16万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额205.16元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额0元。'),
    },
    { name: '按所印读不超过全文以万元所写的最大金额的亿元：就是亿元', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度收入总计1.23亿元，支出总计12,300.00万元。本年收入合计12,000.00万元，年初结转和结余300.00万元。') },
    {
      name: '按所印读大于其所属总数的亿元：误写',
      expect: 'fail',
      mentions: '0.05亿元',
      text: md('一、收入支出决算总体情况说明', '2024年度收入、支出总计均为3,000.00万元。') + md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出5.05万元，其中：公务用车运行维护费5.00万元，公务接待费0.05亿元。'),
    },
    { name: '以亿元计的段落', expect: 'pass', text: md('一、收入支出决算总体情况说明', '2024年度本年收入合计1.25亿元，本年支出合计1.20亿元，年末结转和结余500.00万元。') },
    {
      name: '未识别名称的金额写成亿元（段落其余为万元）',
      expect: 'fail',
      mentions: '12.34亿元',
      text: md('二、收入决算情况说明', '2024年度收入合计2468.00万元，其中：财政拨款收入2455.66万元，占99.50%；专项转移补助收入12.34亿元，占0.50%。'),
    },
    {
      name: '万元段落中印到角的元',
      expect: 'fail',
      mentions: '200.5元',
      text: md('三、支出决算情况说明', '2024年度本年支出合计2500.50万元，其中：基本支出2300.00万元，占91.98%；项目支出200.5元，占8.02%。'),
    },
    {
      name: '同一数在其所含部分中为万元（部分在后）',
      expect: 'fail',
      mentions: '0.375亿元',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度公务接待费0.375亿元，较上年减少5%。其中：国内公务接待0.375万元，共接待12批次。'),
    },
    {
      name: '段落只有一个亿元，前无金额，说明全文以万元计',
      expect: 'fail',
      mentions: '3456.78亿元',
      text: md(
        '一、收入支出决算总体情况说明',
        '（一）收入总计3456.78亿元，包括：',
        '二、收入决算情况说明',
        '本年收入合计3400.00万元，其中：财政拨款收入3300.00万元，其他收入100.00万元。年初结转和结余56.78万元。',
      ),
    },
    {
      name: '“本单位”不是单价：未识别名称的元',
      expect: 'fail',
      mentions: '210.55元',
      text: md('三、支出决算情况说明', '本单位2024年度经费总支出210.55元，其中本年支出200.00万元，年末结转和结余10.55万元。'),
    },
    {
      name: '按万元读才与变动率相符的变动额',
      expect: 'fail',
      mentions: '变动率相符',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算为450万元，比上年减少150元，下降25.00%。', '其中：公务接待费支出200万元，公务用车运行维护费支出250万元。'),
    },
    {
      name: '按万元读才与上年数相符的本年数',
      expect: 'fail',
      mentions: '上年数相符',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出720元，比上年的730万元减少10万元，下降1.37%。其中：公务接待费支出300万元，公务用车运行维护费支出420万元。'),
    },
    {
      name: '按万元读才与其余部分合计相符的整数元',
      expect: 'fail',
      mentions: '所属总数与所列各部分之和相符',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算3210万元，其中：因公出国（境）费150万元；公务接待费960元；公务用车购置及运行维护费2100万元。'),
    },
    {
      name: '元的变动额按所印单位与整体变动额、其余各项变动额之和相符（未写变动率）：就是元',
      expect: 'pass',
      text: md('一、收入支出决算总体情况说明', '2024年度收入、支出决算总计均为1,238.51万元。', '## 九、财政拨款“三公”经费支出决算情况说明', '本部门2024年的“三公”经费决算数合计为7.65万元，其中：因公出国（境）费0万元、公务用车购置费0万元、公务用车运行维护费7.32万元、公务接待费3,400.00元。', '2024年“三公”经费决算数相较于上年增加4.37万元，主要原因是：', '1、公务用车购置及运行维护费增加4.41万元，增加的原因是用车次数增加。', '2、公务接待费减少400.00元，减少的原因是厉行节约。', '3、因公出国（境）费2023年、2024年均为0万元，无增减变化。'),
    },
    {
      name: '元的变动额按所印单位与整体变动额之和也不符：仍提示',
      expect: 'fail',
      severity: 'warning',
      mentions: '400.00万元',
      text: md('一、收入支出决算总体情况说明', '2024年度收入、支出决算总计均为1,238.51万元。', '## 九、财政拨款“三公”经费支出决算情况说明', '本部门2024年的“三公”经费决算数合计为7.65万元，其中：因公出国（境）费0万元、公务用车购置费0万元、公务用车运行维护费7.32万元、公务接待费3,400.00元。', '2024年“三公”经费决算数相较于上年增加4.37万元，主要原因是：', '1、公务用车购置及运行维护费增加4.21万元，增加的原因是用车次数增加。', '2、公务接待费减少400.00元，减少的原因是厉行节约。', '3、因公出国（境）费2023年、2024年均为0万元，无增减变化。'),
    },
    {
      name: '以元计的变动额按所印单位与变动率相符',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度公务接待费支出决算为4.50万元，比上年减少1500元，下降3.23%。公务用车运行维护费支出3.20万元，因公出国（境）费0万元，“三公”经费合计7.70万元。'),
    },
    {
      name: '绩效报告中未读作任何一项的亿元金额，数字与别处的万元金额相同',
      expect: 'fail',
      mentions: '2302.34亿元',
      text: md('一、收入支出决算总体情况说明', '2024年度收入、支出总计均为2302.34万元。') + md('十三、预算绩效情况说明', '（3）预算年终结余。2024年部门年终注销金额和结转金额共22.05万元，部门整体预算2302.34亿元，预算结余率为0.96%，根据公式计算得4.95分。'),
    },
    {
      name: '全市基金以亿元计，数字与本部门的万元金额不同',
      expect: 'pass',
      text: md('一、收入支出决算总体情况说明', '2024年度收入、支出总计均为2302.34万元。') + md('十三、预算绩效情况说明', '全市医疗保险基金支出12.57亿元，本部门支出2302.34万元。'),
    },
    {
      name: '定额写成亿元（标准不以亿元计）',
      expect: 'fail',
      mentions: '6.15亿元',
      text: md('八、机关运行经费支出说明', '2024年度机关运行经费支出125.40万元，比上年增加10.20万元，主要是医疗费超支占用保运转定额6.15亿元。'),
    },
    {
      name: '未识别名称的标准以元计（每天、每人）',
      expect: 'pass',
      text: md('七、财政拨款“三公”经费支出决算情况说明', '2024年度公务接待费支出12.50万元，较上年减少1.20万元，工作餐按照120.00元/人安排，住宿按照每间350.00元安排。'),
    },
    {
      name: '政府采购金额以元计，唯一以万元计的是0万元',
      expect: 'pass',
      text: md('（二）政府采购支出情况', '上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为2,512,500.00元，其中：货物采购金额47,900.00元、工程采购金额0万元、服务采购金额2,464,700.00元。2024年度本部门面向中小企业预留政府采购项目预算金额2,464,700.00元，面向小微企业预留政府采购项目预算金额0万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额2,464,700.00元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额0万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额47,900.00元。'),
    },
    {
      name: '以元计的说明中未识别名称的金额',
      expect: 'pass',
      text: md('二、收入决算情况说明', '2024年度收入合计1,234,567.89元，其中：财政拨款收入1,200,000.00元；专项转移补助收入34,567.89元。'),
    },
  ],
  check(ctx) {
    const bought = Object.values(procurementFigures(ctx.doc));
    if (!ctx.doc.claims.some((c) => c.amount || c.unitSlip) && !bought.length) return notApplicable('说明中没有金额');
    // The 政府采购 amounts of the Shanghai wording (read from the prose, apart from the claims): one in
    // 元 or 亿元 among others in 万元, to the cent or printing another's 万元 digits.
    for (const p of bought) {
      if (p.unit == null || p.unit === '万元' || p.value.isZero()) continue;
      // (A zero tells no unit: "工程采购金额0万元" among amounts in 元 does not put the paragraph in 万元.)
      const wan = bought.filter((o) => o !== p && o.unit === '万元' && !o.value.isZero());
      const twin = wan.find((o) => o.value.eq(p.value));
      if (!wan.length || (!twin && p.decimals !== 2)) continue;
      ctx.report({
        message: `政府采购金额写作${p.raw}，同段其他金额以万元计${twin ? `，且${twin.raw}与之数字相同` : ''}，疑为“万元”误写为“${p.unit}”，应为${p.value.toFixed(p.decimals)}万元`,
        expected: `${p.value.toFixed(p.decimals)}万元`,
        actual: p.raw,
        locations: twin ? [p.location, twin.location] : [p.location],
      });
    }
    // One printed figure read by two claims (a project's "本项目" and the words before it, "执行数为") is
    // one slip: reported once, under the named claim.
    const slips = ctx.doc.claims.filter((c) => c.unitSlip).sort((a, b) => Number(a.subject.key === 'unread') - Number(b.subject.key === 'unread'));
    const reported = new Set<string>();
    const saidOfPurchases = (c: Claim, f: Figure) => bought.some((p) => p.unit === f.unit && p.raw.replace(/\s+/g, '') === f.raw.replace(/\s+/g, '') && p.location.line === c.location.line);
    for (const c of slips) {
      const f = c.unitSlip as Figure;
      // A figure no claim took that the 政府采购 wording above already reported: one slip, one finding.
      if (c.subject.key === 'unread' && saidOfPurchases(c, f)) continue;
      const at = whereFigure(c, f);
      const slipKey = `${at.file}|${at.page}|${at.line}|${at.cell ?? ''}|${f.raw.replace(/\s+/g, '')}`;
      if (reported.has(slipKey)) continue;
      // (A change its whole's change and the other parts' prove the unit printed: no slip.)
      if (changeSumProvesPrinted(ctx.doc, c)) continue;
      reported.add(slipKey);
      const same = (g: Figure | null | undefined) => g != null && g.unit === '万元' && g.value === f.value;
      // The 万元 amount of the same item (or of its whole or part, when that is why it was read as a slip).
      const kin = (o: Claim) => o.subject.key === c.subject.key || (c.unitSlipBasis === 'twin' && (o.id === c.parent || o.parent === c.id));
      const twin = ctx.doc.claims.find((o) => o !== c && kin(o) && (same(o.amount) || same(o.budget?.amount) || (c.unitSlipBasis === 'twin' && same(o.change?.amount))));
      const twinFig = twin ? (same(twin.amount) ? twin.amount : same(twin.budget?.amount) ? twin.budget?.amount : twin.change?.amount) : null;
      const where =
        c.unitSlipBasis === 'document'
          ? '决算说明的金额以万元计'
          : c.unitSlipBasis && FITS[c.unitSlipBasis]
            ? `决算说明的金额以万元计，按万元读与${FITS[c.unitSlipBasis]}相符（按所印单位则不符）`
            : '所在段落的其他金额以万元计';
      // A table in 万元 printing the same digits (for a paragraph that is not itself mostly in 万元).
      const cell = twin ? null : ctx.doc.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells))).find((g) => g?.kind === 'amount' && (g.unit == null || g.unit === '万元') && g.value === f.value);
      // (A figure no claim took is named by the words around it.)
      const name = c.subject.key === 'unread' ? `「${label(c)}」处的金额` : `「${label(c)}」`;
      ctx.report({
        message: twin
          ? `${name}写作${f.raw}，${twin.subject.key === c.subject.key ? '同一项' : `「${label(twin)}」`}在别处为${wan(f)}万元：单位应为万元`
          : `${name}写作${f.raw}，${where}${cell ? `，公开表以万元印有同样的${f.value}` : ''}，疑为“万元”误写为“${f.unit}”，应为${wan(f)}万元`,
        expected: `${wan(f)}万元`,
        actual: f.raw,
        locations: twin ? [whereFigure(c, f), whereFigure(twin, twinFig)] : cell?.location ? [whereFigure(c, f), cell.location] : [whereFigure(c, f)],
        section: c.section,
      });
    }
    // Amounts in 亿元 that no claim read (a performance report's "部门整体预算2302.34亿元") printing, to the cent
    // and in four digits or more, the digits of an amount the document gives in 万元: that amount, its unit slipped.
    const inWan = new Map<string, { raw: string; location: Location }>();
    for (const t of ctx.doc.tables) for (const r of t.rows) for (const g of Object.values(r.cells)) if (g?.kind === 'amount' && (g.unit == null || g.unit === '万元') && !inWan.has(g.value)) inWan.set(g.value, g);
    for (const hit of linesMatching(ctx.doc, WAN_TO_THE_CENT)) {
      for (const m of hit.source.text.matchAll(new RegExp(WAN_TO_THE_CENT.source, 'g'))) {
        const digits = (m[1] as string).replace(/,/g, '');
        if (!inWan.has(digits)) inWan.set(digits, { raw: m[0].trim(), location: locationAt(hit.source, m.index ?? 0) });
      }
    }
    // Figures a claim read (as its amount, budget, change or base) are its rules' to judge: only the rest here.
    // (By the digits printed: a figure read in 亿元 holds its value in 万元.)
    const key = (f: Pick<Figure, 'location' | 'raw'>) => `${f.location.page ?? ''}:${f.location.line}|${f.raw.replace(/[^\d.]/g, '')}`;
    const slipped = new Set(
      ctx.doc.claims.flatMap((c) => [c.amount, c.budget?.amount, c.change?.amount, c.change?.base, c.unitSlip].filter((f): f is Figure => f != null).map(key)),
    );
    for (const hit of linesMatching(ctx.doc, YI_TO_THE_CENT)) {
      if (hit.location.cell) continue;
      for (const m of hit.source.text.matchAll(new RegExp(YI_TO_THE_CENT.source, 'g'))) {
        const digits = (m[1] as string).replace(/,/g, '');
        if (digits.replace(/^0+|\./g, '').length < 4) continue;
        const twin = inWan.get(digits);
        const at = locationAt(hit.source, m.index ?? 0);
        if (!twin || slipped.has(key({ location: at, raw: digits }))) continue;
        slipped.add(key({ location: at, raw: digits }));
        ctx.report({
          message: `金额写作${m[0].trim()}，文中以万元印有同样的${twin.raw.replace(/万元$/, '')}（${twin.location.cell ? '公开表' : '说明'}），疑为“万元”误写为“亿元”，应为${digits}万元`,
          expected: `${digits}万元`,
          actual: m[0].trim(),
          locations: [at, twin.location],
        });
      }
    }
  },
});

/** An amount printed to the cent in 亿元 ("2302.34亿元"), and in 万元. */
const YI_TO_THE_CENT = /(?<![\d.])(\d[\d,]*\.\d{2})\s*亿元/;
const WAN_TO_THE_CENT = /(?<![\d.])(\d[\d,]*\.\d{2})\s*万元/;
