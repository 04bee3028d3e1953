import { defineRule, insufficient } from '../rule.js';
import { usedItemCodes } from './used-items.js';

export const glossaryCoversItems = defineRule({
  id: 'glossary.covers-items',
  title: '名词解释未覆盖使用的功能分类科目',
  category: 'glossary',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》名词解释：对决算表中列示的支出功能分类科目（项级）逐一解释',
  description: '报表或说明中出现的每个支出功能分类“项”级科目，应在名词解释中有对应条目。',
  cases: [
    {
      name: '科目均有解释',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为126.26万元。\n## 名词解释\n一、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。\n',
    },
    {
      name: '住房公积金未解释',
      expect: 'fail',
      mentions: '2210201',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为11.36万元。\n## 名词解释\n一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n',
    },
  ],
  check({ doc, catalog, report }) {
    if (!doc.glossary.length) return insufficient('未读到名词解释条目。');
    const { codes, from } = usedItemCodes(doc);
    if (!codes.size) return insufficient('未读到报表或说明中使用的“项”级科目。');
    const explained = new Set(doc.glossary.map((g) => g.code).filter(Boolean));
    const heading = doc.sections.find((s) => s.key === 'glossary');
    for (const code of [...codes].sort()) {
      if (explained.has(code)) continue;
      const item = catalog.functionItem(code);
      report({
        message: `${from}使用了科目 ${code} ${item?.name ?? ''}，名词解释中没有对应条目。`,
        expected: `${code} ${item?.name ?? ''} 的解释`,
        actual: '缺失',
        locations: heading ? [heading.location] : [],
      });
    }
  },
});
