import type { Worker } from 'node:worker_threads';
import { JuesuanError, isJuesuanError } from '../errors.js';
import type { LayoutDocument } from '../model/layout.js';
import type { ExtendRequest } from './deadline.js';
import type { JobName } from './jobs.js';
import { DEFAULT_WORKER_MEMORY_MB, bundledWorkerCode, takeEarlyWorker, workerOptions } from './worker-start.js';

/** Limits of one parse of an untrusted binary file (PDF, XLS) in its own worker thread. */
export interface ParseLimits {
  /** Wall-clock time before the worker is terminated. */
  timeoutMs: number;
  /** Old-generation heap of the worker, in MB; exceeding it ends the worker, not the process. */
  maxMemoryMb: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeoutMs: 120_000, maxMemoryMb: DEFAULT_WORKER_MEMORY_MB };

/** Most time a job may ask for on top of its limit (OCR of a long scan): 30 minutes. */
const MAX_EXTENSION_MS = 30 * 60_000;

/** What a worker posts back: the job's result, or a typed error as plain data (errors do not survive structured clone). */
export type WorkerReply = { ok: true; result: unknown } | { ok: false; code: string; message: string };

// Under vitest/tsx the sources are .ts and the worker needs tsx's loader; the built package runs .js.
const HERE = import.meta.url;
const FROM_SOURCE = HERE.endsWith('.ts');
const ENTRY = new URL(FROM_SOURCE ? './worker-entry.ts' : './worker-entry.js', HERE);

/**
 * The parse worker's one-file build and the loader that runs it (see cli/bundle.ts), when the CLI
 * runs from its own: workers then start from it. Null: from worker-entry in dist/ (or the sources).
 */
let workerScript: { script: string; loader: string } | null = null;

/** Has the workers started from now on run `script` through `loader` (the bundled CLI says so as it loads). */
export function useWorkerScript(script: string, loader: string): void {
  workerScript = { script, loader };
}

/** Called once before the first worker that will change a V8 flag for the whole process starts (see `beforeFlagsChange`). */
let flagsHook: (() => void) | null = null;

/**
 * Has `f` run once, right before the first worker that sets a V8 flag for the whole process
 * (JUESUAN_PDFIUM_TIER_UP=0, pdf/pdfium/tier.ts) starts: the bundled CLI keeps its compiled code then,
 * which V8 would refuse at the next start were it made after the flag changed (see cli/bundle.ts).
 */
export function beforeFlagsChange(f: () => void): void {
  flagsHook = f;
}

/** Asked of a fresh worker before any file: load a job's code now (see `prewarm`). */
export interface WarmRequest {
  warm: JobName;
}

/** One parse asked of the worker. */
export interface WorkerRequest {
  job: JobName;
  file: string;
  bytes: Uint8Array;
  /** What else the job needs (structured-cloneable): which pages, pages read before. */
  params?: unknown;
}

/** Growth of the process's resident memory during a job, in multiples of its heap limit, that ends it. */
const EXTERNAL_MEMORY_FACTOR = 2;
/** How often that growth is looked at: a decompression runs at about 1 GB/s. */
const MEMORY_WATCH_MS = 50;

/** Jobs running now, in all workers. */
let running = 0;
/** Of them, jobs reading a PDF (see `parsingPdf`). */
let runningPdf = 0;

/** PDF jobs: a PDF's parse, which takes long enough for the CLI's thread to do something meanwhile. */
const PDF_JOBS = new Set<JobName>(['pdf', 'pdf-pages', 'pdf-layout']);

/** Whether a worker is reading a PDF now (cli/warm-up.ts uses the time). */
export function parsingPdf(): boolean {
  return runningPdf > 0;
}

/** Jobs a worker serves before it is replaced, so whatever a parser leaves behind cannot pile up. */
const JOBS_PER_WORKER = 100;

interface Slot {
  worker: Worker;
  maxMemoryMb: number;
  served: number;
  /** An idle worker that dies (it should not) is simply forgotten. */
  onIdleExit: () => void;
}

/** Idle workers kept at most: a PDF is read by two at once (see pdf/index.ts). */
const MAX_IDLE = 2;

// The idle workers kept between parses (checking a folder reads file after file): starting a worker
// and compiling pdfjs costs more than parsing a short PDF. Unref'd while idle, so they never keep
// the process alive.
const idle: Slot[] = [];

/**
 * node:worker_threads, loaded when the first worker starts rather than with this module: a check of a
 * text file never starts one, and loading it (with the message ports and streams it brings) was a few
 * milliseconds of every start-up. Taken at once with process.getBuiltinModule (Node 20.16 and later);
 * an older Node imports it before the first parse (`runBoundedJob`) and starts no worker ahead (`prewarm`).
 */
