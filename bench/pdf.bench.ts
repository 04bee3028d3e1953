// PDF speed and memory: every PDF under test/corpus/ checked by `juesuan check FILE` (the whole
// command as a user runs it: start-up, the parse worker, interpretation, rules, report) and read by
// poppler's `pdftotext -layout FILE` (text only: no tables, no rules), each as a process of its own,
// BENCH_N times (median wall time, highest peak resident memory, by GNU time); pages per second,
// milliseconds per document, peak memory and the ratio of the two. Beside them, the time of juesuan's
// PDF reader alone in a process already running (a warm parse worker, as when a folder is checked).
// BENCH_STOCK=1 adds `juesuan check` with pdfjs as it ships (fonts rebuilt for drawing), the parser
// juesuan used before (see src/extract/pdf/pdfjs-text-only.ts). Scans are read without OCR
// (JUESUAN_OCR=off): OCR times itself (seconds a page) and is not the reader's speed.
// Run: npm run bench:pdf   (builds first; BENCH_N=3 by default); npm run bench:pdf -- putuo  only the PDFs
// whose path holds one of the words given.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { corpusPdfs } from './layout-hash.js';
import { type Run, has, haveGnuTime, pageCount, runMedian } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/juesuan.js', import.meta.url));
const n = Math.max(1, Number(process.env.BENCH_N ?? 3));
const stock = process.env.BENCH_STOCK === '1';
const env = { ...process.env, JUESUAN_OCR: 'off' };
process.env.JUESUAN_OCR = 'off';

if (!has('pdftotext', ['-v']) || !has('pdfinfo', ['-v'])) {
  console.log('需要 poppler-utils（pdfinfo、pdftotext）：apt-get install poppler-utils');
  process.exit(0);
}
const { readLayout } = (await import(new URL('../dist/extract/index.js', import.meta.url).href)) as typeof import('../src/extract/index.js');
await import(new URL('../dist/extract/register.js', import.meta.url).href);

/** Mean ms of juesuan's PDF reader in this process, after one warm-up read. */
async function warmRead(file: string): Promise<number> {
  const bytes = new Uint8Array(await readFile(file));
  await readLayout(file, bytes);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await readLayout(file, bytes);
  return (performance.now() - t0) / n;
}

const fmtRun = (r: Run, pages: number) =>
  `${((pages * 1000) / r.ms).toFixed(1).padStart(6)} 页/秒 ${r.ms.toFixed(0).padStart(6)} ms/文档` +
  (r.cpuMs != null ? ` CPU ${r.cpuMs.toFixed(0).padStart(6)} ms` : '') +
  (r.peakMb != null ? ` 峰值内存 ${r.peakMb.toFixed(0).padStart(4)} MB` : '');

const rows: { file: string; pages: number; check: Run; stock?: Run; text: Run; warm: number }[] = [];
console.log(`每个文件每个工具 ${n} 次，各为一个进程（中位墙钟时间、最高峰值内存${haveGnuTime ? '' : '：未找到 /usr/bin/time，内存从略'}）；扫描件不做 OCR`);
const only = process.argv.slice(2);
const chosen = (await corpusPdfs()).filter((f) => !only.length || only.some((w) => f.includes(w)));
for (const abs of chosen.map((f) => `${ROOT}${f}`)) {
  const pages = pageCount(abs);
  const check = runMedian(n, process.execPath, [BIN, 'check', abs], env);
  const stockRun = stock ? runMedian(n, process.execPath, [BIN, 'check', abs], { ...env, JUESUAN_PDFJS_STOCK: '1' }) : undefined;
  const text = runMedian(n, 'pdftotext', ['-layout', '-q', abs, '/dev/null']);
  const warm = await warmRead(abs);
  rows.push({ file: relative(ROOT, abs), pages, check, stock: stockRun, text, warm });
  const r = rows[rows.length - 1] as (typeof rows)[number];
  console.log(`${r.file}（${pages} 页）`);
  console.log(`  juesuan check        ${fmtRun(check, pages)}`);
  if (stockRun) console.log(`  juesuan check（原版 pdfjs）${fmtRun(stockRun, pages)}`);
  console.log(`  pdftotext -layout    ${fmtRun(text, pages)}`);
  console.log(`  juesuan 读取（常驻进程）${warm.toFixed(0).padStart(6)} ms/文档   check 与 pdftotext 之比：${(check.ms / text.ms).toFixed(1)} 倍`);
}
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
const pages = sum((r) => r.pages);
const total = (label: string, ms: number) => `${label} ${((pages * 1000) / ms).toFixed(1)} 页/秒（${(ms / rows.length).toFixed(0)} ms/文档）`;
console.log(
  `\n合计 ${rows.length} 个文件 ${pages} 页：` +
    [
      total('juesuan check', sum((r) => r.check.ms)),
      ...(stock ? [total('原版 pdfjs', sum((r) => r.stock?.ms ?? 0))] : []),
      total('pdftotext -layout', sum((r) => r.text.ms)),
      total('juesuan 读取（常驻）', sum((r) => r.warm)),
    ].join('，'),
);
console.log(`juesuan check 与 pdftotext -layout 之比：${(sum((r) => r.check.ms) / sum((r) => r.text.ms)).toFixed(1)} 倍（本机 ${availableParallelism()} 个逻辑核）`);
