import type { Comparison } from '../arith.js';
import type { AmountWords } from '../../model/decimal.js';
import { tolText } from '../arith.js';
import { type Location, samePlace } from '../../model/location.js';
import type { Claim } from '../../model/disclosure.js';
import type { Explained, FindingInput, RuleContext } from '../rule.js';
import type { HoldsWith } from '../holds-with.js';

/**
 * Reports a comparison by the product's policy: exact agreement says nothing, a rounding tail is one
 * info finding with its tolerance, a break is a finding at the rule's severity with both sides.
 */
export function reportComparison(
  ctx: RuleContext,
  cmp: Comparison,
  f: {
    message: string;
    tailMessage?: string;
    expected: string;
    actual: string;
    locations: Location[];
    section?: string | null;
    unit?: string;
    decimals?: number;
    /** The unit the message states amounts in (元 for a page printed in 元); 万元 without it. */
    words?: AmountWords;
    cause?: string;
    explainedBy?: { causes: string[]; because: string };
    holdsWith?: HoldsWith[];
  },
  severity?: FindingInput['severity'],
): void {
  if (cmp.agreement === 'exact') return;
  // (Amounts printed in 元 are compared in 万元 and stated again in 元: AmountWords.)
  const yuan = f.unit == null && f.words?.yuan === true;
  const unit = f.unit ?? (yuan ? '元' : '万元');
  const d = f.decimals ?? (yuan ? (f.words as AmountWords).places : 2);
  const difference = yuan ? cmp.difference.times(10000) : cmp.difference;
  const base = {
    expected: f.expected,
    actual: f.actual,
    difference: `${difference.toFixed(Math.max(d, difference.decimalPlaces()))}${unit}`,
    tolerance: `${tolText(yuan ? cmp.tolerance.times(10000) : cmp.tolerance, d)}${unit}`,
    locations: f.locations,
    section: f.section ?? null,
  };
  if (cmp.agreement === 'tail') {
    ctx.report({ ...base, message: f.tailMessage ?? `${f.message}（差额在舍入误差范围内，属尾差）`, severity: 'info' });
    return;
  }
  ctx.report({ ...base, message: f.message, ...(severity ? { severity } : {}), ...(f.cause ? { cause: f.cause } : {}), ...(f.explainedBy ? { explainedBy: f.explainedBy } : {}), ...(f.holdsWith ? { holdsWith: f.holdsWith } : {}) });
}

/** The cause key of a "其中" list whose parts do not add up to its whole (the whole claim's id). */
export const partsCause = (wholeId: string) => `parts:${wholeId}`;
/** Cause key of a claim's amount named wrong (narrative.same-subject), for findings computed from it. */
export const amountCause = (claimId: string) => `amount:${claimId}`;
/** Cause key: the change amount (变动额) one claim states is the wrong figure. */
export const changeCause = (claimId: string) => `change:${claimId}`;
/** A change amount its own sentence's rate contradicts, where the rate holds with the change said elsewhere (changeSaidElsewhere). */
export const changeAmountCause = (claimId: string) => `change-amount:${claimId}`;

/** Cause key: one claim's direction words contradict each other (增加…下降), one of them written the wrong way round. */
export const directionCause = (claimId: string) => `direction:${claimId}`;

/**
 * Cause key: the numbered entry at this place repeats the number of the one before it where the next
 * skips one (template.numbering), an entry printed over the one that should stand there.
 */
export const repeatedEntryCause = (l: Location) => `repeated-entry:${l.file}|${l.page ?? ''}|${l.line ?? ''}`;

/**
 * Cause key: one claim's figure (its amount or its budget) named wrong with a correction under which
 * its own sentence's relations to its budget hold (completion rate, 差异率, 持平, 大于/小于): by the sum of
 * the list it is in (narrative.detail-sum, narrative.class-sum) or by another statement of the same
 * figure (narrative.same-subject). The findings of those relations follow from it.
 */
export const correctedFigureCause = (claimId: string) => `list-figure:${claimId}`;

/** Cause key: one "其中" list (its whole claim's id) names one part twice with two amounts (narrative.part-listed-twice). */
export const listedTwiceCause = (wholeId: string) => `listed-twice:${wholeId}`;

/** Cause key: a whole whose "其中" parts by their names are a sibling whole's, its name proved wrong (narrative.part-of-other-whole). */
export const misplacedCause = (wholeId: string) => `misplaced:${wholeId}`;

/**
 * What a comparison made under a whole's wrong name (misplacedCause) says when folded into that
 * finding: one wording for every rule, so that the folded findings are named together, the reason once.
 */
export const misnamedWhole = (whole: Claim): Explained => ({
  causes: [misplacedCause(whole.id)],
  because: `按「${whole.subject.label}」之名与别处金额所作的比较不符亦出于此`,
});

/** Cause key: a claim's actual amount and budget disagree with its completion rate (arithmetic.execution-rate). */
export const budgetPairCause = (claimId: string) => `budget-pair:${claimId}`;

/** Cause key: a total stated below a part it contains (narrative.total-bounds), the total's claim id. */
export const boundsCause = (wholeId: string) => `bounds:${wholeId}`;

/**
 * A balance carried over that the explanation states otherwise than its totals imply (narrative.implied-balance),
 * by the balance's key and the printed total it was worked out from: the same identity that bounds the total
 * by its parts (narrative.total-bounds), so one slip breaks both. Key `grand`: the total itself found wrong.
 */
export const impliedBalanceCause = (balanceKey: string, total: string) => `implied-balance:${balanceKey}:${total}`;

/** Cause key: a claim says its subject is flat (持平/无变化) where its figures say it changed. */
export const flatCause = (claimId: string) => `flat:${claimId}`;

/** Distinct locations (the same sentence quoted once). */
export function locs(...ls: (Location | null | undefined)[]): Location[] {
  const out: Location[] = [];
  for (const l of ls) if (l && !out.some((o) => samePlace(o, l) && o.text === l.text && o.cell?.row === l.cell?.row && o.cell?.col === l.cell?.col)) out.push(l);
  return out;
}

/** A fragment under a heading, for rule cases. */
export function md(heading: string, ...paras: string[]): string {
  return `# 2024年度某某局部门决算\n\n## ${heading}\n\n${paras.join('\n\n')}\n`;
}
