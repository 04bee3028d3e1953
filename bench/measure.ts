// Shared by the benchmarks: one command timed as a process of its own (wall, CPU, peak resident
// memory, by GNU time), and corpus PDFs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Run {
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds, user + system, of the process and its threads; null without GNU time. */
  cpuMs: number | null;
  /** Peak resident memory in MB; null without GNU time. */
  peakMb: number | null;
}

const GNU_TIME = '/usr/bin/time';
export const haveGnuTime = existsSync(GNU_TIME);

/**
 * `cmd args` as run by the benchmarks. With BENCH_PRIORITY=realtime, under `chrt -f 50`: the process
 * and its threads take the CPU before any ordinary process (needs root). On the shared 2-core machine
 * at load 14–22, the Putuo PDF's check took 1.8–10 s of wall time run plainly, even at nice −20 (the
 * kernel shares CPU between sessions before nice counts), and 0.65–0.68 s under chrt.
 */
export function priorityCommand(cmd: string, args: string[]): [string, string[]] {
  return process.env.BENCH_PRIORITY === 'realtime' ? ['chrt', ['-f', '50', cmd, ...args]] : [cmd, args];
}

/** Runs `cmd args` once (output discarded) and measures it; a non-zero exit is no failure (check exits 1 on findings). */
export function runOnce(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const [cmd, args] = priorityCommand(command, commandArgs);
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-'));
  const out = join(dir, 'time');
  const t0 = performance.now();
  try {
    const argv = haveGnuTime ? ['-q', '-o', out, '-f', '%U %S %M', cmd, ...args] : args;
    execFileSync(haveGnuTime ? GNU_TIME : cmd, argv, { env, stdio: 'ignore', timeout: 600_000 });
  } catch (e) {
    if ((e as { status?: number }).status == null) throw e;
  }
  const ms = performance.now() - t0;
  let cpuMs: number | null = null;
  let peakMb: number | null = null;
  if (haveGnuTime) {
    const [u, s, kb] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-3).map(Number) as [number, number, number];
    cpuMs = (u + s) * 1000;
    peakMb = kb / 1024;
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms, cpuMs, peakMb };
}

/** The median of `n` runs for time, the highest peak memory. */
export function runMedian(n: number, cmd: string, args: string[], env?: NodeJS.ProcessEnv): Run {
  const runs = Array.from({ length: n }, () => runOnce(cmd, args, env));
  const mid = <T>(xs: T[], by: (x: T) => number) => [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)] as T;
  const m = mid(runs, (r) => r.ms);
  const peaks = runs.map((r) => r.peakMb).filter((p): p is number => p != null);
  return { ms: m.ms, cpuMs: mid(runs, (r) => r.cpuMs ?? 0).cpuMs, peakMb: peaks.length ? Math.max(...peaks) : null };
}

/** Pages of a PDF, by pdfinfo. */
export function pageCount(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return Number(m?.[1] ?? 0);
}

/** Whether a command can be run. */
export function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
