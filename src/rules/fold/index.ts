import { Decimal, halfUnit } from '../../model/decimal.js';
import type { Finding } from '../../model/finding.js';
import type { Location } from '../../model/location.js';
import { foldAbsences } from './absences.js';
import { oneFigureBelowMany } from './bounds.js';
import { foldExplained } from './explained.js';
import { decidedEqualPair, equalPairDecided } from './pairs.js';
import { boundDecidedByPart, decidesPair, heldByCorrection, oneFigureRightsBoth, twoAgreeOnOneFigure } from './held.js';
import { RELATIONS, relate } from './relations.js';
import { correctedFigureCause } from '../arithmetic/lib.js';
import { sameFigureOnce, sheetAgainstItsRate, sheetAgainstItsSum, sheetBudgetSwapped, sheetRowSwapped } from './figure-once.js';
import { addPlaces, highestSeverity, messageShape, numbersIn, offBySameAmount, sameStatement, soleNumber, withNumbersRead } from './figures.js';
import { DERIVED_CATEGORY, DERIVED_QUOTE_RULE, DERIVED_SHEET_RULE, ROOT_RULE, namesFigureAboveItsWhole } from './kinds.js';
import { swappedPairOnce } from './swapped.js';
import { cellAgainstItsTable, exchangeBorneOut, foldSharedItems } from './tables.js';

/**
 * One root cause, one finding. (0) A finding its rule declares explained by others (see
 * foldExplained) is reported within them. (1) The same statement of one rule at several places (a wrong name
 * repeated over five items) is one finding with every place. (2) A figure that a more specific
 * finding already names as wrong against its table (location + value) is not reported again by the
 * sums, shares, changes and repeats that quote it: those findings are folded into it as places.
 * (6) One figure that several findings find too small at one statement is one finding (oneFigureBelowMany).
 * (7) Two figures of one sentence written in each other's place are one finding (swappedPairOnce).
 * Before (2), a sheet figure the explanation quotes otherwise is decided by the sheet's own rate or
 * sources (sheetAgainstItsRate), and a sheet row's 执行数 and 得分 exchanged is one finding (sheetRowSwapped),
 * as are its 全年预算数 and 全年执行数 exchanged (sheetBudgetSwapped).
 */
export function foldRootCauses(findings: readonly Finding[]): Finding[] {
  return withNumbersRead(() => foldAll(findings));
}

