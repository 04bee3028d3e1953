/**
 * Whether a table frames a page rather than holding data (old portals set the whole article in a
 * cell; Word keeps that table when it opens such a page): few rows and cells, no grid of figures, and a
 * cell holding half the table's text or more as block content: a heading or a whole table beside other
 * blocks, a nested frame, or (in a table of at most three columns) at least five paragraphs making 70%
 * of its text. A data table with a nested table in a cell has figures, or that cell holds the table
 * alone or a small part of the table's text. Shared by the HTML and DOCX readers.
 */

/** What a reader knows of one cell of a table: its text and the blocks it holds. */
export interface FrameCell {
  text: string;
  /** Non-empty paragraphs. */
  paragraphs: number;
  heading: boolean;
  /** Data tables nested in the cell. */
  tables: number;
  /** Frames nested in the cell. */
  frames: number;
}

/** A table larger than this is never a page's frame (the readers stop collecting a table's flow past it). */
export const MAX_FRAME_ROWS = 20;
export const MAX_FRAME_CELLS = 40;
/** A cell that is one figure: an amount, a count, a percentage. */
const FIGURE = /^[-+−]?\d[\d,，]*(?:\.\d+)?%?$/;

/** What a cell holds, counted from the blocks a reader collected in it: paragraphs, data tables, frames. */
export function frameCell(text: string, items: Iterable<{ kind: string; text?: string; heading?: number | null }>): FrameCell {
  const cell: FrameCell = { text, paragraphs: 0, heading: false, tables: 0, frames: 0 };
  for (const item of items) {
    if (item.kind === 'paragraph') {
      if (!item.text) continue;
      cell.paragraphs++;
      if (item.heading != null) cell.heading = true;
    } else if (item.kind === 'data-table') cell.tables++;
    else cell.frames++;
  }
  return cell;
}

export function isPageFrame(rows: readonly (readonly FrameCell[])[]): boolean {
  const cells = rows.flat();
  if (rows.length > MAX_FRAME_ROWS || cells.length > MAX_FRAME_CELLS || cells.length === 0) return false;
  if (cells.filter((c) => FIGURE.test(c.text)).length > 2) return false;
  const total = cells.reduce((n, c) => n + c.text.length, 0);
  const columns = Math.max(...rows.map((r) => r.length));
  return cells.some((c) => {
    // A frame's article cell holds most of the frame's text; a cell of a data table, a small part.
    const share = c.text.length / Math.max(1, total);
    if ((c.frames === 0 && c.paragraphs + c.tables < 2) || share < 0.5) return false;
    return c.frames > 0 || c.heading || c.tables > 0 || (c.paragraphs >= 5 && columns <= 3 && share >= 0.7);
  });
}
