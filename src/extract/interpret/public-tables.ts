import type { PublicTable } from '../../model/disclosure.js';
import type { TableId } from '../../model/tables.js';
import type { InterpretContext } from './context.js';

/** Recognises the nine 公开表 among the layout's tables (stub: filled in by the tables work). */
export function readPublicTables(_ctx: InterpretContext): { tables: PublicTable[]; referenced: TableId[] } {
  return { tables: [], referenced: [] };
}
