import { readdir, stat } from '../fs-async.js';
import { basename, join } from 'node:path';
import { JuesuanError } from '../errors.js';
import { formatOfName } from '../model/formats.js';


/**
 * Expands the command-line paths: files as given; directories recursively, taking the files with a
 * checkable extension and leaving out hidden files, Office lock files and READMEs (which describe a folder, not a disclosure).
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let s: Awaited<ReturnType<typeof stat>>;
    try {
      s = await stat(p);
    } catch {
      throw new JuesuanError('NOT_FOUND', `找不到文件或目录：${p}。请检查路径是否正确。`);
    }
    if (s.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    // Hidden files, and Office's owner files (~$name.xlsx) left beside an open document.
    if (e.name.startsWith('.') || e.name.startsWith('~$') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && formatOfName(e.name) != null && !/^readme\b/i.test(basename(e.name))) out.push(full);
  }
  return out;
}