function foldAll(findings: readonly Finding[]): Finding[] {
  findings = cellAgainstItsTable(exchangeBorneOut(foldSharedItems(foldAbsences(foldExplained(findings)))));
  // (1) Repeats of one statement.
  const byShape = new Map<string, Finding>();
  const count = new Map<Finding, number>();
  const merged: Finding[] = [];
  for (const f of findings) {
    const key = `${f.rule}|${f.severity}|${f.expected}|${f.actual}|${messageShape(f.message)}`;
    const first = byShape.get(key);
    if (first && f.expected != null && f.actual != null) {
      const i = merged.indexOf(first);
      const next = { ...first, locations: addPlaces(first, f.locations) };
      merged[i] = next;
      byShape.set(key, next);
      count.set(next, (count.get(first) ?? 1) + 1);
      continue;
    }
    byShape.set(key, f);
    merged.push(f);
  }
  const withCounts = merged.map((f) => (count.get(f) ? { ...f, message: `${f.message}（同一问题共${count.get(f)}处）` } : f));

  // (2) Consequences of a figure already named as wrong.
  const once = [...sameFigureOnce(sheetAgainstItsRate(sheetRowSwapped(sheetAgainstItsSum(sheetBudgetSwapped(withCounts)))))];
  // A figure named above its totals is a root only where no table names that same figure wrong at that
  // statement: then the table is the likelier source and the bound one more thing that follows from it.
  const tableRoots = once.filter((f) => ROOT_RULE.test(f.rule) && f.severity !== 'info' && f.locations[0]);
  const namedByTable = (f: Finding) =>
    tableRoots.some((r) => f.locations.some((l) => sameStatement(l, r.locations[0] as Location)) && numbersIn(r.actual)[0]?.eq(numbersIn(f.actual)[0] ?? -1));
  const isRoot = (f: Finding) => ROOT_RULE.test(f.rule) || (namesFigureAboveItsWhole(f) && !namedByTable(f));
  const roots = once.filter((f) => isRoot(f) && f.severity !== 'info' && f.locations[0] && numbersIn(f.actual).length);
  if (!roots.length) return sameComparisonOnce([...sameSwapOnce(swappedPairOnce([...oneFigureBelowMany(samePairOnce(consequencesOfParts(once)))]))]);
  const folded = new Map<Finding, Finding[]>();
  const out: Finding[] = [];
  for (const f of once) {
    const root = isRoot(f)
      ? undefined
      : DERIVED_CATEGORY.has(f.category) || DERIVED_QUOTE_RULE.test(f.rule)
        ? roots.find((r) => {
            const at = r.locations[0] as Location;
            const value = numbersIn(r.actual)[0] as Decimal;
            if (!f.locations.some((l) => sameStatement(l, at))) return false;
            // The figure quoted, or a sum over it off by just the figure's own error, or a rate worked out
            // from it that holds with its correction (a share or change rate that looks cut off).
            return [f.message, f.expected, f.actual].some((t) => numbersIn(t).some((n) => n.eq(value))) || offBySameAmount(f, r) || offByTheExcess(f, r) || heldByCorrection(f, r);
          })
        : DERIVED_SHEET_RULE.test(f.rule)
          ? roots.find((r) => {
              // A score of the same printed sheet (the sum's cells and the score's share a table).
              const [at, own] = [r.locations[0] as Location, f.locations[0]];
              return r.rule.startsWith('performance.') && at.cell && own?.cell && at.file === own.file && at.cell.table === own.cell.table && offBySameAmount(f, r);
            })
          : undefined;
    if (root) folded.set(root, [...(folded.get(root) ?? []), f]);
    else out.push(f);
  }
  return sameComparisonOnce([...sameSwapOnce(swappedPairOnce([...oneFigureBelowMany(samePairOnce(consequencesOfParts(out.map((f) => withConsequences(f, folded.get(f))))))]))]);
}

/**
 * (8) Two rules that compare the same printed figure at the same statement with the same other figure
 * (a sheet's 全年预算数 quoted otherwise: quote-consistency against the one sheet, funds-total against
 * the sum of the group's sheets, which is that one sheet) make one comparison: the later is folded into
 * the first. Amounts only, each finding's expected and actual one number.
 */
function sameComparisonOnce(found: Finding[]): Finding[] {
  const findings = [...twoAgreeOnOneFigure(found)];
  const pair = (f: Finding) => {
    const [a, e, at] = [soleNumber(f.actual), soleNumber(f.expected), f.locations[0]];
    return f.severity !== 'info' && a && e && at && !a.eq(e) && !/[%％]/.test(`${f.actual}${f.expected}`) ? { a, e, at } : null;
  };
  const into = new Map<Finding, Finding>();
  for (const [i, f] of findings.entries()) {
    const p = pair(f);
    if (!p) continue;
    const r = findings.slice(0, i).find((x) => {
      const q = !into.has(x) ? pair(x) : null;
      return q != null && x.rule !== f.rule && q.a.eq(p.a) && q.e.eq(p.e) && sameStatement(q.at, p.at);
    });
    if (r) into.set(f, r);
  }
  if (!into.size) return findings;
  const deps = new Map<Finding, Finding[]>();
  for (const [f, r] of into) deps.set(r, [...(deps.get(r) ?? []), f]);
  return findings
    .filter((f) => !into.has(f))
    .map((f) => {
      const ds = deps.get(f);
      if (!ds) return f;
      const next = { ...f, severity: highestSeverity([f, ...ds]), message: `${f.message}；${ds.map((d) => `${d.message}（「${d.title}」，同一比较，不再另报）`).join('；')}`, locations: ds.reduce((ls, d) => addPlaces({ ...f, locations: ls }, d.locations), f.locations) };
      const rel = RELATIONS.get(f);
      return rel ? relate(next, rel) : next;
    });
}

