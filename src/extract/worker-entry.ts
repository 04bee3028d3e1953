import { parentPort } from 'node:worker_threads';
import { isJuesuanError } from '../errors.js';
import type { WarmRequest, WorkerReply, WorkerRequest } from './bounded.js';
import { JOBS, type JobModule } from './jobs.js';
import { mark } from '../trace.js';

/**
 * Entry of the bounded parse worker: runs named jobs one at a time as they arrive and posts each
 * result (or typed error) back. The same worker serves many files, so the PDF reader is loaded and compiled once.
 */
async function run({ job, file, bytes, params }: WorkerRequest): Promise<WorkerReply> {
  try {
    mark(`worker: ${job} job`);
    const mod: JobModule = await JOBS[job]();
    const result = await mod.parse(bytes, file, params);
    mark(`worker: ${job} job done`);
    return { ok: true, result };
  } catch (e) {
    if (isJuesuanError(e)) return { ok: false, code: e.code, message: e.message };
    // A parser's own error (English, often a JavaScript TypeError on a damaged structure) is no
    // message for a user: what is said is which file and what to do.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { ok: false, code: 'LIMIT_EXCEEDED', message: nestingMessage(file) };
    }
    return { ok: false, code: 'CORRUPT_FILE', message: corruptMessage(file) };
  }
}

/** What the user is told when a parser failed on a file's structure. */
export function corruptMessage(file: string): string {
  return `无法读取文件 ${file}：文件内部结构已损坏或不完整（读取程序无法解析），可能在下载或复制时出错或被截断。请重新下载，或用原软件打开后重新另存（导出）再检查。`;
}

function nestingMessage(file: string): string {
  return `无法读取文件 ${file}：文件内部结构嵌套过深，超出读取程序的处理能力，不是正常的决算公开文件。请用原软件打开后重新另存（导出）再检查。`;
}

/** Loads a job's code ahead of its first file; a failure here is met again, and reported, by the job itself. */
async function warm({ warm: job }: WarmRequest): Promise<void> {
  try {
    const mod: JobModule = await JOBS[job]();
    await mod.warm?.();
  } catch {
    // reported by the job
  }
}

let firstJobDone: (() => void) | null = null;

/**
 * Has `f` run once, when the first job's reply is ready and before it is sent (the worker may be
 * ended as soon as it is): the one-file build keeps its compiled code then (see cli/bundle.ts).
 */
export function afterFirstJob(f: () => void): void {
  firstJobDone = f;
}

parentPort?.on('message', (req: WorkerRequest | WarmRequest) => {
  if ('warm' in req) void warm(req);
  else
    void run(req).then((reply) => {
      const f = firstJobDone;
      firstJobDone = null;
      try {
        f?.();
      } catch {
        // compiled code not kept: compiled again next time
      }
      parentPort?.postMessage(reply);
    });
});
