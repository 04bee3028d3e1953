// PDF readers compared on the same files (issue 14): every PDF under test/corpus/ read into the text
// layer the layout is built from (positioned text runs and ruling segments), by
//   pdfjs        pdfjs-dist as juesuan uses it for what PDFium cannot read (JUESUAN_PDF_ENGINE=pdfjs;
//                parser patched not to rebuild fonts, compiled code cached),
//   pdfjs-stock  pdfjs-dist as it ships (JUESUAN_PDFJS_STOCK=1: every embedded font rebuilt for drawing),
//   pdfium       PDFium compiled to WebAssembly (@embedpdf/pdfium; the reader; JUESUAN_PDF_ENGINE=pdfium
//                here, no fallback; see src/extract/pdf/pdfium/), skipped with a note when not installed,
//   poppler      `pdftotext -bbox-layout` (words with boxes; no ruling lines, so no tables), a process.
// Each reader runs in a fresh process per file: the time to load it (pdfjs: its scripts; PDFium: the
// WebAssembly compiled), the first document (cold: nothing compiled yet), then the median of BENCH_N
// more reads (warm, as in the server or a folder check), and the process's peak resident memory.
// "layout" says whether the layout built from that reader's text layer is the one built from pdfjs's
// (SHA-256 of the layout without where text stands, as bench/layout-hash.ts). Scans are read without OCR.
// With dist/ built (npm run build), `juesuan check` of each file is timed too, once per reader.
// Run: npx tsx bench/pdf-engines.ts [words]   only the PDFs whose path holds one of the words;
//      BENCH_N=5 (default 3); JUESUAN_PDFIUM_MODULE=/path/to/@embedpdf/pdfium/dist/index.js when the
//      package is not installed beside juesuan.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Run, has, pageCount, runMedian, runOnce } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const BIN = fileURLToPath(new URL('../bin/juesuan.js', import.meta.url));
const n = Math.max(1, Number(process.env.BENCH_N ?? 3));

type Engine = 'pdfjs' | 'pdfjs-stock' | 'pdfium';
const ENV: Record<Engine, NodeJS.ProcessEnv> = {
  pdfjs: { JUESUAN_PDF_ENGINE: 'pdfjs' },
  'pdfjs-stock': { JUESUAN_PDF_ENGINE: 'pdfjs', JUESUAN_PDFJS_STOCK: '1' },
  pdfium: { JUESUAN_PDF_ENGINE: 'pdfium' },
};

/** What a child process reports for one file. */
interface ChildResult {
  loadMs: number;
  firstMs: number;
  warmMs: number;
  /** CPU time (all threads) of the first read and of the median warm one: steadier than wall time on a busy machine. */
  firstCpuMs: number;
  warmCpuMs: number;
  items: number;
  rules: number;
  layout: string;
  peakMb: number;
}

/** In a child: reads one file with the engine its environment names, and prints the result as JSON. */
async function child(file: string): Promise<void> {
  process.env.JUESUAN_OCR = 'off';
  const t0 = performance.now();
  const { readTextLayer, warmPdfjs } = await import('../src/extract/pdf/text-layer.js');
  const { layoutFromPages } = await import('../src/extract/pdf/read-pdf.js');
  await warmPdfjs();
  const loadMs = performance.now() - t0;
  const bytes = new Uint8Array(readFileSync(file));
  const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const first = await readTextLayer(bytes, file);
  const firstMs = performance.now() - t1;
  const firstCpuMs = cpu(process.cpuUsage(c1));
  const times: { ms: number; cpu: number }[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await readTextLayer(bytes, file);
    times.push({ ms: performance.now() - t, cpu: cpu(process.cpuUsage(c)) });
  }
  times.sort((a, b) => a.ms - b.ms);
  const mid = times[Math.floor(times.length / 2)] as { ms: number; cpu: number };
  // Scanned pages carry no text for the layout here (OCR is off): their items are dropped alike.
  const pages = first.pages.map((p) => (p.scanned && p.garbled ? { ...p, items: [] } : p));
  const layout = JSON.stringify(layoutFromPages(pages, file), (k, v: unknown) => (k === 'box' || k === 'spans' ? undefined : v));
  const result: ChildResult = {
    loadMs,
    firstMs,
    warmMs: mid.ms,
    firstCpuMs,
    warmCpuMs: mid.cpu,
    items: first.pages.reduce((s, p) => s + p.items.length, 0),
    rules: first.pages.reduce((s, p) => s + (p.rules?.length ?? 0), 0),
    layout: createHash('sha256').update(layout).digest('hex').slice(0, 16),
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(result));
}

/** Where PDFium's package is, or null (the reader is then skipped). */
function pdfiumModule(): string | null {
  const asked = process.env.JUESUAN_PDFIUM_MODULE;
  if (asked) return existsSync(asked) ? asked : null;
  try {
    return createRequire(import.meta.url).resolve('@embedpdf/pdfium');
  } catch {
    return null;
  }
}

function runChild(engine: Engine, file: string): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', file], {
    cwd: ROOT,
    env: { ...process.env, ...ENV[engine], JUESUAN_OCR: 'off' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 600_000,
  });
  return JSON.parse(out) as ChildResult;
}