/** The places of a finding as statements (line and quoted text), to tell findings about the same statements. */
function coveredBy(inner: readonly Location[], outer: readonly Location[]): boolean {
  return inner.length >= 1 && inner.every((l) => outer.some((o) => sameStatement(l, o)));
}

/** The subject a finding's message opens with (「公务接待费」). */
const subjectOf = (f: Finding) => /^「([^」]+)」/.exec(f.message)?.[1] ?? null;

/**
 * (5) Two statements of one subject that disagree (narrative.same-subject on their amounts) disagree in
 * everything worked out from them as well: the same two statements' change rates (same-subject again)
 * and the last-year amounts they imply (narrative.implied-prior). Those are the same pair of statements,
 * one finding: folded into the amounts' finding, with what they say kept in its message.
 */
function samePairOnce(findings: readonly Finding[]): Finding[] {
  const amounts = findings.filter((f) => f.rule === 'narrative.same-subject' && f.severity !== 'info' && !/变动率在/.test(f.message));
  if (!amounts.length) return [...findings];
  const into = new Map<Finding, Finding>();
  for (const f of findings) {
    if (f.severity === 'info' || amounts.includes(f) || (f.rule !== 'narrative.implied-prior' && f.rule !== 'narrative.same-subject')) continue;
    const r = amounts.find((a) => subjectOf(a) != null && subjectOf(a) === subjectOf(f) && coveredBy(f.locations, a.locations));
    if (r) into.set(f, r);
  }
  if (!into.size) return [...findings];
  return findings
    .filter((f) => !into.has(f))
    .map((f) => {
      const deps = [...into].filter(([, r]) => r === f).map(([d]) => d);
      if (!deps.length) return f;
      const said = deps.map((d) => `${d.message.replace(/[；;]?(两处各执一词|[0-9]+处一致写).*$/, '')}（「${d.title}」，同两处表述，不再另报）`).join('；');
      return { ...f, severity: highestSeverity([f, ...deps]), message: `${f.message}；同两处表述的其他数字亦不一：${said}`, locations: deps.reduce((ls, d) => addPlaces({ ...f, locations: ls }, d.locations), f.locations) };
    });
}

/**
 * Two names of one sentence written in each other's place, found against the table by two rules (the
 * 决算数 and the 预算数 each sentence quotes): one slip of the sentence, one finding with the other's
 * places and what it says.
 */
function sameSwapOnce(findings: readonly Finding[]): readonly Finding[] {
  const pairOf = (f: Finding) => (f.severity === 'info' ? null : /^「([^」]+)」与「([^」]+)」的数字写反（互换）/.exec(f.message));
  const gone = new Set<Finding>();
  const merged = new Map<Finding, Finding>();
  for (const f of findings) {
    const p = pairOf(f);
    if (!p || gone.has(f) || merged.has(f)) continue;
    const at = f.locations[0];
    const same = findings.filter((g) => g !== f && !gone.has(g) && g.rule !== f.rule && pairOf(g)?.[0] === p[0] && at && g.locations[0] && sameStatement(g.locations[0], at));
    if (!same.length) continue;
    for (const g of same) gone.add(g);
    merged.set(f, { ...f, severity: highestSeverity([f, ...same]), message: `${f.message}；${same.map((g) => `${g.message.slice(p[0].length).replace(/^：/, '')}（「${g.title}」不再另报）`).join('；')}`, locations: same.reduce((ls, g) => addPlaces({ ...f, locations: ls }, g.locations), f.locations) });
  }
  return merged.size ? findings.filter((f) => !gone.has(f)).map((f) => merged.get(f) ?? f) : findings;
}

