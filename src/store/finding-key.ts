import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';

/**
 * A finding's identity across versions of one document: the rule, both figures and the quoted
 * texts of its places, without page or line numbers (a corrected version moves them). A fixed
 * figure changes the key, so the old finding shows as resolved and a new one as new.
 */
export function findingKey(f: Pick<Finding, 'rule' | 'expected' | 'actual' | 'locations'>): string {
  const places = f.locations.map((l) => l.text.replace(/\s+/g, '')).sort();
  return createHash('sha1')
    .update(JSON.stringify([f.rule, f.expected, f.actual, places]))
    .digest('hex')
    .slice(0, 20);
}

/** A finding as a row of the findings table: the one mapping used wherever findings are written. */
export function findingRow(documentId: number, ordinal: number, f: Finding) {
  return {
    documentId,
    ordinal,
    key: findingKey(f),
    rule: f.rule,
    title: f.title,
    category: f.category,
    severity: f.severity,
    message: f.message,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    tolerance: f.tolerance,
    section: f.section,
    locations: f.locations,
  };
}
