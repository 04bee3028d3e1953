import type { PerformanceQuote, PerformanceSheet } from '../../model/disclosure.js';
import type { Block } from '../../model/layout.js';
import type { Location } from '../../model/location.js';
import type { InterpretContext } from './context.js';
import { cellRunAfter, sourcePieces } from './lost-layout.js';
import { readQuotes } from './performance/quotes.js';
import { readSheets } from './performance/sheets.js';

/**
 * Reads performance self-evaluation sheets (项目支出 / 整体支出 / 转移支付绩效自评表) and the scores
 * quoted elsewhere (汇总表, narrative summaries, evaluation reports with their sub-scores).
 */
export function readPerformance(ctx: InterpretContext): { sheets: PerformanceSheet[]; quotes: PerformanceQuote[]; unreadSheets: { title: string; location: Location }[] } {
  return { sheets: readSheets(ctx), quotes: readQuotes(ctx), unreadSheets: flattenedSheets(ctx) };
}

const SHEET_TITLE = /绩效自评(?:表|结果表)\s*$/;

/** Sheet titles followed by cells a conversion flattened out (see lost-layout.ts). */
function flattenedSheets(ctx: InterpretContext): { title: string; location: Location }[] {
  const out: { title: string; location: Location }[] = [];
  const { blocks } = ctx;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'paragraph' || ctx.keyAt[i] === 'toc') continue;
    const title = (sourcePieces(b)[0] as string).trim();
    if (title.length > 40 || !SHEET_TITLE.test(title)) continue;
    const { run, next } = cellRunAfter(blocks, i, (t) => SHEET_TITLE.test(t));
    if (!run) continue;
    out.push({ title, location: b.location });
    ctx.unread(`绩效自评表「${title}」（第${b.location.line ?? '?'}行）的表格结构在转换中丢失（每格一行），未读取`);
    i = next - 1;
  }
  return out;
}
