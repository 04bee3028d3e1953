import type { Disclosure } from '../../model/disclosure.js';
import { locationAt } from '../../model/layout.js';
import { linesMatching, linesMatchingAround } from '../template/patterns.js';
import { defineRule, insufficient } from '../rule.js';
import { LEVELS, NamePathJudge } from './name-path.js';

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
      name: '“一是”“十一是”列举的规范名称',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n一是卫生健康支出（类）医疗保障管理事务（款）医疗保障经办事务（项）：支出决算数为21万元，完成预算100%。\n十一是卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算数为20万元，完成预算100%。\n',
    },
    {
      name: '“及”连起的两个科目各自规范',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算具体情况\n一般公共服务支出（类）财政事务（款）信息化建设（项）、统战事务（款）宗教事务（项）及其他支出（类）其他支出（款）其他支出（项）本年均无支出，上年分别为14.27万元、1.20万元和2.07万元。\n',
    },
    // Runs against the real catalog, in which 207 has no 款 yet.
    {
      name: '目录未收录其款的科目不下结论',
      expect: 'insufficient',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1. 文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（项）：支出决算为820.00万元。\n',
    },
  ],
  check({ doc, catalog, report }) {
    const paths = doc.claims.filter((c) => c.subject.names.length > 0);
    if (!paths.length) return insufficient('情况说明中没有读到以（类）（款）（项）写出的科目。');
    const judge = new NamePathJudge(catalog, report);
    const seen = new Set<string>();
    for (const c of paths) {
      const key = c.subject.names.join('/');
      if (seen.has(key)) continue;
      seen.add(key);
      const names = c.subject.names;
      judge.check(names, c.location, ({ failedAt, parent, options }) => ({
        message: `“${names.map((n, i) => `${n}（${LEVELS[i] ?? ''}）`).join('')}”中的${LEVELS[failedAt] ?? ''}级名称“${names[failedAt]}”不是${parent ? `“${parent.code} ${parent.name}”下的` : ''}规范科目名称。`,
        expected: options.slice(0, 10).join('、') || '规范科目名称',
        actual: names[failedAt] ?? '',
        locations: [c.location],
      }));
    }
    return judge.outcome();
  },
});

/**
 * A level's marker right after the level above's ("…事务(款)(项)"): the name between them was left out.
 * After a name, and not a column's header ("科目编码（类）（款）（项）", three markers in a row).
 */
