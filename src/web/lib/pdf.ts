// pdf.js set up for the intranet: the worker is bundled by Vite, and CMaps (needed by most Chinese
// PDFs, whose fonts are CID-keyed), standard fonts and wasm decoders are served from our own origin
// under /pdfjs/ (see the pdfjsAssets plugin in vite.config.ts). Nothing is fetched from a CDN.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const assetBase = new URL('pdfjs/', new URL(import.meta.env.BASE_URL, window.location.origin)).href;

export function openPdf(url: string): pdfjs.PDFDocumentLoadingTask {
  return pdfjs.getDocument({
    url,
    withCredentials: true,
    cMapUrl: `${assetBase}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assetBase}standard_fonts/`,
    wasmUrl: `${assetBase}wasm/`,
    iccUrl: `${assetBase}iccs/`,
  });
}

export type { PDFDocumentProxy, PDFPageProxy, PageViewport } from 'pdfjs-dist';
export type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
