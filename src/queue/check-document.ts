import { isJuesuanError } from '../errors.js';
import type { Store } from '../store/db.js';
import { documentBytes, markChecking, markFailed, recordCheck } from '../store/documents.js';
import type { Disclosure } from '../model/disclosure.js';
import { type YearFigures, yearFigures } from '../model/year-figures.js';
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
  const { extractBytes, checkDisclosure } = await import('../check.js');
  let report: ReturnType<typeof checkDisclosure>;
  let model: YearFigures | null;
  try {
    // The extracted model is kept for the year summary (cross-year checks and the analysis pages).
    const doc = await extractBytes(file.fileName, file.bytes);
    report = checkDisclosure(doc);
    model = summaryOf(doc);
  } catch (e) {
    if (!isJuesuanError(e)) throw e;
    await markFailed(db, documentId, e.message);
    return 'failed';
  }
  const wrote = await recordCheck(db, documentId, { ...report, model }, await listOrgs(db));
  await refreshNextYear(db, documentId);
  return wrote ? 'checked' : 'already';
}

/** The year summary, or null when it cannot be made: the check itself stands without it. */
function summaryOf(doc: Disclosure): YearFigures | null {
  try {
    return yearFigures(doc);
  } catch {
    return null;
  }
}
