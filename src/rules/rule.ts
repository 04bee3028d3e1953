import type { Catalog } from '../catalog/catalog.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Category, Finding, Severity } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { HoldsWith } from './holds-with.js';
import type { Exchange } from './fold/relations.js';

/** What a rule is, as shown in the catalog (`juesuan rules`) and in every finding. */
export interface RuleMeta {
  /** Stable id, `<category>.<name>`, e.g. `narrative.change-rate`. */
  id: string;
  /** Short Chinese title. */
  title: string;
  category: Category;
  /** Severity of a real break; rounding tails are reported as info whatever this says. */
  severity: Severity;
  /** The document and article the rule rests on. */
  authority: string;
  /** One or two Chinese sentences: what is checked and how. */
  description: string;
}

/**
 * A rule's own example, as a document fragment in Markdown/text run through the real pipeline.
 * `pass`: the rule runs and reports nothing at warning or above. `fail`: it reports at least one
 * finding at `severity` (default: the rule's), and, when `mentions` is given, one whose
 * expected/actual/message contains it. `insufficient`: the rule says it lacks data.
 */
export interface RuleCase {
  name: string;
  text: string;
  expect: 'pass' | 'fail' | 'insufficient';
  severity?: Severity;
  mentions?: string;
}

export interface FindingInput {
  message: string;
  severity?: Severity;
  expected?: string | null;
  actual?: string | null;
  difference?: string | null;
  tolerance?: string | null;
  locations: Location[];
  section?: string | null;
  /**
   * A key naming the one fact this finding states as wrong (e.g. one indicator row's completion
   * rate, or a row listed twice), so that findings that follow from it can say so (`explainedBy`).
   * Keys are built by the rules that share them (see performance/util.ts `causeKey`).
   */
  cause?: string;
  /**
   * This finding follows entirely from the findings stating these causes, when those are reported
   * (not as info): it is then reported as part of the first of them, `because` (a sentence with this
   * finding's figures) added to its message. The rule decides from the figures that they explain
   * it; when none of them is reported, this finding stands as it is.
   */
  explainedBy?: Explained;
  /** For each figure the finding quotes, the values of it with which its relation would hold. */
  holdsWith?: HoldsWith[];
  /** Two cells whose figures exchanged make the finding hold (see fold/relations.ts). */
  exchange?: Exchange;
}

/**
 * `causes`: all of them reported, the finding follows from them. `orBy`: causes each of which, when
 * reported, explains it on its own (a sentence's figure named wrong with a correction it holds with).
 */
export interface Explained {
  causes: string[];
  orBy?: string[];
  because: string;
  /** What to say instead of `because` when folded into the finding of `orBy[i]` (by index). */
  orByBecause?: (string | undefined)[];
}

export interface RuleContext {
  doc: Disclosure;
  catalog: Catalog;
  report(f: FindingInput): void;
}

/** Returned by a check that could not run; returning nothing means it ran. */
export type RuleSkip =
  | { status: 'not-applicable'; reason: string }
  | { status: 'insufficient-data'; reason: string };

export interface Rule extends RuleMeta {
  cases: RuleCase[];
  check(ctx: RuleContext): RuleSkip | undefined | void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The rule lacks the data it needs; the reason says what is missing (in Chinese). */
export function insufficient(reason: string): RuleSkip {
  return { status: 'insufficient-data', reason };
}

/** The rule does not concern this document (e.g. no 政府性基金 at all). */
export function notApplicable(reason: string): RuleSkip {
  return { status: 'not-applicable', reason };
}

export type RuleStatus = 'ran' | RuleSkip['status'];

export interface RuleOutcome {
  rule: string;
  status: RuleStatus;
  reason: string | null;
  findings: Finding[];
}
