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

/**
 * The same page as a government website publishes it: navigation, breadcrumb, publication date and
 * view counter above the article, share links and a footer with copyright year and ICP number below.
 */
export function withSiteChrome(html: string): string {
  return html
    .replace(
      '<body>',
      `<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/czyjs">财政预决算</a></li></ul></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 部门决算</div>
<div class="info">发布时间：2025-09-10 10:30:00　来源：本站　浏览次数：1234　字体：[大 中 小]</div>
<div class="article">`,
    )
    .replace(
      '</body>',
      `</div>
<div class="share">分享到：微信 微博</div>
<div class="footer"><p>主办单位：某某市人民政府办公室　承办单位：某某市大数据中心</p>
<p>Copyright © 2025 版权所有　网站标识码：5108000001　蜀ICP备12345678号-1</p>
<p>联系电话：0839-3266666　建议使用1920×1080分辨率浏览</p></div>
</body>`,
    );
}

const msoRuns = (t: string) =>
  t.replace(/([0-9.,%]+)|([^0-9.,%<>]+)/g, (m, digits) =>
    digits ? `<span lang=EN-US style='font-size:12.0pt'>${m}</span>` : `<span style='font-family:宋体;mso-ascii-font-family:"Times New Roman"'>${m}</span>`,
  );

/**
 * The page as Word's "save as web page" writes it: every run in its own span (figures in
 * lang=EN-US spans), MsoNormal classes, &nbsp; first-line indents, empty <o:p> elements, Office
 * namespaces on <html>.
 */
export function asWordHtml(html: string): string {
  return html
    .replace(/<(p|td|h\d)([^>]*)>([\s\S]*?)<\/\1>/g, (_m, tag: string, attrs: string, inner: string) => {
      const runs = inner.split(/(<br>)/).map((x) => (x === '<br>' ? x : msoRuns(x))).join('');
      return `<${tag}${attrs} class=MsoNormal>${tag === 'p' ? '&nbsp;&nbsp;&nbsp;&nbsp;' : ''}${runs}<o:p></o:p></${tag}>`;
    })
    .replace('<html lang="zh-CN">', '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">');
}
