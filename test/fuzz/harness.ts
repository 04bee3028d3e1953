import { type ChildProcess, fork } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChildReply } from './child.js';
import { type BaseFile, loadCorpus } from './corpus.js';
import { type Mutant, mutate } from './mutate.js';
import { Random } from './random.js';

export interface FuzzOptions {
  /** Mutated files to check. */
  n: number;
  seed: number;
  /** Only base files of these formats (all when empty). */
  formats?: BaseFile['format'][];
  /** A file still unanswered after this long is a hang; the product's own parse limit is 120 s. */
  hangMs?: number;
  /**
   * Growth of resident memory over the idle checker process past which a file is a failure. The
   * product's own bound (bounded.ts) ends a parse when the process grows past twice the worker's
   * 1024 MB heap limit; the default adds the worker's 256 MB young generation to that.
   */
  maxGrowthBytes?: number;
  /** Checker processes run at once (default 1); the mutants and their order do not depend on it. */
  jobs?: number;
  /** Where reproducers of failures are written (none when null). */
  artifacts?: string | null;
  onResult?: (r: FuzzResult, i: number) => void;
}

export type Outcome = 'findings' | 'error' | 'raw-message' | 'crash' | 'hang' | 'memory';

export interface FuzzResult {
  name: string;
  mutation: string;
  outcome: Outcome;
  code: string | null;
  message: string;
  ms: number;
  peakRss: number | null;
}

export interface FuzzSummary {
  results: FuzzResult[];
  counts: Record<Outcome, number>;
  codes: Record<string, number>;
  failures: FuzzResult[];
  slowest: FuzzResult[];
  peakRss: number | null;
  baseRss: number | null;
}

const FAILURES: readonly Outcome[] = ['raw-message', 'crash', 'hang', 'memory'];

/**
 * Text that a user-facing message must never carry: JavaScript's own error wording, stack lines,
 * English error sentences from a library. The file name is removed first (it may be anything).
 */
export function rawJsText(message: string, file: string): string | null {
  const m = message.split(file).join('');
  const patterns = [
    /\b(?:Type|Range|Reference|Syntax|Eval|URI|Aggregate)?Error\b/,
    /\bCannot (?:read|set|convert|access|find)\b/i,
    /\b(?:undefined|null|NaN)\b/,
    /\bis not (?:a function|defined|iterable|an? \w+)\b/i,
    /\bunhandled\b|\bpromise\b|\brejection\b/i,
    /\bat [\w.<>]+ \(|\bnode:internal\b|\.(?:m?js|ts):\d+/,
    /\bUnexpected\b|\bInvalid\b|\binvalid\b|\bunexpected\b|\bMaximum call stack\b/,
    // Three or more English words in a row: a library's sentence, not ours.
    /\b[A-Za-z]{2,}(?: [a-z]{2,}){2,}\b/,
  ];
  const hit = patterns.map((p) => p.exec(m)).find((x) => x);
  return hit ? hit[0] : null;
}

/** Whether a message reads as the project's own: Chinese, and free of raw JavaScript text. */
export function classify(reply: ChildReply, name: string, maxGrowth: number, baseRss: number | null): Outcome {
  if (reply.outcome === 'crash') return 'crash';
  if (reply.peakRss != null && baseRss != null && reply.peakRss - baseRss > maxGrowth) return 'memory';
  if (reply.outcome === 'error' && (rawJsText(reply.message, name) || !/[\u4e00-\u9fa5]{4}/.test(reply.message))) return 'raw-message';
  return reply.outcome;
}

/** A checker process that can be asked one file at a time, and ended when it hangs. */
class Checker {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;

  private start(): Promise<void> {
    const child = fork(join(import.meta.dirname, 'child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr?.resume();
    this.child = child;
    this.ready = new Promise((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`checker exited at start (${code})`)));
    });
    return this.ready;
  }

  async check(m: Mutant, hangMs: number): Promise<ChildReply | 'hang' | 'exit'> {
    if (!this.child) await this.start();
    await this.ready;
    const child = this.child as ChildProcess;
    return new Promise((resolve) => {
      const done = (r: ChildReply | 'hang' | 'exit') => {
        clearTimeout(timer);
        child.off('message', onMessage).off('exit', onExit);
        if (r === 'hang' || r === 'exit') this.stop();
        resolve(r);
      };
      const onMessage = (r: ChildReply) => done(r);
      const onExit = () => done('exit');
      const timer = setTimeout(() => done('hang'), hangMs);
      child.on('message', onMessage).on('exit', onExit);
      child.send({ name: m.name, bytes: m.bytes });
    });
  }

  /** Resident memory of the idle process (with its warm workers), the base that growth is measured from. */
  async idleRss(): Promise<number | null> {
    const probe: Mutant = { name: 'probe.txt', bytes: new TextEncoder().encode('探测'), mutation: '' };
    const r = await this.check(probe, 60_000);
    return typeof r === 'object' ? r.peakRss : null;
  }

  stop(): void {
    if (this.child && this.child.exitCode == null) this.child.kill('SIGKILL');
    this.child = null;
    this.ready = null;
  }
}