/** The titles a finding says it took in ("（「A」「B」不再另报）", "（由此引起的「A、B」不再另报）"), to be named on. */
function takenIn(f: Finding): string[] {
  return [...f.message.matchAll(/「([^（）]*?)」不再另报/g)].flatMap((m) => (m[1] as string).split(/」「|、/));
}

/** A root finding with the findings that follow from it: their places added, their titles named (and what they took in). */
function withConsequences(f: Finding, deps: readonly Finding[] | undefined): Finding {
  if (!deps?.length) return f;
  let locations = f.locations;
  for (const d of deps) locations = addPlaces({ ...f, locations }, d.locations);
  // A finding that took in others before names them all in one note.
  const before = /（由此引起的「([^」]*)」不再另报）$/.exec(f.message);
  const rules = [...new Set([...(before?.[1]?.split('、') ?? []), ...deps.flatMap((d) => [d.title, ...takenIn(d)])])].join('、');
  const next = { ...f, locations, message: `${before ? f.message.slice(0, before.index) : f.message}（由此引起的「${rules}」不再另报）` };
  const rel = RELATIONS.get(f);
  return rel ? relate(next, rel) : next;
}

/**
 * A share worked out from the figure `r` names as wrong, that comes right with the figure corrected:
 * the printed share over the one worked out is the corrected figure over the printed one (a part),
 * or its inverse (the whole). A share wrong on its own stays a finding of its own.
 */
function shareOfWrongFigure(f: Finding, r: Finding): boolean {
  if (!f.rule.endsWith('.share') || !/[%％]/.test(f.actual ?? '') || /[%％]/.test(r.actual ?? '')) return false;
  const [printed, worked, right, wrong] = [soleNumber(f.actual), soleNumber(f.expected), soleNumber(r.expected), soleNumber(r.actual)];
  if (!printed || !worked || !right || !wrong || worked.isZero() || wrong.isZero()) return false;
  const ratio = printed.div(worked);
  const near = (x: Decimal) => ratio.minus(x).abs().lte(x.abs().times('0.01'));
  // The share worked out with the corrected figure, against the printed one within the printed share's
  // rounding and the worked one's (both are printed to their last digit: 0.31% × 57.35/57.53 is 0.30%).
  const places = (t: string | null) => /\.(\d+)\s*[%％]/.exec(t ?? '')?.[1]?.length ?? 0;
  const within = (scale: Decimal) => worked.times(scale).minus(printed).abs().lte(halfUnit(places(f.actual)).plus(halfUnit(places(f.expected)).times(scale)));
  // A part that should be 0 makes its share 0: printed 0% is the share come right.
  return near(right.div(wrong)) || (!right.isZero() && near(wrong.div(right))) || within(right.div(wrong)) || (!right.isZero() && within(wrong.div(right)));
}

/**
 * A whole said to be less than a part ("≥ 1283.41"), where the part is the figure `r` names wrong at
 * its place and the whole holds against the corrected figure: the bound follows from that figure.
 */
function boundOfWrongPart(f: Finding, r: Finding): boolean {
  const bound = /^[≥>]\s*([\d,，.]+)/.exec(f.expected ?? '')?.[1];
  const [wrong, right, whole, at] = [soleNumber(r.actual), soleNumber(r.expected), soleNumber(f.actual), r.locations[0]];
  if (!bound || !wrong || !right || !whole || !at || !new Decimal(bound.replace(/[,，]/g, '')).eq(wrong)) return false;
  return f.locations.some((l) => sameStatement(l, at)) && whole.gte(right);
}

/**
 * A whole said to be less than its parts ("≤ 2.52", parts 22.62), where the whole is the figure `r`
 * names wrong at its place and its correction holds the parts: the bound follows from that figure.
 */
