import { parentPort, workerData } from 'node:worker_threads';
import { isJuesuanError } from '../errors.js';
import type { WorkerReply } from './bounded.js';
import { JOBS, type JobName } from './jobs.js';

/** Entry of the bounded parse worker: runs one named job and posts its layout or its error back. */
const { job, file, bytes } = workerData as { job: JobName; file: string; bytes: Uint8Array };

async function main(): Promise<WorkerReply> {
  try {
    const mod = await JOBS[job]();
    return { ok: true, layout: await mod.parse(bytes, file) };
  } catch (e) {
    if (isJuesuanError(e)) return { ok: false, code: e.code, message: e.message };
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, code: 'CORRUPT_FILE', message: `无法读取文件 ${file}：${msg}。文件可能已损坏；请重新下载或导出后重试。` };
  }
}

parentPort?.postMessage(await main());
