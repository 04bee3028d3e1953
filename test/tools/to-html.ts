import type { LayoutDocument, TableBlock } from '../../src/model/layout.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text with line breaks as <br>. */
function text(s: string): string {
  return esc(s).split('\n').join('<br>');
}

/** Tabs and runs of spaces would collapse in HTML: such elements keep their whitespace, as a browser shows it. */
function keepWs(s: string): string {
  return /\t| {2}/.test(s) ? ' style="white-space:pre-wrap"' : '';
}

function table(t: TableBlock): string {
  const rows = t.rows.map((row) => {
    const cells = row.map((c) => {
      const attrs = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
      return `<td${attrs}${keepWs(c.text)}>${text(c.text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table border="1">\n${rows.join('\n')}\n</table>`;
}

/** Writes a layout as a self-contained HTML page: h1–h6, p, table/tr/td with spans. */
export function toHtml(layout: LayoutDocument, title = layout.file): string {
  const body = layout.blocks.map((b) => {
    if (b.kind === 'table') return table(b);
    const h = b.heading != null ? Math.min(Math.max(b.heading, 1), 6) : null;
    return h ? `<h${h}${keepWs(b.text)}>${text(b.text)}</h${h}>` : `<p${keepWs(b.text)}>${text(b.text)}</p>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>table{border-collapse:collapse}td{border:1px solid #999;padding:2px 4px}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
