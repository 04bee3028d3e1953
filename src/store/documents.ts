import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DocumentReport } from '../check.js';
import { formatOfName } from '../model/formats.js';
import { type Db, rowsOf } from './db.js';
import { SERIES_OF } from './series.js';
import { writeCrossYear } from './cross-year.js';
import { findingRow } from './finding-key.js';
import { matchOrg, type OrgRow } from './orgs.js';
import { documents, files, findings } from './schema.js';
import type { Scope } from './scope.js';

export type DocumentStatus = 'queued' | 'checking' | 'checked' | 'failed';

/** A document as lists and pages show it. */
export interface DocumentSummary {
  id: number;
  fileName: string;
  format: string;
  size: number;
  sha256: string;
  status: DocumentStatus;
  error: string | null;
  title: string | null;
  region: string | null;
  department: string | null;
  unit: string | null;
  year: number | null;
  orgId: number | null;
  version: number;
  uploadedAt: string;
  uploadedBy: string | null;
  checkedAt: string | null;
  counts: { error: number; warning: number; info: number };
  undecided: number;
}

export interface DocumentFilter {
  ids?: number[];
  year?: number;
  status?: DocumentStatus;
  q?: string;
}

/**
 * Stores an upload. The same bytes uploaded again return the existing document (found by content
 * hash) and store nothing; a new document starts queued. One transaction: no file without document.
 */
export async function addUpload(
  db: Db,
  input: { fileName: string; bytes: Uint8Array; userId: number | null; orgId: number | null },
): Promise<{ id: number; duplicate: boolean }> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const format = formatOfName(input.fileName) ?? 'unknown';
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: documents.id }).from(documents).where(eq(documents.sha256, sha256));
    if (existing) return { id: existing.id, duplicate: true };
    await tx.insert(files).values({ sha256, size: input.bytes.length, bytes: input.bytes }).onConflictDoNothing();
    const [row] = await tx
      .insert(documents)
      .values({ sha256, fileName: input.fileName, format, uploadedBy: input.userId, orgId: input.orgId })
      .returning({ id: documents.id });
    return { id: (row as { id: number }).id, duplicate: false };
  });
}

/** The stored bytes and name of a document. */
export async function documentBytes(db: Db, id: number): Promise<{ fileName: string; format: string; bytes: Uint8Array } | null> {
  const [row] = await db
    .select({ fileName: documents.fileName, format: documents.format, bytes: files.bytes })
    .from(documents)
    .innerJoin(files, eq(files.sha256, documents.sha256))
    .where(eq(documents.id, id));
  return row ? { ...row, bytes: new Uint8Array(row.bytes) } : null;
}

/** Marks a document as being checked, unless it is checked already (a retried job finds it done). */
export async function markChecking(db: Db, id: number): Promise<boolean> {
  const rows = await db.update(documents).set({ status: 'checking' }).where(and(eq(documents.id, id), ne(documents.status, 'checked'))).returning({ id: documents.id });
  return rows.length > 0;
}

/** Records that a document could not be read, with the reader's own Chinese message. */
export async function markFailed(db: Db, id: number, message: string): Promise<void> {
  await db.update(documents).set({ status: 'failed', error: message }).where(and(eq(documents.id, id), ne(documents.status, 'checked')));
}

/**
 * Writes a check's results, once: the status flips to checked and the findings are inserted in one
 * transaction, guarded by the status, so a job the queue runs twice (a worker killed after writing,
 * before acknowledging) writes nothing the second time. Facts a person corrected are kept. `model`
 * is the document's year summary (model/year-figures.ts); with it the cross-year findings against
 * last year's stored document are written in the same transaction.
 */
