import { readFile } from './fs-async.js';
import { type Catalog, defaultCatalog } from './catalog/catalog.js';
import { readLayout } from './extract/index.js';
import { interpret } from './interpret/index.js';
import { clearFigureMemo } from './model/decimal.js';
import type { Disclosure } from './model/disclosure.js';
import type { Finding } from './model/finding.js';
import { assignSections } from './report/section-of.js';
import { foldRootCauses, runRules, sortFindings } from './rules/engine.js';
import { ALL_RULES } from './rules/index.js';
import type { Rule, RuleOutcome } from './rules/rule.js';
import { inferDocument } from './score/document.js';
import { handOver } from './extract/bounded.js';
import { mark } from './trace.js';
import './extract/register.js';

/** The result of checking one document: its findings and what could and could not be checked. */
export interface DocumentReport {
  file: string;
  format: string;
  facts: Disclosure['facts'];
  findings: Finding[];
  coverage: Disclosure['coverage'] & {
    rulesRun: number;
    rulesNotApplicable: number;
    rulesInsufficientData: number;
    /** Rules that could not run, with the reason. */
    skipped: { rule: string; status: string; reason: string }[];
    /** The performance scoring scheme inferred per group of self-evaluation tables, with how many rows it reproduces. */
    scoring: { group: 'project' | 'overall'; scheme: string; title: string; reproduced: number; comparable: number }[];
  };
}

export interface CheckOptions {
  rules?: readonly Rule[];
  catalog?: Catalog;
  /** Run while the file is read (given the read), before it is interpreted: `juesuan check` warms the checker up meanwhile (cli/warm-up.ts). */
  whileReading?: (reading: Promise<unknown>) => Promise<unknown>;
}

/** Extracts the canonical model from a file's bytes. */
export async function extractBytes(file: string, bytes: Uint8Array, catalog = defaultCatalog()): Promise<Disclosure> {
  const layout = await readLayout(file, bytes);
  return interpret(layout, catalog);
}

/** Runs the rule catalog over an extracted disclosure. */
export function checkDisclosure(
  doc: Disclosure,
  options: CheckOptions = {},
): DocumentReport & { outcomes: RuleOutcome[]; lines: Disclosure['lines'] } {
  clearFigureMemo();
  return reportOf(doc, runRules(doc, options.rules ?? ALL_RULES, options.catalog ?? defaultCatalog()));
}

/** The report of a disclosure from its rules' outcomes: findings folded, placed in sections and sorted, and the coverage. */
export function reportOf(doc: Disclosure, outcomes: RuleOutcome[]): DocumentReport & { outcomes: RuleOutcome[]; lines: Disclosure['lines'] } {
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  return {
    file: doc.file,
    format: doc.format,
    facts: doc.facts,
    findings: sortFindings(assignSections(doc, foldRootCauses(outcomes.flatMap((o) => o.findings)))),
    coverage: {
      ...doc.coverage,
      rulesRun: count('ran'),
      rulesNotApplicable: count('not-applicable'),
      rulesInsufficientData: count('insufficient-data'),
      skipped: outcomes
        .filter((o) => o.status !== 'ran')
        .map((o) => ({ rule: o.rule, status: o.status, reason: o.reason ?? '' })),
      scoring: scoringOf(doc),
    },
    outcomes,
    lines: doc.lines,
  };
}

function scoringOf(doc: Disclosure): DocumentReport['coverage']['scoring'] {
  const inference = inferDocument(doc);
  return (['project', 'overall'] as const).flatMap((group) => {
    const i = inference[group];
    return i ? [{ group, scheme: i.scheme.id, title: i.scheme.title, reproduced: i.reproduced, comparable: i.comparable }] : [];
  });
}

export async function checkBytes(file: string, bytes: Uint8Array, options: CheckOptions = {}) {
  mark(`read ${file}`);
  const reading = readLayout(file, bytes);
  if (options.whileReading) {
    await options.whileReading(reading);
    mark('warm-up done');
  }
  const layout = await reading;
  mark('layout in hand');
  const doc = interpret(layout, options.catalog ?? defaultCatalog());
  mark('interpreted');
  const report = checkDisclosure(doc, options);
  mark('rules run');
  return report;
}

export async function checkFile(path: string, options: CheckOptions = {}) {
  // Read by nothing else once the parse has them: a file parsed in a worker is moved there, not copied.
  return checkBytes(path, handOver(ownBytes(await readFile(path))), options);
}

/**
 * A file's bytes as a plain Uint8Array: over the Buffer's memory when the Buffer has it to itself (a
 * file read whole), else copied. Copying a 4 MB PDF took 10–15 ms (fresh memory is slow to touch).
 */
function ownBytes(buffer: Buffer): Uint8Array {
  return buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
}

/** Checks a text/Markdown fragment (used by rule cases and tests). */
export async function checkText(text: string, options: CheckOptions & { file?: string } = {}) {
  return checkBytes(options.file ?? 'case.md', new TextEncoder().encode(text), options);
}