let threads: typeof import('node:worker_threads') | undefined;
function workerThreads(): typeof import('node:worker_threads') | undefined {
  if (!threads && typeof process.getBuiltinModule === 'function') threads = process.getBuiltinModule('node:worker_threads');
  return threads;
}

function spawn(maxMemoryMb: number): Slot {
  if (flagsHook && process.env.JUESUAN_PDFIUM_TIER_UP === '0') {
    const f = flagsHook;
    flagsHook = null;
    try {
      f();
    } catch {
      // compiled code not kept: compiled again next time
    }
  }
  // From source, the worker first registers tsx's loader (execArgv --import is not honoured by workers in Node 20).
  // The one-file build is run by a CommonJS line (an eval'd worker has require()): no ES module loader.
  const script = workerScript
    ? bundledWorkerCode(workerScript.script, workerScript.loader)
    : FROM_SOURCE
      ? `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(ENTRY.href)}); });`
      : ENTRY;
  const { Worker } = workerThreads() as typeof import('node:worker_threads');
  return slotOf(new Worker(script, workerOptions(maxMemoryMb, typeof script === 'string')), maxMemoryMb);
}

function slotOf(worker: Worker, maxMemoryMb: number): Slot {
  const slot: Slot = {
    worker,
    maxMemoryMb,
    served: 0,
    onIdleExit: () => {
      const i = idle.indexOf(slot);
      if (i >= 0) idle.splice(i, 1);
    },
  };
  return slot;
}

/** The worker the one-file build's loader started before the CLI loaded (see cli/bundle.ts), as an idle one. */
function adoptEarlyWorker(): void {
  const early = takeEarlyWorker();
  if (!early) return;
  const slot = slotOf(early.worker, early.maxMemoryMb);
  slot.worker.once('exit', slot.onIdleExit);
  idle.push(slot);
}

function take(limits: ParseLimits): Slot {
  adoptEarlyWorker();
  const i = idle.findIndex((s) => s.maxMemoryMb === limits.maxMemoryMb);
  if (i >= 0) {
    const [slot] = idle.splice(i, 1) as [Slot];
    slot.worker.off('exit', slot.onIdleExit);
    slot.worker.ref();
    return slot;
  }
  return spawn(limits.maxMemoryMb);
}

/** Whether a worker that finished a job waits for the next (see `keepIdleWorkers`). */
let keepIdle = true;

/**
 * Says whether workers that finish a job are kept for jobs to come. `juesuan check` says no once it
 * has begun its last file: the worker then ends as soon as the parse is done instead of holding the
 * parser's memory while the document is interpreted and checked (the peak of a one-PDF check was
 * reached then, with both). Idle workers already waiting (one started by `prewarm`) stay for their job.
 */
export function keepIdleWorkers(keep: boolean): void {
  keepIdle = keep;
}

function giveBack(slot: Slot): void {
  if (!keepIdle || slot.served >= JOBS_PER_WORKER || idle.length >= MAX_IDLE) {
    void slot.worker.terminate();
    return;
  }
  slot.worker.once('exit', slot.onIdleExit);
  slot.worker.unref();
  idle.push(slot);
}

/**
 * Starts a worker for `job` before its first file arrives and has it load the job's code (the PDF reader for
 * a PDF) while the caller loads its own (the checker, the rules): on two cores the two overlap. The
 * worker then waits idle like any other and serves the next job asked with these limits.
 */
export function prewarm(job: JobName, limits: ParseLimits = DEFAULT_PARSE_LIMITS): void {
  adoptEarlyWorker();
  if (!workerThreads() || idle.length >= MAX_IDLE || idle.some((s) => s.maxMemoryMb === limits.maxMemoryMb)) return;
  const slot = spawn(limits.maxMemoryMb);
  const request: WarmRequest = { warm: job };
  slot.worker.postMessage(request);
  giveBack(slot);
}

/**
 * Runs a registered parse job on `bytes` in a worker thread with time and memory limits, so a hostile
 * or huge file ends in a Chinese error message instead of taking the process down. A worker that
 * finished cleanly is kept for the next file; one that failed, ran out of time or memory is ended.
 */
