import { defineRule, insufficient } from '../rule.js';
import { usedItemCodes } from './used-items.js';

export const glossaryUnusedItem = defineRule({
  id: 'glossary.unused-item',
  title: '名词解释列出了未使用的科目',
  category: 'glossary',
  severity: 'info',
  authority: '财政部《部门决算公开格式文本》名词解释',
  description: '名词解释解释了一个报表和说明都没有使用的“项”级科目，可能是沿用往年文本。',
  cases: [
    {
      name: '只解释用到的科目',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为11.36万元。\n## 名词解释\n一、住房保障支出（类）住房改革支出（款）住房公积金（项）：反映按规定比例为职工缴纳的住房公积金。\n',
    },
    {
      name: '解释了未用的提租补贴',
      expect: 'fail',
      mentions: '2210202',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为11.36万元。\n## 名词解释\n一、住房保障支出（类）住房改革支出（款）住房公积金（项）：反映按规定比例为职工缴纳的住房公积金。\n二、住房保障支出（类）住房改革支出（款）提租补贴（项）：反映按房改政策规定的标准，行政事业单位向职工发放的提租补贴。\n',
    },
  ],
  check({ doc, report }) {
    const items = doc.glossary.filter((g) => g.code && g.code.length === 7);
    if (!items.length) return insufficient('名词解释中没有可对应到“项”级科目的条目。');
    const { codes } = usedItemCodes(doc);
    if (!codes.size) return insufficient('未读到报表或说明中使用的“项”级科目。');
    for (const g of items) {
      if (codes.has(g.code as string)) continue;
      report({
        message: `名词解释中的科目 ${g.code}（${g.names.join('/')}）在报表和说明中都没有出现。`,
        expected: '仅解释使用的科目',
        actual: `${g.code}`,
        locations: [g.location],
      });
    }
  },
});
