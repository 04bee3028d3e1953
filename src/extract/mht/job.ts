import type { LayoutDocument } from '../../model/layout.js';
import { readMhtLayout } from './read-mht.js';

/** Bounded-worker job: a web archive (MHT) into the layout model (see ../bounded.ts, ../jobs.ts). */
export function parse(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  return readMhtLayout(bytes, file);
}