export async function recordCheck(
  db: Db,
  id: number,
  report: DocumentReport & { lines?: unknown; model?: unknown },
  allOrgs: readonly OrgRow[],
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [doc] = await tx.select().from(documents).where(eq(documents.id, id)).for('update');
    if (!doc || doc.status === 'checked') return false;
    const corrected = new Set(doc.corrected);
    const facts = report.facts;
    const keep = <T>(field: string, old: T, found: T): T => (corrected.has(field) ? old : (found ?? old));
    const region = keep('region', doc.region, facts.region);
    const department = keep('department', doc.department, facts.scope === '单位' ? facts.department : facts.department);
    const orgId = corrected.has('orgId') || doc.orgId != null ? doc.orgId : (matchOrg(allOrgs, { region, department })?.id ?? null);
    await tx
      .update(documents)
      .set({
        status: 'checked',
        error: null,
        checkedAt: new Date(),
        checkWrites: sql`${documents.checkWrites} + 1`,
        title: facts.title,
        region,
        department,
        unit: keep('unit', doc.unit, facts.scope === '单位' ? facts.department : null),
        year: keep('year', doc.year, facts.fiscalYear),
        orgId,
        coverage: report.coverage,
        lines: report.lines ?? null,
        model: report.model ?? null,
      })
      .where(eq(documents.id, id));
    await tx.delete(findings).where(eq(findings.documentId, id));
    if (report.findings.length) {
      await tx.insert(findings).values(
        report.findings.map((f, k) => findingRow(id, k, f)),
      );
    }
    // Last year's document of the same department, if stored, against what this one says of it.
    await writeCrossYear(tx as unknown as Db, id);
    return true;
  });
}

/**
 * Matches the documents not yet in the organisation tree (and not placed by hand) to it: after an
 * organisation list is imported, documents already checked find their department.
 */
export async function matchUnassigned(db: Db, allOrgs: readonly OrgRow[]): Promise<number> {
  const open = await db
    .select({ id: documents.id, region: documents.region, department: documents.department, corrected: documents.corrected })
    .from(documents)
    .where(isNull(documents.orgId));
  let matched = 0;
  for (const d of open) {
    if (d.corrected.includes('orgId')) continue;
    const org = matchOrg(allOrgs, d);
    if (!org) continue;
    await db.update(documents).set({ orgId: org.id }).where(eq(documents.id, d.id));
    matched++;
  }
  return matched;
}

/** Corrects a document's facts by hand; corrected fields are remembered so a re-check keeps them. */
export async function patchDocument(
  db: Db,
  id: number,
  patch: { region?: string | null; department?: string | null; unit?: string | null; year?: number | null; orgId?: number | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [doc] = await tx.select({ corrected: documents.corrected }).from(documents).where(eq(documents.id, id)).for('update');
    if (!doc) return;
    const fields = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
    await tx
      .update(documents)
      .set({ ...patch, corrected: [...new Set([...doc.corrected, ...fields])] })
      .where(eq(documents.id, id));
  });
}

/** Puts a document back in the queue's hands (a re-check after the rules changed). Decisions are kept. */
export async function requeue(db: Db, id: number): Promise<void> {
  await db.update(documents).set({ status: 'queued', error: null }).where(eq(documents.id, id));
}

/**
 * Summaries of the documents a scope may see, newest first. Versions are numbered within one
 * organisation (or, unmatched, one department name) and year; a decision taken on an earlier version
 * counts for the same finding in a later one.
 */
export async function listDocuments(db: Db, scope: Scope, filter: DocumentFilter = {}): Promise<DocumentSummary[]> {
  const conds = [sql`true`];
  if (scope.orgIds != null) {
    const ids = scope.orgIds.length ? sql`d.org_id in (${sql.join(scope.orgIds.map((i) => sql`${i}`), sql`, `)})` : sql`false`;
    conds.push(scope.unassigned ? sql`(${ids} or d.org_id is null)` : ids);
  } else if (!scope.unassigned) conds.push(sql`d.org_id is not null`);
  if (filter.ids) conds.push(filter.ids.length ? sql`d.id in (${sql.join(filter.ids.map((i) => sql`${i}`), sql`, `)})` : sql`false`);
  if (filter.year != null) conds.push(sql`d.year = ${filter.year}`);
  if (filter.status) conds.push(sql`d.status = ${filter.status}`);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conds.push(sql`(d.file_name ilike ${like} or d.title ilike ${like} or d.department ilike ${like} or d.region ilike ${like})`);
  }
  const rows = await rowsOf(db, sql`
    with v as (
      select d.id, row_number() over (partition by ${SERIES}, d.year order by d.uploaded_at, d.id) as version
      from documents d
    )
    select d.id, d.file_name, d.format, f.size, d.sha256, d.status, d.error, d.title, d.region, d.department, d.unit,
      d.year, d.org_id, v.version, d.uploaded_at, u.username as uploaded_by, d.checked_at,
      (select count(*) from findings x where x.document_id = d.id and x.severity = 'error')::int as errors,
      (select count(*) from findings x where x.document_id = d.id and x.severity = 'warning')::int as warnings,
      (select count(*) from findings x where x.document_id = d.id and x.severity = 'info')::int as infos,
      (select count(*) from findings x where x.document_id = d.id and x.severity in ('error', 'warning')
         and not exists (select 1 from decisions dd join documents d2 on d2.id = dd.document_id
           where dd.finding_key = x.key and (d2.id = d.id or (${SERIES2} = ${SERIES} and d2.year is not distinct from d.year and d2.uploaded_at < d.uploaded_at))))::int as undecided
    from documents d
    join v on v.id = d.id
    join files f on f.sha256 = d.sha256
    left join users u on u.id = d.uploaded_by
    where ${sql.join(conds, sql` and `)}
    order by d.uploaded_at desc, d.id desc`);
  return rows.map(toSummary);
}

