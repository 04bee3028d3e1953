import type { Catalog } from '../catalog/catalog.js';
import type { Facts } from '../model/disclosure.js';
import type { Block } from '../model/layout.js';

/** What every interpreter of the layout gets: the stitched blocks, the section in force at each, the catalog. */
export interface InterpretContext {
  file: string;
  blocks: Block[];
  /** Section key in force at each block index (same length as blocks). */
  keyAt: (string | null)[];
  catalog: Catalog;
  facts: Facts;
  /** Files the page links, or the text names on lines of their own, as its attachments. */
  attachments?: readonly string[];
  /** The items (code and name) the public tables print, once the tables are read. */
  printedItems?: readonly { code: string; name: string }[];
  /** The amounts the public tables print in 万元 (values as printed), once the tables are read. */
  tableAmounts?: ReadonlySet<string>;
  /** The lines of pictures not read (LayoutDocument.imageLines): what a sheet not read may be printed as. */
  imageLines?: readonly number[];
  /** Record something that could not be read, for the coverage report (Chinese). */
  unread(note: string): void;
  /**
   * Blocks the readers declared the cells of a table that lost its layout (cell soup) and left
   * unread, by index: null, none of it is wording; a text, only that is (the table's title the
   * block opens with). No wording rule reads the rest as prose.
   */
  soup: Map<number, string | null>;
}

/** Marks the blocks of a cell run after title block `i`, up to `next`, as no wording (InterpretContext.soup). */
export function markSoup(soup: Map<number, string | null>, i: number, next: number, title: string, pieces: number): void {
  if (pieces > 1) soup.set(i, title);
  for (let j = i + 1; j < next; j++) soup.set(j, null);
}
