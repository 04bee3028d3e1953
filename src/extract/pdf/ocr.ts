import type { PositionedPage } from './items.js';

/**
 * The OCR seam: recognises the text of page images for the pages of a PDF that have no text layer
 * (scans). Returns their items, or null when no recognition is available; the reader then reports
 * those pages as not read. This minimal version recognises nothing.
 */
export async function ocrPages(_bytes: Uint8Array, _pages: number[]): Promise<PositionedPage[] | null> {
  return null;
}
