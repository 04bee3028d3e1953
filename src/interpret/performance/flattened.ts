import type { Disclosure, PerformanceSheet } from '../../model/disclosure.js';
import type { Block } from '../../model/layout.js';
import { placeLabel } from '../../model/location.js';
import { type InterpretContext, markSoup } from '../context.js';
import { cellRunAfter, sourcePieces } from '../lost-layout.js';
import { NAME_LINE, laidOutFunds } from './laid-out-funds.js';

export type UnreadSheet = Disclosure['performance']['unreadSheets'][number];

const SHEET_TITLE = /绩效自评(?:表|结果表)\s*$/;
/** A sheet's title, with the year its next line gives joined to it ("项目支出绩效自评表(2024 年度)"). */
const TITLE_WITH_YEAR = /绩效自评(?:表|结果表)\s*(?:[（(]\s*\d{4}\s*年度?\s*[)）])?$/;

/** Sheet titles followed by cells a conversion flattened out (see ../lost-layout.ts): printed, not read. */
export function flattenedSheets(ctx: InterpretContext): UnreadSheet[] {
  const out: UnreadSheet[] = [];
  const { blocks } = ctx;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'paragraph' || ctx.keyAt[i] === 'toc') continue;
    const title = (sourcePieces(b)[0] as string).trim();
    if (title.length > 40 || !SHEET_TITLE.test(title)) continue;
    const { run, next } = cellRunAfter(blocks, i, (t) => SHEET_TITLE.test(t));
    if (!run) continue;
    out.push({ title, location: b.location });
    ctx.unread(`绩效自评表「${title}」（${placeLabel(b.location)}）的表格结构在转换中丢失（每格一行），未读取`);
    const end = sheetEnd(blocks, next, (t) => SHEET_TITLE.test(t));
    markSoup(ctx.soup, i, end, title, sourcePieces(b).length);
    i = end - 1;
  }
  return out;
}

/**
 * Where a flattened sheet ends: its cells run on past a long cell's text (a target, the year's
 * results, one cell of sentences that stops the run) where more cells follow within a few blocks; the
 * sheet ends after its last run of cells.
 */
function sheetEnd(blocks: readonly Block[], next: number, stop: (text: string) => boolean): number {
  let end = next;
  for (let k = end; k < blocks.length && k < end + 4; k++) {
    const n = blocks[k] as Block;
    if (n.kind !== 'paragraph' || n.heading || stop((sourcePieces(n)[0] as string).trim())) break;
    const more = cellRunAfter(blocks, k, stop);
    if (!more.run) continue;
    end = more.next;
    k = end - 1;
  }
  return end;
}

/**
 * Sheet titles printed in the text with no sheet read below them (a copy that laid the sheet's cells
 * out in spaced columns no reader could part): printed, not read, and said so.
 */
export function titlesNotRead(ctx: InterpretContext, read: ReadonlySet<number>, flattened: readonly UnreadSheet[], partial: PerformanceSheet[] = []): UnreadSheet[] {
  const out: UnreadSheet[] = [];
  const { blocks } = ctx;
  // The title printed last, and whether it was left unread: a sheet over pages repeats its title.
  let last: { name: string | null; page: number | null | undefined; unread: boolean } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'paragraph' || ctx.keyAt[i] === 'toc') continue;
    const title = b.text.trim();
    if (title.length > 40 || !TITLE_WITH_YEAR.test(title)) continue;
    if (flattened.some((f) => f.location.page === b.location.page && f.location.line === b.location.line)) continue;
    // A title that names an attachment ("附表：…绩效自评表" over "具体详情见附件") is not a sheet printed here.
    const next = blocks[i + 1];
    if (/^附[表件]/.test(title) || (next?.kind === 'paragraph' && /见附[表件]|附后|另附/.test(next.text))) continue;
    const prev = last;
    const name = sheetNameAfter(blocks, i);
    // Its table follows within a few blocks (the year, the unit, the name line between).
    const isRead = [...read].some((k) => k > i && k <= i + 8);
    last = { name, page: b.location.page, unread: !isRead };
    if (isRead) continue;
    // The same title over the same project's name at the top of the next page is the sheet's header
    // printed again on the page it goes on to: one sheet left unread, said once, counted once.
    if (prev?.unread && name != null && prev.name === name && b.location.page != null && prev.page === b.location.page - 1) continue;
    out.push({ title, location: b.location });
    // Its budget line alone may still be read where nothing in it can be misplaced (./laid-out-funds.ts).
    const funds = laidOutFunds(blocks, i, /整体/.test(title) ? 'overall' : /转移支付/.test(title) ? 'transfer' : 'project', b.location);
    if (funds) {
      partial.push(funds);
      ctx.unread(`绩效自评表「${funds.name}」（${placeLabel(b.location)}）只读出预算执行（年度资金总额）一行，其绩效指标未能读取（表格的行列在转换中丢失）`);
      continue;
    }
    // A picture right below the title, where its table should stand: the sheet may be printed as it.
    const line = b.location.line;
    const before = blocks.slice(i + 1, i + 4).find((n) => n.kind !== 'paragraph' || !/^[（(]?\s*\d{4}\s*年度?\s*[)）]?$|^单位|^金额单位/.test(n.text.trim()))?.location.line ?? Infinity;
    const picture = line != null && b.location.page == null ? ctx.imageLines?.find((l) => l > line && l <= before) : undefined;
    ctx.unread(
      picture != null
        ? `绩效自评表「${title}」（${placeLabel(b.location)}）印在文中，但其表格未能读取：标题下是一张图片（第${picture}行），自评表可能以图片印出，其中的数字无法检查`
        : `绩效自评表「${title}」（${placeLabel(b.location)}）印在文中，但其表格未能读取（表格的行列在转换中丢失）`,
    );
  }
  return out;
}

/**
 * The sheet's name as the first line of its name row prints it ("项目 2023年租赁公务用车费用",
 * "项目名称 医疗保险基金征缴经"), within the few blocks below its title; null when none stands there.
 */
function sheetNameAfter(blocks: readonly Block[], i: number): string | null {
  for (let k = i + 1; k < blocks.length && k <= i + 4; k++) {
    const n = blocks[k] as Block;
    const first = n.kind === 'table' ? (n.rows[0] ?? []).map((c) => c.text).join(' ') : n.kind === 'paragraph' ? (sourcePieces(n)[0] as string) : '';
    const m = NAME_LINE.exec(first.trim());
    if (m) return (m[1] as string).replace(/\s+/g, '');
  }
  return null;
}
