// Fuzz run: `npm run fuzz -- [N] [--seed S] [--jobs J] [--format pdf,docx,...]`. Mutates the corpus N times
// (default 200) from seed S (default 1), checks each file in a separate process, prints counts by
// outcome, the slowest files and the peak memory, and writes reproducers of failures to
// test/artifacts/fuzz/. Exits 1 when any file crashed, hung, blew the memory bound or got a raw message.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BaseFile } from './corpus.js';
import { type FuzzResult, runFuzz } from './harness.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string' }, format: { type: 'string' }, jobs: { type: 'string' }, quiet: { type: 'boolean' } },
});
const n = Number(positionals[0] ?? process.env.N ?? 200);
const seed = Number(values.seed ?? process.env.SEED ?? 1);
const formats = (values.format ?? '').split(',').filter(Boolean) as BaseFile['format'][];
const artifacts = join(import.meta.dirname, '..', 'artifacts', 'fuzz');
const mb = (b: number | null) => (b == null ? '?' : `${(b / 1024 / 1024).toFixed(0)} MB`);

const t0 = performance.now();
// Stopped early (Ctrl-C, kill): what was checked so far is still counted.
const seen: FuzzResult[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const counts: Record<string, number> = {};
    for (const r of seen) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
    const peak = Math.max(0, ...seen.map((r) => r.peakRss ?? 0));
    process.stdout.write(`\nstopped after ${seen.length} of ${n} files: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}; peak memory ${mb(peak)}\n`);
    process.exit(130);
  });
}
const s = await runFuzz({
  n,
  seed,
  jobs: Number(values.jobs ?? process.env.JOBS ?? 1),
  formats,
  artifacts,
  onResult: (r, i) => {
    seen.push(r);
    if (values.quiet && r.outcome === 'findings') return;
    const line = `${String(i + 1).padStart(5)} ${r.outcome.padEnd(11)} ${(r.ms / 1000).toFixed(1).padStart(6)} s ${mb(r.peakRss).padStart(7)}  ${r.name}${r.code ? ` ${r.code}` : ''}`;
    process.stdout.write(`${line}${r.outcome === 'findings' || r.outcome === 'error' ? '' : `\n      ${r.mutation}\n      ${r.message.slice(0, 300)}`}\n`);
  },
});
process.stdout.write(`\n${n} files, seed ${seed}, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
process.stdout.write(`outcomes: ${Object.entries(s.counts).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
process.stdout.write(`error codes: ${Object.entries(s.codes).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}\n`);
process.stdout.write(`peak memory of the checker process: ${mb(s.peakRss)} (idle ${mb(s.baseRss)})\n`);
process.stdout.write('slowest:\n');
for (const r of s.slowest) process.stdout.write(`  ${(r.ms / 1000).toFixed(1).padStart(6)} s ${mb(r.peakRss).padStart(7)}  ${r.name} (${r.mutation})\n`);
if (s.failures.length) {
  process.stdout.write(`\n${s.failures.length} failures; reproducers in ${artifacts}\n`);
  process.exitCode = 1;
}
