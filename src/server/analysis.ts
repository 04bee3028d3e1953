import { sql } from 'drizzle-orm';
import { Decimal } from '../model/decimal.js';
import { parseYearFigures, type YearFigures } from '../model/year-figures.js';
import { type Db, rowsOf } from '../store/db.js';
import { listDocuments } from '../store/documents.js';
import type { Scope } from '../store/scope.js';
import type { AnalysisSchema } from './schemas.js';
import type { z } from '@hono/zod-openapi';

export type Analysis = z.infer<typeof AnalysisSchema>;

/** One department-year's summary, as the analysis reads it. */
export interface AnalysisEntry {
  documentId: number;
  fileName: string;
  year: number;
  region: string | null;
  department: string;
  figures: YearFigures;
}

/**
 * The summaries behind the analysis: per department and year, the latest version whose check left
 * one (a newer version still queued does not hide the last checked one), within the user's scope.
 */
export async function analysisEntries(db: Db, scope: Scope): Promise<AnalysisEntry[]> {
  const docs = await listDocuments(db, scope, { status: 'checked' });
  const ids = docs.filter((d) => d.year != null).map((d) => d.id);
  if (!ids.length) return [];
  const rows = await rowsOf<{ id: number; model: unknown }>(db, sql`select id, model from documents where id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) and model is not null`);
  const models = new Map(rows.map((r) => [Number(r.id), parseYearFigures(r.model)]));
  const seen = new Set<string>();
  const out: AnalysisEntry[] = [];
  // listDocuments is newest first: the first summary met per department-year is its latest version's.
  for (const d of docs) {
    const figures = models.get(d.id);
    if (!figures || d.year == null) continue;
    const cell = `${d.region ?? ''}|${d.department ?? d.fileName}|${d.year}`;
    if (seen.has(cell)) continue;
    seen.add(cell);
    out.push({ documentId: d.id, fileName: d.fileName, year: d.year, region: d.region, department: d.department ?? d.fileName, figures });
  }
  return out.sort((a, b) => a.year - b.year || (a.region ?? '').localeCompare(b.region ?? '', 'zh') || a.department.localeCompare(b.department, 'zh'));
}

/** actual ÷ budget in %, to 0.01, exactly (null when the budget is missing or zero). */
export function rateOf(actual: string | null, budget: string | null): string | null {
  if (actual == null || budget == null) return null;
  const b = new Decimal(budget);
  if (b.isZero()) return null;
  return new Decimal(actual).div(b).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Mean of the scores given, to 0.01 (null when none). */
function meanOf(scores: string[]): string | null {
  if (!scores.length) return null;
  const sum = scores.reduce((s, x) => s.plus(x), new Decimal(0));
  return sum.div(scores.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** The chart series from the summaries: every amount the exact decimal string the document printed. */
export function analysisOf(entries: readonly AnalysisEntry[]): Analysis {
  const out: Analysis = { documents: entries.length, threePublic: [], structure: [], execution: [], performance: [] };
  for (const e of entries) {
    const at = { documentId: e.documentId, year: e.year, region: e.region, department: e.department };
    const a = e.figures.analysis;
    if (a.threePublic) out.threePublic.push({ ...at, ...a.threePublic });
    if (a.structure) out.structure.push({ ...at, ...a.structure });
    for (const x of a.execution) out.execution.push({ ...at, ...x, rate: rateOf(x.actual, x.budget) });
    const p = a.performance;
    if (p.overall || p.projects.length) {
      const scores = p.projects.map((x) => x.score).filter((s): s is string => s != null);
      out.performance.push({ ...at, overall: p.overall, projects: p.projects, projectCount: p.projects.length, projectMean: meanOf(scores) });
    }
  }
  return out;
}
