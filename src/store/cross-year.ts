import { and, eq, like, sql } from 'drizzle-orm';
import type { Finding } from '../model/finding.js';
import { parseYearFigures } from '../model/year-figures.js';
import { compareYears } from '../rules/cross-year/index.js';
import { type Db, rowsOf } from './db.js';
import { findingRow } from './finding-key.js';
import { documents, findings } from './schema.js';
import { SERIES_OF } from './series.js';

/**
 * Cross-year findings: a checked document of year Y against the latest checked version of year Y−1 in
 * its series (region and department), from the summaries both checks stored (documents.model). They
 * are findings of the year-Y document, rule `cross-year.*`, replaced as a whole each time.
 */

const SERIES_D = sql.raw(SERIES_OF('d'));
const SERIES_P = sql.raw(SERIES_OF('p'));

/**
 * Recomputes one document's cross-year findings, inside the caller's transaction: deletes its
 * earlier ones and writes the new ones after its other findings. Running it twice writes the same rows.
 */
export async function writeCrossYear(tx: Db, documentId: number): Promise<number> {
  const [doc] = await tx
    .select({ id: documents.id, fileName: documents.fileName, year: documents.year, status: documents.status, model: documents.model })
    .from(documents)
    .where(eq(documents.id, documentId))
    .for('update');
  if (!doc) return 0;
  await tx.delete(findings).where(and(eq(findings.documentId, documentId), like(findings.rule, 'cross-year.%')));
  const current = parseYearFigures(doc.model);
  if (doc.status !== 'checked' || doc.year == null || !current) return 0;
  const [prior] = await rowsOf<{ id: number; file_name: string; year: number; model: unknown }>(
    tx,
    sql`select p.id, p.file_name, p.year, p.model from documents d join documents p on ${SERIES_P} = ${SERIES_D}
      where d.id = ${documentId} and p.year = d.year - 1 and p.status = 'checked' and p.model is not null
      order by p.uploaded_at desc, p.id desc limit 1`,
  );
  const priorFigures = prior ? parseYearFigures(prior.model) : null;
  if (!prior || !priorFigures) return 0;
  const found: Finding[] = compareYears(
    { fileName: doc.fileName, year: doc.year, figures: current },
    { fileName: prior.file_name, year: Number(prior.year), figures: priorFigures },
  );
  if (!found.length) return 0;
  const [{ next }] = (await rowsOf<{ next: number }>(tx, sql`select coalesce(max(ordinal), -1)::int + 1 as next from findings where document_id = ${documentId}`)) as [{ next: number }];
  await tx.insert(findings).values(
    found.map((f, k) => findingRow(documentId, Number(next) + k, f)),
  );
  return found.length;
}

/** The checked documents of the year after this document's, in its series. */
export async function nextYearOf(db: Db, documentId: number): Promise<number[]> {
  const next = await rowsOf<{ id: number }>(
    db,
    sql`select p.id from documents d join documents p on ${SERIES_P} = ${SERIES_D}
      where d.id = ${documentId} and p.year = d.year + 1 and p.status = 'checked' order by p.id`,
  );
  return next.map((r) => Number(r.id));
}

/**
 * After a document of year Y was checked: the checked documents of year Y+1 in its series compare
 * against it now, each in its own transaction. (The document itself was compared with Y−1 when its
 * check was written.) `also`: documents to recompute as well (the old neighbours of a document whose
 * year or department was corrected).
 */
export async function refreshNextYear(db: Db, documentId: number, also: readonly number[] = []): Promise<number[]> {
  const ids = [...new Set([...(await nextYearOf(db, documentId)), ...also])];
  for (const id of ids) await db.transaction((tx) => writeCrossYear(tx as unknown as Db, id));
  return ids;
}

/** After a document's year, region or department was corrected: it and its old and new neighbours. */
export async function refreshAfterCorrection(db: Db, documentId: number, oldNext: readonly number[]): Promise<void> {
  await db.transaction((tx) => writeCrossYear(tx as unknown as Db, documentId));
  await refreshNextYear(db, documentId, oldNext);
}
