// The workbench under a bureau's upload: BENCH_DOCS (200) distinct documents uploaded at once through
// the API (concurrent requests of 20 files), timed until every one is checked. Reports documents per
// minute in all and per worker, and the server's resident memory (peak and at the end).
// The server runs as built (dist/), as `npm start` runs it, in its own process on a fresh PGlite; with
// DATABASE_URL it uses that PostgreSQL server and BENCH_WORKERS (0) extra `juesuan worker` processes.
// Documents: the three samples as text and the corpus prints of them as PDF (BENCH_PDF_SHARE, 0.2),
// each made distinct by a trailing comment line (text) or bytes after %%EOF (PDF), which readers ignore.
// Run: npm run bench:workbench   (builds first)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiClient } from '../test/workbench/client.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/juesuan.js');
const DOCS = Number(process.env.BENCH_DOCS ?? 200);
const PDF_SHARE = Number(process.env.BENCH_PDF_SHARE ?? 0.2);
const EXTRA_WORKERS = Number(process.env.BENCH_WORKERS ?? 0);
const PORT = 18080 + Math.floor(Math.random() * 1000);
const PASSWORD = 'bench-password-123';
const dataDir = mkdtempSync(join(tmpdir(), 'juesuan-bench-'));

const texts = ['changji-prefecture-2024.txt', 'guangyuan-city-2024.txt', 'rongcheng-city-2024.md'].map((f) => ({ f, b: readFileSync(join(ROOT, 'samples', f)) }));
const pdfs = ['changji-prefecture-2024.libreoffice.pdf', 'guangyuan-city-2024.libreoffice.pdf', 'rongcheng-city-2024.libreoffice.pdf'].map((f) => ({ f, b: readFileSync(join(ROOT, 'test/corpus/pdf', f)) }));
const files = Array.from({ length: DOCS }, (_, k) => {
  const pdf = k < Math.round(DOCS * PDF_SHARE);
  const src = (pdf ? pdfs : texts)[k % 3] as { f: string; b: Buffer };
  const tail = pdf ? `\n% bench copy ${k}\n` : `\n（第${k}份）\n`;
  return { name: `${String(k).padStart(3, '0')}-${src.f}`, bytes: new Uint8Array(Buffer.concat([src.b, Buffer.from(tail)])) };
});

const env = { ...process.env, PORT: String(PORT), JUESUAN_DATA_DIR: dataDir, JUESUAN_ADMIN_PASSWORD: PASSWORD, JUESUAN_SEED: '0', JUESUAN_OCR: 'off' };
const server = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const workers: ChildProcess[] = [];
if (process.env.DATABASE_URL) for (let i = 0; i < EXTRA_WORKERS; i++) workers.push(spawn(process.execPath, [BIN, 'worker'], { env, stdio: 'ignore' }));

/** Resident and peak resident memory of a process in MB, from /proc. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? 0);
};

try {
  const client = new ApiClient(`http://localhost:${PORT}`);
  for (let i = 0; ; i++) {
    if ((await fetch(`${client.base}/api/health`).catch(() => null))?.ok) break;
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  await client.login('admin', PASSWORD);
  const idle = memory(server.pid as number);
  const t0 = performance.now();
  const batches = [];
  for (let i = 0; i < files.length; i += 20) batches.push(files.slice(i, i + 20));
  await Promise.all(batches.map(async (b) => {
    const res = await client.upload(b);
    if (res.status !== 201) throw new Error(`upload ${res.status}: ${await res.text()}`);
  }));
  const uploaded = performance.now() - t0;
  let peak = idle.peak;
  // How long a reviewer waits for an answer while the server is checking: the queue state's latency.
  const latencies: number[] = [];
  for (;;) {
    const asked = performance.now();
    const q = await client.json<{ queued: number; checking: number; checked: number; failed: number }>('/api/queue');
    latencies.push(performance.now() - asked);
    peak = Math.max(peak, memory(server.pid as number).peak);
    if (q.queued + q.checking === 0) {
      const all = performance.now() - t0;
      const inProcess = Number(process.env.JUESUAN_JOBS ?? Math.min(2, availableParallelism()));
      const perMinute = (q.checked + q.failed) / (all / 60000);
      const lines = [
        `documents: ${DOCS} (${Math.round(DOCS * PDF_SHARE)} PDF, ${DOCS - Math.round(DOCS * PDF_SHARE)} text); database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`,
        `uploaded in ${(uploaded / 1000).toFixed(1)} s; all checked in ${(all / 1000).toFixed(1)} s (checked ${q.checked}, failed ${q.failed})`,
        `throughput: ${perMinute.toFixed(1)} documents/min; workers: ${inProcess} in the server${workers.length ? ` + ${workers.length} processes` : ''}; ${(perMinute / (inProcess + workers.length)).toFixed(1)} documents/min per worker`,
        `API latency while checking (GET /api/queue, ${latencies.length} samples): median ${pct(latencies, 0.5)} ms, 95th percentile ${pct(latencies, 0.95)} ms, max ${pct(latencies, 1)} ms`,
        `server memory: idle ${idle.rss.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, at end ${memory(server.pid as number).rss.toFixed(0)} MB`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
} finally {
  for (const w of workers) w.kill('SIGTERM');
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
