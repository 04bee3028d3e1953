import type { Finding } from '../../model/finding.js';
import { addPlaces, highestSeverity, sameStatement, soleNumber } from './figures.js';

/** The subject a finding's message opens with (「基本支出」). */
const subjectOf = (f: Finding) => /^「([^」]+)」/.exec(f.message)?.[1] ?? null;

/** What a finding says it took in ("（由此引起的「A、B」不再另报）"), kept when two findings become one. */
const takenNote = (f: Finding) => /（由此引起的「([^」]*)」不再另报）$/.exec(f.message)?.[1]?.split('、') ?? [];
const withoutNote = (f: Finding) => f.message.replace(/（由此引起的「[^」]*」不再另报）$/, '');

/**
 * Two figures of one sentence written each in the other's place ("基本支出81.29万元，项目支出157.38万元"
 * where the table has 157.38 and 81.29): each is found wrong by the same rule, and each expects what the
 * other prints. One slip, one finding: the two names said to be swapped, both places kept.
 */
export function swappedPairOnce(findings: readonly Finding[]): Finding[] {
  const out = [...findings];
  const candidates = findings.filter((f) => f.severity !== 'info' && subjectOf(f) && soleNumber(f.expected) && soleNumber(f.actual) && f.locations[0]);
  const done = new Set<Finding>();
  for (const f of candidates) {
    if (done.has(f)) continue;
    const [fe, fa] = [soleNumber(f.expected)!, soleNumber(f.actual)!];
    if (fe.eq(fa)) continue;
    const g = candidates.find(
      (o) =>
        o !== f &&
        !done.has(o) &&
        o.rule === f.rule &&
        subjectOf(o) !== subjectOf(f) &&
        soleNumber(o.expected)!.eq(fa) &&
        soleNumber(o.actual)!.eq(fe) &&
        sameStatement(o.locations[0]!, f.locations[0]!),
    );
    if (!g) continue;
    done.add(f).add(g);
    const notes = [...new Set([...takenNote(f), ...takenNote(g)])];
    const merged: Finding = {
      ...f,
      severity: highestSeverity([f, g]),
      message: `「${subjectOf(f)}」与「${subjectOf(g)}」的数字写反（互换）：${withoutNote(f)}；${withoutNote(g)}${notes.length ? `（由此引起的「${notes.join('、')}」不再另报）` : ''}`,
      expected: `${f.expected}；${g.expected}`,
      actual: `${f.actual}；${g.actual}`,
      difference: null,
      locations: addPlaces(f, g.locations),
    };
    out.splice(out.indexOf(f), 1, merged);
    out.splice(out.indexOf(g), 1);
  }
  return out;
}
