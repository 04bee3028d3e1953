import { extname } from 'node:path';
import { prewarm } from './bounded.js';
import type { JobName } from './jobs.js';
import { pdfThreads } from './pdf/index.js';

/** The parse job a file's extension points to; the content decides in the end (index.ts, `detectFormat`). */
const JOB_BY_EXTENSION: Record<string, () => JobName> = {
  '.pdf': () => (pdfThreads() === 1 ? 'pdf' : 'pdf-pages'),
  '.docx': () => 'docx',
  // Read as the DOCX LibreOffice makes of them.
  '.doc': () => 'docx',
  '.wps': () => 'docx',
  '.rtf': () => 'docx',
  '.html': () => 'html',
  '.htm': () => 'html',
  '.xhtml': () => 'html',
  '.mht': () => 'mht',
  '.mhtml': () => 'mht',
  '.xlsx': () => 'xlsx',
  '.xls': () => 'xls',
};

/**
 * Starts the parse worker the first of `files` will need, and has it load its parser, while the
 * caller goes on loading the checker: checking one PDF no longer waits for the worker to start and
 * pdfjs to load after the rules have loaded. A guess from the extension; a wrong one costs an idle worker.
 */
export function prewarmFor(files: readonly string[]): void {
  for (const f of files) {
    const job = JOB_BY_EXTENSION[extname(f).toLowerCase()];
    if (job) return prewarm(job());
  }
}
