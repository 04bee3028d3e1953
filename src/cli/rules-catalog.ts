import { CATEGORIES } from '../model/finding.js';
import { CROSS_YEAR_RULES } from '../rules/cross-year/index.js';
import { ALL_RULES } from '../rules/index.js';

/** Every rule shown in the catalog: those over one document, then those over two years of one department. */
const CATALOG = [...ALL_RULES, ...CROSS_YEAR_RULES];

/** The rule catalog as data, generated from the code (never written twice): for the CLI and the workbench. */
export function catalogEntries() {
  return CATALOG.map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    categoryName: CATEGORIES[r.category],
    severity: r.severity,
    authority: r.authority,
    description: r.description,
    examples: r.cases.map((c) =>
      'text' in c
        ? { name: c.name, expect: c.expect, text: c.text }
        : { name: c.name, expect: c.expect, text: `【上年（${c.prior.year}年度）文件】\n${c.prior.text}\n【本年（${c.current.year}年度）文件】\n${c.current.text}` },
    ),
  }));
}

/** The rule catalog as JSON. */
export function catalogJson(): string {
  const rules = catalogEntries();
  return `${JSON.stringify({ count: rules.length, rules }, null, 2)}\n`;
}

/** The rule catalog as a Markdown document, grouped by category. */
export function catalogMarkdown(): string {
  const out = ['# juesuan 规则目录', '', `共 ${CATALOG.length} 条规则。本文件由代码生成（\`juesuan rules --format md\`）。`, ''];
  for (const [cat, name] of Object.entries(CATEGORIES)) {
    const rs = CATALOG.filter((r) => r.category === cat);
    if (!rs.length) continue;
    out.push(`## ${name}（${cat}，${rs.length} 条）`, '');
    if (cat === 'cross-year') {
      out.push('比较同一部门相邻两个年度的两份文件，在审核工作台同时存有两份文件时检查（`juesuan check` 逐份检查，不运行这些规则）。', '');
    }
    out.push('| 编号 | 名称 | 级别 | 依据 | 说明 |', '|---|---|---|---|---|');
    for (const r of rs) {
      out.push(`| \`${r.id}\` | ${r.title} | ${{ error: '错误', warning: '警告', info: '提示' }[r.severity]} | ${cell(r.authority)} | ${cell(r.description)} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
