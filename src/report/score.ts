import type { Decimal, Figure } from '../model/decimal.js';
import { describeLocation } from '../model/location.js';
import type { DocumentScore, Inference } from '../score/document.js';
import type { ProjectScore } from '../score/project.js';

/** A `score` result per file: the document's scores, or why the file could not be read. */
export type ScoreEntry = ({ ok: true } & DocumentScore) | { ok: false; file: string; error: { code: string; message: string } };

// JSON numbers at the output boundary only: scores have at most a few decimals, so Number() is exact for display.
const num = (v: Figure | Decimal | null | undefined): number | null => (v == null ? null : Number('raw' in v ? v.value : v.toString()));

function inferenceJson(i: Inference | null) {
  return i && { scheme: i.scheme.id, reproduced: i.reproduced, comparable: i.comparable, forced: i.forced, candidates: i.candidates };
}

function projectJson(p: ProjectScore) {
  return {
    name: p.name,
    kind: p.kind,
    source: p.source,
    reported: { executionScore: num(p.reported.executionScore), total: num(p.reported.total), grade: p.reported.grade },
    computed: { executionScore: num(p.computed.executionScore), total: num(p.computed.total), grade: p.computed.grade },
    indicators: p.indicators.map((r) => ({
      name: r.name,
      class: r.cls,
      weight: num(r.weight),
      reported: num(r.reported),
      computed: r.computed ? num(r.computed.low) : null,
      ...(r.computed && !r.computed.low.eq(r.computed.high) ? { computedMax: num(r.computed.high) } : {}),
      basis: r.basis,
      ...(r.ownRule ? { ownRule: r.ownRule } : {}),
      agrees: r.agrees,
      note: r.note,
      location: r.location,
    })),
    ...(p.parts.length ? { parts: p.parts.map((x) => ({ name: x.name, score: num(x.score) })) } : {}),
    differences: p.differences,
    location: p.location,
  };
}

/** The JSON contract of `score --format json`: `{documents:[{file, scheme, projects:[…]}]}`. */
export function renderScoreJson(entries: readonly ScoreEntry[]): string {
  const documents = entries.map((e) =>
    e.ok
      ? {
          file: e.file,
          scheme: e.scheme.id,
          schemeTitle: e.scheme.title,
          inference: { project: inferenceJson(e.inference.project), overall: inferenceJson(e.inference.overall) },
          projects: e.projects.map(projectJson),
        }
      : { file: e.file, error: e.error, projects: [] },
  );
  return `${JSON.stringify({ tool: 'juesuan', version: 1, documents }, null, 2)}\n`;
}

/** A reported figure as printed; a computed one at the precision of the figure it is compared with. */
const show = (v: Figure | Decimal | null | undefined, like?: Figure | null): string =>
  v == null ? '—' : 'raw' in v ? v.raw.replace(/\s*分$/, '') : v.toFixed(Math.max(like?.decimals ?? 0, v.decimalPlaces()));

function inferenceLine(label: string, i: Inference | null): string | null {
  if (!i) return null;
  const others = i.candidates.filter((c) => c.id !== i.scheme.id).map((c) => `${c.id} ${c.reproduced}/${c.comparable}`);
  return `  ${label}：${i.scheme.title}（${i.scheme.id}）${i.forced ? '【指定】' : ''}，复现 ${i.reproduced}/${i.comparable} 行${others.length ? `；其他办法：${others.join('，')}` : ''}`;
}

/** A plain-text table per document: every project, reported against recomputed, then each difference. */
export function renderScoreText(entries: readonly ScoreEntry[]): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`== ${e.file}`);
    if (!e.ok) {
      out.push(`  无法读取：${e.error.message}`, '');
      continue;
    }
    const lines = [inferenceLine('项目支出自评表评分办法', e.inference.project), inferenceLine('整体支出自评表评分办法', e.inference.overall)].filter(Boolean);
    out.push(...(lines.length ? (lines as string[]) : [`  没有列出指标得分的自评表；按「${e.scheme.title}」核对引用的得分与分项得分。`]));
    if (e.projects.length === 0) {
      out.push('  未找到绩效自评表或自评得分。', '');
      continue;
    }
    out.push('', '  项目 | 来源 | 执行得分 报告→重算 | 总分 报告→重算 | 等级 报告→重算 | 差异');
    for (const p of e.projects) {
      const src = p.source === 'sheet' ? '自评表' : p.source === 'report' ? '评价报告' : p.source === 'summary-table' ? '汇总表' : '说明';
      out.push(
        `  ${p.name} | ${src} | ${show(p.reported.executionScore)}→${show(p.computed.executionScore, p.reported.executionScore)} | ${show(p.reported.total)}→${show(p.computed.total, p.reported.total)} | ${p.reported.grade ?? '—'}→${p.computed.grade ?? '—'} | ${p.differences.length || '无'}`,
      );
    }
    const withDiff = e.projects.filter((p) => p.differences.length);
    if (withDiff.length) out.push('', '  差异：');
    for (const p of withDiff) {
      out.push(`  「${p.name}」（${describeLocation(p.location)}）`);
      for (const d of p.differences) out.push(`    - ${d}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
