import { availableParallelism } from 'node:os';

/**
 * Runs `fn` over `items` with at most `limit` at once and gives the results in the items' order.
 * Checking a folder reads several files at once: a PDF is parsed in its own worker thread, so with
 * two files in flight both cores work (one parses while the other's model is checked here).
 */
export async function mapInOrder<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>, limit = availableParallelism()): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const k = next++;
      out[k] = await fn(items[k] as T, k);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return out;
}

/** Files checked at once by one `check`: JUESUAN_JOBS, else one per core. */
export function batchJobs(): number {
  const asked = Number(process.env.JUESUAN_JOBS);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}
