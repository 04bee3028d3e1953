import { availableParallelism } from 'node:os';
import type { LayoutDocument } from '../../model/layout.js';
import { runBounded, runBoundedJob } from '../bounded.js';
import type { PositionedPage } from './items.js';
import type { TextLayer, TextLayerShare } from './text-layer.js';

/**
 * Workers that read one PDF's pages at once (JUESUAN_PDF_THREADS, default 1). Sharing the pages out
 * pays only where cores are spare: each worker opens the document and translates its fonts again,
 * and V8's garbage collector already keeps a second core busy during a parse. On the two-core
 * machine measured (with the stock pdfjs that rebuilt fonts, and again with PDFium: 1.9–2.8 s against 1.8–2.0 s for the
 * 25-page Putuo PDF, 180–195 MB against 150), two workers were slower than one.
 */
export function pdfThreads(): number {
  const asked = Number(process.env.JUESUAN_PDF_THREADS);
  const want = Number.isInteger(asked) && asked >= 1 ? asked : 1;
  return Math.max(1, Math.min(want, availableParallelism()));
}

/**
 * Reads a PDF in bounded workers (the reader parses untrusted bytes with time and memory limits): the
 * pages are shared out between `pdfThreads()` workers, and one puts the layout together.
 */
export async function readPdfLayout(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  const of = pdfThreads();
  if (of === 1) return runBounded('pdf', bytes, file);
  const shares = await Promise.all(
    Array.from({ length: of }, (_, part) => runBoundedJob<TextLayer>('pdf-pages', bytes, file, { part, of } satisfies TextLayerShare)),
  );
  const pages: PositionedPage[] = shares.flatMap((s) => s.pages).sort((a, b) => a.page - b.page);
  return runBoundedJob<LayoutDocument>('pdf-layout', bytes, file, { pages });
}
