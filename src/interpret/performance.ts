import type { PerformanceQuote, PerformanceSheet } from '../model/disclosure.js';
import type { InterpretContext } from './context.js';
import { flattenedSheets, type UnreadSheet } from './performance/flattened.js';
import { readQuotes } from './performance/quotes.js';
import { readSheets } from './performance/sheets.js';

/**
 * Reads performance self-evaluation sheets (项目支出 / 整体支出 / 转移支付绩效自评表), the scores
 * quoted elsewhere (汇总表, narrative summaries, evaluation reports with their sub-scores), and the
 * sheets that are printed but could not be read.
 */
export function readPerformance(ctx: InterpretContext): { sheets: PerformanceSheet[]; quotes: PerformanceQuote[]; unreadSheets: UnreadSheet[] } {
  return { sheets: readSheets(ctx), quotes: readQuotes(ctx), unreadSheets: flattenedSheets(ctx) };
}
