import type { LayoutDocument } from '../../model/layout.js';
import { readDocxLayout } from './read-docx.js';

/** Bounded-worker job: a DOCX package into the layout model (see ../bounded.ts, ../jobs.ts). */
export function parse(bytes: Uint8Array, file: string): LayoutDocument {
  return readDocxLayout(bytes, file);
}
