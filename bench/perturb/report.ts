// What `npm run perturb` prints: a table of classes by kind, and the variants of one class or flag
// with their new and lost findings.
import { CLASSES, type Class, FLAGS, type Flag, type Slim } from './classify.js';
import { KINDS } from './kinds.js';
import type { Outcome, PerturbRun } from './run.js';

const COLUMNS: { head: string; count: (vs: Outcome[]) => number }[] = [
  { head: 'variants', count: (vs) => vs.length },
  ...CLASSES.map((c) => ({ head: c, count: (vs: Outcome[]) => vs.filter((v) => v.class === c).length })),
  ...FLAGS.map((f) => ({ head: f, count: (vs: Outcome[]) => vs.filter((v) => v.flags.includes(f)).length })),
  { head: 'FAILED', count: (vs: Outcome[]) => vs.filter((v) => v.class === 'FAILED').length },
];

/** The table by kind, with totals, as Markdown (kinds in the run's order, then 合计). */
export function table(run: PerturbRun): string {
  const rows = run.kinds.map((k) => [`${k} ${KINDS[k].label}`, ...COLUMNS.map((c) => String(c.count(run.variants.filter((v) => v.kind === k))))]);
  rows.push(['合计 total', ...COLUMNS.map((c) => String(c.count(run.variants)))]);
  const head = [run.pairs ? 'kind (the first of each pair)' : 'kind', ...COLUMNS.map((c) => c.head)];
  // Han characters take two cells of a terminal.
  const width = (s: string) => [...s].reduce((n, ch) => n + (/\p{Script=Han}|[（）]/u.test(ch) ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i]! - width(c)) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
const places = (f: Slim) => f.locations.map((l) => `${l.page != null ? `p${l.page}:` : ''}${l.line ?? '?'}`).join(',');
const finding = (mark: string, f: Slim) => `    ${mark} ${f.severity} [${f.rule}] @${places(f)} ${clip(f.message.replace(/\s+/g, ' '), 200)}`;

/** The variants of a class (or carrying a flag), each with its change and its new and lost findings. */
export function show(run: PerturbRun, what: Class | Flag | 'FAILED'): string {
  const vs = run.variants.filter((v) => v.class === what || v.flags.includes(what as Flag));
  const out = [`${what}: ${vs.length} variants`];
  for (const v of vs) {
    const a = Math.max(0, v.column - 30);
    out.push(
      `\n${v.doc}:${v.line} ${v.kind} 「${v.from}」→「${v.to}」${v.also ? ` + ${v.also.kind} 「${v.also.from}」→「${v.also.to}」` : ''}${v.flags.length ? ` ${v.flags.join(' ')}` : ''}`,
      `    before …${v.before.slice(a, (v.also ? v.also.column + v.also.from.length : v.column + v.from.length) + 30)}…`,
      `    after  …${v.after.slice(a, (v.also ? v.also.column + v.also.to.length + v.to.length - v.from.length : v.column + v.to.length) + 30)}…`,
      ...v.added.map((f) => finding('+', f)),
      ...v.addedInfo.map((f) => finding('+', f)),
      ...v.lost.map((f) => finding('-', f)),
    );
    if (v.failed) out.push(`    failed: ${v.failed}`);
  }
  return out.join('\n');
}
