// Start-up: `node bin/juesuan.js check FILE` as a user runs it, for a short text sample and for the
// 25-page Putuo PDF, each BENCH_N times (default 5) as a process of its own: median wall time, median
// CPU (user + system, all threads) and highest peak resident memory (GNU time), run by run in turn:
//   - from dist/ module by module (JUESUAN_BUNDLE=off: as before the one-file build) or from the one-file build;
//   - cold: an empty cache (JUESUAN_CACHE_DIR, fresh each run: nothing compiled, pdfjs patched anew),
//     or warm: a cache a first run filled (V8's compiled code of the CLI and of pdfjs).
// On a machine shared with other work, wall time swings with the load; CPU time and memory less.
// Run: npm run bench:startup   (builds first); npx tsx bench/startup.ts FILE...  other files.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Run, haveGnuTime, runOnce } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/juesuan.js');
const n = Math.max(1, Number(process.env.BENCH_N ?? 5));
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [join(ROOT, 'samples/changji-prefecture-2024.txt'), join(ROOT, 'test/corpus/putuo-finance-bureau-2024.pdf')];

if (!existsSync(join(ROOT, 'dist/bundle/cli.js'))) {
  console.log('dist/bundle/cli.js 不存在：先运行 npm run build');
  process.exit(1);
}

interface Variant {
  name: string;
  bundle: boolean;
  warm: boolean;
}
const VARIANTS: Variant[] = [
  { name: 'dist/ 逐个模块  冷', bundle: false, warm: false },
  { name: 'dist/ 逐个模块  热', bundle: false, warm: true },
  { name: '单文件构建      冷', bundle: true, warm: false },
  { name: '单文件构建      热', bundle: true, warm: true },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (v: number | null, unit: string, digits = 0) => (v == null ? '—' : `${v.toFixed(digits)} ${unit}`);

console.log(
  `每个文件每种方式 ${n} 次，各为一个进程，轮流运行（中位墙钟时间与 CPU、最高峰值内存${haveGnuTime ? '' : '：未找到 /usr/bin/time，CPU 与内存从略'}）`,
);
for (const file of files) {
  const caches = new Map<Variant, string>();
  const runs = new Map<Variant, Run[]>(VARIANTS.map((v) => [v, []]));
  const envOf = (v: Variant, cache: string) => ({ ...process.env, JUESUAN_OCR: 'off', JUESUAN_BUNDLE: v.bundle ? 'on' : 'off', JUESUAN_CACHE_DIR: cache });
  // A warm cache is filled by one run first, each variant its own.
  for (const v of VARIANTS.filter((v) => v.warm)) {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-startup-'));
    runOnce(process.execPath, [BIN, 'check', file], envOf(v, dir));
    caches.set(v, dir);
  }
  for (let i = 0; i < n; i++) {
    for (const v of VARIANTS) {
      const dir = caches.get(v) ?? mkdtempSync(join(tmpdir(), 'juesuan-startup-'));
      runs.get(v)?.push(runOnce(process.execPath, [BIN, 'check', file], envOf(v, dir)));
      if (!v.warm) rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const dir of caches.values()) rmSync(dir, { recursive: true, force: true });
  console.log(`\n${relative(ROOT, file) || file}`);
  for (const v of VARIANTS) {
    const rs = runs.get(v) ?? [];
    const cpu = rs.map((r) => r.cpuMs).filter((c): c is number => c != null);
    const peaks = rs.map((r) => r.peakMb).filter((p): p is number => p != null);
    console.log(
      `  ${v.name} 墙钟 ${fmt(median(rs.map((r) => r.ms)) / 1000, 's', 2).padStart(7)}` +
        `  CPU ${fmt(cpu.length ? median(cpu) / 1000 : null, 's', 2).padStart(7)}` +
        `  峰值内存 ${fmt(peaks.length ? Math.max(...peaks) : null, 'MB').padStart(7)}`,
    );
  }
}
