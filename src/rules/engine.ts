import type { Catalog } from '../catalog/catalog.js';
import { Decimal } from '../model/decimal.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Location } from '../model/location.js';
import { type Finding, SEVERITY_ORDER, type Severity } from '../model/finding.js';
import type { Category } from '../model/finding.js';
import { comparePlaces, type Place, placeKey } from '../model/location.js';
import { OUT_OF_SCOPE_REASON, PART_REASON, documentKind, inScope, wholeDocumentRule } from './completeness/document-kind.js';
import type { FindingInput, Rule, RuleOutcome } from './rule.js';

/** Rules that read the explanation, glossary or performance sheets: a tables-only input cannot feed them. */
const TEXT_CATEGORIES = new Set<Category>(['narrative', 'narrative-table', 'arithmetic', 'count', 'performance', 'glossary']);

export const TABLES_ONLY_REASON =
  '输入只含决算报表（如决算软件导出的工作簿），没有情况说明、名词解释和绩效自评，本规则需要这些文字才能执行；请同时检查公开的说明文本。';

/** Does this rule need the prose parts of a disclosure (explanation, glossary, performance)? */
export function needsText(rule: Rule): boolean {
  return TEXT_CATEGORIES.has(rule.category) || rule.id.startsWith('completeness.section-');
}

/**
 * Runs rules over one disclosure. A rule that throws is reported as a finding of its own (an
 * internal error must never read as "no problems"), and the other rules still run.
 */
export function runRules(doc: Disclosure, rules: readonly Rule[], catalog: Catalog): RuleOutcome[] {
  return rules.map((rule) => runRule(doc, rule, catalog));
}

export function runRule(doc: Disclosure, rule: Rule, catalog: Catalog): RuleOutcome {
  // Most rules report nothing: the set of finding keys is made with the first finding.
  const found: Found = { findings: [], seen: null };
  // A budget, a government's 总决算 or a news page is said to be out of scope once, and no
  // final-account rule is run on it: its "missing" tables and sections are not defects.
  if (!inScope(doc.facts.kind) && rule.id !== documentKind.id) return { rule: rule.id, status: 'not-applicable', reason: OUT_OF_SCOPE_REASON, findings: [] };
  if (doc.facts.kind === 'final-part' && wholeDocumentRule(rule)) return { rule: rule.id, status: 'not-applicable', reason: PART_REASON, findings: [] };
  // A table export is not a disclosure with its explanation missing: those checks did not run.
  if (doc.coverage.tablesOnly && needsText(rule)) return { rule: rule.id, status: 'insufficient-data', reason: TABLES_ONLY_REASON, findings: [] };
  try {
    // A bound function rather than an arrow: no new named function per rule and document.
    // The catalog edition of the document's fiscal year: a name valid in that year is not wrong.
    const skip = rule.check({ doc, catalog: catalog.forYear(doc.facts.fiscalYear), report: addFinding.bind(null, doc, rule, found) });
    if (skip) return { rule: rule.id, status: skip.status, reason: skip.reason, findings: [] };
    return { rule: rule.id, status: 'ran', reason: null, findings: found.findings };
  } catch (e) {
    return {
      rule: rule.id,
      status: 'insufficient-data',
      reason: `规则执行出错（程序缺陷，请报告）：${e instanceof Error ? e.message : String(e)}`,
      findings: [],
    };
  }
}

interface Found {
  findings: Finding[];
  seen: Set<string> | null;
}

/** Said of a finding that rests on text read by OCR, which is therefore reported one level lower. */
export const OCR_DOUBT = '（所依据的文字由OCR识别，可能误识，无法确证，请对照原件核实）';

/**
 * Whether a finding rests on text read by OCR: a figure or heading quoted from a page read by OCR, or
 * an absence (a missing section or table) in a document some of whose pages were read by OCR, where
 * a misread heading looks the same as a missing one.
 */
