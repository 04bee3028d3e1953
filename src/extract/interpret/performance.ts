import type { PerformanceQuote, PerformanceSheet } from '../../model/disclosure.js';
import type { InterpretContext } from './context.js';
import { readQuotes } from './performance/quotes.js';
import { readSheets } from './performance/sheets.js';

/**
 * Reads performance self-evaluation sheets (项目支出 / 整体支出 / 转移支付绩效自评表) and the scores
 * quoted elsewhere (汇总表, narrative summaries, evaluation reports with their sub-scores).
 */
export function readPerformance(ctx: InterpretContext): { sheets: PerformanceSheet[]; quotes: PerformanceQuote[] } {
  return { sheets: readSheets(ctx), quotes: readQuotes(ctx) };
}
