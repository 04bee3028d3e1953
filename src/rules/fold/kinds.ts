import type { Category } from '../../model/finding.js';

/**
 * Findings that name one figure as wrong against its source (a table cell, a performance sheet), or
 * one score of a sheet against the sheet's own scheme or weight: the root of what follows from it.
 */
export const ROOT_RULE = /^narrative-table\.|^performance\.(?:indicator-score|score-over-weight|quote-consistency)$/;
/** Findings that may only be consequences of a wrong figure: sums, shares, changes, repeats. */
export const DERIVED_CATEGORY = new Set<Category>(['narrative', 'arithmetic', 'count']);
/** A sheet's sums, which a wrong score of that sheet throws out by the same amount. */
export const DERIVED_SHEET_RULE = /^performance\.(?:total-sum|sub-scores)$/;
/** A rate an explanation works out from a sheet's figures it quotes: wrong with the quoted figure. */
export const DERIVED_QUOTE_RULE = /^performance\.execution-rate$/;
/** Scores of a sheet named wrong. */
export const SCORE_RULE = /^performance\.(?:indicator-score|score-over-weight)$/;
