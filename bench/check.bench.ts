// Throughput of `check`: every sample checked N times in one process, after warm-up.
// Run: npm run bench:check   (N defaults to 100; BENCH_N=20 npm run bench:check for a quick look)
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkBytes } from '../src/check.js';

const dir = new URL('../samples/', import.meta.url).pathname;
const n = Number(process.env.BENCH_N ?? 100);
const files = (await readdir(dir)).filter((f) => /\.(txt|md|html|docx)$/.test(f)).sort();
const inputs = await Promise.all(files.map(async (f) => ({ f, bytes: new Uint8Array(await readFile(join(dir, f))) })));

for (const { f, bytes } of inputs) for (let i = 0; i < 5; i++) await checkBytes(f, bytes); // warm-up

let total = 0;
const t0 = performance.now();
for (const { f, bytes } of inputs) {
  const s = performance.now();
  for (let i = 0; i < n; i++) await checkBytes(f, bytes);
  const ms = performance.now() - s;
  total += n;
  console.log(`${f.padEnd(36)} ${(ms / n).toFixed(2).padStart(8)} ms/文档  ${((n * 1000) / ms).toFixed(1).padStart(8)} 文档/秒`);
}
const elapsed = (performance.now() - t0) / 1000;
console.log(`合计 ${total} 次检查，用时 ${elapsed.toFixed(2)} 秒，${(total / elapsed).toFixed(1)} 文档/秒（单进程，单核）`);
