import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `juesuan ARGS` from source in a child process; returns exit code and output. */
export function runCli(args: string[], options: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${root}test/helpers/cli-entry.ts`, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
