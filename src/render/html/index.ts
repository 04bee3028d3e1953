import type { Block, ChartBlock, ComposedDocument, TableBlock } from '../../compose/document.js';
import { chartSvg } from '../charts/index.js';

/**
 * Self-contained printable HTML of a composed disclosure: one file, no external resources, A4 print
 * styles, tables with their standard headers, units and bold 合计 rows.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = `
@page { size: A4; margin: 2.5cm 2.2cm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.6; max-width: 52em; margin: 2em auto; color: #000; }
h1.title { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 22pt; text-align: center; margin: 4em 0 1em; }
p.subtitle { text-align: center; }
h1, h2, h3 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
h1 { font-size: 18pt; text-align: center; } h2 { font-size: 16pt; } h3 { font-size: 16pt; font-family: "KaiTi", "楷体", "Noto Serif CJK SC", serif; }
p { text-indent: 2em; margin: 0.3em 0; text-align: justify; }
nav.contents p { text-indent: 0; } nav.contents p.l2 { padding-left: 2em; }
.table-head { display: flex; justify-content: space-between; font-size: 11pt; }
.table-title { text-align: center; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; margin: 0.5em 0 0.2em; }
.table-code { text-align: right; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; line-height: 1.3; }
th, td { border: 1px solid #000; padding: 2px 4px; }
th { font-weight: bold; text-align: center; }
td.right { text-align: right; white-space: nowrap; } td.center { text-align: center; }
tr.total td { font-weight: bold; }
thead { display: table-header-group; }
p.note { font-size: 10.5pt; text-indent: 0; }
.gap { background: #ffe08a; }
figure.chart { margin: 0.8em 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 12pt; }
.page-break { break-after: page; page-break-after: always; }
@media print { body { margin: 0; max-width: none; } }
`;

function table(t: TableBlock): string {
  const head = t.head
    .map((row) => `<tr>${row.map((c) => `<th${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}>${esc(c.text)}</th>`).join('')}</tr>`)
    .join('\n');
  const body = t.body
    .map(
      (r) =>
        `<tr${r.total ? ' class="total"' : ''}>${r.cells.map((c, i) => `<td${t.align[i] !== 'left' ? ` class="${t.align[i]}"` : ''}>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return [
    `<div class="table-code">${esc(t.code)}</div>`,
    `<div class="table-title">${esc(t.title)}</div>`,
    `<div class="table-head"><span>单位：${esc(t.entity)}</span><span>金额单位：${esc(t.unit)}</span></div>`,
    `<table>\n<colgroup>${t.widths.map((w) => `<col style="width:${((w / t.widths.reduce((a, b) => a + b, 0)) * 100).toFixed(1)}%">`).join('')}</colgroup>\n<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`,
    t.note ? `<p class="note">${esc(t.note)}</p>` : '',
  ].join('\n');
}

/**
 * A chart as inline SVG with its caption below it. Readers of the page (and juesuan's own HTML
 * reader) skip the SVG's text: the labels repeat figures the paragraph above states.
 */
function chart(c: ChartBlock, n: number): string {
  const svg = chartSvg(c, `chart${n}`).replace(/^<svg /, `<svg role="img" aria-label="${esc(c.caption)}" `);
  return `<figure class="chart">\n${svg.trim()}\n<figcaption>${esc(c.caption)}</figcaption>\n</figure>`;
}

function text(s: string): string {
  return esc(s).replace(/【待填写】/g, '<span class="gap">【待填写】</span>');
}

function contents(doc: ComposedDocument): string {
  const items = doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level <= 2);
  return `<nav class="contents"><h1>目 录</h1>\n${items.map((h) => `<p class="l${h.level}">${esc(h.text)}</p>`).join('\n')}\n</nav>`;
}

/** Renders the composed document as one self-contained HTML page. */
export function renderDocumentHtml(doc: ComposedDocument): string {
  let charts = 0;
  const parts = doc.blocks.map((b): string => {
    switch (b.kind) {
      case 'title':
        return `<h1 class="title">${esc(b.text)}</h1>${b.subtitle ? `<p class="subtitle">${esc(b.subtitle)}</p>` : ''}`;
      case 'contents':
        return contents(doc);
      case 'heading':
        return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
      case 'para':
        return `<p>${text(b.text)}</p>`;
      case 'table':
        return table(b);
      case 'chart':
        return chart(b, ++charts);
      case 'pageBreak':
        return '<div class="page-break"></div>';
    }
  });
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${esc(doc.title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${parts.join('\n')}\n</body>\n</html>\n`;
}
