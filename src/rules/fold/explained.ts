import type { Finding } from '../../model/finding.js';
import { addPlaces, highestSeverity } from './figures.js';
import { RELATIONS, relate } from './relations.js';
import type { Explained } from '../rule.js';

/**
 * (0) A finding that its rule declares explained by other findings (`explainedBy`: the figures show
 * that it follows from them, e.g. weights summing to 110 because a 10-point row is listed twice) is
 * reported within the first of them when they are all reported (or within one of `orBy` reported):
 * its places are added, its sentence appended, and the higher severity kept. Otherwise it stands on
 * its own.
 */
export function foldExplained(findings: readonly Finding[]): readonly Finding[] {
  const byCause = new Map<string, Finding>();
  for (const f of findings) {
    const c = RELATIONS.get(f)?.cause;
    if (c != null && f.severity !== 'info' && !byCause.has(c)) byCause.set(c, f);
  }
  if (byCause.size === 0) return findings;
  const into = new Map<Finding, Finding>();
  for (const f of findings) {
    const e = RELATIONS.get(f)?.explainedBy;
    if (!e) continue;
    const roots = e.causes.map((c) => byCause.get(c));
    const alone = (e.orBy ?? []).map((c) => byCause.get(c)).find((r) => r != null && r !== f);
    if (e.causes.length && !roots.some((r) => r == null || r === f)) into.set(f, roots[0] as Finding);
    else if (alone) into.set(f, alone);
  }
  if (into.size === 0) return findings;
  // A root that is itself explained by another finding hands what it absorbed on (no cycles).
  const rootOf = (f: Finding): Finding => {
    const seen = new Set<Finding>([f]);
    let r = into.get(f) as Finding;
    while (into.has(r) && !seen.has(r)) {
      seen.add(r);
      r = into.get(r) as Finding;
    }
    return r;
  };
  const absorbed = new Map<Finding, Finding[]>();
  for (const f of into.keys()) {
    const r = rootOf(f);
    if (r === f) continue;
    absorbed.set(r, [...(absorbed.get(r) ?? []), f]);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    const r = into.get(f);
    if (r && rootOf(f) !== f) continue;
    const deps = absorbed.get(f);
    if (!deps) {
      out.push(f);
      continue;
    }
    let next: Finding = f;
    // Findings explained for the same reason are named together after it, the reason said once.
    const byBecause = new Map<string, Finding[]>();
    for (const d of deps) {
      const e = RELATIONS.get(d)?.explainedBy as Explained;
      // Folded into the finding of one of `orBy`, what it says for that one.
      const by = e.orByBecause?.[(e.orBy ?? []).indexOf(RELATIONS.get(into.get(d) as Finding)?.cause ?? '')];
      const because = by ?? e.because;
      byBecause.set(because, [...(byBecause.get(because) ?? []), d]);
    }
    for (const [because, ds] of byBecause) {
      const titles = [...new Set(ds.map((d) => d.title))].join('」「');
      next = {
        ...next,
        severity: highestSeverity([...ds, next]),
        message: `${next.message.replace(/。$/, '')}；${because}（「${titles}」不再另报）`,
        locations: ds.reduce((ls, d) => addPlaces({ ...next, locations: ls }, d.locations), next.locations),
      };
    }
    const rel = RELATIONS.get(f);
    if (rel) relate(next, rel);
    out.push(next);
  }
  return out;
}
