import { parentPort } from 'node:worker_threads';

/** Asked of the parent by a job that learns it has long work ahead (OCR of scanned pages). */
export interface ExtendRequest {
  kind: 'extend';
  ms: number;
}

/**
 * Asks the bounded worker's parent for `ms` more time before the parse is stopped (see bounded.ts,
 * which caps the total). A no-op outside a worker.
 */
export function extendDeadline(ms: number): void {
  const req: ExtendRequest = { kind: 'extend', ms };
  parentPort?.postMessage(req);
}
