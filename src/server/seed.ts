import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queue } from '../queue/queue.js';
import type { Store } from '../store/db.js';
import { addUpload } from '../store/documents.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The real documents a newcomer sees at first start: the samples and the corpus's published documents. */
export async function seedFiles(root = ROOT): Promise<string[]> {
  const list = async (dir: string, keep: RegExp) =>
    (await readdir(join(root, dir)).catch(() => [] as string[])).filter((f) => keep.test(f)).sort().map((f) => join(root, dir, f));
  return [
    ...(await list('samples', /\.(txt|md|pdf|docx|html)$/i)),
    // The corpus's published documents; its derived test files (one table cut out, wrapped copies) are not documents.
    ...(await list('test/corpus', /(\.pdf|\.copied\.txt)$/i)),
  ];
}

/** Uploads the seed documents as the given user and queues them; returns how many were new. */
export async function seed(store: Store, queue: Queue, userId: number, files: readonly string[]): Promise<number> {
  let added = 0;
  for (const path of files) {
    const bytes = new Uint8Array(await readFile(path));
    const fileName = path.split('/').pop() as string;
    const { id, duplicate } = await addUpload(store.db, { fileName, bytes, userId, orgId: null });
    if (!duplicate) {
      await queue.enqueue(id);
      added++;
    }
  }
  return added;
}
