import type { LayoutDocument } from '../model/layout.js';

/**
 * Parse jobs that run inside a bounded worker (see bounded.ts). Each is loaded by name in the worker,
 * so only these modules can be run there.
 */
export const JOBS = {
  /** Test job: echoes its input as one paragraph; 'hang' never returns, 'oom' allocates without end. */
  probe: () => import('./probe-job.js'),
  /** XLSX: the OOXML package (bounded unzip, saxes), number formats applied exactly. */
  xlsx: () => import('./xlsx/job.js'),
  /** XLS (BIFF8): SheetJS, confined to the worker because of its open advisories (see xls/job.ts). */
  xls: () => import('./xls/job.js'),
  /** PDF: text layer (pdfjs), lines, furniture, tables and paragraphs from positions. */
  pdf: () => import('./pdf/job.js'),
} satisfies Record<string, () => Promise<{ parse(bytes: Uint8Array, file: string): Promise<LayoutDocument> | LayoutDocument }>>;

export type JobName = keyof typeof JOBS;
