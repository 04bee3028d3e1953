import { SCHEMES } from '../score/schemes/index.js';

/** The scoring schemes with their formulas, generated from the code (`juesuan schemes`). */
export function schemesMarkdown(): string {
  const out = ['# juesuan 绩效自评计分办法', '', `共 ${SCHEMES.length} 种。本文件由代码生成（\`juesuan schemes\`）。\`juesuan score\` 按各文件报告的得分自动选择能复现最多行的办法，也可用 \`--scheme\` 指定。`, ''];
  for (const s of SCHEMES) {
    out.push(`## ${s.title}（\`${s.id}\`）`, '', s.summary + '。', '', `- 来源：${s.basis}`, `- 依据：${s.authority}`, '', '公式：', '');
    for (const f of s.formulas) out.push(`1. ${f}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** The scoring schemes as data (the CLI's JSON and the workbench's schemes page). Band minima stay exact decimal strings. */
export function schemeEntries() {
  return SCHEMES.map((s) => ({ id: s.id, title: s.title, summary: s.summary, basis: s.basis, authority: s.authority, formulas: s.formulas, bands: s.bands.map((b) => ({ grade: b.grade, min: b.min.toString() })) }));
}

export function schemesJson(): string {
  return `${JSON.stringify({ count: SCHEMES.length, schemes: schemeEntries() }, null, 2)}\n`;
}
