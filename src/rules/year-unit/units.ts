import { defineRule, insufficient } from '../rule.js';

export const unitAmountsWithoutUnit = defineRule({
  id: 'year-unit.table-unit',
  title: '报表未标明金额单位',
  category: 'year-unit',
  severity: 'warning',
  authority: '财政部《部门决算报表》格式：各表标明“金额单位：万元”',
  description: '每张公开报表应标明金额单位（通常为万元）；未标明时读者无法判断数字的量级。',
  cases: [
    { name: '有单位', expect: 'pass', text: '# 一般公共预算财政拨款支出决算表\n公开05表\n金额单位：万元\n科目代码\t科目名称\t小计\t基本支出\t项目支出\n合计\t\t10.00\t6.00\t4.00\n' },
    { name: '无单位', expect: 'fail', text: '# 一般公共预算财政拨款支出决算表\n公开05表\n科目代码\t科目名称\t小计\t基本支出\t项目支出\n合计\t\t10.00\t6.00\t4.00\n' },
  ],
  check({ doc, report }) {
    if (!doc.tables.length) return insufficient('未找到公开报表。');
    for (const t of doc.tables) {
      if (t.unit) continue;
      report({ message: `公开${t.id}表（${t.title}）没有标明金额单位。`, expected: '金额单位：万元', actual: '未标明', locations: [t.location] });
    }
  },
});
