import type { LayoutDocument } from '../../model/layout.js';
import { parsePdf } from './read-pdf.js';

export { warmPdfjs as warm } from './text-layer.js';

/** The PDF parse job of the bounded worker (see ../bounded.ts, ../jobs.ts). */
export function parse(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  return parsePdf(bytes, file);
}
