import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';

/** A rectangle on a PDF page: left, top, right and bottom edge in points (see `Location.box`). */
export const BoxSchema = lazySchema(() => z.object({ x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number() }));
export type Box = z.infer<typeof BoxSchema>;

/**
 * Where a figure or sentence came from, so a reviewer can find it in the original.
 * `line` is the 1-based line of a text file, or the ordinal of the paragraph/table row in DOCX and HTML
 * (in a workbook: of the worksheet row, counted across the sheets in order).
 */
export const LocationSchema = lazySchema(() => z.object({
  file: z.string(),
  page: z.number().int().positive().nullable().default(null),
  line: z.number().int().positive().nullable().default(null),
  /** Table cell, when the text sits in a table: 1-based table ordinal in the file, row and column. */
  cell: z
    .object({ table: z.number().int(), row: z.number().int(), col: z.number().int() })
    .nullable()
    .default(null),
  /** The quoted source text (the line, the cell, or the sentence). */
  text: z.string(),
  /** Worksheet name, when the text comes from a spreadsheet (XLS/XLSX); `cell` then gives row and column. */
  sheet: z.string().optional(),
  /** A1-style reference of the cell in its worksheet ("B7"): what a reviewer types to go to it. */
  ref: z.string().optional(),
  /** How the text was obtained when not read directly: 'ocr' for text recognised from a page image (lower confidence). */
  via: z.enum(['ocr']).optional(),
  /**
   * PDF only: where the text stands on `page`, in points in the space of pdf.js's
   * `page.getViewport({ scale: 1 })` — the page as displayed (its /Rotate applied), origin at the
   * top-left corner of its crop box, x to the right, y downwards, x1 < x2, y1 < y2 — so that on a page
   * rendered with `getViewport({ scale })` the box is at these numbers times `scale`, and
   * `viewport.convertToPdfPoint(x, y)` gives PDF user space (for annotating the PDF itself).
   */
  box: BoxSchema.optional(),
}));
export type Location = z.infer<typeof LocationSchema>;

// Kept in a module without zod, for the parse workers (see loc.ts).
export { loc } from './loc.js';

/** A short human label such as "第12行", "第3页 表2 第4行第5列" or "工作表「收入决算表」单元格 B7". */
export function describeLocation(l: Location): string {
  const parts: string[] = [];
  if (l.sheet != null) parts.push(`工作表「${l.sheet}」`);
  // In a workbook the cell reference is where the reviewer goes; row ordinals would only mislead.
  if (l.ref != null) parts.push(`单元格 ${l.ref}`);
  if (l.page != null) parts.push(`第${l.page}页`);
  if (l.line != null && l.ref == null) parts.push(`第${l.line}行`);
  if (l.cell && l.ref == null) parts.push(`（表${l.cell.table} 第${l.cell.row}行第${l.cell.col}列）`);
  if (l.via === 'ocr') parts.push('（OCR识别，可信度较低）');
  return parts.join(' ') || '位置未知';
}

/** Where a location stands in its document: page (paged formats only) and line. */
export type Place = Pick<Location, 'page' | 'line'>;

/**
 * Orders two locations by where they stand: by page, then by line on the page. PDF lines are
 * numbered per page, so a line number alone says nothing about order across pages; formats without
 * pages (page null) compare by line alone. A missing page or line sorts first.
 */
export function comparePlaces(a: Place, b: Place): number {
  return (a.page ?? 0) - (b.page ?? 0) || (a.line ?? 0) - (b.line ?? 0);
}

/** Do two locations stand on the same line of the same page? */
export function samePlace(a: Place, b: Place): boolean {
  return a.line === b.line && (a.page ?? null) === (b.page ?? null);
}

/** A key naming a location's page and line, for maps of lines ("3:14"; ":14" without pages). */
export function placeKey(p: Place): string {
  return `${p.page ?? ''}:${p.line ?? ''}`;
}

/** "第3页 第14行" (paged formats) or "第14行": where a block stands, for messages. */
export function placeLabel(p: Place): string {
  if (p.line == null) return p.page != null ? `第${p.page}页` : '位置未知';
  return p.page != null ? `第${p.page}页 第${p.line}行` : `第${p.line}行`;
}
