import type { Catalog, CatalogItem } from '../../catalog/catalog.js';
import { defineRule, insufficient } from '../rule.js';
import { DefinitionIndex, definitionSimilarity } from '../text-similarity.js';

// Every glossary entry is compared with all the catalog's definitions: they are indexed once per catalog.
const INDEXES = new WeakMap<Catalog, { items: CatalogItem[]; index: DefinitionIndex }>();
function definitionIndex(catalog: Catalog): { items: CatalogItem[]; index: DefinitionIndex } {
  let hit = INDEXES.get(catalog);
  if (!hit) {
    const items = catalog.functionItems.filter((i) => i.definition);
    hit = { items, index: new DefinitionIndex(items.map((i) => i.definition as string)) };
    INDEXES.set(catalog, hit);
  }
  return hit;
}

export const glossaryCopiedDefinition = defineRule({
  id: 'glossary.copied-definition',
  title: '科目解释套用了其他科目的口径',
  category: 'glossary',
  severity: 'warning',
  authority: '财政部《2024年政府收支分类科目》各科目说明',
  description:
    '名词解释对某一科目的说明，与另一个科目（常为相邻的“其他……支出”）的官方说明几乎相同，而与本科目的官方说明不符，多为从相邻条目复制。',
  cases: [
    {
      name: '医疗保障政策管理按本科目解释',
      expect: 'pass',
      text: '## 名词解释\n一、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）：反映医疗保障待遇管理、医药服务管理、医药价格和招标采购管理、医疗保障基金监管等方面的支出。\n',
    },
    {
      name: '医疗保障政策管理套用“其他医疗保障管理事务支出”',
      expect: 'fail',
      mentions: '2101599',
      text: '## 名词解释\n一、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项），主要用于反映其他用于医疗保障管理事务方面的支出。\n',
    },
    {
      name: '以编码和名称写出的条目套用相邻科目',
      expect: 'fail',
      mentions: '2101599',
      text: '## 名词解释\n一、医疗保障政策管理（2101505）：主要用于反映其他用于医疗保障管理事务方面的支出。\n',
    },
  ],
  check({ doc, catalog, report }) {
    const items = doc.glossary.filter((g) => g.code && g.definition);
    if (!items.length) return insufficient('名词解释中没有可对应到科目编码的条目。');
    const { items: withDefs, index } = definitionIndex(catalog);
    for (const g of items) {
      const own = catalog.functionItem(g.code as string);
      const ownScore = own?.definition ? definitionSimilarity(g.definition, own.definition) : 0;
      const scores = index.similarities(g.definition);
      let best: { code: string; name: string; score: number } | null = null;
      for (let k = 0; k < withDefs.length; k++) {
        const other = withDefs[k] as CatalogItem;
        if (other.code === g.code || other.level !== own?.level) continue;
        const score = scores[k] as number;
        if (!best || score > best.score) best = { code: other.code, name: other.name, score };
      }
      // Copied: close to another item's wording and clearly further from its own.
      const needed = own?.definition ? 0.8 : 0.9;
      if (best && best.score >= needed && best.score > ownScore + 0.25) {
        report({
          message: `“${g.term}”的解释与科目 ${best.code} ${best.name} 的官方说明几乎相同（相似度 ${(best.score * 100).toFixed(0)}%），不是本科目 ${g.code} ${own?.name ?? ''} 的口径。`,
          expected: own?.definition ?? `${g.code} ${own?.name ?? ''} 的科目说明`,
          actual: g.definition,
          locations: [g.location],
        });
      }
    }
  },
});
