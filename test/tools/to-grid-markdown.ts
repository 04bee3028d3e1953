import type { LayoutDocument, TableBlock } from '../../src/model/layout.js';

const cols = (s: string) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);

/** Breaks a cell's text into lines of at most `width` display columns. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text.replace(/\n/g, '')) {
    if (cols(cur) + cols(ch) > width) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - cols(s)));

/**
 * A table as pandoc writes a grid table: '+---+' borders, '|' between cells padded to display
 * width, long cells wrapped over several lines, merged cells spanning columns. Cells hidden under a
 * row span are written empty.
 */
function gridTable(t: TableBlock, maxWidth = 14): string {
  const n = Math.max(...t.rows.map((r) => r.reduce((a, c) => a + c.colSpan, 0)));
  const width = Array.from({ length: n }, () => 4);
  for (const r of t.rows) {
    let k = 0;
    for (const c of r) {
      if (c.colSpan === 1) width[k] = Math.min(maxWidth, Math.max(width[k] as number, cols(c.text.replace(/\n/g, ''))));
      k += c.colSpan;
    }
  }
  const border = (ch: string) => `+${width.map((w) => ch.repeat(w + 2)).join('+')}+`;
  const out = [border('-')];
  t.rows.forEach((r, ri) => {
    const cells: { lines: string[]; w: number }[] = [];
    let k = 0;
    for (const c of r) {
      const w = width.slice(k, k + c.colSpan).reduce((a, b) => a + b, 0) + 3 * (c.colSpan - 1);
      cells.push({ lines: wrap(c.text, w), w });
      k += c.colSpan;
    }
    while (k < n) cells.push({ lines: [''], w: width[k++] as number });
    const height = Math.max(...cells.map((c) => c.lines.length));
    for (let h = 0; h < height; h++) out.push(`|${cells.map((c) => ` ${pad(c.lines[h] ?? '', c.w)} `).join('|')}|`);
    out.push(border(ri === 0 ? '=' : '-'));
  });
  return out.join('\n');
}

/** A layout as pandoc's Markdown: headings with '#', paragraphs, grid tables. */
export function toGridMarkdown(layout: LayoutDocument): string {
  return layout.blocks
    .map((b) => (b.kind === 'table' ? gridTable(b) : `${b.heading ? `${'#'.repeat(b.heading)} ` : ''}${b.text.replace(/\n/g, ' ')}`))
    .join('\n\n');
}
