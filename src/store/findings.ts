import { asc, eq, sql } from 'drizzle-orm';
import { CATEGORIES, type Category } from '../model/finding.js';
import { type Db, rowsOf } from './db.js';
import { decisions, findings } from './schema.js';
import { SERIES_OF } from './series.js';

export type DecisionStatus = 'confirmed' | 'dismissed' | 'recheck';

export interface DecisionOut {
  status: DecisionStatus;
  note: string;
  by: string;
  at: string;
  fromVersion: number | null;
}

export interface FindingOut {
  id: number;
  key: string;
  rule: string;
  title: string;
  category: Category;
  categoryLabel: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  tolerance: string | null;
  section: string | null;
  locations: unknown[];
  decision: DecisionOut | null;
}

/**
 * A document's findings in report order, each with its decision: its own latest, else the latest
 * taken on an earlier version of the same organisation and year (marked with that version).
 */
export async function findingsOf(db: Db, documentId: number): Promise<FindingOut[]> {
  const rows = await db.select().from(findings).where(eq(findings.documentId, documentId)).orderBy(asc(findings.ordinal));
  const latest = await latestDecisions(db, documentId);
  return rows.map((f) => ({
    id: f.id,
    key: f.key,
    rule: f.rule,
    title: f.title,
    category: f.category as Category,
    categoryLabel: CATEGORIES[f.category as Category] ?? f.category,
    severity: f.severity,
    message: f.message,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    tolerance: f.tolerance,
    section: f.section,
    locations: f.locations as unknown[],
    decision: latest.get(f.key) ?? null,
  }));
}

/** Latest decision per finding key over this document and its earlier versions; the document's own wins. */
async function latestDecisions(db: Db, documentId: number): Promise<Map<string, DecisionOut>> {
  const rows = await rowsOf<{ finding_key: string; status: DecisionStatus; note: string; username: string | null; at: unknown; own: boolean; version: number }>(
    db,
    sql`${seriesOf(documentId)}
    select dd.finding_key, dd.status, dd.note, u.username, dd.at, (dd.document_id = ${documentId}) as own, s.version
    from decisions dd
    join series s on s.id = dd.document_id
    left join users u on u.id = dd.user_id
    where s.uploaded_at <= (select uploaded_at from me)
    order by (dd.document_id = ${documentId}), dd.at, dd.id`,
  );
  // Ordered so that, per key, the document's own newest decision is written last and wins.
  const out = new Map<string, DecisionOut>();
  for (const r of rows) {
    out.set(r.finding_key, {
      status: r.status,
      note: r.note,
      by: r.username ?? '（已删除的用户）',
      at: isoOf(r.at),
      fromVersion: r.own ? null : Number(r.version),
    });
  }
  return out;
}

/**
 * `me` (the document) and `series` (its organisation-and-year's documents with their version
 * numbers): the common head of the queries that look across versions.
 */
function seriesOf(documentId: number) {
  return sql`
    with me as (select * from documents where id = ${documentId}),
    series as (
      select d2.id, d2.uploaded_at, row_number() over (order by d2.uploaded_at, d2.id) as version
      from documents d2, me
      where ${sql.raw(SERIES_OF('d2'))} = ${sql.raw(SERIES_OF('me'))}
        and d2.year is not distinct from me.year
    )`;
}

const isoOf = (v: unknown): string => (v instanceof Date ? v : new Date(String(v))).toISOString();

/** The finding a decision is about, with its document (for permission checks). */
export async function findingById(db: Db, id: number): Promise<{ id: number; documentId: number; key: string } | null> {
  const [row] = await db.select({ id: findings.id, documentId: findings.documentId, key: findings.key }).from(findings).where(eq(findings.id, id));
  return row ?? null;
}

/** Records a decision on a finding of a document (history keeps every earlier one). */
export async function decide(db: Db, finding: { documentId: number; key: string }, userId: number, status: DecisionStatus, note: string): Promise<void> {
  await db.insert(decisions).values({ documentId: finding.documentId, findingKey: finding.key, status, note, userId });
}

/** Every decision on this finding, in this document and its earlier versions, oldest first. */
export async function decisionHistory(db: Db, finding: { documentId: number; key: string }) {
  const rows = await rowsOf<{ document_id: number; status: DecisionStatus; note: string; username: string | null; at: unknown; version: number }>(
    db,
    sql`${seriesOf(finding.documentId)}
    select dd.document_id, dd.status, dd.note, u.username, dd.at, s.version
    from decisions dd join series s on s.id = dd.document_id left join users u on u.id = dd.user_id
    where dd.finding_key = ${finding.key} and s.uploaded_at <= (select uploaded_at from me)
    order by dd.at, dd.id`,
  );
  return rows.map((r) => ({
    documentId: Number(r.document_id),
    status: r.status,
    note: r.note,
    by: r.username ?? '（已删除的用户）',
    at: isoOf(r.at),
    fromVersion: Number(r.document_id) === finding.documentId ? null : Number(r.version),
  }));
}

/** What changed between two versions' findings: resolved (gone), added (new), remaining (still there). */
export function compareFindings<T extends { key: string }>(previous: readonly T[], current: readonly T[]) {
  const before = new Set(previous.map((f) => f.key));
  const now = new Set(current.map((f) => f.key));
  return {
    resolved: previous.filter((f) => !now.has(f.key)),
    added: current.filter((f) => !before.has(f.key)),
    remaining: current.filter((f) => before.has(f.key)),
  };
}
