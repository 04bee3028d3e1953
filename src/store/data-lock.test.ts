import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-lock.js';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'juesuan-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('refuses a directory a running process holds, naming it, in Chinese', () => {
    const dir = fresh();
    // The parent of this process is alive for as long as the test runs.
    writeFileSync(join(dir, 'juesuan.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`正由进程 ${process.ppid} 使用`));
  });

  it('takes over a lock left by a process that has ended, and releases it', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'juesuan.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'juesuan.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(() => readFileSync(join(dir, 'juesuan.lock'))).toThrow();
  });
});
