import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { JuesuanError } from '../errors.js';

/**
 * Claims a PGlite data directory for this process. PGlite is PostgreSQL in one process, with no
 * postmaster to refuse a second one: two servers on one directory would corrupt it. A lock file
 * holds the owner's pid; one left by a process that no longer runs is taken over.
 * Returns the function that releases the claim.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, 'juesuan.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (owner && owner !== process.pid && alive(owner)) {
        throw new JuesuanError('SERVER', `数据目录 ${dataDir} 正由进程 ${owner} 使用（另一个 juesuan serve）。请先停止它，或用 JUESUAN_DATA_DIR 指定另一个目录。`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new JuesuanError('SERVER', `无法锁定数据目录 ${dataDir}。`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