// (The bracket first, then what stands before it: the same matches, without two lookbehinds tried at
// every position of the document.)
const EMPTY_LEVEL = /[（(](?<=[\u4e00-\u9fa5][（(])(?<!(?:编码|代码|科目|名称|分类)[（(])\s*(类|款)\s*[)）]\s*[（(]\s*(款|项)\s*[)）](?!\s*[（(]\s*项)/;

/** A 类/款/项 path with a level's name left out, one finding with every place. */
export const emptyLevelName = defineRule({
  id: 'classification.empty-level-name',
  title: '科目名称空缺',
  category: 'classification',
  severity: 'warning',
  authority: '财政部《2024年政府收支分类科目》',
  description: '以“（类）（款）（项）”写出的科目，每一级都应有名称；“行政事业单位医疗(款)(项)”缺了项级名称，读者无从知道是哪一项。',
  cases: [
    { name: '逐级有名称', expect: 'pass', text: '## 一般公共预算财政拨款支出决算具体情况\n1. 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为21万元。\n' },
    { name: '表头的（类）（款）（项）不算', expect: 'pass', text: '## 一般公共预算财政拨款支出决算具体情况\n功能分类科目编码（类）（款）（项） 科目名称 支出决算\n' },
    { name: '项级名称空缺', expect: 'fail', mentions: '项', text: '## 一般公共预算财政拨款支出决算具体情况\n1. 卫生健康支出(类)行政事业单位医疗(款)(项)：支出决算为21万元。\n2. 社会保障和就业支出(类)行政事业单位养老支出(款)(项)：支出决算为9万元。\n' },
  ],
  check({ doc, report }) {
    const hits = linesMatching(doc, EMPTY_LEVEL);
    if (!hits.length) return;
    const level = EMPTY_LEVEL.exec(hits[0]?.match ?? '')?.[2] ?? '项';
    report({
      message: `科目写作“${hits[0]?.match}”，${level}级名称空缺${hits.length > 1 ? `（共${hits.length}处）` : ''}。`,
      expected: `（${EMPTY_LEVEL.exec(hits[0]?.match ?? '')?.[1] ?? '款'}）之后写出${level}级科目名称`,
      actual: hits[0]?.match ?? '',
      locations: hits.map((h) => h.location),
    });
  },
});

/** A 类 named with its level marker: "社会保障和就业（类）". */
const CLASS_MARKED = /([\u4e00-\u9fa5]{2,14})\s*[（(]\s*类\s*[)）]/g;

/** A 类 written without the 支出 its official name ends in, one finding with every place. */
export const classNameShort = defineRule({
  id: 'classification.class-name-short',
  title: '类级科目名称少“支出”',
  category: 'classification',
  severity: 'warning',
  authority: '财政部《2024年政府收支分类科目》',
  description: '支出功能分类的类级科目名称都以“支出”结尾（卫生健康支出、社会保障和就业支出）；说明中写作“卫生健康（类）”是简写，公开文本应写规范名称；“卫生健康（类）支出”把“支出”写在（类）之后，名称是完整的。同一文件只报一次，列出各处。',
  cases: [
    { name: '规范名称', expect: 'pass', text: '## 一般公共预算财政拨款支出决算具体情况\n1. 卫生健康支出（类）医疗保障管理事务（款）医疗保障经办事务（项）：支出决算数为21万元。\n' },
    {
      name: '类名少支出',
      expect: 'fail',
      mentions: '社会保障和就业支出',
      text: '## 一般公共预算财政拨款支出决算具体情况\n1. 社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为71.09万元。\n2. 卫生健康（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为21万元。\n',
    },
    {
      name: '“支出”写在（类）之后',
      expect: 'pass',
      text: '## 一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出1,222.68万元，主要用于以下方面：社会保障和就业（类）支出84.68万元，占6.93%；卫生健康（类）支出1,092.66万元，占89.37%；住房保障（类）支出45.34万元，占3.71%。\n',
    },
  ],
  check({ doc, catalog, report }) {
    const short = new Map<string, string>();
    const locations: Disclosure['lines'][number]['location'][] = [];
    // (Only the lines holding 类 are tried: the pattern opens with a class of all Han characters.)
    for (const hit of linesMatchingAround(doc, /[\u4e00-\u9fa5]{2}\s*[（(]\s*类\s*[)）]/, '类')) {
      let found: number | null = null;
      for (const m of hit.text.matchAll(CLASS_MARKED)) {
        const written = m[1] as string;
        if (written.endsWith('支出')) continue;
        // "社会保障和就业（类）支出84.68万元": the 陕西/新疆 templates put the 支出 after the level's
        // bracket; the name is whole.
        if (/^\s*支出/.test(hit.text.slice((m.index ?? 0) + m[0].length))) continue;
        // The class whose official name is the written one with 支出 after it; the written run may start
        // with words of the sentence before the name ("主要用于卫生健康（类）").
        const cls = catalog.functionClasses().find((c) => c.name.endsWith('支出') && c.name.length > 3 && written.endsWith(c.name.slice(0, -2)));
        if (!cls) continue;
        short.set(cls.name.slice(0, -2), cls.name);
        found ??= m.index ?? 0;
      }
      if (found != null) locations.push(locationAt(hit.source, found));
    }
    if (!short.size) return;
    const pairs = [...short].map(([w, r]) => `“${w}（类）”应为“${r}（类）”`);
    report({
      message: `类级科目名称少了“支出”：${pairs.join('，')}${locations.length > 1 ? `（共${locations.length}处）` : ''}。`,
      expected: [...short.values()].join('、'),
      actual: [...short.keys()].join('、'),
      locations,
    });
  },
});

/** A 科目's name from before it was renamed (医疗卫生与计划生育 in a 2022 account), one finding per name. */
export const formerName = defineRule({
  id: 'classification.former-name',
  title: '科目名称是改名前的旧名',
  category: 'classification',
  severity: 'warning',
  authority: '财政部《政府收支分类科目》（各年度版本）',
  description: '政府收支分类科目逐年修订，2019年起210类“医疗卫生与计划生育支出”改为“卫生健康支出”、207类“文化体育与传媒支出”改为“文化旅游体育与传媒支出”。改名之后年度的决算仍写旧名，多为沿用旧模板。',
  cases: [
    { name: '新名称', expect: 'pass', text: '# 2022年度某局部门决算\n## 一般公共预算财政拨款支出决算具体情况\n1. 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为21万元。\n' },
    { name: '改名后仍用旧名', expect: 'fail', mentions: '卫生健康支出', text: '# 2022年度某局部门决算\n## 一般公共预算财政拨款支出决算具体情况\n1. 医疗卫生与计划生育(类)行政事业单位医疗（款）行政单位医疗（项）：支出决算为21万元。\n' },
    { name: '改名前的年度', expect: 'pass', text: '# 2017年度某局部门决算\n## 一般公共预算财政拨款支出决算具体情况\n1. 医疗卫生与计划生育支出(类)行政事业单位医疗（款）行政单位医疗（项）：支出决算为21万元。\n' },
  ],
  check({ doc, catalog, report }) {
    if (doc.facts.fiscalYear == null) return insufficient('未能确定决算年度，无法判断科目名称是否已改。');
    for (const f of catalog.formerNames) {
      const base = f.name.replace(/支出$/, '');
      const hits = linesMatching(doc, new RegExp(`${base}(?:支出)?`));
      const now = hits.length ? catalog.formerName(f.name) : undefined;
      if (!now) continue;
      report({
        message: `“${base}”是${now.code}类在${now.until}年度以前的名称，${now.until + 1}年起为“${now.now}”${hits.length > 1 ? `（共${hits.length}处）` : ''}。`,
        expected: now.now,
        actual: f.name,
        locations: hits.map((h) => h.location),
      });
    }
  },
});
