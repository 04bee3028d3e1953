import { defineRule, insufficient } from '../rule.js';
import { LEVELS, NamePathJudge } from '../classification/name-path.js';

export const glossaryItemName = defineRule({
  id: 'glossary.item-name',
  title: '名词解释中的科目名称不规范',
  category: 'glossary',
  severity: 'error',
  authority: '财政部《2024年政府收支分类科目》',
  description: '名词解释中以“（类）（款）（项）”写出的科目路径，须逐级是政府收支分类科目中的规范名称。',
  cases: [
    {
      name: '规范名称',
      expect: 'pass',
      text: '## 名词解释\n一、住房保障支出（类）住房改革支出（款）住房公积金（项）：反映行政事业单位按规定比例为职工缴纳的住房公积金。\n',
    },
    {
      name: '只写项名的条目不当作从类起的路径',
      expect: 'pass',
      text: '## 名词解释\n一、住房保障支出（类）住房改革支出（款）住房公积金（项）：反映行政事业单位按规定比例为职工缴纳的住房公积金。\n二、购房补贴（项）：反映按房改政策规定，向符合条件职工发放的购房补贴。\n',
    },
    {
      name: '款级名称错误',
      expect: 'fail',
      mentions: '住房改善支出',
      text: '## 名词解释\n一、住房保障支出（类）住房改善支出（款）住房公积金（项）：反映行政事业单位按规定比例为职工缴纳的住房公积金。\n',
    },
  ],
  check({ doc, catalog, report }) {
    const paths = doc.glossary.filter((g) => g.names.length);
    if (!paths.length) return insufficient('名词解释中没有以（类）（款）（项）写出的科目。');
    const judge = new NamePathJudge(catalog, report);
    for (const g of paths) {
      judge.check(g.names, g.location, ({ failedAt, parent, options }) => ({
        message: `名词解释“${g.term}”中的${LEVELS[failedAt] ?? ''}级名称“${g.names[failedAt]}”不是${parent ? `“${parent.name}”下的` : ''}规范科目名称。`,
        expected: options.slice(0, 8).join('、') || '规范科目名称',
        actual: g.names[failedAt] ?? '',
        locations: [g.location],
      }));
    }
    return judge.outcome();
  },
});