function restsOnOcr(doc: Disclosure, rule: Rule, f: FindingInput): boolean {
  const ocr = doc.coverage.pagesOcr;
  if (!ocr.length) return false;
  if (f.locations.some((l) => l.via === 'ocr' || (l.page != null && ocr.includes(l.page)))) return true;
  return rule.category === 'completeness' || f.actual === '缺失';
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

function addFinding(doc: Disclosure, rule: Rule, found: Found, f: FindingInput): void {
  let severity = f.severity ?? rule.severity;
  let message = f.message;
  // An error must be provable from the figures it quotes, and a figure OCR may have misread proves
  // nothing: what rests on OCR is said one level lower, and why (measured: a rewritten PDF read by
  // OCR gave a share 2.349% for 2.336%, 〈类) for (类) and sub-scores summed across two reports).
  if (severity !== 'info' && restsOnOcr(doc, rule, f)) {
    severity = LOWER[severity];
    message += OCR_DOUBT;
  }
  const finding: Finding = {
    rule: rule.id,
    title: rule.title,
    category: rule.category,
    severity,
    message,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    difference: f.difference ?? null,
    tolerance: f.tolerance ?? null,
    section: f.section ?? null,
    // A finding about something absent still points somewhere: the document's first line.
    locations: f.locations.length ? f.locations : documentAnchor(doc),
  };
  // The same statement reached twice (e.g. through two paths) is one finding.
  const key = `${finding.message}|${finding.locations.map((l) => `${placeKey(l)}:${l.cell?.row}:${l.cell?.col}`).join(',')}`;
  found.seen ??= new Set<string>();
  if (found.seen.has(key)) return;
  found.seen.add(key);
  found.findings.push(finding);
  if (f.cause != null || f.explainedBy) relate(finding, { cause: f.cause, explainedBy: f.explainedBy });
}

/** What a finding says of its cause (FindingInput's `cause` and `explainedBy`), kept beside it until folding. */
export interface Relation {
  cause?: string;
  explainedBy?: { causes: string[]; because: string };
}

const RELATIONS = new WeakMap<Finding, Relation>();

/** Records what a finding says of its cause; the finding's own (serialised) shape is unchanged. */
export function relate(f: Finding, r: Relation): Finding {
  RELATIONS.set(f, r);
  return f;
}

const NOWHERE: Place = { page: null, line: null };

/** Findings sorted by severity (errors first), then by where their first location stands (page, then line). */
export function sortFindings(fs: Finding[]): Finding[] {
  return [...fs].sort(
    (a, b) =>
      SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
      comparePlaces(a.locations[0] ?? NOWHERE, b.locations[0] ?? NOWHERE),
  );
}

function documentAnchor(doc: Disclosure): Finding['locations'] {
  const first = doc.lines[0];
  return first ? [{ ...first.location, text: `（全文）${first.text.slice(0, 40)}` }] : [{ file: doc.file, page: null, line: null, cell: null, text: '（全文）' }];
}

/**
 * Findings that name one figure as wrong against its source (a table cell), or one score of a sheet
 * against the sheet's own scheme or weight: the root of what follows from it.
 */
const ROOT_RULE = /^narrative-table\.|^performance\.(?:indicator-score|score-over-weight)$/;
/** Findings that may only be consequences of a wrong figure: sums, shares, changes, repeats. */
const DERIVED_CATEGORY = new Set<Category>(['narrative', 'arithmetic', 'count']);
/** A sheet's sums, which a wrong score of that sheet throws out by the same amount. */
const DERIVED_SHEET_RULE = /^performance\.(?:total-sum|sub-scores)$/;

/** The highest severity among findings folded into one. */
function highestSeverity(fs: readonly Finding[]): Severity {
  return fs.reduce<Severity>((s, f) => (SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[s] ? f.severity : s), 'info');
}

/** The findings with those folded away dropped and the ones that took them in replaced. */
function applyFolds(findings: readonly Finding[], gone: ReadonlySet<Finding>, merged: ReadonlyMap<Finding, Finding>): readonly Finding[] {
  if (!gone.size) return findings;
  return findings.filter((f) => !gone.has(f)).map((f) => merged.get(f) ?? f);
}

/** The one number of an expected or actual value ("≤ 20" is no correction and gives none). */
function soleNumber(text: string | null): Decimal | null {
  if (!text || /[≤≥<>]/.test(text)) return null;
  const ns = numbersIn(text);
  return ns.length === 1 ? (ns[0] as Decimal) : null;
}

/**
 * Whether correcting the root's figure to what it should be makes the relation of `f` hold: a sum
 * that is off by exactly the root's own error (a part 1.00 short, the sum 1.00 short). Printed sums
 * carry their own rounding, hence a hundredth of slack.
 */
function offBySameAmount(f: Finding, root: Finding): boolean {
  const [fe, fa, re, ra] = [soleNumber(f.expected), soleNumber(f.actual), soleNumber(root.expected), soleNumber(root.actual)];
  if (!fe || !fa || !re || !ra || re.eq(ra)) return false;
  return fe.minus(fa).abs().minus(re.minus(ra).abs()).abs().lte('0.01');
}

function numbersIn(text: string | null): Decimal[] {
  if (!text) return [];
  const out: Decimal[] = [];
  for (const m of text.matchAll(/\d[\d,，]*(?:\.\d+)?/g)) {
    const t = m[0].replace(/[,，]/g, '');
    if (/^\d+(\.\d+)?$/.test(t)) out.push(new Decimal(t));
  }
  return out;
}

function samePlace(a: Location, b: Location): boolean {
  return a.line === b.line && a.page === b.page && a.cell?.row === b.cell?.row && a.cell?.col === b.cell?.col;
}

function addPlaces(into: Finding, from: readonly Location[]): Finding['locations'] {
  const out = [...into.locations];
  for (const l of from) if (!out.some((o) => samePlace(o, l) && o.text === l.text)) out.push(l);
  return out;
}

/** Message without the places it names, to tell the same statement repeated at several places. */
function messageShape(m: string): string {
  return m.replace(/第\d+(页|行)/g, '').replace(/(工作表「[^」]*」)?单元格\s*[A-Z]+\d+/g, '');
}

/**
 * A 类's listed items short of its amount, and all the items short of the whole by the same amount:
 * what the two sums share is the items of that 类, so one of them is the likelier slip, not both
 * totals at once. One finding, which says so and points at the items rather than at the totals.
 * When another list of the whole (its 类 amounts) is off by the same amount too, the 类 amount is in
 * doubt as well and nothing is folded.
 */
function foldSharedItems(findings: readonly Finding[]): readonly Finding[] {
  const signed = (f: Finding) => {
    const [e, a] = [soleNumber(f.expected), soleNumber(f.actual)];
    return e && a ? e.minus(a) : null;
  };
  const serious = (f: Finding) => f.severity !== 'info' && signed(f) != null && !signed(f)?.isZero();
  const wholes = findings.filter((f) => f.rule === 'narrative.detail-sum' && serious(f));
  const merged = new Map<Finding, Finding>();
  const gone = new Set<Finding>();
  for (const c of findings.filter((f) => f.rule === 'narrative.class-sum' && serious(f))) {
    const d = signed(c) as Decimal;
    const same = wholes.filter((w) => !gone.has(w) && (signed(w) as Decimal).minus(d).abs().lte('0.01'));
    const whole = same.find((w) => c.locations.slice(1).some((l) => w.locations.some((m) => samePlace(l, m))));
    if (!whole || same.length > 1) continue;
    const name = (f: Finding) => /^「([^」]+)」/.exec(f.message)?.[1] ?? '';
    const severity = highestSeverity([c, whole]);
    merged.set(c, {
      ...c,
      severity,
      message: `${c.message}；「${name(whole)}」与所列全部科目之和也相差同样的${d.abs().toFixed(2)}万元。两处共同的只有「${name(c)}」所列的科目，差错很可能在其中某一项，而非两个合计同时写错，请逐项核对`,
      expected: c.actual,
      actual: c.expected,
      locations: addPlaces(c, whole.locations),
    });
    gone.add(whole);
  }
  return applyFolds(findings, gone, merged);
}

/**
 * The explanation differs from a table cell, and that cell breaks a sum of its own table by just the
 * same amount: with the explanation's figure in it, the table adds up. The table's own total is the
 * third source that sides with the explanation, so the cell is the wrong one; one finding says so,
 * with 应为 the explanation's figure and 实为 the cell's, and the table's broken sum within it.
 */
function cellAgainstItsTable(findings: readonly Finding[]): readonly Finding[] {
  const merged = new Map<Finding, Finding>();
  const gone = new Set<Finding>();
  for (const n of findings) {
    if (!/^narrative-table\./.test(n.rule) || n.severity === 'info') continue;
    const cell = n.locations.find((l) => l.cell != null);
    if (!cell) continue;
    const sums = findings.filter((t) => (t.category === 'table' || t.rule.startsWith('cross-table.')) && t.severity !== 'info' && !gone.has(t) && t.locations.some((l) => samePlace(l, cell)) && offBySameAmount(t, n));
    // One sum of the table decides; two or more broken by the cell decide the same, all the more.
    if (!sums.length) continue;
    const [text, printed] = [soleNumber(n.actual), soleNumber(n.expected)];
    if (!text || !printed) continue;
    // A table rule that already names this cell as the wrong one (疑有误) keeps the finding; the
    // explanation's agreeing figure is one more place of it.
    const named = sums.find((t) => samePlace(t.locations[0] as Location, cell) && soleNumber(t.actual)?.eq(printed) && soleNumber(t.expected)?.eq(text));
    if (named) {
      gone.add(n);
      merged.set(named, { ...(merged.get(named) ?? named), message: `${named.message}（说明写${n.actual}，与此相符；「${n.title}」不再另报）`, locations: addPlaces(named, n.locations) });
      continue;
    }
    for (const t of sums) gone.add(t);
    const broken = [...new Set(sums.map((t) => `「${t.title}」`))].join('、');
    merged.set(n, {
      ...n,
      message: `${n.message}；该格在报表自身的勾稽中也不成立，且恰差同一数额（${broken}）：按说明所写的${n.actual}报表即可勾稽，表中该格有误，说明不误`,
      expected: n.actual,
      actual: n.expected,
      difference: `${printed.minus(text).toString()}万元`,
      locations: [cell, ...n.locations.filter((l) => l !== cell), ...sums.flatMap((t) => t.locations).filter((l) => !n.locations.some((m) => samePlace(m, l)))],
    });
  }
  return applyFolds(findings, gone, merged);
}

/**
 * One score named wrong by two rules (over its weight, and off the sheet's scheme): one cause, one
 * finding. The one that says what the score should be stays, with the other's title.
 */
function sameFigureOnce(findings: readonly Finding[]): Finding[] {
  const scored = (f: Finding) => /^performance\.(?:indicator-score|score-over-weight)$/.test(f.rule) && f.severity !== 'info' && f.locations[0] != null;
  const within = new Map<Finding, Finding[]>();
  const dropped = new Set<Finding>();
  for (const f of findings) {
    if (!scored(f) || soleNumber(f.expected)) continue;
    // f says only "over its weight": another finding of the same score that says what it should be wins.
    const other = findings.find((g) => g !== f && scored(g) && !dropped.has(g) && soleNumber(g.expected) && samePlace(g.locations[0] as Location, f.locations[0] as Location) && g.actual === f.actual);
    if (!other) continue;
    dropped.add(f);
    within.set(other, [...(within.get(other) ?? []), f]);
  }
  if (!dropped.size) return [...findings];
  return findings
    .filter((f) => !dropped.has(f))
    .map((f) => {
      const also = within.get(f);
      if (!also) return f;
      const severity = highestSeverity([f, ...also]);
      return { ...f, severity, message: `${f.message}（亦即「${also.map((x) => x.title).join('、')}」）` };
    });
}

/**
 * (0) A finding that its rule declares explained by other findings (`explainedBy`: the figures show
 * that it follows from them, e.g. weights summing to 110 because a 10-point row is listed twice) is
 * reported within the first of them when they are all reported: its places are added, its sentence
 * appended, and the higher severity kept. Otherwise it stands on its own.
 */
function foldExplained(findings: readonly Finding[]): readonly Finding[] {
  const byCause = new Map<string, Finding>();
  for (const f of findings) {
    const c = RELATIONS.get(f)?.cause;
    if (c != null && f.severity !== 'info' && !byCause.has(c)) byCause.set(c, f);
  }
  if (byCause.size === 0) return findings;
  const into = new Map<Finding, Finding>();
  for (const f of findings) {
    const e = RELATIONS.get(f)?.explainedBy;
    if (!e || e.causes.length === 0) continue;
    const roots = e.causes.map((c) => byCause.get(c));
    if (roots.some((r) => r == null || r === f)) continue;
    into.set(f, roots[0] as Finding);
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
    for (const d of deps) {
      const because = (RELATIONS.get(d)?.explainedBy as { because: string }).because;
      next = {
        ...next,
        severity: highestSeverity([d, next]),
        message: `${next.message}；${because}（「${d.title}」不再另报）`,
        locations: addPlaces(next, d.locations),
      };
    }
    const rel = RELATIONS.get(f);
    if (rel) relate(next, rel);
    out.push(next);
  }
  return out;
}

/** Absences that are one finding when several are reported: explanation sections, and the nine tables. */
const ABSENCE_GROUPS: { rule: RegExp; title: (n: number) => string; name: (f: Finding) => string; why: string }[] = [
  {
    rule: /^completeness\.section-explain-/,
    title: (n) => `情况说明缺少${n}节`,
    name: (f) => `“${f.expected ?? f.title}”`,
    why: '情况说明可能整部分或成段缺失，也可能以本工具未识别的标题写出，请逐节核实',
  },
  {
    rule: /^completeness\.table-0\d$/,
    title: (n) => `缺少${n}张公开表`,
    name: (f) => `《${f.expected ?? f.title}》`,
    why: '报表可能整体缺失、另附或以图片印出，也可能以本工具未识别的表题印出，请逐表核实',
  },
  {
    rule: /^completeness\.empty-statement$/,
    title: (n) => `${n}张公开表没有数据且未说明原因`,
    name: (f) => f.message.match(/^(公开\d+表《[^》]+》)/)?.[1] ?? f.title,
    why: '这些表全部为零或空白，但表下和情况说明中都没有说明原因；若确无此类收支，应在表下注明',
  },
];
/** The bracketed notes every one of the messages carries ("（本文目录列有此节）"), kept when they are folded. */
function sharedNotes(fs: readonly Finding[]): string {
  return bracketed((fs[0] as Finding).message)
    .filter((n) => fs.every((f) => bracketed(f.message).includes(n)))
    .join('')
    .replace(/此(节|表)/g, '各$1');
}

/** The reason every message gives after its first ；or ：(e.g. "…该表可能以图片印出，请核实"), if they all give the same. */
function sharedReason(fs: readonly Finding[]): string | null {
  const reason = (f: Finding) => f.message.match(/[；：](.+?)。?$/)?.[1] ?? null;
  const first = reason(fs[0] as Finding);
  return first && fs.every((f) => reason(f) === first) ? first : null;
}

/** The outermost full-width bracketed notes of a message, nested brackets kept inside their note. */
function bracketed(message: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === '（' && depth++ === 0) start = i;
    else if (message[i] === '）' && depth > 0 && --depth === 0) out.push(message.slice(start, i + 1));
  }
  return out;
}

