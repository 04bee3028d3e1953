// PDF reading speed: every PDF under test/corpus/ read by juesuan's PDF reader (readLayout, in this
// process, after one warm-up; in one worker, as `check` reads by default, and with its pages shared
// between two workers, JUESUAN_PDF_THREADS=2), by poppler's `pdftotext -layout` and by pdfminer's `pdf2txt` (one
// process per document, as they are used), N times each; pages per second and the ratios.
// PDFs without a text layer (scans) are timed apart: juesuan's reader, and OCR (ocrPages) per page.
// juesuan is measured as built (dist/, what `npx juesuan` runs): from source, every parse worker would
// first load tsx and transpile the reader, which costs seconds a document.
// Run: npm run bench:pdf   (builds first; BENCH_N=5 repetitions by default; BENCH_OCR=0 skips OCR
// timing; BENCH_FROM=src measures the TypeScript sources through tsx instead)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

const fromSource = process.env.BENCH_FROM === 'src' || !existsSync(new URL('../dist/extract/index.js', import.meta.url));
const code = (path: string) => new URL(`../${fromSource ? 'src' : 'dist'}/${path}.${fromSource ? 'ts' : 'js'}`, import.meta.url).href;
const { isJuesuanError } = (await import(code('errors'))) as typeof import('../src/errors.js');
const { readLayout } = (await import(code('extract/index'))) as typeof import('../src/extract/index.js');
await import(code('extract/register'));
const { ocrAvailable, ocrPages } = (await import(code('extract/pdf/ocr'))) as typeof import('../src/extract/pdf/ocr.js');
const { pdfThreads } = (await import(code('extract/pdf/index'))) as typeof import('../src/extract/pdf/index.js');

const root = new URL('../test/corpus/', import.meta.url).pathname;
const n = Math.max(1, Number(process.env.BENCH_N ?? 5));
const timeOcr = process.env.BENCH_OCR !== '0';
// Without OCR timing the scans are read as they are without tesseract: their pages named as not read.
if (!timeOcr) process.env.JUESUAN_OCR = 'off';
const EXEC = { timeout: 300_000, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] as ['ignore', 'pipe', 'ignore'] };

async function pdfsUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await pdfsUnder(p)));
    else if (/\.pdf$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, EXEC);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

function pages(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { ...EXEC, encoding: 'utf8' }));
  return Number(m?.[1] ?? 0);
}

/** A PDF is a scan when its text layer has (almost) no text: fewer than 20 characters a page. */
function isScan(file: string, pageCount: number): boolean {
  const text = execFileSync('pdftotext', [file, '-'], { ...EXEC, encoding: 'utf8' });
  return text.replace(/\s+/g, '').length < 20 * pageCount;
}

/** Mean milliseconds per run of `fn` over `reps` runs, or the reason it could not run. */
async function time(fn: () => unknown, warmUp: boolean, reps = n): Promise<number | string> {
  try {
    if (warmUp) await fn();
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) await fn();
    return (performance.now() - t0) / reps;
  } catch (e) {
    return isJuesuanError(e) ? `不可用（${e.code}）` : `失败：${String((e as Error).message ?? e).slice(0, 80)}`;
  }
}

interface Row {
  file: string;
  pages: number;
  ms: Record<Tool, number | string>;
}
type Tool = 'juesuan' | 'juesuan-2' | 'pdftotext' | 'pdfminer';
const TOOLS: Tool[] = ['juesuan', 'juesuan-2', 'pdftotext', 'pdfminer'];
const LABEL: Record<Tool, string> = { juesuan: `juesuan（${pdfThreads()} 个线程）`, 'juesuan-2': 'juesuan（2 个线程）', pdftotext: 'pdftotext', pdfminer: 'pdfminer' };

/** juesuan reading with JUESUAN_PDF_THREADS=2: a PDF's pages shared between two workers. */
async function inTwoThreads<T>(fn: () => Promise<T>): Promise<T> {
  const before = process.env.JUESUAN_PDF_THREADS;
  process.env.JUESUAN_PDF_THREADS = '2';
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.JUESUAN_PDF_THREADS;
    else process.env.JUESUAN_PDF_THREADS = before;
  }
}

if (!has('pdfinfo', ['-v'])) {
  console.log('需要 poppler-utils（pdfinfo、pdftotext）：apt-get install poppler-utils');
  process.exit(0);
}
const havePdfminer = has('pdf2txt', ['--version']);
const files = await pdfsUnder(root);
const text: Row[] = [];
const scans: { file: string; pages: number; bytes: Uint8Array }[] = [];