export function runBounded(job: JobName, bytes: Uint8Array, file: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<LayoutDocument> {
  return runBoundedJob<LayoutDocument>(job, bytes, file, undefined, limits, handedOver.delete(bytes));
}

/** Bytes that nothing reads once the one job reading them has them (see `handOver`). */
const handedOver = new WeakSet<Uint8Array>();

/**
 * Says that nothing reads `bytes` once the parse job reading them (`runBounded`) has them: their
 * memory is then moved to its worker (they are empty here after) instead of copied into the message
 * and out of it, which took 25–40 ms for a 4 MB PDF. Only for bytes over the whole of their memory.
 */
export function handOver(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.buffer instanceof ArrayBuffer && bytes.byteLength === bytes.buffer.byteLength) handedOver.add(bytes);
  return bytes;
}

/**
 * As `runBounded`, for a job that takes `params` and answers with something other than a layout;
 * `move`: the bytes' memory is moved to the worker rather than copied (see `handOver`).
 */
export function runBoundedJob<R>(
  job: JobName,
  bytes: Uint8Array,
  file: string,
  params: unknown,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  move = false,
): Promise<R> {
  if (!workerThreads()) {
    return import('node:worker_threads').then((m) => {
      threads = m;
      return runBoundedJob<R>(job, bytes, file, params, limits, move);
    });
  }
  return new Promise((resolve, reject) => {
    const slot = take(limits);
    const worker = slot.worker;
    let settled = false;
    const finish = (f: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      running--;
      if (pdfJob) runningPdf--;
      f();
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) giveBack(slot);
      else void worker.terminate();
    };
    const expire = () =>
        finish(
          () =>
            reject(
              new JuesuanError(
                'LIMIT_EXCEEDED',
                `读取文件 ${file} 超过 ${Math.round((limits.timeoutMs + extended) / 1000)} 秒仍未完成，已中止。文件可能过大或结构异常；请确认文件完整，或用原软件重新导出（另存）后重试。`,
              ),
            ),
        false,
      );
    let timer = setTimeout(expire, limits.timeoutMs);
    let extended = 0;
    const onMessage = (reply: WorkerReply | ExtendRequest) => {
      if ('kind' in reply) {
        // The job knows it has long work ahead (OCR): more time, within a cap.
        const ms = Math.max(0, Math.min(reply.ms, MAX_EXTENSION_MS - extended));
        extended += ms;
        clearTimeout(timer);
        timer = setTimeout(expire, limits.timeoutMs + ms);
        return;
      }
      slot.served++;
      finish(() => {
        if (reply.ok) resolve(reply.result as R);
        else reject(new JuesuanError(reply.code as JuesuanError['code'], reply.message));
      }, true);
    };
    const outOfMemory = () =>
      new JuesuanError(
        'LIMIT_EXCEEDED',
        `读取文件 ${file} 所需内存超过 ${limits.maxMemoryMb} MB 的上限，已中止。文件可能过大或结构异常（例如解压炸弹）；请确认文件是否正确。`,
      );
    // The heap limit does not cover ArrayBuffers (a PDF stream inflates into one): the process's
    // resident memory is watched too. Memory cannot be told apart by thread, so the job is ended when
    // the process grows past twice the limit for each job running alongside (a PDF is two jobs at once).
    running++;
    const pdfJob = PDF_JOBS.has(job);
    if (pdfJob) runningPdf++;
    let alongside = running;
    const rssBase = process.memoryUsage.rss();
    const watch = setInterval(() => {
      alongside = Math.max(alongside, running);
      if (process.memoryUsage.rss() - rssBase > alongside * EXTERNAL_MEMORY_FACTOR * limits.maxMemoryMb * 1024 * 1024) {
        finish(() => reject(outOfMemory()), false);
      }
    }, MEMORY_WATCH_MS);
    const onError = (err: Error & { code?: string }) =>
      finish(() => {
        if (isJuesuanError(err)) return reject(err);
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return reject(outOfMemory());
        // An error the worker did not catch (a parser's stray promise rejection): its text stays in `cause`.
        reject(
          new JuesuanError(
            'CORRUPT_FILE',
            `无法读取文件 ${file}：读取程序在解析时出错，文件内部结构可能已损坏或不完整。请重新下载，或用原软件打开后重新另存（导出）再检查。`,
            { cause: err },
          ),
        );
      }, false);
    const onExit = (code: number) =>
      finish(
        () => reject(new JuesuanError('CORRUPT_FILE', `读取文件 ${file} 的进程意外退出（代码 ${code}）。文件可能已损坏；请重新下载或导出后重试。`)),
        false,
      );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const request: WorkerRequest = { job, file, bytes, params };
    worker.postMessage(request, move ? [bytes.buffer as ArrayBuffer] : undefined);
  });
}
