import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { readDocxLayout } from '../src/extract/docx/read-docx.js';

const fixture = (name: string) => new URL(`./fixtures/tab-rows/${name}`, import.meta.url).pathname;
const sample = new URL('../samples/rongcheng-city-2024.md', import.meta.url).pathname;
type Checked = Awaited<ReturnType<typeof checkFile>>;
const byRule = (r: Checked, severities: readonly string[]) => r.findings.filter((f) => severities.includes(f.severity)).map((f) => `${f.severity} ${f.rule}`).sort();

describe('tables whose rows are paragraphs of cells parted by tabs', () => {
  // Before: the tables were said printed and unread, the nine sheets unread, their findings lost.
  it.each([
    ['a Word file saved by Writer from the text', 'rongcheng-city-2024.writer.docx', ['error', 'warning']],
    ['a web page holding the text in a <pre>', 'rongcheng-city-2024.pre.html', ['error']],
  ] as const)('%s: tables and sheets read as the text reader reads them', async (_what, name, severities) => {
    const [other, text] = [await checkFile(fixture(name)), await checkFile(sample)];
    expect(other.coverage.tablesFound).toEqual(text.coverage.tablesFound);
    expect(other.coverage.tablesUnread).toEqual([]);
    expect(other.coverage.performanceSheets).toBe(text.coverage.performanceSheets);
    expect(byRule(other, severities)).toEqual(byRule(text, severities));
  });

  it('places each row on the paragraph it stands in, in order under its title', async () => {
    const file = fixture('rongcheng-city-2024.writer.docx');
    const layout = readDocxLayout(new Uint8Array(await readFile(file)), file);
    const title = layout.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === '收入支出决算总表');
    const table = layout.blocks.slice(title).find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table after the title');
    const lines = table.rows.map((r) => new Set(r.map((c) => c.location.line)));
    expect(lines.every((l) => l.size === 1)).toBe(true);
    const order = lines.map((l) => [...l][0] as number);
    expect(order[0]).toBeGreaterThan((layout.blocks[title] as { location: { line: number } }).location.line);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });
});
