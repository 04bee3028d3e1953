import type { Explained } from '../rule.js';
import type { HoldsWith } from '../holds-with.js';
import type { Decimal } from '../../model/decimal.js';
import type { Finding } from '../../model/finding.js';
import type { Location } from '../../model/location.js';

/** What a finding says of its cause (FindingInput's `cause` and `explainedBy`), kept beside it until folding. */
export interface Relation {
  cause?: string;
  explainedBy?: Explained;
  /** The values of its quoted figures with which the finding would hold (see holds-with.ts). */
  holdsWith?: readonly HoldsWith[];
  /** Two cells whose figures exchanged make the finding hold, and what it says when a third source bears that out. */
  exchange?: Exchange;
}

/**
 * A table's broken sum that holds with its total and one of its parts exchanged. One identity cannot
 * tell that from one wrong cell; an explanation that quotes either cell as the other's figure can.
 */
export interface Exchange {
  /** The total's place and printed figure. */
  at: Location;
  printed: Decimal;
  /** Each part the total may have been exchanged with (all printed alike when more than one). */
  with: readonly ExchangeWith[];
  /** What the finding says when the explanation bears out the total's figure but not which of `with` it was exchanged with. */
  either?: ExchangeWords;
}

/** The finding's message, expected and actual once an exchange is borne out. */
export interface ExchangeWords {
  message: string;
  expected: string;
  actual: string;
}

export interface ExchangeWith extends ExchangeWords {
  at: Location;
  printed: Decimal;
}

export const RELATIONS = new WeakMap<Finding, Relation>();

/** Records what a finding says of its cause; the finding's own (serialised) shape is unchanged. */
export function relate(f: Finding, r: Relation): Finding {
  RELATIONS.set(f, r);
  return f;
}
