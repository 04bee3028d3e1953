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
