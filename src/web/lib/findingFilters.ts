import type { FindingOut, Severity } from '../types.js';

export type DecisionFilter = 'undecided' | 'confirmed' | 'dismissed' | 'recheck';

export interface FindingFilterState {
  severity: Severity[];
  category: string[];
  rule: string[];
  section: string[];
  decision: DecisionFilter | null;
}

export const NO_FILTER: FindingFilterState = { severity: [], category: [], rule: [], section: [], decision: null };

export function applyFindingFilters(findings: FindingOut[], f: FindingFilterState): FindingOut[] {
  return findings.filter(
    (x) =>
      (f.severity.length === 0 || f.severity.includes(x.severity)) &&
      (f.category.length === 0 || f.category.includes(x.category)) &&
      (f.rule.length === 0 || f.rule.includes(x.rule)) &&
      (f.section.length === 0 || (x.section !== null && f.section.includes(x.section))) &&
      (f.decision === null || (f.decision === 'undecided' ? x.decision === null : x.decision?.status === f.decision)),
  );
}

/** The first page a finding points at, if any. */
export function firstPage(f: FindingOut): number | null {
  for (const l of f.locations) if (l.page !== null) return l.page;
  return null;
}
