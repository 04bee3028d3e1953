import { defineRule, insufficient } from '../rule.js';

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
      name: '款级名称错误',
      expect: 'fail',
      mentions: '住房改善支出',
      text: '## 名词解释\n一、住房保障支出（类）住房改善支出（款）住房公积金（项）：反映行政事业单位按规定比例为职工缴纳的住房公积金。\n',
    },
  ],
  check({ doc, catalog, report }) {
    const paths = doc.glossary.filter((g) => g.names.length);
    if (!paths.length) return insufficient('名词解释中没有以（类）（款）（项）写出的科目。');
    const levels = ['类', '款', '项'];
    let verified = 0;
    let unverified = 0;
    for (const g of paths) {
      const { resolved, failedAt } = catalog.resolvePath(g.names);
      if (failedAt == null) {
        verified++;
        continue;
      }
      const parent = resolved[resolved.length - 1];
      // The catalog is a selection: a name is called wrong only where all its siblings are listed.
      const known = catalog.childrenKnown(parent?.code ?? null);
      if (known === 'none') {
        unverified++;
        continue;
      }
      verified++;
      const options = (parent ? catalog.functionChildren(parent.code) : catalog.functionClasses()).map((i) => i.name);
      if (known === 'some') {
        report({
          severity: 'info',
          message: `“${g.names.join('/')}”中的“${g.names[failedAt]}”未收录在本工具的科目目录中（“${parent?.name}”下只收录了一部分），未能核实`,
          actual: g.names[failedAt] ?? '',
          locations: [g.location],
        });
        continue;
      }
      report({
        message: `名词解释“${g.term}”中的${levels[failedAt] ?? ''}级名称“${g.names[failedAt]}”不是${parent ? `“${parent.name}”下的` : ''}规范科目名称。`,
        expected: options.slice(0, 8).join('、') || '规范科目名称',
        actual: g.names[failedAt] ?? '',
        locations: [g.location],
      });
    }
    if (!verified && unverified) return insufficient('文中科目所属的款不在本工具的科目目录中，未能核实其名称。');
  },
});
