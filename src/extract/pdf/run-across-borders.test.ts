import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../model/layout.js';
import { parsePdf } from './read-pdf.js';

/*
 * A run of text drawn across a table's column borders (LibreOffice writes a row as one run when the
 * label fills its cell) is cut at the borders where its characters stand: CJK characters one em
 * each, a figure never cut in two.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/pdf/${name}`, import.meta.url));

describe('a run across column borders', () => {
  it("a label filling its cell keeps to its cell and the figures after it to theirs (09's 公务用车购置及运行维护费, LibreOffice)", async () => {
    const file = fixture('lo-09-label-fills-cell.pdf');
    const layout = await parsePdf(new Uint8Array(await readFile(file)), file);
    const t = layout.blocks.find((b): b is TableBlock => b.kind === 'table') as TableBlock;
    const rows = t.rows.map((r) => r.map((c) => c.text.trim()));
    expect(rows).toContainEqual(['公务用车购置及运行维护费', '73,160.00', '73,160.00']);
    expect(rows).toContainEqual(['公务用车运行维护费', '73,160.00', '73,160.00']);
    expect(rows).toHaveLength(7);
  });
});
