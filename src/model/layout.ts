import type { Box, Location } from './location.js';

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
  /** Set where the text was printed in the traditional script and is read converted (a mirror site's copy). */
  script?: 'traditional';
  /** Running page headers and footers (DOCX; later PDF): kept apart from the body's paragraphs. */
  furniture?: { kind: 'header' | 'footer'; text: string; location: Location }[];
  /** Pictures whose content was not read (an HTML page's <img> larger than an icon, a Word file's pictures): a table may be printed as one. */
  images?: number;
  /** The lines those pictures stand on, where the reader knows them (HTML, DOCX): what a picture may stand in for (a sheet below its title). */
  imageLines?: number[];
  /** Files a web page links as its attachments (附件 .xls, .pdf, .doc…), by their link text: its tables may be there. */
  attachments?: string[];
  /** Pages whose content could not be read (a scanned page without text layer and no OCR): anything may be on them. */
  unreadPages?: number[];
  /** Pages read by OCR (scans, text layers that do not decode): their figures are less certain. */
  ocrPages?: number[];
  /** What was read by OCR and why, a line for pages alike ("第1–4页是扫描图像，已用文字识别（OCR）读取…"). */
  ocrNotes?: string[];
  /** Tracked changes not accepted (a Word file's w:ins, w:del, w:moveFrom, w:moveTo): the reader keeps the final text. */
  revisions?: number;
  /**
   * The body stands in positioned text boxes (a PDF turned into Word): a line may be a piece of a printed
   * line, its figures in another box read elsewhere. What a line lacks is then not known to be missing.
   */
  boxedText?: boolean;
}

/** The format read; 'mht' is a web archive (a MIME envelope round an HTML page), 'doc' a Word 97–2003, WPS or RTF file. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'mht' | 'docx' | 'doc' | 'pdf' | 'xlsx' | 'xls';

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
  /**
   * Text and PDF: the paragraph is one line laid out in columns that no table reader took (a row of
   * a table, a form or a chart's labels, as `pdftotext -layout` sets them), not a sentence: its fields
   * are the runs of words parted by two or more spaces, or by a tab where a PDF line has a column gap
   * (`rowFields`). Never joined with another paragraph, and no claim or wording pattern is read
   * across its fields.
   */
  row?: true;
  /**
   * PDF only: where the text is printed, one span per text run of each source line, in text order:
   * characters `offset` to `end` of `text` stand in `box` on `page`. Characters between spans (a space
   * put in at a word gap) stand nowhere. Read the box of some characters with `boxAt`.
   */
  spans?: TextSpan[];
}

export interface TextSpan {
  offset: number;
  end: number;
  page: number;
  /**
   * In the reader's coordinates: those of `Location.box`, or on a page the reader turned for its text
   * to read left to right, those of the turned page, so that the text runs along x.
   */
  box: Box;
  /** On a turned page: the matrix [a, b, c, d, e, f] taking `box` to `Location.box` space (x' = a·x + c·y + e, y' = b·x + d·y + f). */
  toViewport?: [number, number, number, number, number, number];
}

/**
 * The box of characters `from` to `to` of a paragraph on the page their first character is printed on:
 * the spans they fall in, each cut to their share of its width (estimated from the characters, a
 * Latin letter or digit half as wide as a Chinese one). Undefined without spans (formats other than PDF).
 */
export function boxAt(b: ParagraphBlock, from: number, to: number): Box | undefined {
  let first: TextSpan | null = null;
  let out: Box | undefined;
  for (const sp of b.spans ?? []) {
    if (sp.end <= from || sp.offset >= to) continue;
    first ??= sp;
    if (sp.page !== first.page) break;
    const w = charWidths(b.text, sp.offset, sp.end);
    const scale = (sp.box.x2 - sp.box.x1) / (w[w.length - 1] as number || 1);
    const x1 = sp.box.x1 + (w[Math.max(from, sp.offset) - sp.offset] as number) * scale;
    const x2 = sp.box.x1 + (w[Math.min(to, sp.end) - sp.offset] as number) * scale;
    out = out ? { x1: Math.min(out.x1, x1), y1: Math.min(out.y1, sp.box.y1), x2: Math.max(out.x2, x2), y2: Math.max(out.y2, sp.box.y2) } : { x1, y1: sp.box.y1, x2, y2: sp.box.y2 };
  }
  return out && roundBox(first?.toViewport ? transformBox(first.toViewport, out) : out);
}

