import { CATEGORIES } from '../model/finding.js';
import { ALL_RULES } from '../rules/index.js';

/** The rule catalog as data, generated from the code (never written twice): for the CLI and the workbench. */
export function catalogEntries() {
  return ALL_RULES.map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    categoryName: CATEGORIES[r.category],
    severity: r.severity,
    authority: r.authority,
    description: r.description,
    examples: r.cases.map((c) => ({ name: c.name, expect: c.expect, text: c.text })),
  }));
}

/** The rule catalog as JSON. */
export function catalogJson(): string {
  const rules = catalogEntries();
  return `${JSON.stringify({ count: rules.length, rules }, null, 2)}\n`;
}

/** The rule catalog as a Markdown document, grouped by category. */
export function catalogMarkdown(): string {
  const out = ['# juesuan 规则目录', '', `共 ${ALL_RULES.length} 条规则。本文件由代码生成（\`juesuan rules --format md\`）。`, ''];
  for (const [cat, name] of Object.entries(CATEGORIES)) {
    const rs = ALL_RULES.filter((r) => r.category === cat);
    if (!rs.length) continue;
    out.push(`## ${name}（${cat}，${rs.length} 条）`, '', '| 编号 | 名称 | 级别 | 依据 | 说明 |', '|---|---|---|---|---|');
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
