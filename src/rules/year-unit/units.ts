import { defineRule } from '../rule.js';
import { linesMatching } from '../template/patterns.js';

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
const RATE_WITHOUT_PERCENT =
  /([\u4e00-\u9fa5]{1,8}(?:率|占比|比重|比例))(?:达到|达|为|是|约)\s*(\d{1,3}(?:\.\d+)?)(?![\d.%％‰:：∶/]|\s*(?:比|[%％‰]|个|万|元|人|次|家|倍|天|分|项|名|户|件|年|月|日|小时|个百分点|百分点|以上|以下))/g;

// A change or share stated without its percent sign: "增长2.6。", "占83.8；".
const CHANGE_WITHOUT_PERCENT =
  /(增长|下降|增幅|降幅|上升|下滑|提高|降低|占比|比重|占)(?:了|为|达到?|约)?\s*(\d{1,3}(?:\.\d+)?)(?![\d.%％‰:：∶/]|\s*(?:[%％‰]|个|万|亿|千|元|人|次|家|倍|天|分|项|名|户|件|年|月|日|小时|辆|台|套|平方|亩|批|以上|以下))/g;

export const rateWithoutPercent = defineRule({
  id: 'year-unit.rate-without-percent',
  title: '比率缺少百分号',
  category: 'year-unit',
  severity: 'warning',
  authority: AUTH,
  description: '“参保率达到100.88”“增长2.6”“占83.8”之类的比率后面缺少“%”，数值的含义不明确，多为录入遗漏；这样的数只报缺少百分号，不再当作漏写单位的金额或变动额去推算其他数。',
  cases: [
    { name: '有百分号', expect: 'pass', text: '基本医疗保险参保率达到100.88%；DRG支付方式改革病种覆盖率达到90.1%。\n' },
    { name: '个百分点', expect: 'pass', text: '执行率为2.5个百分点。\n' },
    { name: '配比', expect: 'pass', text: '配套资金比例为1:1，人员比例为3∶7。\n' },
    { name: '增长后缺少%', expect: 'fail', mentions: '2.6%', text: '与2023年度相比，收、支总计各增加6.05万元，增长2.6。\n' },
    { name: '增长个百分点与倍数', expect: 'pass', text: '与2023年度相比，执行率提高2.6个百分点，支出增长3倍，占地12亩。\n' },
    { name: '缺少%', expect: 'fail', mentions: '100.88', text: '5. 基本医疗保险参保率达到100.88；6. DRG支付方式改革病种覆盖率达到90.1%。\n' },
  ],
  check({ doc, report }) {
    for (const hit of linesMatching(doc, /(?:率|占比|比重|比例)(?:达到|达|为|是|约)\s*\d|(?:增长|下降|增幅|降幅|上升|下滑|提高|降低|占)\S{0,3}\d/)) {
      for (const m of [...hit.text.matchAll(RATE_WITHOUT_PERCENT), ...hit.text.matchAll(CHANGE_WITHOUT_PERCENT)]) {
        report({
          message: `“${m[1]}”的数值${m[2]}后缺少“%”。`,
          expected: `${m[2]}%`,
          actual: m[2]!,
          locations: [hit.location],
        });
      }
    }
  },
});
