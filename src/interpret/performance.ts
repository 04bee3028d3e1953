import type { PerformanceQuote, PerformanceSheet } from '../model/disclosure.js';
import type { InterpretContext } from './context.js';
import { flattenedSheets, titlesNotRead, type UnreadSheet } from './performance/flattened.js';
import { readQuotes } from './performance/quotes.js';
import { readSheets } from './performance/sheets.js';

/**
 * Reads performance self-evaluation sheets (项目支出 / 整体支出 / 转移支付绩效自评表), the scores
 * quoted elsewhere (汇总表, narrative summaries, evaluation reports with their sub-scores), and the
 * sheets that are printed but could not be read.
 */
export function readPerformance(ctx: InterpretContext): { sheets: PerformanceSheet[]; quotes: PerformanceQuote[]; unreadSheets: UnreadSheet[] } {
  const read = new Set<number>();
  const sheets = readSheets(ctx, read);
  const quotes = readQuotes(ctx);
  const flattened = flattenedSheets(ctx);
  // Sheets of which only the budget line could be read stay listed unread too: their indicators are not.
  const partial: PerformanceSheet[] = [];
  const unread = titlesNotRead(ctx, read, flattened, partial);
  return { sheets: [...sheets, ...partial], quotes, unreadSheets: [...flattened, ...unread] };
}
