import type { LayoutDocument } from '../../model/layout.js';
import { readHtmlLayout } from './read-html.js';

/** Bounded-worker job: an HTML page into the layout model (see ../bounded.ts, ../jobs.ts). */
export function parse(bytes: Uint8Array, file: string): LayoutDocument {
  return readHtmlLayout(bytes, file);
}
