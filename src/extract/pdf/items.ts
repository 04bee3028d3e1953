/**
 * A run of text placed on a PDF page, whether it came from the page's text layer (pdfjs) or from OCR of
 * the page image (tesseract). Lines, reading order and tables are rebuilt from these, the same way for
 * both sources.
 *
 * Coordinates are in PDF points with the origin at the page's top-left and y growing downwards
 * (pdfjs's y is flipped on reading; OCR pixels are scaled by 72 / dpi), so "above" is a smaller y.
 */
export interface PositionedItem {
  str: string;
  /** Left edge and top edge of the run's box. */
  x: number;
  y: number;
  width: number;
  /** Box height (≈ font size for the text layer). */
  height: number;
  /** 'text' when read from the text layer, 'ocr' when recognised from the page image. */
  source: 'text' | 'ocr';
  /** OCR confidence 0..100; null for the text layer. */
  confidence: number | null;
}

/** One page's items with its size in points. */
export interface PositionedPage {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PositionedItem[];
  /**
   * When the reader turned the page so that its text reads left to right (see `uprightTurn`), the
   * matrix [a, b, c, d, e, f] taking these coordinates back to those of the page as pdf.js displays it
   * (`getViewport({ scale: 1 })`, the space of `Location.box`): x' = a·x + c·y + e, y' = b·x + d·y + f.
   * Absent when the two are the same.
   */
  toViewport?: [number, number, number, number, number, number];
  /** Ruling segments drawn on the page (table borders), when known, in the same coordinates. */
  rules?: { x1: number; y1: number; x2: number; y2: number }[];
  /**
   * Whether the page's text layer is not its content: an image of the page (a scan: no text, or a
   * caption over an image covering most of it), or text that does not decode (`garbled`).
   */
  scanned?: boolean;
  /** The text layer is there but does not decode (fonts without a Unicode map): its items are noise. */
  garbled?: boolean;
}