for (const file of files) {
  const pageCount = pages(file);
  const bytes = new Uint8Array(await readFile(file));
  if (isScan(file, pageCount)) {
    scans.push({ file, pages: pageCount, bytes });
    continue;
  }
  const ms = {
    juesuan: await time(() => readLayout(file, bytes), true),
    'juesuan-2': await inTwoThreads(() => time(() => readLayout(file, bytes), true)),
    pdftotext: await time(() => execFileSync('pdftotext', ['-layout', file, '-'], EXEC), false),
    pdfminer: havePdfminer ? await time(() => execFileSync('pdf2txt', [file], EXEC), false) : '不可用（未安装 python3-pdfminer）',
  };
  text.push({ file, pages: pageCount, ms });
}

const name = (f: string) => relative(root, f);
const cell = (v: number | string, pageCount: number) => (typeof v === 'number' ? `${((pageCount * 1000) / v).toFixed(1)} 页/秒 (${v.toFixed(0)} ms)` : v);
console.log(`juesuan：${fromSource ? '源码（tsx）' : '构建产物 dist/'}`);
console.log(`文字层 PDF：${text.length} 个，每个工具每个文件 ${n} 次（juesuan 在本进程内、先预热一次；pdftotext/pdf2txt 每次一个进程）`);
for (const r of text) {
  console.log(`${name(r.file)}（${r.pages} 页）`);
  for (const t of TOOLS) console.log(`  ${LABEL[t].padEnd(18)} ${cell(r.ms[t], r.pages)}`);
}

// Totals only over files every measured tool read, so the ratios compare the same pages.
const rate: Partial<Record<Tool, number>> = {};
for (const t of TOOLS) {
  const ok = text.filter((r) => typeof r.ms[t] === 'number');
  if (ok.length === 0 || ok.length < text.length) continue;
  const ms = ok.reduce((a, r) => a + (r.ms[t] as number), 0);
  rate[t] = (ok.reduce((a, r) => a + r.pages, 0) * 1000) / ms;
}
console.log('合计（页/秒）：' + TOOLS.map((t) => `${LABEL[t]} ${rate[t] != null ? rate[t]!.toFixed(1) : '—'}`).join('，'));
const compare = (a: number, b: number) => (a >= b ? `快 ${(a / b).toFixed(2)} 倍` : `慢 ${(b / a).toFixed(2)} 倍`);
for (const t of ['juesuan', 'juesuan-2'] as const) {
  const j = rate[t];
  if (j == null) continue;
  if (rate.pdftotext != null) console.log(`${LABEL[t]} 与 pdftotext：${compare(j, rate.pdftotext)}（目标：慢不超过 2 倍）`);
  if (rate.pdfminer != null) console.log(`${LABEL[t]} 与 pdfminer：${compare(j, rate.pdfminer)}（目标：快至少 5 倍）`);
}
console.log(`（本机 ${availableParallelism()} 个逻辑核；pdftotext 与 pdf2txt 各用一个核）`);
if (rate.juesuan == null) console.log('juesuan 的 PDF 读取尚不可用（未注册 PDF 读取器），比值从略。');

if (scans.length > 0) {
  console.log(`\n扫描件（无文字层）：${scans.length} 个，OCR 各计时一次`);
  const ocrOk = timeOcr && (await ocrAvailable());
  for (const s of scans) {
    const reader = await time(() => readLayout(s.file, s.bytes), false, 1);
    let ocr: string;
    if (!timeOcr) ocr = '已跳过（BENCH_OCR=0）';
    else if (!ocrOk) ocr = '不可用（需要 tesseract-ocr、tesseract-ocr-chi-sim）';
    else {
      const t0 = performance.now();
      await ocrPages(s.bytes, Array.from({ length: s.pages }, (_, i) => i + 1));
      const sec = (performance.now() - t0) / 1000;
      ocr = `${(sec / s.pages).toFixed(2)} 秒/页（${s.pages} 页 ${sec.toFixed(1)} 秒，2 页并行）`;
    }
    console.log(`${name(s.file)}（${s.pages} 页）  juesuan ${typeof reader === 'number' ? `${reader.toFixed(0)} ms` : reader}  OCR ${ocr}`);
  }
}
