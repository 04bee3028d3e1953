import type { Finding } from '../../model/finding.js';
import { addPlaces, highestSeverity, numbersIn, sameStatement, soleNumber } from './figures.js';

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
  return twoStatementsSwapped(out);
}

/** The two amounts a finding of one subject stated twice quotes ("146.15万元与11.23万元"), in order. */
const twoAmounts = (f: Finding) => {
  const ns = f.expected == null ? numbersIn(f.actual) : [];
  return ns.length === 2 ? ns : null;
};

/** Two findings of two places each that have one of them in common (the statement naming both subjects). */
const shareOneStatement = (a: Finding, b: Finding) =>
  a.locations.length === 2 && b.locations.length === 2 && a.locations.filter((l) => b.locations.some((o) => sameStatement(l, o))).length === 1;

/** Whether two findings are about the same statements (every place of one is a place of the other). */
const sameStatements = (a: Finding, b: Finding) =>
  a.locations.length === b.locations.length && a.locations.every((l) => b.locations.some((o) => sameStatement(l, o)));

/**
 * Two subjects each stated twice, the two statements disagreeing crosswise ("人员经费146.15万元、公用经费
 * 11.23万元" in one place, "公用经费146.15万元…人员经费11.23万元" in the other): one of the two statements
 * wrote the pair the other way round. One finding, that says so, instead of one per subject.
 */
function twoStatementsSwapped(findings: Finding[]): Finding[] {
  const out = [...findings];
  const candidates = findings.filter((f) => f.severity !== 'info' && subjectOf(f) && twoAmounts(f));
  const done = new Set<Finding>();
  for (const f of candidates) {
    if (done.has(f)) continue;
    const [a1, a2] = twoAmounts(f)!;
    if (a1!.eq(a2!)) continue;
    const g = candidates.find((o) => {
      // (The same two statements, or one statement naming both and each stated again on a line of its own:
      // "人员经费…146.15万元，公用经费…11.23万元" against "人员经费1,461,500.00元" and "公用经费112,300.00元" below.)
      if (o === f || done.has(o) || o.rule !== f.rule || subjectOf(o) === subjectOf(f) || !(sameStatements(f, o) || shareOneStatement(f, o))) return false;
      const [b1, b2] = twoAmounts(o)!;
      return b1!.eq(a2!) && b2!.eq(a1!);
    });
    if (!g) continue;
    done.add(f).add(g);
    const merged: Finding = {
      ...f,
      severity: highestSeverity([f, g]),
      message: `「${subjectOf(f)}」与「${subjectOf(g)}」两项在两处的数字正好互换，应是其中一处把两项写反了：${f.message.replace(/；.*$/, '')}；${g.message.replace(/；.*$/, '')}`,
      actual: `${f.actual}；${g.actual}`,
      locations: addPlaces(f, g.locations),
    };
    out.splice(out.indexOf(f), 1, merged);
    out.splice(out.indexOf(g), 1);
  }
  return makeUpOfSwapped(out);
}

/**
 * Findings that follow from two amounts written in each other's place when they are about the swapped
 * items at a statement of the swap: the make-up listed beside 人员经费 and 公用经费 (narrative.spending-make-up)
 * and a vehicle purchase amount against the vehicles bought (count.vehicle-purchase), each with the items
 * it is about and what the swap's finding says of it.
 */
const FOLLOWS_FROM_SWAP: readonly { rule: string; items: ReadonlySet<string>; said: string }[] = [
  { rule: 'narrative.spending-make-up', items: new Set(['人员经费', '公用经费', '工资福利支出', '商品和服务支出']), said: '人员经费与公用经费的构成写反' },
  { rule: 'count.vehicle-purchase', items: new Set(['公务用车购置费', '公务用车运行维护费']), said: '购置公务用车数量与购置费不符' },
];

/**
 * Two items written the other way round in one of two statements: a finding of FOLLOWS_FROM_SWAP about
 * those items at a statement of the swap follows from that one slip, and is said within it.
 */
function makeUpOfSwapped(findings: Finding[]): Finding[] {
  const swapped = (f: Finding) => (/两项在两处的数字正好互换/.test(f.message) ? [...f.message.matchAll(/「([^」]+)」/g)].slice(0, 2).map((m) => m[1] as string) : []);
  const swaps = findings.filter((f) => swapped(f).length === 2);
  if (!swaps.length) return findings;
  const taken = new Map<Finding, { swap: Finding; said: string }>();
  for (const f of findings) {
    const kind = FOLLOWS_FROM_SWAP.find((k) => k.rule === f.rule);
    const at = f.locations[0];
    if (!kind || !at) continue;
    const swap = swaps.find(
      (s) => swapped(s).every((item) => kind.items.has(item)) && s.locations.some((l) => sameStatement(l, at) || (l.line != null && l.line === at.line && l.page === at.page)),
    );
    if (swap) taken.set(f, { swap, said: kind.said });
  }
  if (!taken.size) return findings;
  return findings
    .filter((f) => !taken.has(f))
    .map((f) => {
      const said = [...new Set([...taken.values()].filter((t) => t.swap === f).map((t) => t.said))];
      return said.length ? { ...f, message: `${f.message}（由此引起的「${said.join('、')}」不再另报）` } : f;
    });
}
