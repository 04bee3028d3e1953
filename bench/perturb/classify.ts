// How `npm run perturb` judges one variant: its findings against the original document's, and where
// the new ones are against the line that was changed. Pure, so that test/perturb.test.ts holds it.
import type { Finding } from '../../src/model/finding.js';

/** What the measure keeps of a finding (and writes to the JSON). */
export interface Slim {
  rule: string;
  severity: Finding['severity'];
  message: string;
  locations: { page: number | null; line: number | null; text: string }[];
}

/** A finding as the measure keeps it. */
export function slim(f: Finding): Slim {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    locations: f.locations.map((l) => ({ page: l.page ?? null, line: l.line ?? null, text: l.text })),
  };
}

export const CLASSES = ['AT_PLACE', 'MULTI', 'ELSEWHERE', 'INFO', 'UNDETECTED'] as const;
export type Class = (typeof CLASSES)[number];
export const FLAGS = ['NEW_ERR_NOT_AT', 'LOST_BASE'] as const;
export type Flag = (typeof FLAGS)[number];

/** A message with its figures masked: numbers (with their commas, decimals and %) become "#". */
export function masked(message: string): string {
  return message.replace(/[-−]?\d[\d,]*(?:\.\d+)?%?/g, '#').replace(/\s+/g, '');
}

/**
 * Findings of the variant that the original does not have (`added`) and of the original that the
 * variant does not have (`lost`), as multisets, paired in three passes, each on what the one before
 * left: (1) same rule, severity, message with its figures masked, and the same lines; (2) the same but
 * for the lines; (3) same rule and severity, sharing a line. Masking the figures keeps a finding whose
 * figures the change moved ("实为2280.29" → "实为2280.30" at the same place) from counting as new and
 * lost: it was there before. Pass 2 pairs a finding that took in or dropped a place (a sum that now
 * quotes one more line); pass 3 one that was reworded where it stood (a list of five names that now
 * names four). A defect at a place the original already had a finding of the same rule for is thus
 * not counted as new. What is left is new or lost; a severity that changed is both.
 */
export function diffFindings(original: readonly Slim[], variant: readonly Slim[]): { added: Slim[]; lost: Slim[] } {
  const lines = (f: Slim) => new Set(f.locations.map((l) => `${l.page ?? ''}:${l.line ?? ''}`));
  const key = (f: Slim) => `${f.rule}\u0000${f.severity}\u0000${masked(f.message)}`;
  const sameLines = (a: Slim, b: Slim) => [...lines(a)].sort().join() === [...lines(b)].sort().join();
  const sharesLine = (a: Slim, b: Slim) => [...lines(a)].some((l) => lines(b).has(l));
  const passes: ((a: Slim, b: Slim) => boolean)[] = [
    (a, b) => key(a) === key(b) && sameLines(a, b),
    (a, b) => key(a) === key(b),
    (a, b) => a.rule === b.rule && a.severity === b.severity && sharesLine(a, b),
  ];
  const lost = [...original];
  let added = [...variant];
  for (const same of passes) {
    added = added.filter((f) => {
      const k = lost.findIndex((o) => same(o, f));
      if (k >= 0) lost.splice(k, 1);
      return k < 0;
    });
  }
  return { added, lost };
}

/** How a variant's new findings stand to the one defect seeded at `line`. */
export interface Judgement {
  class: Class;
  flags: Flag[];
  /** New errors and warnings. */
  added: Slim[];
  /** New infos. */
  addedInfo: Slim[];
  /** Errors and warnings of the original that the variant lost. */
  lost: Slim[];
}

/** Whether a finding names the changed line among its places. */
export const atLine = (f: Slim, line: number) => f.locations.some((l) => l.line === line);

/**
 * AT_PLACE: exactly one new error or warning, at the changed line; MULTI: several, at least one there;
 * ELSEWHERE: new ones, none there; INFO: only new infos; UNDETECTED: nothing new. NEW_ERR_NOT_AT: a new
 * error that does not name the line (potentially a false error); LOST_BASE: an error or warning of
 * the original is gone.
 */
export function judge(original: readonly Slim[], variant: readonly Slim[], line: number): Judgement {
  const d = diffFindings(original, variant);
  const added = d.added.filter((f) => f.severity !== 'info');
  const addedInfo = d.added.filter((f) => f.severity === 'info');
  const lost = d.lost.filter((f) => f.severity !== 'info');
  const there = added.filter((f) => atLine(f, line)).length;
  const cls: Class = added.length
    ? there === 0
      ? 'ELSEWHERE'
      : added.length === 1
        ? 'AT_PLACE'
        : 'MULTI'
    : addedInfo.length
      ? 'INFO'
      : 'UNDETECTED';
  const flags: Flag[] = [];
  if (added.some((f) => f.severity === 'error' && !atLine(f, line))) flags.push('NEW_ERR_NOT_AT');
  if (lost.length) flags.push('LOST_BASE');
  return { class: cls, flags, added, addedInfo, lost };
}
