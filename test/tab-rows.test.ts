import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { readDocxLayout } from '../src/extract/docx/read-docx.js';

const fixture = new URL('./fixtures/tab-rows/rongcheng-city-2024.writer.docx', import.meta.url).pathname;
const page = new URL('./fixtures/tab-rows/rongcheng-city-2024.pre.html', import.meta.url).pathname;
const sample = new URL('../samples/rongcheng-city-2024.md', import.meta.url).pathname;
const byRule = (r: Awaited<ReturnType<typeof checkFile>>) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule}`).sort();

describe('a Word file whose tables are paragraphs of cells parted by tabs', () => {
  it('reads its tables and sheets as the text reader reads them: the text\'s own findings', async () => {
    const [word, text] = [await checkFile(fixture), await checkFile(sample)];
    // Before: the tables were said printed and unread, the nine sheets unread, their findings lost.
    expect(word.coverage.tablesFound).toEqual(text.coverage.tablesFound);
    expect(word.coverage.tablesUnread).toEqual([]);
    expect(word.coverage.performanceSheets).toBe(text.coverage.performanceSheets);
    expect(byRule(word)).toEqual(byRule(text));
  });

  it('places each row on the paragraph it stands in, in order under its title', async () => {
    const layout = readDocxLayout(new Uint8Array(await readFile(fixture)), fixture);
    const title = layout.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === '收入支出决算总表');
    const table = layout.blocks.slice(title).find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table after the title');
    const lines = table.rows.map((r) => new Set(r.map((c) => c.location.line)));
    expect(lines.every((l) => l.size === 1)).toBe(true);
    const first = [...(lines[0] as Set<number | null>)][0] as number;
    expect(first).toBeGreaterThan((layout.blocks[title] as { location: { line: number } }).location.line);
    const order = lines.map((l) => [...l][0] as number);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });
});

describe('a web page whose tables are lines of a <pre> with cells parted by tabs', () => {
  it('reads its tables and sheets as the text reader reads them', async () => {
    const [html, text] = [await checkFile(page), await checkFile(sample)];
    expect(html.coverage.tablesFound).toEqual(text.coverage.tablesFound);
    expect(html.coverage.tablesUnread).toEqual([]);
    expect(html.coverage.performanceSheets).toBe(text.coverage.performanceSheets);
    const errors = (r: typeof html) => r.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort();
    expect(errors(html)).toEqual(errors(text));
  });
});

