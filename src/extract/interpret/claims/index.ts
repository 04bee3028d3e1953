import type { Claim } from '../../../model/disclosure.js';
import type { InterpretContext } from '../context.js';

/** Reads the explanation's sentences into claims (stub: filled in by the narrative work). */
export function readClaims(_ctx: InterpretContext): Claim[] {
  return [];
}
