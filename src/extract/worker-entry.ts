import { parentPort } from 'node:worker_threads';
import { isJuesuanError } from '../errors.js';
import type { WorkerReply, WorkerRequest } from './bounded.js';
import { JOBS, type JobModule } from './jobs.js';

/**
 * Entry of the bounded parse worker: runs named jobs one at a time as they arrive and posts each
 * result (or typed error) back. The same worker serves many files, so pdfjs is loaded and compiled once.
 */
async function run({ job, file, bytes, params }: WorkerRequest): Promise<WorkerReply> {
  try {
    const mod: JobModule = await JOBS[job]();
    return { ok: true, result: await mod.parse(bytes, file, params) };
  } catch (e) {
    if (isJuesuanError(e)) return { ok: false, code: e.code, message: e.message };
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, code: 'CORRUPT_FILE', message: `无法读取文件 ${file}：${msg}。文件可能已损坏；请重新下载或导出后重试。` };
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  void run(req).then((reply) => parentPort?.postMessage(reply));
});
