import type { Finding } from '../../model/finding.js';
import { overlaps } from '../../model/decimal.js';
import { holdsAt } from '../holds-with.js';
import { addPlaces, highestSeverity, sameStatement, soleNumber } from './figures.js';
import { DERIVED_CATEGORY } from './kinds.js';
import { RELATIONS, relate } from './relations.js';

/** Rules whose finding is two printed figures that must be equal (expected one, actual the other). */
export const EQUAL_PAIR_RULE = /^narrative\.total-balance$/;

/**
 * Two printed figures that must be equal and are not ("收入总计3863.10万元与支出总计386.31万元不相等"),
 * where another finding at the same statement names one of the two as wrong with the other as its
 * correction (a change rate that holds on 386.31 only): correcting that figure makes both hold, so the
 * pair is that finding's consequence. Returns the finding that decides it, if any.
 */
export function decidedEqualPair(s: Finding, findings: readonly Finding[], taken: (f: Finding) => boolean): Finding | undefined {
  if (!EQUAL_PAIR_RULE.test(s.rule) || s.severity === 'info') return undefined;
  const [a, b] = [soleNumber(s.expected), soleNumber(s.actual)];
  if (!a || !b || a.eq(b)) return undefined;
  return findings.find((x) => {
    if (x === s || x.severity === 'info' || taken(x)) return false;
    const [wrong, right] = [soleNumber(x.actual), soleNumber(x.expected)];
    if (!wrong || !right || !((wrong.eq(a) && right.eq(b)) || (wrong.eq(b) && right.eq(a)))) return false;
    return x.locations.some((l) => s.locations.some((m) => sameStatement(l, m)));
  });
}

/**
 * Two printed figures that must be equal and are not (收入总计13,826.24万元, 支出总计13,826.42万元), and
 * another finding that quotes one of them, fails with it as printed and holds with the other's figure
 * in its place (the change rate of 收支 that is cut off on 13,826.24 and right on 13,826.42): two sources
 * agree on the other, so the one it fails with is the slip. The pair's finding names it, and the other
 * finding is folded into it. Not when a finding fails with both, or findings decide the two ways; a
 * finding that names the figure with its correction keeps the pair instead (decidedEqualPair).
 */
export function equalPairDecided(findings: readonly Finding[]): readonly Finding[] {
  const gone = new Set<Finding>();
  let out: Finding[] | null = null;
  for (const [i, s] of findings.entries()) {
    const own = RELATIONS.get(s)?.holdsWith;
    if (!EQUAL_PAIR_RULE.test(s.rule) || s.severity === 'info' || own?.length !== 2 || gone.has(s)) continue;
    // A finding that names one of the two wrong with the other as its correction decides it itself (decidedEqualPair).
    if (decidedEqualPair(s, findings, (x) => gone.has(x))) continue;
    const deciding = (e: (typeof own)[number]) =>
      findings.filter((f) => {
        if (f === s || gone.has(f) || f.severity === 'info' || !DERIVED_CATEGORY.has(f.category)) return false;
        const hs = (RELATIONS.get(f)?.holdsWith ?? []).filter((h) => h.printed.eq(e.printed) && sameStatement(h.at, e.at));
        return hs.length > 0 && hs.every((h) => !holdsAt(h, h.printed) && overlaps(h.within, e.within));
      });
    const by = own.map(deciding);
    const k = by.findIndex((b) => b.length > 0);
    if (k < 0 || (by[1 - k]?.length ?? 0) > 0) continue;
    const [wrong, right] = [own[k], own[1 - k]] as [(typeof own)[number], (typeof own)[number]];
    const deps = by[k] as Finding[];
    for (const f of deps) gone.add(f);
    const titles = [...new Set(deps.map((f) => f.title))].join('、');
    const [w, r] = [wrong.printed.toString(), right.printed.toString()];
    out ??= [...findings];
    out[i] = {
      ...s,
      severity: highestSeverity([s, ...deps]),
      message: `${s.message}；「${titles}」按${right.name ?? ''}${r}万元相符、按${wrong.name ?? ''}${w}万元不符：写错的应是${wrong.name ?? ''}${w}万元（「${titles}」不再另报）`,
      expected: `${r}万元`,
      actual: `${w}万元`,
      locations: deps.reduce((ls, f) => addPlaces({ ...s, locations: ls }, f.locations), [wrong.at, ...s.locations.filter((l) => l !== wrong.at)]),
    };
    relate(out[i] as Finding, RELATIONS.get(s) ?? {});
  }
  return out ? out.filter((f) => !gone.has(f)) : findings;
}