/**
 * Mutates the corpus `n` times from `seed` and checks every mutant in a separate process: each must
 * end in findings or in a JuesuanError with a Chinese message, within the hang limit and the memory
 * bound. Failures are written to `artifacts` as reproducers (the file and a .json saying what happened).
 */
export async function runFuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const hangMs = o.hangMs ?? 150_000;
  const maxGrowth = o.maxGrowthBytes ?? (2 * 1024 + 256) * 1024 * 1024;
  const corpus = (await loadCorpus()).filter((b) => !o.formats?.length || o.formats.includes(b.format));
  const formats = [...new Set(corpus.map((b) => b.format))];
  const r = new Random(o.seed);
  const checkers = Array.from({ length: Math.max(1, o.jobs ?? 1) }, () => new Checker());
  const results: FuzzResult[] = [];
  try {
    const baseRss = await (checkers[0] as Checker).idleRss();
    let next = 0;
    // Mutants are made in index order from one random stream, whichever checker takes them.
    const take = (): { i: number; m: Mutant } | null => {
      if (next >= o.n) return null;
      const i = next++;
      // Formats taken in turn (a short run reaches every one; PDFs, the slowest, are not most of a run).
      const format = formats[(i + o.seed) % formats.length] as BaseFile['format'];
      return { i, m: mutate(r.pick(corpus.filter((b) => b.format === format)), r, i) };
    };
    await Promise.all(
      checkers.map(async (checker) => {
        for (let job = take(); job; job = take()) {
          const { i, m } = job;
          const reply = await checker.check(m, hangMs);
          const result: FuzzResult =
            typeof reply === 'object'
              ? { name: m.name, mutation: m.mutation, outcome: classify(reply, m.name, maxGrowth, baseRss), code: reply.code, message: reply.message, ms: reply.ms, peakRss: reply.peakRss }
              : { name: m.name, mutation: m.mutation, outcome: reply === 'hang' ? 'hang' : 'crash', code: null, message: reply === 'hang' ? `no answer in ${hangMs} ms` : 'checker process died', ms: reply === 'hang' ? hangMs : 0, peakRss: null };
          results[i] = result;
          o.onResult?.(result, i);
          if (FAILURES.includes(result.outcome) && o.artifacts) await writeReproducer(o.artifacts, m, result, o.seed);
        }
      }),
    );
    return summarize(results, baseRss);
  } finally {
    for (const c of checkers) c.stop();
  }
}

async function writeReproducer(dir: string, m: Mutant, r: FuzzResult, seed: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, m.name), m.bytes);
  await writeFile(join(dir, `${m.name}.json`), `${JSON.stringify({ seed, ...r }, null, 2)}\n`);
}

function summarize(results: FuzzResult[], baseRss: number | null): FuzzSummary {
  const counts = { findings: 0, error: 0, 'raw-message': 0, crash: 0, hang: 0, memory: 0 } as Record<Outcome, number>;
  const codes: Record<string, number> = {};
  for (const r of results) {
    counts[r.outcome]++;
    if (r.code) codes[r.code] = (codes[r.code] ?? 0) + 1;
  }
  const peaks = results.map((r) => r.peakRss).filter((p): p is number => p != null);
  return {
    results,
    counts,
    codes,
    failures: results.filter((r) => FAILURES.includes(r.outcome)),
    slowest: [...results].sort((a, b) => b.ms - a.ms).slice(0, 10),
    peakRss: peaks.length ? Math.max(...peaks) : null,
    baseRss,
  };
}