/**
 * What groups versions (with the year): the region and department as read or corrected, else the
 * file. Not the matched organisation: a version matched and one not yet matched are still versions
 * of one another.
 */
const SERIES = sql.raw(SERIES_OF('d'));
const SERIES2 = sql.raw(SERIES_OF('d2'));

const iso = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

function toSummary(r: Record<string, unknown>): DocumentSummary {
  return {
    id: Number(r.id),
    fileName: String(r.file_name),
    format: String(r.format),
    size: Number(r.size),
    sha256: String(r.sha256),
    status: r.status as DocumentStatus,
    error: (r.error as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    region: (r.region as string | null) ?? null,
    department: (r.department as string | null) ?? null,
    unit: (r.unit as string | null) ?? null,
    year: r.year == null ? null : Number(r.year),
    orgId: r.org_id == null ? null : Number(r.org_id),
    version: Number(r.version),
    uploadedAt: iso(r.uploaded_at) as string,
    uploadedBy: (r.uploaded_by as string | null) ?? null,
    checkedAt: iso(r.checked_at),
    counts: { error: Number(r.errors), warning: Number(r.warnings), info: Number(r.infos) },
    undecided: Number(r.undecided),
  };
}

export async function getDocument(db: Db, scope: Scope, id: number): Promise<DocumentSummary | null> {
  return (await listDocuments(db, scope, { ids: [id] }))[0] ?? null;
}

/** A document's org id (for permission checks before anything else is read), or undefined when it does not exist. */
export async function documentOrg(db: Db, id: number): Promise<number | null | undefined> {
  const [row] = await db.select({ orgId: documents.orgId }).from(documents).where(eq(documents.id, id));
  return row ? row.orgId : undefined;
}

/** The other versions of a document's organisation and year, oldest first (itself included). */
export async function versionsOf(db: Db, scope: Scope, id: number): Promise<DocumentSummary[]> {
  const rows = await rowsOf<{ id: number }>(db, sql`
    select d2.id from documents d join documents d2 on ${SERIES2} = ${SERIES} and d2.year is not distinct from d.year
    where d.id = ${id} order by d2.uploaded_at, d2.id`);
  const ids = rows.map((r) => Number(r.id));
  const all = await listDocuments(db, scope, { ids });
  return all.sort((a, b) => a.version - b.version);
}

export async function documentDetail(db: Db, id: number): Promise<{ coverage: unknown; lines: unknown } | null> {
  const [row] = await db.select({ coverage: documents.coverage, lines: documents.lines }).from(documents).where(eq(documents.id, id));
  return row ?? null;
}

/** How many documents stand in each state (the queue as a reviewer sees it). */
export async function statusCounts(db: Db): Promise<Record<DocumentStatus, number>> {
  const rows = await db.select({ status: documents.status, n: sql<number>`count(*)::int` }).from(documents).groupBy(documents.status);
  const out: Record<DocumentStatus, number> = { queued: 0, checking: 0, checked: 0, failed: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

/** Documents left queued or checking (the queue lost them, or the server stopped mid-check). */
export async function unfinishedDocuments(db: Db): Promise<number[]> {
  const rows = await db.select({ id: documents.id }).from(documents).where(inArray(documents.status, ['queued', 'checking']));
  return rows.map((r) => r.id);
}