function boundOfWrongWhole(f: Finding, r: Finding): boolean {
  // ("≤ 2.52", or a change's "增加额 ≤ 0万元".)
  const bound = /^[^\d≤<≥>]*[≤<]\s*([\d,，.]+)/.exec(f.expected ?? '')?.[1];
  const [wrong, right, parts, at] = [soleNumber(r.actual), soleNumber(r.expected), soleNumber(f.actual), r.locations[0]];
  if (!bound || !wrong || !right || !parts || !at || !new Decimal(bound.replace(/[,，]/g, '')).eq(wrong)) return false;
  // (A correction worked out from shares is itself rounded: half a percent of slack.)
  return f.locations.some((l) => sameStatement(l, at)) && right.plus(parts.times('0.005')).gte(parts);
}

/**
 * Parts said to add up to more than their whole ("≤ 7.65万元", 实为 the parts' sum 73.54), where one of
 * the parts is the figure `r` names wrong at its place (73.2, 应为 7.32) and the parts hold the whole with
 * that figure corrected (within the finding's tolerance): the excess follows from that figure.
 */
function partsOverWrongPart(f: Finding, r: Finding): boolean {
  const bound = /^[^\d≤<≥>]*[≤<]\s*([\d,，.]+)/.exec(f.expected ?? '')?.[1];
  const [wrong, right, sum, at] = [soleNumber(r.actual), soleNumber(r.expected), soleNumber(f.actual), r.locations[0]];
  if (!bound || !wrong || !right || !sum || !at || wrong.lte(right) || !numbersIn(f.message).some((n) => n.eq(wrong))) return false;
  const whole = new Decimal(bound.replace(/[,，]/g, ''));
  if (whole.eq(wrong) || !f.locations.some((l) => sameStatement(l, at))) return false;
  const slack = soleNumber(f.tolerance?.replace(/^±/, '') ?? null) ?? new Decimal(0);
  return sum.minus(wrong).plus(right).lte(whole.plus(slack));
}

/**
 * (3) A sum over a part that another finding names as wrong (its 实为), off by just that part's own
 * error, follows from it ("三公 7.65 ≠ 0.00 + 73.20 + 0.34" after "公务用车 73.20 ≠ 0.00 + 7.32"), and so
 * does a share worked out from that part that comes right with it corrected: they are folded into
 * that finding. Not when each would explain the other: then neither is the likelier.
 * (4) Two statements of one subject that disagree with no third source among them ("两处各执一词")
 * are decided when another finding names one of the two figures as wrong at its place: folded into it.
 * So are two figures that must be equal (收入总计 and 支出总计) when another names one of them wrong with
 * the other as its correction (decidedEqualPair).
 */
