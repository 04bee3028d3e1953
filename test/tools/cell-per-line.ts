import type { LayoutDocument } from '../../src/model/layout.js';

/**
 * The document as LibreOffice's plain-text export writes it: paragraphs as lines, and every table
 * cell as a line of its own, empty cells as empty lines, with no mark of rows or columns.
 */
export function asCellPerLine(layout: LayoutDocument): string {
  const out: string[] = [];
  for (const b of layout.blocks) {
    if (b.kind === 'paragraph') out.push(b.text);
    else for (const row of b.rows) for (const c of row) out.push(c.text.replace(/\n/g, ''));
  }
  return out.join('\n');
}
