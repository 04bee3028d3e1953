// The process that checks fuzzed files for the harness (harness.ts): one file per message, answered
// with the outcome, the time taken and this process's peak memory during that file. It runs apart
// so that a hang or a crash is seen by the harness, which ends it and starts another.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkBytes } from '../../src/check.js';
import { isJuesuanError } from '../../src/errors.js';

export interface ChildRequest {
  name: string;
  bytes: Uint8Array;
}
export interface ChildReply {
  outcome: 'findings' | 'error' | 'crash';
  code: string | null;
  message: string;
  findings: number;
  ms: number;
  /** Peak resident memory of the process while this file was checked, in bytes (null where unknown). */
  peakRss: number | null;
}

/** Resets the kernel's high-water mark of resident memory, so VmHWM is this file's peak alone. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
function peak(): number | null {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

process.on('message', (req: ChildRequest) => {
  void (async () => {
    const canReset = resetPeak();
    const t0 = performance.now();
    let reply: Omit<ChildReply, 'ms' | 'peakRss'>;
    try {
      const report = await checkBytes(req.name, new Uint8Array(req.bytes));
      // A rule that threw is a program defect on this input, reported in coverage rather than raised.
      const broken = report.coverage.skipped.find((s) => s.reason.startsWith('规则执行出错'));
      reply = broken
        ? { outcome: 'crash', code: null, message: `rule ${broken.rule}: ${broken.reason}`, findings: report.findings.length }
        : { outcome: 'findings', code: null, message: '', findings: report.findings.length };
    } catch (e) {
      reply = isJuesuanError(e)
        ? { outcome: 'error', code: e.code, message: e.message, findings: 0 }
        : { outcome: 'crash', code: null, message: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e), findings: 0 };
    }
    const ms = performance.now() - t0;
    process.send?.({ ...reply, ms, peakRss: canReset ? peak() : null } satisfies ChildReply);
  })();
});
// The harness gone (ended or killed): nothing left to answer.
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