/** The box covering a box taken through a matrix (a quarter turn keeps boxes boxes). */
export function transformBox(m: readonly [number, number, number, number, number, number], b: Box): Box {
  const xs = [m[0] * b.x1 + m[2] * b.y1 + m[4], m[0] * b.x2 + m[2] * b.y2 + m[4]];
  const ys = [m[1] * b.x1 + m[3] * b.y1 + m[5], m[1] * b.x2 + m[3] * b.y2 + m[5]];
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** Running widths of characters `from` to `to` of a text, in em: w[k] is the width of the first k. */
function charWidths(text: string, from: number, to: number): number[] {
  const w = [0];
  for (let i = from; i < to; i++) w.push((w[w.length - 1] as number) + (text.charCodeAt(i) < 0x2e80 ? 0.5 : 1));
  return w;
}

/** A box with its edges to a hundredth of a point (finer says nothing on a page). */
export function roundBox(b: Box): Box {
  const r = (v: number) => Math.round(v * 100) / 100 + 0;
  return { x1: r(b.x1), y1: r(b.y1), x2: r(b.x2), y2: r(b.y2) };
}

/** The source line a character of a paragraph stands on. */
export function lineAt(b: ParagraphBlock, offset: number): number | null {
  return placeAt(b, offset).line;
}

/** A text with the source lines it was joined from: a paragraph block, or a line of `Disclosure.lines`. */
export interface JoinedText {
  location: Location;
  breaks?: ParagraphBlock['breaks'];
}

/** The page and line a character of a paragraph stands on (a paragraph may run over a page break). */
export function placeAt(b: JoinedText, offset: number): { page: number | null; line: number | null } {
  let line = b.location.line ?? null;
  let page = b.location.page ?? null;
  for (const br of b.breaks ?? []) {
    if (br.offset > offset) break;
    line = br.line;
    if (br.page != null) page = br.page;
  }
  return { page, line };
}

/**
 * The location of a paragraph, moved to the line (and page) a character of it stands on: where a
 * reviewer finds a word of a sentence wrapped over several lines. The same object when that is the
 * paragraph's first line; the paragraph's box is dropped when the character is on another page.
 */
export function locationAt(b: JoinedText, offset: number): Location {
  if (!b.breaks?.length) return b.location;
  const { page, line } = placeAt(b, offset);
  if (line === (b.location.line ?? null) && page === (b.location.page ?? null)) return b.location;
  const moved: Location = { ...b.location, line, page };
  if (page !== (b.location.page ?? null)) delete moved.box;
  return moved;
}

export interface TableCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  location: Location;
  /** A spreadsheet cell whose value could not be read (a formula saved without its result): unknown, not blank. */
  unread?: true;
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
  /**
   * A spaced table's header cells where its lines stood on a character grid and some cell wrapped over
   * lines ("附属单" / "位上缴" / "收入" as 附属单位上缴收入), left to right; its rows keep the lines as printed.
   */
  heads?: string[];
  /**
   * A figure of a table copied from a page that came apart in copying: wrapped in its cell, its last digits
   * stand on a line below ("607600.0" / "0"), quoted. Its figures are not to be read (extract/text/cut-figures.ts).
   */
  cut?: string;
  location: Location;
}

/** All paragraph text of a table row, tab-joined: handy for pattern matching headers. */
export function rowText(row: readonly TableCell[]): string {
  return row.map((c) => c.text.trim()).join('\t');
}

/**
 * Markers a DOCX-to-text converter leaves in the text ("[bookmark: _Toc15377206]", "[image: 图1.png]"),
 * and Word's field codes copied out with a contents list ("… PAGEREF _Toc16112 \h 4", `TOC \o "1-3"`):
 * not text of the document anywhere, at the start of a line or in the middle of one.
 */
/** What every converter marker starts with: a cheap test before the replacement. */
export const MARKER_HINT = /\[|PAGEREF|HYPERLINK|TOC|<!\[/;
// (Word's conditional comments left as text by a web page: "一、<![endif]>部门职能".)
export const CONVERTER_MARKER = /<!\[(?:if[^\]\n]*|endif)\]>|\[(?:bookmark|image):[^\]\n]*\]|[ \t]?PAGEREF[ \t]+_Toc\d+(?:[ \t]+\\?h\b)?|HYPERLINK[ \t]+\\l[ \t]+"_Toc\d+"|\bTOC(?:[ \t]+\\[a-z](?:[ \t]+"[^"\n]*")?)+/g;

/** The fields of a paragraph that is a row laid out in columns: its runs of words parted by two or more spaces or a tab. */
export function rowFields(text: string): { text: string; offset: number }[] {
  return [...text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], offset: m.index ?? 0 }));
}
