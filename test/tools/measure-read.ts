// Reads one file with readLayout in a fresh process and prints the outcome and the peak memory growth
// as JSON, so a test can bound the memory a hostile file costs without other test workers' noise.
// Usage: npx tsx test/tools/measure-read.ts FILE
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { readLayout } from '../../src/extract/index.js';
import { isJuesuanError } from '../../src/errors.js';
import '../../src/extract/register.js';

const file = process.argv[2] as string;
const bytes = new Uint8Array(await readFile(file));
const before = process.memoryUsage().rss;
let result: { code: string | null; message: string; blocks: number };
try {
  const layout = await readLayout(file, bytes);
  result = { code: null, message: '', blocks: layout.blocks.length };
} catch (e) {
  result = { code: isJuesuanError(e) ? e.code : 'UNEXPECTED', message: e instanceof Error ? e.message : String(e), blocks: 0 };
}
// Peak RSS of this process's own memory. On Linux getrusage's maxRSS of a spawned child can carry the
// parent's size at fork time (a test process with PDF worker threads is large), so the high-water
// mark of the current address space (VmHWM, fresh at exec) is used where there is one.
const peak = highWaterMark() ?? process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ ...result, rssGrowth: Math.max(0, peak - before) })}\n`);

function highWaterMark(): number | null {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
