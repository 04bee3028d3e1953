import { declaredSections } from '../../model/contents.js';
import { defineRule, notApplicable } from '../rule.js';

export const glossaryPresent = defineRule({
  id: 'glossary.present',
  title: '名词解释部分缺失',
  category: 'glossary',
  severity: 'error',
  authority: '财政部《部门决算公开格式文本》第三部分 名词解释',
  description: '决算公开文本须包含名词解释部分，并至少解释一个名词。',
  cases: [
    { name: '有名词解释', expect: 'pass', text: '## 名词解释\n一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n' },
    { name: '无名词解释', expect: 'fail', text: '## 情况说明\n2024年度收、支总计238.67万元。\n' },
  ],
  check({ doc, report }) {
    if (doc.glossary.length) return;
    const heading = doc.sections.find((s) => s.key === 'glossary');
    // A form whose own detailed contents list has no 名词解释 (a university's, some central ones).
    const declared = declaredSections(doc);
    if (!heading && declared && !declared.has('glossary')) return notApplicable('本文目录未列“名词解释”部分（按文件自身目录检查）');
    report({
      message: heading ? '有“名词解释”标题，但未读到任何名词及其解释。' : '未找到“名词解释”部分。',
      expected: '名词解释部分及其条目',
      actual: heading ? '标题下无条目' : '缺失',
      locations: heading ? [heading.location] : [],
    });
  },
});
