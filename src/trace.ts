import { writeSync } from 'node:fs';

/**
 * Stage marks of one check, for measuring where its time goes across threads (JUESUAN_TRACE=1; see
 * bench/timeline.ts). Each mark is one line on standard error: the clock time in milliseconds since
 * 1970 (performance's origin and its clock, so that marks of the CLI's thread and of its parse worker
 * fall on one time line) and the stage, named "worker: …" or "pdf: …" when the parse worker marks it.
 * Written with a blocking write: a worker's `process.stderr` goes through its parent thread, and marks
 * made just before the process ends were lost. Off, a mark costs one comparison. (No thread label from
 * node:worker_threads: the CLI loads that module only when it starts a worker.)
 */
const on = process.env.JUESUAN_TRACE === '1';

/** Marks that `stage` is reached now. */
export function mark(stage: string): void {
  if (on) write(performance.timeOrigin + performance.now(), stage);
}

let started = false;

/** Marks, once, when this process started (the time origin of its main thread: call it from that thread only). */
export function markProcessStart(): void {
  if (!on || started) return;
  started = true;
  write(performance.timeOrigin, 'process start');
}

function write(at: number, stage: string): void {
  try {
    writeSync(2, `juesuan-trace ${at.toFixed(1)} ${stage}\n`);
  } catch {
    // standard error closed: the measurement is lost, the check goes on
  }
}

/** A parsed trace line (see `mark`), or null for any other line. */
export function parseMark(line: string): { at: number; stage: string } | null {
  const m = /^juesuan-trace (\d+(?:\.\d+)?) (.+)$/.exec(line);
  return m ? { at: Number(m[1]), stage: m[2] as string } : null;
}
