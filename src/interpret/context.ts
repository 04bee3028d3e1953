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
  /** Record something that could not be read, for the coverage report (Chinese). */
  unread(note: string): void;
}
