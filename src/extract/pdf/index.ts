import type { LayoutDocument } from '../../model/layout.js';
import { runBounded } from '../bounded.js';

/** Reads a PDF in the bounded worker: pdfjs parses untrusted bytes with time and memory limits. */
export function readPdfLayout(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  return runBounded('pdf', bytes, file);
}
