import { defineRule, insufficient } from '../rule.js';
import { usedItemCodes } from './used-items.js';

export const glossaryCoversItems = defineRule({
  id: 'glossary.covers-items',
  title: '名词解释未覆盖使用的功能分类科目',
  category: 'glossary',
  severity: 'warning',
  authority: '多数省份《部门决算公开格式文本》名词解释：对决算表中列示的支出功能分类科目（项级）逐一解释',
  description:
    '报表或说明中出现的每个支出功能分类“项”级科目，应在名词解释中有对应条目。名词解释已解释部分科目却漏了其他科目时为警告；完全不解释科目的（部分地区的格式文本不要求）为提示。缺少的科目合并为一条问题列出。条目可写作“医疗保障政策管理（2101505）”“2101505医疗保障政策管理”：编码与名称相符时即是该科目的条目；两者不符时不知解释的是哪一个，不作判断。',
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
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为126.26万元。\n2、住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为11.36万元。\n## 名词解释\n一、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。\n',
    },
    {
      name: '只写项名的条目解释文中用到的唯一同名科目',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为126.26万元。\n2、住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为11.36万元。\n## 名词解释\n一、行政运行（项）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。\n二、住房公积金（项）：反映按规定为职工缴纳的住房公积金。\n',
    },
    {
      name: '条目写出科目编码',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为126.26万元。\n2、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）：支出决算为80.00万元。\n## 名词解释\n一、行政运行（2101501）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。\n二、2101505医疗保障政策管理：反映医疗保障待遇管理、医药服务管理、医药价格和招标采购管理、医疗保障基金监管等方面的支出。\n',
    },
    {
      name: '编码与名称不符的条目不下结论',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为126.26万元。\n2、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）：支出决算为80.00万元。\n## 名词解释\n一、行政运行（2101501）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。\n二、医疗保障政策管理（2101501）：反映医疗保障待遇管理、医药服务管理等方面的支出。\n',
    },
    {
      name: '写出编码的条目漏了一个科目',
      expect: 'fail',
      mentions: '2101505',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为126.26万元。\n2、卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）：支出决算为80.00万元。\n## 名词解释\n一、行政运行（2101501）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。\n',
    },
  ],
  check({ doc, catalog, report }) {
    if (!doc.glossary.length) return insufficient('未读到名词解释条目。');
    const { codes, from } = usedItemCodes(doc);
    if (!codes.size) return insufficient('未读到报表或说明中使用的“项”级科目。');
    const explained = new Set(doc.glossary.map((g) => g.code).filter(Boolean));
    // An entry under a bare 项 name the catalog has under many 款 ("行政运行（项）：…") explains the one item
    // of that name the document uses.
    for (const g of doc.glossary) {
      const bare = /^([^（(]+)[（(]\s*项\s*[)）]$/.exec(g.term.trim())?.[1]?.trim();
      if (g.code || !bare) continue;
      const fits = [...codes].filter((c) => {
        const item = catalog.functionItem(c);
        return item != null && catalog.nameMatches(item, bare);
      });
      if (fits.length === 1) explained.add(fits[0] as string);
    }
    // A path that did not resolve (a 款 under a name of another year: 行政事业单位离退休 in a 2016 account) still
    // explains the item its 项 names; an item the year's edition lacks cannot be matched with such a path at all.
    const unresolved = doc.glossary.filter((g) => !g.code && g.names.length).map((g) => g.names[g.names.length - 1] as string);
    const namedBy = (c: string) => {
      const item = catalog.functionItem(c);
      return item ? unresolved.some((n) => catalog.nameMatches(item, n)) : unresolved.length > 0;
    };
    // An entry whose written code and name disagree may explain either: neither is called unexplained.
    const maybe = new Set(doc.glossary.flatMap((g) => g.maybe ?? []));
    const missing = [...codes].sort().filter((c) => !explained.has(c) && !namedBy(c) && !maybe.has(c));
    if (!missing.length) return;
    const heading = doc.sections.find((s) => s.key === 'glossary');
    const names = missing.map((c) => `${c} ${catalog.functionItem(c)?.name ?? ''}`.trim());
    const none = explained.size === 0;
    report({
      severity: none ? 'info' : 'warning',
      message: none
        ? `名词解释没有解释任何支出功能分类科目，而${from}使用了 ${missing.length} 个“项”级科目：${names.join('、')}。`
        : `${from}使用的 ${missing.length} 个“项”级科目在名词解释中没有条目：${names.join('、')}。`,
      expected: names.join('、'),
      actual: none ? '未解释任何科目' : `已解释 ${explained.size} 个，缺 ${missing.length} 个`,
      locations: heading ? [heading.location] : [],
    });
  },
});