/** From this many absences of one group on, they are reported as one finding. */
const ABSENCES_FOLDED_FROM = 3;

/**
 * Several sections (or tables) missing at once are most often one cause: a part left out, printed
 * as pictures or attached, or headings written in a form not recognised. One finding names them all,
 * at the first one's place and with the highest severity among them; a lone absence stands as it is.
 */
function foldAbsences(findings: readonly Finding[]): readonly Finding[] {
  let out = findings;
  for (const g of ABSENCE_GROUPS) {
    const members = out.filter((f) => g.rule.test(f.rule) && f.severity !== 'info');
    if (members.length < ABSENCES_FOLDED_FROM) continue;
    const first = members[0] as Finding;
    const severity = highestSeverity(members);
    let locations = first.locations;
    for (const f of members.slice(1)) locations = addPlaces({ ...first, locations }, f.locations);
    const folded: Finding = {
      ...first,
      severity,
      title: g.title(members.length),
      message: `未找到以下${members.length}项：${members.map(g.name).join('、')}${sharedNotes(members)}。${sharedReason(members) ?? g.why}。`,
      expected: members.map((f) => f.expected ?? f.title).join('、'),
      actual: members.every((f) => f.actual === first.actual) ? (first.actual ?? '缺失') : '缺失',
      locations,
    };
    out = out.flatMap((f) => (f === first ? [folded] : members.includes(f) ? [] : [f]));
  }
  return out;
}