function consequencesOfParts(found: readonly Finding[]): Finding[] {
  const findings = equalPairDecided(decidedBySums(oneFigureRightsBoth(boundDecidedByPart(found))));
  const explains = (r: Finding, f: Finding): boolean => {
    if (r === f || r.severity === 'info' || !DERIVED_CATEGORY.has(f.category) || !DERIVED_CATEGORY.has(r.category)) return false;
    // A finding that names its figure wrong by that figure's own sentence (with 应为) is a root itself.
    if (RELATIONS.get(f)?.cause?.startsWith(correctedFigureCause(''))) return false;
    if (boundOfWrongPart(f, r) || boundOfWrongWhole(f, r) || partsOverWrongPart(f, r) || heldByCorrection(f, r)) return true;
    const [part, own, at] = [soleNumber(r.actual), soleNumber(f.actual), r.locations[0]];
    if (!part || !own || !at || own.eq(part) || !soleNumber(r.expected)) return false;
    if (!numbersIn(f.message).some((n) => n.eq(part)) || !f.locations.some((l) => sameStatement(l, at))) return false;
    return offBySameAmount(f, r) || shareOfWrongFigure(f, r);
  };
  const into = new Map<Finding, Finding>();
  // Two findings that name the same printed figure wrong with the same correction (a pair of statements
  // decided by a rate, and a sum decided by that rate) are one finding: the later is folded into the first.
  const correction = (x: Finding) => {
    const [a, e, at] = [soleNumber(x.actual), soleNumber(x.expected), x.locations[0]];
    // An amount (a rate of 0% for 1% is said of many items at once and tells no one figure).
    // (With the finding's tolerance: two sums name one correction each to their own rounding.)
    const tol = soleNumber(x.tolerance?.replace(/^±/, '') ?? null) ?? new Decimal(0);
    return x.severity !== 'info' && DERIVED_CATEGORY.has(x.category) && /万元$/.test(x.actual ?? '') && a && e && at && !a.eq(e) ? { a, e, at, tol } : null;
  };
  for (const [i, f] of findings.entries()) {
    const c = correction(f);
    if (!c) continue;
    const r = findings.slice(0, i).find((x) => {
      const d = !into.has(x) ? correction(x) : null;
      // Two rules that name the same amount at the same place with the same correction (within their
      // rounding: a list of 9 items gives 2123.72 for the 2123.73 the total gives) name one figure.
      return d != null && x.rule !== f.rule && d.a.eq(c.a) && d.e.minus(c.e).abs().lte(Decimal.max(d.tol, c.tol)) && d.e.minus(d.a).isNeg() === c.e.minus(c.a).isNeg() && sameStatement(d.at, c.at);
    });
    if (r) into.set(f, r);
  }
  const takesIn = new Set(into.values());
  for (const f of findings) {
    // One that took in its duplicate stays, so that what it took in is not lost with it.
    if (f.severity === 'info' || into.has(f) || takesIn.has(f)) continue;
    const r = findings.find((x) => explains(x, f) && !explains(f, x) && !into.has(x));
    if (r) into.set(f, r);
  }
  // (4) Undecided pairs.
  for (const s of findings) {
    if (s.rule !== 'narrative.same-subject' || s.expected != null || into.has(s)) continue;
    // The two figures as written, with their unit ("73.20万元与7.32万元"): a share of 0% is no 0万元.
    const pair = (s.actual ?? '').split('与').map((t) => t.replace(/\s/g, ''));
    if (pair.length !== 2) continue;
    const r = findings.find((x) => x !== s && x.severity !== 'info' && !into.has(x) && pair.includes((x.actual ?? '').replace(/\s/g, '')) && x.locations.some((l) => s.locations.some((m) => sameStatement(l, m))));
    if (r) into.set(s, r);
  }
  // Two figures that must be equal, one of them named wrong with the other as its correction.
  for (const s of findings) {
    if (into.has(s)) continue;
    const r = decidedEqualPair(s, findings, (x) => into.has(x));
    if (r) into.set(s, r);
  }
  if (!into.size) return [...findings];
  const deps = new Map<Finding, Finding[]>();
  for (const [f, r] of into) deps.set(r, [...(deps.get(r) ?? []), f]);
  return findings.filter((f) => !into.has(f)).map((f) => withConsequences(f, deps.get(f)));
}

/**
 * A sum off by just what a figure named above its totals exceeds them by (a balance worked out as
 * 总计 − 本年支出 = −11004.12 where the part 12,226.80 is 11,004.12 above the 总计): with the part no
 * more than its total, the sum holds; it follows from that figure.
 */
function offByTheExcess(f: Finding, r: Finding): boolean {
  if (!namesFigureAboveItsWhole(r)) return false;
  const [fe, fa, excess] = [soleNumber(f.expected), soleNumber(f.actual), soleNumber(r.difference)];
  return fe != null && fa != null && excess != null && !excess.isZero() && fe.minus(fa).abs().minus(excess.abs()).abs().lte('0.01');
}

