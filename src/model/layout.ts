import type { Location } from './location.js';

/**
 * The layout every reader produces before interpretation: the document as an ordered list of
 * paragraphs and tables, each with its location. Text, Markdown, HTML and DOCX readers (and later
 * PDF and spreadsheets) all emit this, so recognising tables, claims and performance sheets is
 * written once, independent of the input format.
 */
export interface LayoutDocument {
  file: string;
  format: InputFormat;
  blocks: Block[];
  /** Things the reader noticed but could not use (unreadable parts, skipped images, …). */
  notes: string[];
  /** Running page headers and footers (DOCX; later PDF): kept apart from the body's paragraphs. */
  furniture?: { kind: 'header' | 'footer'; text: string; location: Location }[];
  /** Pages whose content could not be read (a scanned page without text layer and no OCR): anything may be on them. */
  unreadPages?: number[];
  /** Pages read by OCR (scans, text layers that do not decode): their figures are less certain. */
  ocrPages?: number[];
  /** What was read by OCR and why, a line for pages alike ("第1–4页是扫描图像，已用文字识别（OCR）读取…"). */
  ocrNotes?: string[];
}

export type InputFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'xlsx' | 'xls';

export type Block = ParagraphBlock | TableBlock;

export interface ParagraphBlock {
  kind: 'paragraph';
  /** Text with markup removed (no `<b>`, `#`, `[bookmark: …]`), whitespace kept as printed. */
  text: string;
  /** Heading level when the source marks it (Markdown `#`, HTML `<h2>`, DOCX Heading styles). */
  heading: number | null;
  location: Location;
  /**
   * Where a paragraph joined from several source lines (hard-wrapped text, a sentence broken across
   * pages) continues on another line: `offset` in `text` at which source line `line` begins.
   */
  breaks?: { offset: number; line: number; page?: number }[];
}

/** The source line a character of a paragraph stands on. */
export function lineAt(b: ParagraphBlock, offset: number): number | null {
  return placeAt(b, offset).line;
}

/** The page and line a character of a paragraph stands on (a paragraph may run over a page break). */
export function placeAt(b: ParagraphBlock, offset: number): { page: number | null; line: number | null } {
  let line = b.location.line ?? null;
  let page = b.location.page ?? null;
  for (const br of b.breaks ?? []) {
    if (br.offset > offset) break;
    line = br.line;
    if (br.page != null) page = br.page;
  }
  return { page, line };
}

export interface TableCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  location: Location;
}

export interface TableBlock {
  kind: 'table';
  /** Rows of cells as laid out; merged cells appear once with their span (not repeated). */
  rows: TableCell[][];
  /**
   * 'grid' for real tables (DOCX/HTML/Markdown/tab-separated), 'flattened' for one-cell-per-line text,
   * 'spaced' for text copied out of a PDF: each row the words and figures of one printed line, not yet
   * placed in columns (blank cells are missing), placed once the table is known (interpret/tables/spaced.ts).
   */
  shape: 'grid' | 'flattened' | 'spaced';
  location: Location;
}

/** All paragraph text of a table row, tab-joined: handy for pattern matching headers. */
export function rowText(row: readonly TableCell[]): string {
  return row.map((c) => c.text.trim()).join('\t');
}

/**
 * Markers a DOCX-to-text converter leaves in the text ("[bookmark: _Toc15377206]", "[image: 图1.png]"):
 * not text of the document anywhere, at the start of a line or in the middle of one.
 */
export const CONVERTER_MARKER = /\[(?:bookmark|image):[^\]\n]*\]/g;
