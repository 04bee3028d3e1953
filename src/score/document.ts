import type { Disclosure, PerformanceQuote, PerformanceSheet } from '../model/disclosure.js';
import { isOverallName, matchSheet, sameProject, scoreDecimals } from '../rules/performance/util.js';
import { type ProjectScore, scoreQuotes, scoreSheet } from './project.js';
import { reproduces } from './recompute.js';
import type { Scheme } from './scheme.js';
import { SCHEMES } from './schemes/index.js';

/** How well each scheme reproduces the reported indicator scores of a group of sheets. */
export interface Inference {
  scheme: Scheme;
  /** Rows the chosen scheme reproduces, of the rows it could be compared on. */
  reproduced: number;
  comparable: number;
  candidates: { id: string; reproduced: number; comparable: number }[];
  forced: boolean;
}

export interface DocumentScore {
  file: string;
  /** The scheme of the project tables (or of the whole-department table when there are no project tables). */
  scheme: Scheme;
  /** Per group of tables: project tables and the 整体支出 table are often scored by different rules. */
  inference: { project: Inference | null; overall: Inference | null };
  projects: ProjectScore[];
}

type Group = 'project' | 'overall';
const groupOf = (s: PerformanceSheet): Group => (s.kind === 'overall' ? 'overall' : 'project');

/** Counts, for a scheme, the indicator rows whose reported score it reproduces. */
function reproduction(scheme: Scheme, sheets: readonly PerformanceSheet[]): { reproduced: number; comparable: number } {
  let reproduced = 0;
  let comparable = 0;
  for (const s of sheets) {
    const d = scoreDecimals(s);
    for (const i of s.indicators) {
      const r = reproduces(i, scheme, d);
      if (r == null) continue;
      comparable++;
      if (r) reproduced++;
    }
  }
  return { reproduced, comparable };
}

/** Chooses the scheme that reproduces most reported rows (the national baseline on ties), or the forced one. */
export function inferScheme(sheets: readonly PerformanceSheet[], forced?: Scheme): Inference | null {
  const scored = sheets.filter((s) => s.indicators.some((i) => i.score && i.weight));
  if (scored.length === 0) return forced ? { scheme: forced, reproduced: 0, comparable: 0, candidates: [], forced: true } : null;
  const candidates = SCHEMES.map((scheme) => ({ scheme, ...reproduction(scheme, scored) }));
  const best = forced ? (candidates.find((c) => c.scheme === forced) as (typeof candidates)[number]) : candidates.reduce((a, b) => (b.reproduced > a.reproduced ? b : a));
  return {
    scheme: best.scheme,
    reproduced: best.reproduced,
    comparable: best.comparable,
    candidates: candidates.map((c) => ({ id: c.scheme.id, reproduced: c.reproduced, comparable: c.comparable })),
    forced: forced != null,
  };
}

const INFERRED = new WeakMap<Disclosure, DocumentScore['inference']>();

/** The scheme of each group of tables of a document, inferred once per document (check's rules and score share it). */
export function inferDocument(doc: Disclosure, forced?: Scheme): DocumentScore['inference'] {
  const hit = forced ? undefined : INFERRED.get(doc);
  if (hit) return hit;
  const sheets = doc.performance.sheets;
  const inference = {
    project: inferScheme(sheets.filter((s) => groupOf(s) === 'project'), forced),
    overall: inferScheme(sheets.filter((s) => groupOf(s) === 'overall'), forced),
  };
  if (!forced) INFERRED.set(doc, inference);
  return inference;
}

/** The group a sheet's scheme is inferred in: project tables, or the whole-department table. */
export { groupOf };

/**
 * Recomputes every self-evaluation of a document: each table under the scheme inferred for its
 * group (or the forced one), and each project known only from quotes from its sub-scores.
 */
export function scoreDocument(doc: Disclosure, forced?: Scheme): DocumentScore {
  const sheets = doc.performance.sheets;
  const inference = inferDocument(doc, forced);
  const fallback = forced ?? inference.project?.scheme ?? inference.overall?.scheme ?? (SCHEMES[0] as Scheme);
  const quotesOf = new Map<PerformanceSheet, PerformanceQuote[]>();
  const loose: PerformanceQuote[][] = [];
  for (const q of doc.performance.quotes) {
    const s = matchSheet(q, sheets);
    if (s) {
      quotesOf.set(s, [...(quotesOf.get(s) ?? []), q]);
      continue;
    }
    // (Several projects' or the whole spending's execution, quoted without a sheet, is no project to score.)
    if (q.aggregate) continue;
    const group = loose.find((g) => g.some((o) => sameProject(o.name, q.name) || (isOverallName(o.name) && isOverallName(q.name))));
    if (group) group.push(q);
    else loose.push([q]);
  }
  const projects = [
    ...sheets.map((s) => scoreSheet(s, inference[groupOf(s)]?.scheme ?? fallback, quotesOf.get(s) ?? [])),
    ...loose.map((g) => scoreQuotes(g, fallback)),
  ];
  return { file: doc.file, scheme: fallback, inference, projects };
}
