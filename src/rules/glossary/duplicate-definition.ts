import { defineRule, insufficient } from '../rule.js';
import { normalizeDefinition } from '../text-similarity.js';

export const glossaryDuplicateDefinition = defineRule({
  id: 'glossary.duplicate-definition',
  title: '不同名词使用了相同解释',
  category: 'glossary',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》名词解释',
  description: '两个不同的名词给出了相同的解释文字，其中至少一个解释是复制来的。',
  cases: [
    {
      name: '各不相同',
      expect: 'pass',
      text: '## 名词解释\n一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n二、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。\n',
    },
    {
      name: '两条解释相同',
      expect: 'fail',
      mentions: '项目支出',
      text: '## 名词解释\n一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n二、项目支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n',
    },
  ],
  check({ doc, report }) {
    if (doc.glossary.length < 2) return insufficient('名词解释条目少于两条。');
    const seen = new Map<string, (typeof doc.glossary)[number]>();
    for (const g of doc.glossary) {
      const key = normalizeDefinition(g.definition);
      if (key.length < 8) continue;
      const first = seen.get(key);
      if (first && first.term !== g.term) {
        report({
          message: `“${g.term}”与“${first.term}”的解释完全相同。`,
          expected: `“${g.term}”自己的解释`,
          actual: g.definition,
          locations: [first.location, g.location],
        });
      } else seen.set(key, g);
    }
  },
});
