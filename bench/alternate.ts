// Two builds of juesuan timed run by run in turn, so that both meet the same load: `juesuan check FILE`
// in each checkout (each built: npm run build:server), under /usr/bin/time. Prints, per checkout, the
// median and least wall time, CPU time (user + sys) and peak resident memory, and the load average
// before and after. On a shared machine CPU time is the figure to compare.
// Run: npx tsx bench/alternate.ts RUNS FILE CHECKOUT_A CHECKOUT_B
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const [runsArg, file, ...dirs] = process.argv.slice(2);
const runs = Number(runsArg);
if (!file || !Number.isInteger(runs) || runs < 1 || dirs.length < 2) {
  console.error('usage: npx tsx bench/alternate.ts RUNS FILE CHECKOUT_A CHECKOUT_B [...]');
  process.exit(2);
}
const out = join(tmpdir(), `juesuan-alternate-${process.pid}.txt`);

/** One check in `dir`: wall s, CPU s, peak resident MB (GNU time's %e %U %S %M). */
function once(dir: string): { wall: number; cpu: number; rss: number } {
  rmSync(out, { force: true });
  spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, 'node', 'bin/juesuan.js', 'check', file as string], { cwd: dir, stdio: 'ignore' });
  const [e, u, s, m] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number, number];
  return { wall: e, cpu: u + s, rss: m / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const load0 = loadavg()[0] as number;
// A first run each fills the code cache (and the page cache): not counted.
for (const d of dirs) once(d);
const results = new Map(dirs.map((d) => [d, [] as ReturnType<typeof once>[]]));
for (let k = 0; k < runs; k++) for (const d of dirs) results.get(d)?.push(once(d));
rmSync(out, { force: true });
console.log(`${file}: ${runs} runs each, load average ${load0.toFixed(2)} → ${(loadavg()[0] as number).toFixed(2)}`);
for (const [d, rs] of results) {
  const f = (xs: number[]) => `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)})`;
  console.log(`  ${d}: wall ${f(rs.map((r) => r.wall))} s, CPU ${f(rs.map((r) => r.cpu))} s, peak ${median(rs.map((r) => r.rss)).toFixed(1)} MB   (median (least))`);
}
