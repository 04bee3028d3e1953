import type { PerformanceQuote, PerformanceSheet } from '../../model/disclosure.js';
import type { InterpretContext } from './context.js';

/** Reads performance self-evaluation sheets and the scores quoted elsewhere (stub). */
export function readPerformance(_ctx: InterpretContext): { sheets: PerformanceSheet[]; quotes: PerformanceQuote[] } {
  return { sheets: [], quotes: [] };
}
