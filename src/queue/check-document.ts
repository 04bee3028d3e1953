import { isJuesuanError } from '../errors.js';
import type { Store } from '../store/db.js';
import { documentBytes, markChecking, markFailed, recordCheck } from '../store/documents.js';
import type { CheckJobResult } from './check-job.js';
import { refreshNextYear } from '../store/cross-year.js';
import { listOrgs } from '../store/orgs.js';

/**
 * Checks one stored document and writes its findings, its year summary and its cross-year findings
 * (against last year's stored document), then compares next year's stored documents with it. Safe to run twice for the same document (the
 * queue retries a job whose worker died): the results are written once. A file the readers reject is
 * marked failed with their Chinese message and not retried; anything else is thrown for a retry.
 */
export async function checkDocument(store: Store, documentId: number): Promise<'checked' | 'failed' | 'already'> {
  const { db } = store;
  if (!(await markChecking(db, documentId))) {
    // Written before (a retried job): the next year's documents may not have been compared with it yet.
    await refreshNextYear(db, documentId);
    return 'already';
  }
  const file = await documentBytes(db, documentId);
  if (!file) return 'already';
  const { runBoundedJob } = await import('../extract/bounded.js');
  let out: CheckJobResult;
  try {
    out = await runBoundedJob<CheckJobResult>('check', file.bytes, file.fileName, undefined);
  } catch (e) {
    if (!isJuesuanError(e)) throw e;
    await markFailed(db, documentId, e.message);
    return 'failed';
  }
  // A fault of ours: thrown, so the queue retries it (and marks the document failed after the last try).
  if (!out.ok) throw new Error(`检查程序内部错误：${out.internal}`);
  const { report, model } = out;
  const wrote = await recordCheck(db, documentId, { ...report, model }, await listOrgs(db));
  await refreshNextYear(db, documentId);
  return wrote ? 'checked' : 'already';
}
