import type { LayoutDocument } from '../../model/layout.js';
import type { PositionedPage } from './items.js';
import { finishPdf } from './read-pdf.js';

/** Bounded-worker job: the layout of a PDF from the text layer of all its pages (see index.ts). */
export function parse(bytes: Uint8Array, file: string, params: { pages: PositionedPage[] }): Promise<LayoutDocument> {
  return finishPdf(bytes, file, params.pages);
}
