import type { Worker, WorkerOptions } from 'node:worker_threads';

/**
 * How a parse worker is started, shared by bounded.ts and by the loader of the one-file build
 * (cli/bundle.ts), which may start the first one before the CLI's script is loaded.
 */

/** Old-generation heap of a parse worker by default, in MB. */
export const DEFAULT_WORKER_MEMORY_MB = 1024;

/**
 * Young generation of a worker. 256 MB paid while pdfjs rebuilt every font for drawing (millions of
 * short-lived objects); reading text only (pdf/pdfjs-text-only.ts) allocates far less. With pdfjs
 * also run without canvas and with zlib (`juesuan check`, three to five runs each on a busy two-core
 * machine): on the 25-page Putuo PDF 16 MB kept 16 MB less peak memory than 32 MB (164 against 180 MB)
 * for the same CPU time; 8 MB saved 9 MB more but took 15% more CPU on a 40-page document.
 */
const YOUNG_GENERATION_MB = 16;

/**
 * The options of a parse worker with this heap limit; `flagsSet`, where the worker says that it has
 * set V8's flags for the process (see `flagsSetSignal`); `oneFile`, that it sets V8's flags for a check
 * of one file (cli/bundle.ts, `tuneForOneFile`).
 */
export function workerOptions(maxMemoryMb: number, evaluated: boolean, flagsSet?: Int32Array, oneFile = false): WorkerOptions {
  return {
    eval: evaluated,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    stdout: false,
    stderr: false,
    ...(flagsSet ? { workerData: { flagsSet, oneFile } } : {}),
  };
}

/**
 * The code a worker evaluates to run the one-file build's worker script through its loader. A worker
 * whose script cannot be run says its flags are set all the same (see `sayFlagsSet`): the thread
 * waiting for that is not kept waiting by a worker that is ending.
 */
export function bundledWorkerCode(script: string, loader: string): string {
  return `try { require(${JSON.stringify(loader)}).runWorkerScript(${JSON.stringify(script)}, require); } catch (e) { const s = require('node:worker_threads').workerData?.flagsSet; if (s) { Atomics.store(s, 0, 1); Atomics.notify(s, 0); } throw e; }`;
}

/**
 * Where the early parse worker (cli/bundle.ts) says that it has set V8's flags for the whole process
 * (pdfium/tier.ts), so that the thread that started it sets them only then: a worker started after they
 * changed compiled every one of Node's own modules it loaded while starting (V8 refuses Node's compiled
 * code of them under other flags), ~40 ms. 0 until said.
 */
export function flagsSetSignal(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Says, in a worker, that the flags are set (nothing when its starter waits for no such word). */
export function sayFlagsSet(signal: unknown): void {
  if (!(signal instanceof Int32Array)) return;
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/** Waits at most `ms` for the worker to say that the flags are set; whether it said so. */
export function waitFlagsSet(signal: Int32Array, ms: number): boolean {
  return Atomics.wait(signal, 0, 0, ms) !== 'timed-out';
}

/** A worker started before the CLI's script loaded, waiting to be taken by bounded.ts. */
export interface EarlyWorker {
  worker: Worker;
  maxMemoryMb: number;
}

const EARLY = Symbol.for('juesuan.earlyWorker');

/** Leaves a started worker for bounded.ts (a global: the loader and the CLI's script are separate builds). */
export function leaveEarlyWorker(early: EarlyWorker): void {
  (globalThis as { [EARLY]?: EarlyWorker })[EARLY] = early;
}

/** Forgets the worker left by the loader if it is this one (it ended before anyone took it). */
export function dropEarlyWorker(worker: Worker): void {
  const g = globalThis as { [EARLY]?: EarlyWorker };
  if (g[EARLY]?.worker === worker) delete g[EARLY];
}

/** The worker left by the loader, once; null when there is none. */
export function takeEarlyWorker(): EarlyWorker | null {
  const g = globalThis as { [EARLY]?: EarlyWorker };
  const early = g[EARLY] ?? null;
  delete g[EARLY];
  return early;
}
