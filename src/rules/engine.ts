import type { Catalog } from '../catalog/catalog.js';
import type { Disclosure } from '../model/disclosure.js';
import { type Finding, SEVERITY_ORDER } from '../model/finding.js';
import type { Category } from '../model/finding.js';
import { comparePlaces, type Place, placeKey } from '../model/location.js';
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
  // A table export is not a disclosure with its explanation missing: those checks did not run.
  if (doc.coverage.tablesOnly && needsText(rule)) return { rule: rule.id, status: 'insufficient-data', reason: TABLES_ONLY_REASON, findings: [] };
  try {
    // A bound function rather than an arrow: no new named function per rule and document.
    const skip = rule.check({ doc, catalog, report: addFinding.bind(null, doc, rule, found) });
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

function addFinding(doc: Disclosure, rule: Rule, found: Found, f: FindingInput): void {
  const finding: Finding = {
    rule: rule.id,
    title: rule.title,
    category: rule.category,
    severity: f.severity ?? rule.severity,
    message: f.message,
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
