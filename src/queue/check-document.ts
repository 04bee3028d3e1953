import { isJuesuanError } from '../errors.js';
import type { Store } from '../store/db.js';
import { documentBytes, markChecking, markFailed, recordCheck } from '../store/documents.js';
import { listOrgs } from '../store/orgs.js';

/**
 * Checks one stored document and writes its findings. Safe to run twice for the same document (the
 * queue retries a job whose worker died): the results are written once. A file the readers reject is
 * marked failed with their Chinese message and not retried; anything else is thrown for a retry.
 */
export async function checkDocument(store: Store, documentId: number): Promise<'checked' | 'failed' | 'already'> {
  const { db } = store;
  if (!(await markChecking(db, documentId))) return 'already';
  const file = await documentBytes(db, documentId);
  if (!file) return 'already';
  const { checkBytes } = await import('../check.js');
  let report: Awaited<ReturnType<typeof checkBytes>>;
  try {
    report = await checkBytes(file.fileName, file.bytes);
  } catch (e) {
    if (!isJuesuanError(e)) throw e;
    await markFailed(db, documentId, e.message);
    return 'failed';
  }
  const wrote = await recordCheck(db, documentId, report, await listOrgs(db));
  return wrote ? 'checked' : 'already';
}