async function main(): Promise<void> {
  const { corpusPdfs } = await import('./layout-hash.js');
  const only = process.argv.slice(2);
  const files = (await corpusPdfs()).filter((f) => !only.length || only.some((w) => f.includes(w)));
  const engines: Engine[] = ['pdfjs', 'pdfjs-stock'];
  const pdfium = pdfiumModule();
  if (pdfium) {
    process.env.JUESUAN_PDFIUM_MODULE = pdfium;
    engines.push('pdfium');
  } else console.log('PDFium（@embedpdf/pdfium）未安装：从略。装在别处时用 JUESUAN_PDFIUM_MODULE=…/dist/index.js 指明。');
  const poppler = has('pdftotext', ['-v']) && has('pdfinfo', ['-v']);
  if (!poppler) console.log('poppler-utils（pdftotext、pdfinfo）未安装：从略。');
  const check = existsSync(new URL('../dist/cli/main.js', import.meta.url));
  if (!check) console.log('dist/ 未编译（npm run build）：juesuan check 从略。');

  const fmt = (v: number, w = 6) => v.toFixed(0).padStart(w);
  const totals = new Map<string, { load: number; first: number; warm: number; firstCpu: number; warmCpu: number; pages: number; peak: number; same: number; files: number; check: number; checkCpu: number }>();
  const add = (k: string, r: { load: number; first: number; warm: number; firstCpu: number; warmCpu: number; pages: number; peak: number; same: boolean; check: number; checkCpu: number }) => {
    const t = totals.get(k) ?? { load: 0, first: 0, warm: 0, firstCpu: 0, warmCpu: 0, pages: 0, peak: 0, same: 0, files: 0, check: 0, checkCpu: 0 };
    t.firstCpu += r.firstCpu;
    t.warmCpu += r.warmCpu;
    t.checkCpu += r.checkCpu;
    t.load += r.load;
    t.first += r.first;
    t.warm += r.warm;
    t.pages += r.pages;
    t.peak = Math.max(t.peak, r.peak);
    t.same += r.same ? 1 : 0;
    t.files++;
    t.check += r.check;
    totals.set(k, t);
  };
  console.log(`每个文件每个读取器一个新进程：载入、首个文档（冷）、再读 ${n} 次的中位数（热）、峰值内存；扫描件不做 OCR`);
  console.log(`${'读取器'.padEnd(12)}${'载入ms'.padStart(6)}${'冷ms'.padStart(8)}${'(CPU)'.padStart(7)}${'热ms'.padStart(8)}${'(CPU)'.padStart(7)}${'热页/秒'.padStart(9)}${'峰值MB'.padStart(8)}  版面同 pdfjs  文字块 规线${check ? '  check ms（CPU，峰值）' : ''}`);
  for (const f of files) {
    const abs = `${ROOT}${f}`;
    const pages = poppler ? pageCount(abs) : 0;
    console.log(`${f}${pages ? `（${pages} 页）` : ''}`);
    let reference = '';
    for (const e of engines) {
      const r = runChild(e, abs);
      if (e === 'pdfjs') reference = r.layout;
      const checkRun: Run | null = check ? runOnce(process.execPath, [BIN, 'check', abs], { ...process.env, ...ENV[e], JUESUAN_OCR: 'off' }) : null;
      const same = r.layout === reference;
      add(e, { load: r.loadMs, first: r.firstMs, warm: r.warmMs, firstCpu: r.firstCpuMs, warmCpu: r.warmCpuMs, pages, peak: r.peakMb, same, check: checkRun?.ms ?? 0, checkCpu: checkRun?.cpuMs ?? 0 });
      console.log(
        `  ${e.padEnd(12)}${fmt(r.loadMs, 6)}${fmt(r.firstMs, 8)}${fmt(r.firstCpuMs, 7)}${fmt(r.warmMs, 8)}${fmt(r.warmCpuMs, 7)}${(pages ? (pages * 1000) / r.warmMs : 0).toFixed(0).padStart(9)}${fmt(r.peakMb, 8)}  ${(same ? '是' : '否').padEnd(11)}${String(r.items).padStart(6)} ${String(r.rules).padStart(5)}` +
          (checkRun ? `${fmt(checkRun.ms, 9)}（${fmt(checkRun.cpuMs ?? 0, 0)}，${fmt(checkRun.peakMb ?? 0, 0)} MB）` : ''),
      );
    }
    if (poppler) {
      const r = runMedian(n, 'pdftotext', ['-bbox-layout', '-q', abs, '/dev/null']);
      add('poppler', { load: 0, first: r.ms, warm: r.ms, firstCpu: r.cpuMs ?? 0, warmCpu: r.cpuMs ?? 0, pages, peak: r.peakMb ?? 0, same: false, check: 0, checkCpu: 0 });
      console.log(`  ${'poppler'.padEnd(12)}${'—'.padStart(6)}${fmt(r.ms, 8)}${fmt(r.cpuMs ?? 0, 7)}${fmt(r.ms, 8)}${fmt(r.cpuMs ?? 0, 7)}${(pages ? (pages * 1000) / r.ms : 0).toFixed(0).padStart(9)}${fmt(r.peakMb ?? 0, 8)}  无规线（不能成表）`);
    }
  }
  console.log(`\n合计 ${files.length} 个文件（每文档平均）：读取器、载入 ms、冷读 ms（CPU）、热读 ms（CPU）、热读页/秒、最高峰值 MB、版面与 pdfjs 相同的文件数${check ? '、check ms（CPU）' : ''}`);
  for (const [k, t] of totals) {
    const per = (v: number) => (v / t.files).toFixed(0).padStart(6);
    console.log(
      `  ${k.padEnd(12)}${per(t.load)}${per(t.first)}${per(t.firstCpu)}${per(t.warm)}${per(t.warmCpu)}${(t.pages ? (t.pages * 1000) / t.warm : 0).toFixed(0).padStart(9)}${t.peak.toFixed(0).padStart(8)}  ${k === 'poppler' ? '—' : `${t.same}/${t.files}`}${check && k !== 'poppler' ? `  ${per(t.check)}${per(t.checkCpu)}` : ''}`,
    );
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] as string);
else await main();
