import type { Catalog } from '../catalog/catalog.js';
import type { Disclosure } from '../model/disclosure.js';
import { type Finding, SEVERITY_ORDER, type Severity } from '../model/finding.js';
import type { Category } from '../model/finding.js';
import { comparePlaces, type Place, placeKey } from '../model/location.js';
import { OUT_OF_SCOPE_REASON, PART_REASON, documentKind, inScope, wholeDocumentRule } from './completeness/document-kind.js';
import type { FindingInput, Rule, RuleOutcome } from './rule.js';

/** Rules that read the explanation, glossary or performance sheets: a tables-only input cannot feed them. */
const TEXT_CATEGORIES = new Set<Category>(['narrative', 'narrative-table', 'arithmetic', 'count', 'performance', 'glossary']);

export const TABLES_ONLY_REASON =
  '输入只含决算报表（如决算软件导出的工作簿），没有情况说明、名词解释和绩效自评，本规则需要这些文字才能执行；请同时检查公开的说明文本。';

// A mirror's conversion doubles marks ("亿,,平均", "而成的,。"), garbles some characters to '?' pairs
// that break brackets and may write 年 as '-' ("岳阳县2015-“三公”经费…", "本-预算数"): the copy's
// punctuation, and a year it no longer states, are the converter's, not the department's.
const COPY_MARKS = new Set(['template.punctuation', 'template.brackets', 'year-unit.fiscal-year']);
const COPY_MARKS_REASON = '本文是繁体字网页副本，标点、括号与年度的写法常被网站转换改动，不检查。';

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
  if (doc.facts.script === 'traditional' && COPY_MARKS.has(rule.id)) return { rule: rule.id, status: 'not-applicable', reason: COPY_MARKS_REASON, findings: [] };
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
  if (f.cause != null || f.explainedBy || f.holdsWith || f.exchange) relate(finding, { cause: f.cause, explainedBy: f.explainedBy, holdsWith: f.holdsWith, exchange: f.exchange });
}

import { relate } from './fold/relations.js';

export { type Relation, relate } from './fold/relations.js';
export { foldRootCauses } from './fold/index.js';

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

