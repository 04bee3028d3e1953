// pdfjs-dist ships no types for its worker module; juesuan only hands it back to pdfjs (see text-layer.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
