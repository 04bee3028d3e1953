import { scoringLine, tablesLine } from './coverage-line.js';
import { CATEGORIES, type Finding } from '../model/finding.js';
import { factsLine, sectionLabel } from '../model/labels.js';
import { type Location, describeLocation, placeKey } from '../model/location.js';
import type { ReportEntry } from './types.js';
import { escapeRegExp } from '../model/regex-source.js';

/**
 * A self-contained HTML report (no external assets, works offline): per document, each finding
 * beside its quoted source with the neighbouring lines, filterable by severity.
 */
export function renderHtml(entries: readonly ReportEntry[]): string {
  const docs = entries.map((e, i) => renderDocument(e, i)).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>决算公开检查报告</title>
<style>${CSS}</style></head>
<body>
<header><h1>决算公开检查报告</h1>
<p class="muted">由 juesuan 生成。每条问题列出规则、两侧数字、容差和原文位置。“提示”为四舍五入尾数差异等不影响结论的情况。</p>
<div class="filters">显示：
<label><input type="checkbox" data-sev="error" checked> 错误</label>
<label><input type="checkbox" data-sev="warning" checked> 警告</label>
<label><input type="checkbox" data-sev="info"> 提示</label></div>
</header>
<main>${docs}</main>
<script>${SCRIPT}</script>
</body></html>
`;
}

function renderDocument(e: ReportEntry, index: number): string {
  if (!e.ok) {
    return `<section class="doc"><h2>${esc(e.file)}</h2><p class="error-box">无法检查：${esc(e.error.message)}</p></section>`;
  }
  const count = (s: string) => e.findings.filter((f) => f.severity === s).length;
  // Lines by page and line: a PDF numbers its lines per page, so line 14 stands on every page.
  const byLine = new Map<string, string>();
  for (const l of e.lines ?? []) {
    const key = placeKey(l.location);
    if (l.location.line != null && !byLine.has(key)) byLine.set(key, l.text);
  }
  const groups = new Map<string, Finding[]>();
  for (const f of e.findings) groups.set(sectionLabel(f.section), [...(groups.get(sectionLabel(f.section)) ?? []), f]);
  const facts = factsLine(e.facts);
  const skipped = e.coverage.skipped.filter((s) => s.status === 'insufficient-data');
  return `<section class="doc" id="doc-${index}">
<h2>${esc(e.file)}</h2>
<p>${esc(facts)}</p>
<p class="counts"><span class="sev error">错误 ${count('error')}</span> <span class="sev warning">警告 ${count('warning')}</span> <span class="sev info">提示 ${count('info')}</span>
· 规则执行 ${e.coverage.rulesRun}，不适用 ${e.coverage.rulesNotApplicable}，数据不足 ${e.coverage.rulesInsufficientData}</p>
<p class="muted">${esc(tablesLine(e.coverage))}；说明语句 ${e.coverage.claims} 条；名词解释 ${e.coverage.glossaryEntries} 条；绩效自评表 ${e.coverage.performanceSheets} 张。${esc(scoringLine(e.coverage.scoring) ?? '')}</p>
${e.coverage.ocr.map((u) => `<p class="warn-box">文字识别：${esc(u)}</p>`).join('')}
${e.coverage.unread.map((u) => `<p class="warn-box">未能读取：${esc(u)}</p>`).join('')}
${[...groups].map(([label, fs]) => `<h3>${esc(label)}</h3>${fs.map((f) => renderFinding(f, byLine)).join('')}`).join('\n')}
${
  skipped.length
    ? `<details><summary>因数据不足未能执行的规则 ${skipped.length} 条（这些检查没有运行，不代表没有问题）</summary><ul>${skipped
        .map((s) => `<li><code>${esc(s.rule)}</code>：${esc(s.reason)}</li>`)
        .join('')}</ul></details>`
    : ''
}
</section>`;
}

function renderFinding(f: Finding, byLine: Map<string, string>): string {
  const row = (k: string, v: string | null) => (v == null ? '' : `<tr><th>${k}</th><td>${esc(v)}</td></tr>`);
  return `<article class="finding ${f.severity}" data-sev="${f.severity}">
<div class="head"><span class="sev ${f.severity}">${{ error: '错误', warning: '警告', info: '提示' }[f.severity]}</span>
<code>${esc(f.rule)}</code> <span class="muted">${esc(f.title)} · ${esc(CATEGORIES[f.category])}</span></div>
<div class="body"><div class="left"><p>${esc(f.message)}</p>
<table class="sides">${row('应为', f.expected)}${row('实为', f.actual)}${row('差额', f.difference)}${row('容差', f.tolerance)}</table></div>
<div class="right">${f.locations.map((l) => renderSource(l, byLine, needlesOf(f))).join('')}</div></div>
</article>`;
}

/** The quoted source with up to two lines either side on the same page. */
function renderSource(l: Location, byLine: Map<string, string>, needles: RegExp | null): string {
  const context: string[] = [];
  if (l.line != null && !l.cell) {
    for (let i = l.line - 2; i <= l.line + 2; i++) {
      // The finding's own line shows its quoted text where no paragraph starts on it (a sentence
      // on the second line of its paragraph).
      const t = byLine.get(placeKey({ page: l.page, line: i })) ?? (i === l.line ? l.text : undefined);
      if (t != null) context.push(`<div class="${i === l.line ? 'hit' : 'ctx'}"><span class="ln">${i}</span>${i === l.line ? mark(t, needles) : esc(t)}</div>`);
    }
  }
  if (!context.length) context.push(`<div class="hit">${mark(l.text, needles)}</div>`);
  return `<figure class="source"><figcaption>${esc(describeLocation(l))}</figcaption>${context.join('')}</figure>`;
}

/** The figures and words a finding is about, to be marked in its quoted source. */
function needlesOf(f: Finding): RegExp | null {
  const words = new Set<string>();
  for (const side of [f.actual, f.expected]) {
    if (!side) continue;
    for (const m of side.matchAll(/\d[\d,]*(?:\.\d+)?%?/g)) if (m[0].length >= 2 || /[1-9]/.test(m[0])) words.add(m[0]);
    if (side === f.actual && side.length <= 12 && !/\d/.test(side)) words.add(side);
  }
  if (!words.size) return null;
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w));
  // A number is marked only where it stands alone, not inside a longer one ("0.3" in "2940.3").
  return new RegExp(`(?<![\\d.])(?:${alts.join('|')})(?![\\d])`, 'g');
}

/** Escaped text with the finding's figures wrapped in <mark>. */
function mark(text: string, needles: RegExp | null): string {
  if (!needles) return esc(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(needles)) {
    out += `${esc(text.slice(last, m.index))}<mark>${esc(m[0])}</mark>`;
    last = (m.index ?? 0) + m[0].length;
  }
  return out + esc(text.slice(last));
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const CSS = `
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1d232a;background:#f5f6f8}
header{background:#fff;padding:16px 24px;border-bottom:1px solid #dde1e6;position:sticky;top:0;z-index:1}
h1{margin:0 0 4px;font-size:20px}main{padding:16px 24px;max-width:1200px}
.doc{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:16px;margin-bottom:24px}
h2{font-size:17px;margin:0 0 6px;word-break:break-all}h3{font-size:15px;border-left:4px solid #3b6fd8;padding-left:8px;margin-top:22px}
.muted{color:#66707a;font-size:13px}.sev{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;color:#fff}
.sev.error{background:#c62828}.sev.warning{background:#e08a00}.sev.info{background:#7a8793}
.finding{border:1px solid #e3e6ea;border-left-width:4px;border-radius:4px;margin:10px 0;padding:8px 12px}
.finding.error{border-left-color:#c62828}.finding.warning{border-left-color:#e08a00}.finding.info{border-left-color:#7a8793}
.finding .body{display:flex;gap:16px;flex-wrap:wrap}.finding .left{flex:1 1 380px}.finding .right{flex:1 1 420px}
.sides th{text-align:left;color:#66707a;font-weight:normal;padding-right:10px}.sides td{font-family:ui-monospace,monospace}
.source{margin:4px 0;background:#fafbfc;border:1px solid #e3e6ea;border-radius:4px;padding:6px 8px;font-size:13px}
.source figcaption{color:#66707a;font-size:12px;margin-bottom:4px}.source .hit{background:#fff8e0}.source mark{background:#ffd54f;padding:0 1px}.source .ctx{color:#66707a}
.ln{display:inline-block;min-width:3em;color:#9aa4ad;font-family:ui-monospace,monospace}
.error-box{background:#fdecea;padding:8px;border-radius:4px}.warn-box{background:#fff4e0;padding:6px 8px;border-radius:4px}
.filters label{margin-right:12px}.hidden{display:none}
`;

const SCRIPT = `
function apply(){var on={};document.querySelectorAll('.filters input').forEach(function(i){on[i.dataset.sev]=i.checked});
document.querySelectorAll('.finding').forEach(function(f){f.classList.toggle('hidden',!on[f.dataset.sev])});}
document.querySelectorAll('.filters input').forEach(function(i){i.addEventListener('change',apply)});apply();
`;
