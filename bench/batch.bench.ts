// Throughput of one `check` over many PDFs: the corpus PDFs copied round-robin into a folder of
// BENCH_DOCS (100) files and checked by one `juesuan check FOLDER` (as built, dist/), once with the
// files checked one at a time (JUESUAN_JOBS=1, as `check` did before) and once as it runs by default
// (one file per core). Documents per second, wall time, CPU time and how much of the machine's cores
// that kept busy. Scans are read without OCR (JUESUAN_OCR=off).
// Run: npm run bench:batch   (builds first)
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPdfs } from './layout-hash.js';
import { type Run, haveGnuTime, runOnce } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/juesuan.js', import.meta.url));
const docs = Math.max(1, Number(process.env.BENCH_DOCS ?? 100));
const cores = availableParallelism();

const pdfs = await corpusPdfs();
const dir = mkdtempSync(join(tmpdir(), 'juesuan-batch-'));
for (let k = 0; k < docs; k++) {
  const f = pdfs[k % pdfs.length] as string;
  copyFileSync(join(ROOT, f), join(dir, `${String(k).padStart(3, '0')}-${basename(f)}`));
}
const out = join(dir, 'report.json');
const run = (jobs?: number): Run =>
  runOnce(process.execPath, [BIN, 'check', '--format', 'json', '--fail-on', 'never', '--out', out, dir], {
    ...process.env,
    JUESUAN_OCR: 'off',
    ...(jobs ? { JUESUAN_JOBS: String(jobs) } : {}),
  });

console.log(`${docs} 个 PDF（语料 ${pdfs.length} 个轮流复制），一次 juesuan check；本机 ${cores} 个逻辑核${haveGnuTime ? '' : '（未找到 /usr/bin/time：CPU 与内存从略）'}`);
for (const [label, jobs] of [['逐个检查（JUESUAN_JOBS=1）', 1], [`默认（同时 ${cores} 个）`, undefined]] as const) {
  const r = run(jobs);
  const busy = r.cpuMs != null ? `，CPU ${(r.cpuMs / 1000).toFixed(1)} 秒，占用 ${((100 * r.cpuMs) / (r.ms * cores)).toFixed(0)}% 的 ${cores} 核` : '';
  const peak = r.peakMb != null ? `，峰值内存 ${r.peakMb.toFixed(0)} MB` : '';
  console.log(`  ${label.padEnd(22)} ${((docs * 1000) / r.ms).toFixed(2)} 文档/秒，用时 ${(r.ms / 1000).toFixed(1)} 秒${busy}${peak}`);
}
rmSync(dir, { recursive: true, force: true });
