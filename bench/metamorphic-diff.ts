// The comparison behind `npm run metamorphic` (bench/metamorphic.ts), kept apart and pure so that a
// unit test can hold it (test/metamorphic-diff.test.ts) without printing anything.
import type { Finding } from '../src/model/finding.js';

/** What the comparison reads of a finding. */
export type Compared = Pick<Finding, 'rule' | 'severity' | 'message'>;

/** Findings of a variant not in its source (`added`) and of the source not in the variant (`lost`). */
export interface FindingDiff<F extends Compared> {
  added: F[];
  lost: F[];
}

/**
 * A message without what a re-layout changes by itself: page, line, row and column numbers, table
 * ordinals and counts of places (共3处). Used only to choose WHICH findings of a rule are the new or
 * lost ones; how many are new or lost is decided by (rule, severity) alone.
 */
export function placeless(message: string): string {
  return message
    .replace(/第\s*\d+\s*[页行列条]/g, '')
    .replace(/表\s*\d+/g, '表')
    .replace(/共\s*\d+\s*处/g, '')
    .replace(/\s+/g, '');
}

/**
 * Compares error and warning findings by (rule, severity) as multisets: a variant with two findings
 * of a rule where the source has one has one new finding of that rule. Info findings are left out (they
 * are notes, not defects). Within one (rule, severity), findings whose messages agree once places are
 * taken out are paired first, so that the ones listed as new or lost are those that really differ; a
 * finding that is only worded otherwise (a figure read with other neighbours) stays paired and is not
 * counted, as the measure is of findings that appear or disappear.
 */
export function diffFindings<F extends Compared>(source: readonly F[], variant: readonly F[]): FindingDiff<F> {
  const key = (f: Compared) => `${f.rule}\u0000${f.severity}`;
  const groups = new Map<string, { source: F[]; variant: F[] }>();
  const group = (f: F) => {
    let g = groups.get(key(f));
    if (!g) groups.set(key(f), (g = { source: [], variant: [] }));
    return g;
  };
  for (const f of source) if (f.severity !== 'info') group(f).source.push(f);
  for (const f of variant) if (f.severity !== 'info') group(f).variant.push(f);

  const added: F[] = [];
  const lost: F[] = [];
  for (const g of groups.values()) {
    const s = [...g.source];
    const v: F[] = [];
    for (const f of g.variant) {
      const k = s.findIndex((x) => placeless(x.message) === placeless(f.message));
      if (k >= 0) s.splice(k, 1);
      else v.push(f);
    }
    // What is left on both sides pairs in order; only the surplus of one side is new or lost.
    const paired = Math.min(s.length, v.length);
    added.push(...v.slice(paired));
    lost.push(...s.slice(paired));
  }
  return { added, lost };
}
