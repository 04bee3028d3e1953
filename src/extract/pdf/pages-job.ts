import { type TextLayer, type TextLayerShare, readTextLayer } from './text-layer.js';

export { warmPdfjs as warm } from './text-layer.js';

/** Bounded-worker job: the text layer of one interleaved share of a PDF's pages (see index.ts). */
export function parse(bytes: Uint8Array, file: string, share: TextLayerShare): Promise<TextLayer> {
  return readTextLayer(bytes, file, share);
}
