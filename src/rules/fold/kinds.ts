import type { Category } from '../../model/finding.js';

/**
 * Findings that name one figure as wrong against its source (a table cell, a performance sheet), or
 * one score of a sheet against the sheet's own scheme or weight: the root of what follows from it.
 */
export const ROOT_RULE = /^narrative-table\.|^performance\.(?:indicator-score|score-over-weight|quote-consistency)$/;
/**
 * A finding that names one printed figure as above the totals that contain it ("≤ 1,222.68万元", 实为
 * the figure): a root like those above, of what is worked out from that figure.
 */
export function namesFigureAboveItsWhole(f: { category: string; expected: string | null; actual: string | null }): boolean {
  return f.category === 'narrative' && /^≤/.test(f.expected ?? '') && /^\d[\d,.]*万元$/.test(f.actual ?? '');
}
/** Findings that may only be consequences of a wrong figure: sums, shares, changes, repeats. */
export const DERIVED_CATEGORY = new Set<Category>(['narrative', 'arithmetic', 'count']);
/** A sheet's sums, which a wrong score of that sheet throws out by the same amount. */
export const DERIVED_SHEET_RULE = /^performance\.(?:total-sum|sub-scores)$/;
/** A rate an explanation works out from a sheet's figures it quotes: wrong with the quoted figure. */
export const DERIVED_QUOTE_RULE = /^performance\.execution-rate$/;
/** Scores of a sheet named wrong. */
export const SCORE_RULE = /^performance\.(?:indicator-score|score-over-weight)$/;