/**
 * One root cause, one finding. (0) A finding its rule declares explained by others (see
 * foldExplained) is reported within them. (1) The same statement of one rule at several places (a wrong name
 * repeated over five items) is one finding with every place. (2) A figure that a more specific
 * finding already names as wrong against its table (location + value) is not reported again by the
 * sums, shares, changes and repeats that quote it: those findings are folded into it as places.
 */
export function foldRootCauses(findings: readonly Finding[]): Finding[] {
  findings = cellAgainstItsTable(foldSharedItems(foldAbsences(foldExplained(findings))));
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
  const once = sameFigureOnce(withCounts);
  const roots = once.filter((f) => ROOT_RULE.test(f.rule) && f.severity !== 'info' && f.locations[0] && numbersIn(f.actual).length);
  if (!roots.length) return consequencesOfParts(once);
  const folded = new Map<Finding, Finding[]>();
  const out: Finding[] = [];
  for (const f of once) {
    const root = ROOT_RULE.test(f.rule)
      ? undefined
      : DERIVED_CATEGORY.has(f.category)
        ? roots.find((r) => {
            const at = r.locations[0] as Location;
            const value = numbersIn(r.actual)[0] as Decimal;
            if (!f.locations.some((l) => samePlace(l, at))) return false;
            // The figure quoted, or a sum over it off by just the figure's own error.
            return [f.message, f.expected, f.actual].some((t) => numbersIn(t).some((n) => n.eq(value))) || offBySameAmount(f, r);
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
  return consequencesOfParts(out.map((f) => withConsequences(f, folded.get(f))));
}

/** A root finding with the findings that follow from it: their places added, their titles named. */
function withConsequences(f: Finding, deps: readonly Finding[] | undefined): Finding {
  if (!deps?.length) return f;
  let locations = f.locations;
  for (const d of deps) locations = addPlaces({ ...f, locations }, d.locations);
  const rules = [...new Set(deps.map((d) => d.title))].join('、');
  return { ...f, locations, message: `${f.message}（由此引起的「${rules}」不再另报）` };
}

/**
 * A share worked out from the figure `r` names as wrong, that comes right with the figure corrected:
 * the printed share over the one worked out is the corrected figure over the printed one (a part),
 * or its inverse (the whole). A share wrong on its own stays a finding of its own.
 */
function shareOfWrongFigure(f: Finding, r: Finding): boolean {
  if (!f.rule.endsWith('.share') || !/[%％]/.test(f.actual ?? '') || /[%％]/.test(r.actual ?? '')) return false;
  const [printed, worked, right, wrong] = [soleNumber(f.actual), soleNumber(f.expected), soleNumber(r.expected), soleNumber(r.actual)];
  if (!printed || !worked || !right || !wrong || worked.isZero() || wrong.isZero() || right.isZero()) return false;
  const ratio = printed.div(worked);
  const near = (x: Decimal) => ratio.minus(x).abs().lte(x.abs().times('0.01'));
  return near(right.div(wrong)) || near(wrong.div(right));
}

/**
 * A whole said to be less than a part ("≥ 1283.41"), where the part is the figure `r` names wrong at
 * its place and the whole holds against the corrected figure: the bound follows from that figure.
 */
function boundOfWrongPart(f: Finding, r: Finding): boolean {
  const bound = /^[≥>]\s*([\d,，.]+)/.exec(f.expected ?? '')?.[1];
  const [wrong, right, whole, at] = [soleNumber(r.actual), soleNumber(r.expected), soleNumber(f.actual), r.locations[0]];
  if (!bound || !wrong || !right || !whole || !at || !new Decimal(bound.replace(/[,，]/g, '')).eq(wrong)) return false;
  return f.locations.some((l) => samePlace(l, at)) && whole.gte(right);
}

/**
 * (3) A sum over a part that another finding names as wrong (its 实为), off by just that part's own
 * error, follows from it ("三公 7.65 ≠ 0.00 + 73.20 + 0.34" after "公务用车 73.20 ≠ 0.00 + 7.32"), and so
 * does a share worked out from that part that comes right with it corrected: they are folded into
 * that finding. Not when each would explain the other: then neither is the likelier.
 * (4) Two statements of one subject that disagree with no third source among them ("两处各执一词")
 * are decided when another finding names one of the two figures as wrong at its place: folded into it.
 */
function consequencesOfParts(findings: readonly Finding[]): Finding[] {
  const explains = (r: Finding, f: Finding): boolean => {
    if (r === f || r.severity === 'info' || !DERIVED_CATEGORY.has(f.category) || !DERIVED_CATEGORY.has(r.category)) return false;
    if (boundOfWrongPart(f, r)) return true;
    const [part, own, at] = [soleNumber(r.actual), soleNumber(f.actual), r.locations[0]];
    if (!part || !own || !at || own.eq(part) || !soleNumber(r.expected)) return false;
    if (!numbersIn(f.message).some((n) => n.eq(part)) || !f.locations.some((l) => samePlace(l, at))) return false;
    return offBySameAmount(f, r) || shareOfWrongFigure(f, r);
  };
  const into = new Map<Finding, Finding>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const r = findings.find((x) => explains(x, f) && !explains(f, x) && !into.has(x));
    if (r) into.set(f, r);
  }
  // (4) Undecided pairs.
  for (const s of findings) {
    if (s.rule !== 'narrative.same-subject' || s.expected != null || into.has(s)) continue;
    // The two figures as written, with their unit ("73.20万元与7.32万元"): a share of 0% is no 0万元.
    const pair = (s.actual ?? '').split('与').map((t) => t.replace(/\s/g, ''));
    if (pair.length !== 2) continue;
    const r = findings.find((x) => x !== s && x.severity !== 'info' && !into.has(x) && pair.includes((x.actual ?? '').replace(/\s/g, '')) && x.locations.some((l) => s.locations.some((m) => samePlace(l, m))));
    if (r) into.set(s, r);
  }
  if (!into.size) return [...findings];
  const deps = new Map<Finding, Finding[]>();
  for (const [f, r] of into) deps.set(r, [...(deps.get(r) ?? []), f]);
  return findings.filter((f) => !into.has(f)).map((f) => withConsequences(f, deps.get(f)));
}
