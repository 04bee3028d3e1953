import type { LayoutDocument } from '../../model/layout.js';
import { readXlsxLayout } from './read-xlsx.js';

/** Bounded-worker job: an XLSX package into the layout model (see bounded.ts, jobs.ts). */
export function parse(bytes: Uint8Array, file: string): LayoutDocument {
  return readXlsxLayout(bytes, file);
}
