import type { Disclosure } from '../../model/disclosure.js';
import type { Block } from '../../model/layout.js';
import { placeLabel } from '../../model/location.js';
import type { InterpretContext } from '../context.js';
import { cellRunAfter, sourcePieces } from '../lost-layout.js';

export type UnreadSheet = Disclosure['performance']['unreadSheets'][number];

const SHEET_TITLE = /绩效自评(?:表|结果表)\s*$/;

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
    i = next - 1;
  }
  return out;
}
