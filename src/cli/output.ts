import { rename, writeFile } from '../fs-async.js';
import { dirname, join } from 'node:path';

/** Writes a whole report or nothing: to a temporary file beside the target, then renamed over it. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, path);
}