/**
 * Two statements of one subject with no third statement among them ("两处各执一词"), where a sum said
 * with one of the two figures fails and holds with the other's in its place ("公务用车购置及运行维护费
 * 7.32万元，其中：公务用车购置费1.00万元，公务用车运行维护费7.32万元" beside 购置费0.00 elsewhere): the sum is a
 * third source, and it sides with the other. The pair is then decided (that figure is the wrong one,
 * 应为 the other), and the sum is folded into it by (3) as off by just that figure's error.
 */
function decidedBySums(findings: readonly Finding[]): readonly Finding[] {
  let out: Finding[] | null = null;
  for (const [i, s] of findings.entries()) {
    if (s.rule !== 'narrative.same-subject' || s.expected != null || s.locations.length !== 2) continue;
    const pair = (s.actual ?? '').split('与');
    const values = pair.map(soleNumber);
    const [a, b] = values;
    if (pair.length !== 2 || !a || !b || a.eq(b)) continue;
    // Two subjects whose figures the same two statements exchange are one swap (swappedPairOnce), not a pair to decide.
    const swapped = findings.some((x) => {
      const other = x !== s && x.rule === s.rule && x.expected == null ? (x.actual ?? '').split('与').map(soleNumber) : [];
      return other.length === 2 && other[0]?.eq(b) && other[1]?.eq(a) && x.locations.length === 2 && x.locations.every((l, k) => sameStatement(l, s.locations[k] as Location));
    });
    if (swapped) continue;
    // A finding naming one of the two figures itself decides the pair by (4), and keeps it.
    const named = pair.map((t) => t.replace(/\s/g, ''));
    if (findings.some((x) => x !== s && x.severity !== 'info' && named.includes((x.actual ?? '').replace(/\s/g, '')) && x.locations.some((l) => s.locations.some((m) => sameStatement(l, m))))) continue;
    // The first figure is the first reading's, placed last; the second's place comes first.
    const placeOf = [s.locations[1] as Location, s.locations[0] as Location];
    const decide = (wrong: 0 | 1): Finding | null => {
      const [w, r] = wrong === 0 ? [a, b] : [b, a];
      const at = placeOf[wrong] as Location;
      const bySum = findings.find((f) => {
        if (f === s || f.severity === 'info' || !DERIVED_CATEGORY.has(f.category) || !f.locations.some((l) => sameStatement(l, at))) return false;
        const [fe, fa] = [soleNumber(f.expected), soleNumber(f.actual)];
        // A finding that names one of the two figures itself as right or wrong decides the pair by (4).
        if (!fe || !fa || [fe, fa].some((x) => x.eq(w) || x.eq(r)) || !numbersIn(f.message).some((n) => n.eq(w))) return false;
        // With the figure replaced by the other statement's, the sum holds (a hundredth of slack for rounding).
        return fe.minus(w).plus(r).minus(fa).abs().lte('0.01') && !fe.minus(r).plus(w).minus(fa).abs().lte('0.01');
      });
      // Or a finding that quotes the figure and holds with the other statement's in its place (a share).
      const held = bySum ? undefined : findings.find((f) => f !== s && f.severity !== 'info' && decidesPair(f, w, r, at, pair[1 - wrong] as string));
      if (!bySum && !held) return null;
      const unit = (pair[wrong] as string).replace(/[-\d.,，\s]/g, '');
      const base = s.message.replace(/；两处各执一词.*$/, '');
      return {
        ...s,
        expected: pair[1 - wrong] as string,
        actual: pair[wrong] as string,
        difference: `${r.minus(w).toString()}${unit}`,
        locations: [at, placeOf[1 - wrong] as Location],
        message: `${base}；${held ? `同处的「${held.title}」` : '同处所列的合计'}按${pair[1 - wrong]}相符、按${pair[wrong]}不符，${pair[wrong]}有误`,
      };
    };
    const decided = decide(0) ?? decide(1);
    if (!decided) continue;
    out ??= [...findings];
    out[i] = decided;
  }
  return out ?? findings;
}
