import { scoringLine, tablesLine } from './coverage-line.js';
import { CATEGORIES, type Finding, type Severity } from '../model/finding.js';
import { factsLine, sectionLabel } from '../model/labels.js';
import { describeLocation } from '../model/location.js';
import type { ReportEntry } from './types.js';

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Terminal report: per document, findings grouped by section, then severity, each with both sides and where. */
export function renderText(entries: readonly ReportEntry[], options: { color?: boolean } = {}): string {
  const c = colors(options.color ?? false);
  const out: string[] = [];
  for (const e of entries) {
    out.push(c.bold(`■ ${e.file}`));
    if (!e.ok) {
      out.push(`  ${c.red('无法检查')}：${e.error.message}`, '');
      continue;
    }
    const f = e.facts;
    out.push(`  ${factsLine(f)}`);
    const n = (s: Severity) => e.findings.filter((x) => x.severity === s).length;
    out.push(
      `  ${c.red(`错误 ${n('error')}`)}  ${c.yellow(`警告 ${n('warning')}`)}  ${c.dim(`提示 ${n('info')}`)}  ·  规则：执行 ${e.coverage.rulesRun}，不适用 ${e.coverage.rulesNotApplicable}，数据不足 ${e.coverage.rulesInsufficientData}`,
    );
    out.push(`  ${tablesLine(e.coverage)}`);
    out.push(`  说明语句 ${e.coverage.claims} 条，名词解释 ${e.coverage.glossaryEntries} 条，绩效自评表 ${e.coverage.performanceSheets} 张`);
    const scoring = scoringLine(e.coverage.scoring);
    if (scoring) out.push(`  ${scoring}`);
    for (const u of e.coverage.ocr) out.push(`  ${c.yellow('文字识别')}：${u}`);
    for (const u of e.coverage.unread) out.push(`  ${c.yellow('未能读取')}：${u}`);
    const bySection = new Map<string, Finding[]>();
    for (const x of e.findings) {
      const k = sectionLabel(x.section);
      bySection.set(k, [...(bySection.get(k) ?? []), x]);
    }
    for (const [section, fs] of bySection) {
      out.push('', c.bold(`  【${section}】`));
      for (const sev of ['error', 'warning', 'info'] as const) {
        for (const x of fs.filter((y) => y.severity === sev)) out.push(...renderFinding(x, c));
      }
    }
    if (e.coverage.rulesInsufficientData) {
      out.push('', c.dim(`  因数据不足未能执行的规则 ${e.coverage.rulesInsufficientData} 条（用 --format json 查看原因）：这些检查没有运行，不代表没有问题。`));
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function renderFinding(f: Finding, c: ReturnType<typeof colors>): string[] {
  const tag = f.severity === 'error' ? c.red('错误') : f.severity === 'warning' ? c.yellow('警告') : c.dim('提示');
  const lines = [`  ${tag} [${f.rule}] ${f.message}`];
  const sides = [
    f.expected != null ? `应为 ${f.expected}` : null,
    f.actual != null ? `实为 ${f.actual}` : null,
    f.difference != null ? `差 ${f.difference}` : null,
    f.tolerance != null ? `容差 ${f.tolerance}` : null,
  ].filter(Boolean);
  if (sides.length) lines.push(`        ${sides.join('；')}`);
  for (const l of f.locations.slice(0, 4)) {
    lines.push(c.dim(`        ${describeLocation(l)}：${truncate(l.text, 90)}`));
  }
  if (f.locations.length > 4) lines.push(c.dim(`        …另有 ${f.locations.length - 4} 处`));
  return lines;
}

function truncate(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

function colors(on: boolean) {
  const wrap = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: wrap(31), yellow: wrap(33), dim: wrap(2), bold: wrap(1) };
}

export { SEVERITY_LABEL, CATEGORIES };
