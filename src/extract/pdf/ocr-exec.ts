import { execFile } from 'node:child_process';
import { JuesuanError } from '../../errors.js';

/**
 * Bounded child processes for OCR: no shell (arguments are passed as an array, so a file name is
 * never interpreted), a wall-clock timeout and a cap on what is read back.
 */
export interface ExecResult {
  stdout: string;
  stderr: string;
}

export interface ExecLimits {
  timeoutMs: number;
  maxOutputBytes: number;
  env?: NodeJS.ProcessEnv;
}

/** Runs `cmd args` and resolves with its output, or rejects with a typed error saying which tool failed. */
export function run(cmd: string, args: readonly string[], limits: ExecLimits): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: limits.timeoutMs, maxBuffer: limits.maxOutputBytes, killSignal: 'SIGKILL', encoding: 'utf8', env: limits.env ?? process.env, windowsHide: true },
      (err, stdout, stderr) => {
        if (!err) return resolve({ stdout, stderr });
        const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: unknown; signal?: string | null };
        if (e.code === 'ENOENT') {
          return reject(new JuesuanError('UNSUPPORTED_FORMAT', `未找到程序 ${cmd}：扫描页的文字识别（OCR）需要安装 tesseract-ocr、tesseract-ocr-chi-sim 和 poppler-utils。`, { cause: err }));
        }
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          return reject(new JuesuanError('LIMIT_EXCEEDED', `${cmd} 的输出超过 ${Math.round(limits.maxOutputBytes / 1024 / 1024)} MB 上限，已中止。`, { cause: err }));
        }
        if (e.killed || e.signal === 'SIGKILL') {
          return reject(new JuesuanError('LIMIT_EXCEEDED', `${cmd} 运行超过 ${Math.round(limits.timeoutMs / 1000)} 秒仍未完成，已中止。页面可能过大或过于复杂。`, { cause: err }));
        }
        // The program's own words (English, on stderr) stay in `cause`; the user is told which program failed.
        const detail = String(stderr).trim().split('\n').slice(-2).join(' ').slice(0, 300);
        reject(new JuesuanError('CORRUPT_FILE', `${cmd} 运行失败（退出码 ${String(e.code)}）`, { cause: Object.assign(err, { stderr: detail }) }));
      },
    );
  });
}

/**
 * Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. On a
 * failure no new call starts and the first error is thrown once the calls in flight have ended, so a
 * caller's clean-up never races a running child.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let firstError: { e: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (firstError == null && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i] as T);
      } catch (e) {
        firstError ??= { e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (firstError != null) throw (firstError as { e: unknown }).e;
  return out;
}
