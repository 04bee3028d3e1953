import { defineRule, insufficient } from '../rule.js';

const LEVELS = ['类', '款', '项'];

/** Names of 类/款/项 written in the explanation must be the official ones, level by level. */
export const narrativeItemName = defineRule({
  id: 'classification.narrative-item-name',
  title: '说明中的科目名称不规范',
  category: 'classification',
  severity: 'error',
  authority: '财政部《2024年政府收支分类科目》',
  description: '情况说明中以“（类）（款）（项）”写出的科目，须逐级是政府收支分类科目中的规范名称，且下级属于上级。',
  cases: [
    {
      name: '规范名称',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1. 卫生健康（类）医疗保障管理事务（款）医疗保障经办事务（项）：支出决算数为21万元，完成预算100%。\n',
    },
    {
      name: '项级名称写错',
      expect: 'fail',
      mentions: '医疗保障经费事务',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1. 卫生健康（类）医疗保障管理事务（款）医疗保障经费事务（项）：支出决算数为21万元，完成预算100%。\n',
    },
    {
      name: '目录未收录其款的科目不下结论',
      expect: 'insufficient',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1. 文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（项）：支出决算为820.00万元。\n',
    },
  ],
  // (The cases above and below run against the real catalog: 207 has no 款 in it yet.)
  check({ doc, catalog, report }) {
    const paths = doc.claims.filter((c) => c.subject.names.length > 0);
    if (!paths.length) return insufficient('情况说明中没有读到以（类）（款）（项）写出的科目。');
    const seen = new Set<string>();
    let verified = 0;
    let unverified = 0;
    for (const c of paths) {
      const key = c.subject.names.join('/');
      if (seen.has(key)) continue;
      seen.add(key);
      const { resolved, failedAt } = catalog.resolvePath(c.subject.names);
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
          message: `“${c.subject.names.join('/')}”中的“${c.subject.names[failedAt]}”未收录在本工具的科目目录中（“${parent?.name}”下只收录了一部分），未能核实`,
          actual: c.subject.names[failedAt] ?? '',
          locations: [c.location],
        });
        continue;
      }
      report({
        message: `“${c.subject.names.map((n, i) => `${n}（${LEVELS[i] ?? ''}）`).join('')}”中的${LEVELS[failedAt] ?? ''}级名称“${c.subject.names[failedAt]}”不是${parent ? `“${parent.code} ${parent.name}”下的` : ''}规范科目名称。`,
        expected: options.slice(0, 10).join('、') || '规范科目名称',
        actual: c.subject.names[failedAt] ?? '',
        locations: [c.location],
      });
    }
    if (!verified && unverified) return insufficient('文中科目所属的款不在本工具的科目目录中，未能核实其名称。');
  },
});
