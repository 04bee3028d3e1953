import { defineRule, insufficient } from '../rule.js';

const STANDARD: { term: string; re: RegExp }[] = [
  { term: '财政拨款收入', re: /财政拨款收入/ },
  { term: '基本支出', re: /^基本支出/ },
  { term: '项目支出', re: /^项目支出/ },
  { term: '“三公”经费', re: /三公/ },
  // (机构运行经费: the same, in the templates of regions whose accounts cover 事业单位 too, as 内蒙古's.)
  { term: '机关运行经费', re: /机[关构]运行经费/ },
];

export const glossaryStandardTerms = defineRule({
  id: 'glossary.standard-terms',
  title: '名词解释缺少基本名词',
  category: 'glossary',
  severity: 'warning',
  authority: '财政部《部门决算公开格式文本》名词解释（财政拨款收入、基本支出、项目支出、“三公”经费、机关运行经费等）',
  description: '名词解释应至少解释财政拨款收入、基本支出、项目支出、“三公”经费和机关运行经费。',
  cases: [
    {
      name: '齐全',
      expect: 'pass',
      text: '## 名词解释\n一、财政拨款收入：指本级财政拨款。\n二、基本支出：指保障机构运转的支出。\n三、项目支出：指完成特定任务的支出。\n四、“三公”经费：指因公出国（境）费、公务用车购置及运行维护费和公务接待费。\n五、机关运行经费：指行政单位运行用于购买货物和服务的各项资金。\n',
    },
    {
      name: '以“机构运行经费”解释的就是机关运行经费',
      expect: 'pass',
      text: '## 名词解释\n一、财政拨款收入：指本级财政拨款。\n二、基本支出：指保障机构运转的支出。\n三、项目支出：指完成特定任务的支出。\n四、“三公”经费：指因公出国（境）费、公务用车购置及运行维护费和公务接待费。\n五、机构运行经费：指为保障单位运行用于购买货物和服务的各项资金。\n',
    },
    {
      name: '缺机关运行经费',
      expect: 'fail',
      mentions: '机关运行经费',
      text: '## 名词解释\n一、财政拨款收入：指本级财政拨款。\n二、基本支出：指保障机构运转的支出。\n三、项目支出：指完成特定任务的支出。\n四、“三公”经费：指因公出国（境）费、公务用车购置及运行维护费和公务接待费。\n',
    },
  ],
  check({ doc, report }) {
    if (!doc.glossary.length) return insufficient('未读到名词解释条目。');
    // Text read from positioned text boxes parts a term's words and quotes into boxes of their own: a term
    // not found may be printed in pieces.
    if (doc.coverage.boxedText) return insufficient('正文取自文本框（如由 PDF 转成的 Word），名词解释的条目可能被拆成几段，未核对是否齐全。');
    const heading = doc.sections.find((s) => s.key === 'glossary');
    const missing = STANDARD.filter((s) => !doc.glossary.some((g) => s.re.test(g.term.replace(/[“”"]/g, ''))));
    for (const m of missing) {
      report({
        message: `名词解释没有解释“${m.term}”。`,
        expected: m.term,
        actual: '缺失',
        locations: heading ? [heading.location] : [],
      });
    }
  },
});
