import type { Explained } from '../rule.js';
import type { HoldsWith } from '../holds-with.js';
import type { Finding } from '../../model/finding.js';

/** What a finding says of its cause (FindingInput's `cause` and `explainedBy`), kept beside it until folding. */
export interface Relation {
  cause?: string;
  explainedBy?: Explained;
  /** The values of its quoted figures with which the finding would hold (see holds-with.ts). */
  holdsWith?: readonly HoldsWith[];
}

export const RELATIONS = new WeakMap<Finding, Relation>();

/** Records what a finding says of its cause; the finding's own (serialised) shape is unchanged. */
export function relate(f: Finding, r: Relation): Finding {
  RELATIONS.set(f, r);
  return f;
}
