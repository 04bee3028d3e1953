import type { LayoutDocument } from '../model/layout.js';

/**
 * Parse jobs that run inside a bounded worker (see bounded.ts). Each is loaded by name in the worker,
 * so only these modules can be run there.
 */
export const JOBS = {
  /** Test job: echoes its input as one paragraph; 'hang' never returns, 'oom' allocates without end. */
  probe: () => import('./probe-job.js'),
  /** DOCX: the OOXML package (bounded unzip, saxes with a nesting limit). */
  docx: () => import('./docx/job.js'),
  /** HTML: htmlparser2 with a nesting limit; any quadratic path left in a parser ends at the time limit. */
  html: () => import('./html/job.js'),
  /** MHT (web archive): postal-mime takes the MIME message apart, then the HTML reader reads its page. */
  mht: () => import('./mht/job.js'),
  /** XLSX: the OOXML package (bounded unzip, saxes), number formats applied exactly. */
  xlsx: () => import('./xlsx/job.js'),
  /** XLS (BIFF8): SheetJS, confined to the worker because of its open advisories (see xls/job.ts). */
  xls: () => import('./xls/job.js'),
  /** PDF: text layer (PDFium, else pdfjs), lines, furniture, tables and paragraphs from positions. */
  pdf: () => import('./pdf/job.js'),
  /** PDF, first step when read by several workers: one share of the pages' text layer (PDFium, else pdfjs). */
  'pdf-pages': () => import('./pdf/pages-job.js'),
  /** PDF, last step: the shares put together, scanned pages through OCR, then the layout. */
  'pdf-layout': () => import('./pdf/layout-job.js'),
  /**
   * The workbench's whole check of a stored document (reading, interpretation, rules): off the
   * server's event loop and bounded like a parse. Its own reads run in nested workers as usual.
   */
  check: () => import('../queue/check-job.js'),
} satisfies Record<string, () => Promise<JobModule>>;

/** What a job module exports: `params` are whatever its caller sends along with the bytes. */
export interface JobModule {
  parse(bytes: Uint8Array, file: string, params?: unknown): Promise<unknown> | LayoutDocument;
  /** Loads what the first parse would load (a parser's own code), so that it can be done ahead. */
  warm?(): Promise<void>;
}

export type JobName = keyof typeof JOBS;
