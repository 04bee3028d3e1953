// Where one `juesuan check FILE` spends its wall time, thread by thread: runs the CLI as a user does
// (`node bin/juesuan.js check FILE`, BENCH_N times, default 7) with JUESUAN_TRACE=1 (src/trace.ts)
// and prints, for each stage mark of the CLI's thread and of its parse worker, the median time since
// the process started, and the median time from the mark before it. With BENCH_PRIORITY=realtime (root
// and util-linux's chrt), each run is given the CPU before any other process (SCHED_FIFO): on a
// machine busy with other work, wall times then come near an idle machine's (see bench/measure.ts).
// Run: npm run build && npx tsx bench/timeline.ts [FILE]   (default: the 25-page corpus PDF)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMark } from '../src/trace.js';
import { priorityCommand } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? join(ROOT, 'test/corpus/putuo-finance-bureau-2024.pdf');
const n = Math.max(1, Number(process.env.BENCH_N ?? 7));

/** The stage marks of one run, as milliseconds since the process started, in time order. */
function traceOnce(): { stage: string; ms: number }[] {
  const [cmd, args] = priorityCommand(process.execPath, [join(ROOT, 'bin/juesuan.js'), 'check', file]);
  let stderr = '';
  try {
    execFileSync(cmd, args, { env: { ...process.env, JUESUAN_TRACE: '1' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    // check exits 1 when it finds something: its trace is there all the same
    stderr = String((e as { stderr?: string }).stderr ?? '');
    if ((e as { status?: number }).status == null) throw e;
  }
  const marks = stderr.split('\n').flatMap((l) => parseMark(l) ?? []).sort((a, b) => a.at - b.at);
  const start = marks.find((m) => m.stage === 'process start')?.at ?? marks[0]?.at ?? 0;
  return marks.filter((m) => m.stage !== 'process start').map((m) => ({ stage: m.stage.replace(file, 'FILE'), ms: m.at - start }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const runs = Array.from({ length: n }, traceOnce);
const stages = runs[0]?.map((m) => m.stage) ?? [];
console.log(`${file}：${n} 次，各阶段距进程启动的中位毫秒数（括号内为距上一标记）${process.env.BENCH_PRIORITY === 'realtime' ? '，实时优先级' : ''}`);
let before = 0;
for (const stage of stages) {
  const at = median(runs.map((r) => r.find((m) => m.stage === stage)?.ms ?? Number.NaN).filter((x) => !Number.isNaN(x)));
  console.log(`${at.toFixed(0).padStart(6)} (${(at - before).toFixed(0).padStart(4)})  ${stage}`);
  before = at;
}
