/**
 * `npm run eval`: recall and precision of `check` on the evaluation corpus, per file and in all,
 * against the hand-written answer keys in test/eval/keys/. Exits 1 when an error finding is not in
 * the key or a defect the key expects to be found is missed.
 */
import { checkFile } from '../../src/check.js';
import { loadKeys } from './key.js';
import { type FileScore, precision, recall, regressions, scoreFile } from './score.js';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const scores: FileScore[] = [];
for (const key of loadKeys()) {
  for (const file of key.files) {
    if (only.length && !only.some((o) => file.includes(o))) continue;
    const report = await checkFile(file);
    scores.push(scoreFile(file, report.findings, key));
  }
}

const rows = scores.map((s) => {
  const errors = [...s.truePositives, ...s.falsePositives.map((x) => x.finding), ...s.unjudged].filter((f) => f.severity === 'error');
  const falseErrors = s.falsePositives.filter((x) => x.finding.severity === 'error').length;
  return [
    s.file,
    String(s.truePositives.length + s.falsePositives.length + s.unjudged.length),
    String(s.truePositives.length),
    String(s.falsePositives.length),
    String(s.unjudged.length),
    `${errors.length - falseErrors}/${errors.length}`,
    pct(precision(s)),
    `${s.found.length}/${s.found.length + s.missed.length}`,
    pct(recall(s)),
    String(s.repeated.length),
  ];
});
const sum = (f: (s: FileScore) => number) => scores.reduce((n, s) => n + f(s), 0);
const tp = sum((s) => s.truePositives.length);
const fp = sum((s) => s.falsePositives.length);
const found = sum((s) => s.found.length);
const missed = sum((s) => s.missed.length);
const allErrors = sum((s) => [...s.truePositives, ...s.falsePositives.map((x) => x.finding), ...s.unjudged].filter((f) => f.severity === 'error').length);
const falseErrors = sum((s) => s.falsePositives.filter((x) => x.finding.severity === 'error').length + s.unjudged.filter((f) => f.severity === 'error').length);
rows.push([
  '合计 all',
  String(tp + fp + sum((s) => s.unjudged.length)),
  String(tp),
  String(fp),
  String(sum((s) => s.unjudged.length)),
  `${allErrors - falseErrors}/${allErrors}`,
  pct(tp + fp ? tp / (tp + fp) : null),
  `${found}/${found + missed}`,
  pct(found + missed ? found / (found + missed) : null),
  String(sum((s) => s.repeated.length)),
]);
const head = ['file', 'w+e', 'true', 'false', 'unjudged', 'errors true', 'precision', 'defects found', 'recall', 'repeated'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => `| ${r.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

let failed = 0;
for (const s of scores) {
  const reg = regressions(s);
  failed += reg.length;
  const notes = [
    ...reg.map((r) => `  ✗ ${r}`),
    ...s.falsePositives.map(({ finding: f, why }) => `  误报 ${f.severity} [${f.rule}] ${f.message.slice(0, 100)} — ${why}`),
    ...s.unjudged.filter((f) => f.severity !== 'error').map((f) => `  未判定 ${f.severity} [${f.rule}] ${f.message.slice(0, 120)}`),
    ...(verbose ? s.missed.filter((m) => m.known).map((m) => `  已知漏报 ${m.defect.id}: ${m.defect.what}（${m.defect.missed}）`) : []),
    ...s.newlyFound.map((d) => `  新找到（请更新答案）${d.id}: ${d.what}`),
    ...s.repeated.map((r) => `  重复 ${r.defect.id} 被 ${r.count} 条发现报告（一个原因应只报一次）`),
    ...s.stale.map((m) => `  误报已消失（可从答案删去）${m}`),
  ];
  if (notes.length) console.log(`\n${s.file}\n${notes.join('\n')}`);
}
console.log(`\n${failed ? `${failed} 处回退（见 ✗）` : '无回退'}：精确率 ${pct(tp + fp ? tp / (tp + fp) : null)}，召回率 ${pct(found + missed ? found / (found + missed) : null)}`);
process.exitCode = failed ? 1 : 0;
